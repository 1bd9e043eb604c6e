// The only header that stands between libkiji and ICU (icu_text.cc is the only
// file that includes <unicode/...>). ICU errors become Status here.
#ifndef KIJI_SRC_ICU_TEXT_H_
#define KIJI_SRC_ICU_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/status.h"

namespace kiji::internal {

/// One change reported by the NFKC normalizer: `old_length` input bytes at
/// `source` became `new_length` output bytes at `dest`. Unchanged stretches are
/// reported with changed == false.
struct NormalizationEdit {
  size_t source, dest, old_length, new_length;
  bool changed;
};

/// NFKC-normalizes UTF-8 `in` into *out and lists the edits in order.
void NfkcUtf8(std::string_view in, std::string* out, std::vector<NormalizationEdit>* edits);

struct CharsetGuess {
  std::string name;  // ICU's name: "Shift_JIS", "EUC-JP", "ISO-2022-JP", ...
  int confidence;    // 0..100
};

/// ICU's charset detector on up to the first 64 KiB of `bytes`.
std::optional<CharsetGuess> DetectCharset(std::string_view bytes);

/// Converts `bytes` from `encoding` (an ICU converter name; shift_jis is taken
/// as windows-31j, as news archives use the CP932 extensions) to UTF-8.
/// Fails on unknown encodings and on bytes the encoding cannot map.
Result<std::string> ConvertToUtf8(std::string_view bytes, std::string_view encoding);

}  // namespace kiji::internal

#endif  // KIJI_SRC_ICU_TEXT_H_
