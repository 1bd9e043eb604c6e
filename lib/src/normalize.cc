#include "kiji/normalize.h"

#include "icu_text.h"
#include "kiji/utf8.h"

namespace kiji {
namespace {

// The folding table applied after NFKC (docs/formats.md, "Normalization").
// Returns the replacement, or U+FFFF to keep the character, or 0 to drop it.
char32_t Fold(char32_t c) {
  switch (c) {
    case U'~':       // NFKC turns FULLWIDTH TILDE into '~' but keeps 〜 (U+301C)
    case U'\u223C':  // TILDE OPERATOR
    case U'\u3030':  // WAVY DASH
      return U'\u301C';
    case U'\u2010':  // HYPHEN
    case U'\u2011':  // NON-BREAKING HYPHEN
    case U'\u2012':  // FIGURE DASH
    case U'\u2013':  // EN DASH
    case U'\u2043':  // HYPHEN BULLET
    case U'\u2212':  // MINUS SIGN
      return U'-';
    case U'\u2014':  // EM DASH
    case U'\u2500':  // BOX DRAWINGS LIGHT HORIZONTAL
    case U'\u2501':  // BOX DRAWINGS HEAVY HORIZONTAL
      return U'\u2015';
    case U'\u200B':  // ZERO WIDTH SPACE
    case U'\u200C':
    case U'\u200D':
    case U'\u2060':  // WORD JOINER
    case U'\uFEFF':  // BOM in the middle of a text
      return 0;
    default:
      return 0xFFFF;
  }
}

}  // namespace

void Normalize(std::string_view original, NormalizedText* out) {
  // Pass 1: NFKC with ICU's edit list -> byte maps nfkc -> original.
  std::string nfkc;
  std::vector<internal::NormalizationEdit> edits;
  internal::NfkcUtf8(original, &nfkc, &edits);
  std::vector<uint32_t> b1(nfkc.size() + 1), e1(nfkc.size() + 1);
  for (const auto& ed : edits) {
    if (!ed.changed) {
      for (size_t k = 0; k < ed.new_length; ++k) {
        b1[ed.dest + k] = e1[ed.dest + k] = static_cast<uint32_t>(ed.source + k);
      }
    } else {
      for (size_t k = 0; k < ed.new_length; ++k) {
        b1[ed.dest + k] = static_cast<uint32_t>(ed.source);
        e1[ed.dest + k] = static_cast<uint32_t>(ed.source + ed.old_length);
      }
      if (ed.new_length > 0) e1[ed.dest] = static_cast<uint32_t>(ed.source);
    }
  }
  b1[nfkc.size()] = e1[nfkc.size()] = static_cast<uint32_t>(original.size());

  // Pass 2: folding, composing the maps.
  out->text.clear();
  out->text.reserve(nfkc.size());
  out->begin_of.clear();
  out->end_of.clear();
  out->begin_of.reserve(nfkc.size() + 1);
  out->end_of.reserve(nfkc.size() + 1);
  size_t i = 0;
  while (i < nfkc.size()) {
    const size_t start = i;
    char32_t c = DecodeUtf8(nfkc, &i);
    char32_t f = Fold(c);
    if (f == 0) continue;
    const size_t before = out->text.size();
    if (f == 0xFFFF) {
      out->text.append(nfkc, start, i - start);
    } else {
      AppendUtf8(f, &out->text);
    }
    const size_t written = out->text.size() - before;
    const bool same_length = written == i - start;
    for (size_t k = 0; k < written; ++k) {
      // Within a character, byte positions are never span boundaries, but
      // keep them sensible: begin of the character, end of the character.
      size_t src = same_length ? start + k : start;
      out->begin_of.push_back(k == 0 ? b1[start] : b1[src]);
      out->end_of.push_back(k == 0 ? e1[start] : e1[i]);
    }
  }
  out->begin_of.push_back(static_cast<uint32_t>(original.size()));
  out->end_of.push_back(static_cast<uint32_t>(original.size()));
}

std::string NormalizeString(std::string_view s) {
  NormalizedText n;
  Normalize(s, &n);
  return std::move(n.text);
}

}  // namespace kiji
