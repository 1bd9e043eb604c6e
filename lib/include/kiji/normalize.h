// Normalization of article text before MeCab, with a map back to the original.
//
// Normalize() applies Unicode NFKC (ICU) and then folds the variants news text
// mixes freely (docs/formats.md lists them): tildes and wave dashes to 〜,
// hyphen and minus variants to '-', long dashes to ―, and removes zero-width
// characters. Why NFKC before MeCab: full-width Latin letters and digits
// (ＣＧＴＮ, ２０２５) and half-width katakana (ｶﾀｶﾅ) are analysed by MeCab's
// dictionaries far better in their canonical forms.
//
// Every normalized byte offset maps back to a byte offset in the original, so
// spans shown to users always point into the text they wrote.
//
//   kiji::NormalizedText n;
//   kiji::Normalize("ＡＢＣ　㈱", &n);   // n.text == "ABC (株)"
//   size_t b = n.OriginalBegin(4), e = n.OriginalEnd(7);  // the bytes of "㈱"
//
// Thread-safe: the ICU normalizer instance is immutable and shared.
#ifndef KIJI_NORMALIZE_H_
#define KIJI_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiji {

struct NormalizedText {
  std::string text;  // NFKC + folded
  // For each byte offset i of text (0..size), the original byte offset where
  // the character at i came from (begin_of) and where it ends (end_of). They
  // differ only inside an expansion such as ㈱ -> (株), so that a span that
  // covers part of an expansion maps to the whole original character.
  std::vector<uint32_t> begin_of;
  std::vector<uint32_t> end_of;

  size_t OriginalBegin(size_t i) const { return begin_of[i]; }
  size_t OriginalEnd(size_t i) const { return end_of[i]; }
};

/// Normalizes `original`. REQUIRES: valid UTF-8 (see FindInvalidUtf8).
/// Offsets in the map are relative to the start of `original`.
void Normalize(std::string_view original, NormalizedText* out);

/// Normalizes and returns only the text: for lexicon terms and user queries.
std::string NormalizeString(std::string_view s);

}  // namespace kiji

#endif  // KIJI_NORMALIZE_H_
