// libFuzzer target: the checks run on a compiled MeCab dictionary file before
// libmecab opens it (analysis/dictionary_files.h), on arbitrary bytes.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analysis/dictionary_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/kiji-fuzz-" + std::to_string(getpid()) + ".dic";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  kiji::Status s = kiji::internal::CheckDictionaryFile(path, 1316, 1316);
  if (!s.ok() && s.message().rfind(path, 0) != 0) std::abort();
  return 0;
}
