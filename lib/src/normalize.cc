#include "kiji/normalize.h"

#include <algorithm>

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

// True when the character starting at s[i] may be one Fold() changes: '~',
// U+2000-U+2FFF (lead byte E2), U+3030 (E3 80 B0) and U+F000-U+FFFF (lead
// byte EF). Lead bytes are never continuation bytes, so runs of other bytes
// end on character boundaries. Everything else is copied as it is.
bool MayFold(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == '~' || c == 0xE2 || c == 0xEF) return true;
  return c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         static_cast<unsigned char>(s[i + 2]) == 0xB0;
}

size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

}  // namespace

void Normalize(std::string_view original, NormalizedText* out) {
  // Scratch reused between calls of a thread: one article has many blocks.
  thread_local std::string nfkc;
  thread_local std::vector<internal::NormalizationEdit> edits;
  thread_local std::vector<uint32_t> b1, e1;

  // Pass 1: NFKC with ICU's edit list -> byte maps nfkc -> original.
  internal::NfkcUtf8(original, &nfkc, &edits);
  b1.resize(nfkc.size() + 1);
  e1.resize(nfkc.size() + 1);
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

  // Pass 2: folding, composing the maps. Inside a character, byte positions
  // are never span boundaries, but keep them sensible: begin_of steps with
  // the bytes when the character kept its length (else the character's
  // begin), end_of is the end of the character.
  // Only '~' -> 〜 lengthens a character (1 -> 3 bytes).
  const size_t most = nfkc.size() + 2 * static_cast<size_t>(std::count(nfkc.begin(), nfkc.end(), '~'));
  out->text.resize(most);
  out->begin_of.resize(most + 1);
  out->end_of.resize(most + 1);
  size_t o = 0;  // bytes written
  size_t i = 0;
  while (i < nfkc.size()) {
    if (!MayFold(nfkc, i)) {  // the common case: copy the character as it is
      const size_t len = std::min(Utf8SequenceLength(static_cast<unsigned char>(nfkc[i])),
                                  nfkc.size() - i);
      for (size_t k = 0; k < len; ++k) {
        out->text[o + k] = nfkc[i + k];
        out->begin_of[o + k] = b1[i + k];
        out->end_of[o + k] = k == 0 ? e1[i] : e1[i + len];
      }
      o += len;
      i += len;
      continue;
    }
    const size_t start = i;
    const char32_t f = Fold(DecodeUtf8(nfkc, &i));
    if (f == 0) continue;
    std::string folded;
    if (f == 0xFFFF) {
      folded.assign(nfkc, start, i - start);
    } else {
      AppendUtf8(f, &folded);
    }
    const bool same_length = folded.size() == i - start;
    for (size_t k = 0; k < folded.size(); ++k) {
      out->text[o + k] = folded[k];
      out->begin_of[o + k] = k == 0 ? b1[start] : b1[same_length ? start + k : start];
      out->end_of[o + k] = k == 0 ? e1[start] : e1[i];
    }
    o += folded.size();
  }
  out->text.resize(o);
  out->begin_of.resize(o + 1);
  out->end_of.resize(o + 1);
  out->begin_of[o] = static_cast<uint32_t>(original.size());
  out->end_of[o] = static_cast<uint32_t>(original.size());
}

std::string NormalizeString(std::string_view s) {
  NormalizedText n;
  Normalize(s, &n);
  return std::move(n.text);
}

}  // namespace kiji
