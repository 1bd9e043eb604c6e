// libFuzzer target: the counts-file reader on arbitrary bytes. What it
// accepts must write back to a file it accepts again, with the same bytes
// (the reader refuses anything WriteCounts would not write); what it refuses
// is reported as FILE:LINE. Version 2 files with article records (`kiji
// count --report`; seeds in tests/fuzz/seeds/) go the same way: their records
// are checked line by line and written back verbatim.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiji/counts_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto counts = kiji::ParseCounts(text, "fuzz.counts");
  if (!counts.ok()) {
    if (counts.status().message().rfind("fuzz.counts:", 0) != 0) std::abort();
    return 0;
  }
  const std::string written = kiji::WriteCounts(*counts);
  auto again = kiji::ParseCounts(written, "again.counts");
  if (!again.ok()) std::abort();
  if (kiji::WriteCounts(*again) != written) std::abort();
  return 0;
}
