// libFuzzer target: the `kiji check` configuration (.kiji.toml) on arbitrary
// bytes. Errors name the file; an accepted configuration prints as TOML that
// parses back to the same configuration.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiji/check_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = kiji::ParseCheckConfig(text, "fuzz.toml");
  if (!config.ok()) {
    if (config.status().message().rfind("fuzz.toml", 0) != 0) std::abort();
    return 0;
  }
  const std::string printed = kiji::FormatCheckConfig(*config);
  auto again = kiji::ParseCheckConfig(printed, "printed.toml");
  if (!again.ok()) std::abort();
  // The first line names the file the configuration came from.
  auto body = [](const std::string& t) { return t.substr(t.find('\n') + 1); };
  if (body(kiji::FormatCheckConfig(*again)) != body(printed)) std::abort();
  return 0;
}
