// The only header that stands between libkiji and ICU (icu_text.cc is the only
// file that includes <unicode/...>). ICU errors become Status here.
#ifndef KIJI_SRC_TEXT_ICU_TEXT_H_
#define KIJI_SRC_TEXT_ICU_TEXT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

/// NFKC-normalizes UTF-8 `in` into *out and lists the edits in order
/// (`edits` may be null when only the text is wanted).
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

/// A compiled ICU regular expression over UTF-8 text. Immutable after
/// Compile(); Search() is thread-safe (each call makes its own matcher).
class Utf8Regex {
 public:
  /// Compiles `pattern`; a syntax error is an InvalidArgument naming the
  /// offending offset.
  static Result<std::shared_ptr<const Utf8Regex>> Compile(std::string_view pattern);
  ~Utf8Regex();
  /// True when the pattern matches somewhere in `text`.
  bool Search(std::string_view text) const;
  /// The first match in `text`: its byte range [*begin, *end), or false.
  bool Find(std::string_view text, size_t* begin, size_t* end) const;
  /// Every match in `text`, left to right and not overlapping, as byte
  /// ranges; empty matches are left out.
  std::vector<std::pair<size_t, size_t>> FindAll(std::string_view text) const;

 private:
  Utf8Regex() = default;
  void* pattern_ = nullptr;  // icu::RegexPattern*, kept out of this header
};

}  // namespace kiji::internal

#endif  // KIJI_SRC_TEXT_ICU_TEXT_H_
