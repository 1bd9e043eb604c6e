// libFuzzer target: the decoders of the `kiji check` cache values (a whole
// run's report and one file's result, as stored in SQLite) on arbitrary
// bytes. A value that decodes must encode back to a value that decodes to
// the same encoding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check/file_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kiji::CheckReport report;
  if (kiji::internal::DecodeReport(bytes, &report)) {
    const std::string again = kiji::internal::EncodeReport(report);
    kiji::CheckReport second;
    if (!kiji::internal::DecodeReport(again, &second)) std::abort();
    if (kiji::internal::EncodeReport(second) != again) std::abort();
  }
  kiji::internal::FileResult result;
  if (kiji::internal::DecodeFileResult(bytes, &result)) {
    const std::string again = kiji::internal::EncodeFileResult(result);
    kiji::internal::FileResult second;
    if (!kiji::internal::DecodeFileResult(again, &second)) std::abort();
    if (kiji::internal::EncodeFileResult(second) != again) std::abort();
  }
  return 0;
}
