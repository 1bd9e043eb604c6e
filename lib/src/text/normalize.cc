#include "kiji/normalize.h"

#include <algorithm>
#include <cstring>

#include "kiji/utf8.h"
#include "text/icu_text.h"

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

// Pass 1: NFKC with ICU's edit list -> byte maps nfkc -> original (b: the
// original begin of each NFKC byte, e: its end).
void NfkcWithMaps(std::string_view original, std::string* nfkc,
                  std::vector<internal::NormalizationEdit>* edits, std::vector<uint32_t>* b1,
                  std::vector<uint32_t>* e1) {
  internal::NfkcUtf8(original, nfkc, edits);
  b1->resize(nfkc->size() + 1);
  e1->resize(nfkc->size() + 1);
  uint32_t* __restrict b = b1->data();
  uint32_t* __restrict e = e1->data();
  for (const auto& ed : *edits) {
    const auto source = static_cast<uint32_t>(ed.source);
    if (!ed.changed) {
      for (size_t k = 0; k < ed.new_length; ++k) {
        b[ed.dest + k] = e[ed.dest + k] = source + static_cast<uint32_t>(k);
      }
    } else {
      const auto source_end = static_cast<uint32_t>(ed.source + ed.old_length);
      for (size_t k = 0; k < ed.new_length; ++k) {
        b[ed.dest + k] = source;
        e[ed.dest + k] = source_end;
      }
      if (ed.new_length > 0) e[ed.dest] = source;
    }
  }
  (*b1)[nfkc->size()] = (*e1)[nfkc->size()] = static_cast<uint32_t>(original.size());
}

// Pass 2: folding, composing the maps. Inside a character, byte positions
// are never span boundaries, but keep them sensible: begin_of steps with
// the bytes when the character kept its length (else the character's
// begin), end_of is the end of the character.
// Only '~' -> 〜 lengthens a character (1 -> 3 bytes).
void FoldWithMaps(const std::string& nfkc, const std::vector<uint32_t>& b1,
                  const std::vector<uint32_t>& e1, size_t original_size, NormalizedText* out) {
  const size_t most =
      nfkc.size() + 2 * static_cast<size_t>(std::count(nfkc.begin(), nfkc.end(), '~'));
  out->text.resize(most);
  out->begin_of.resize(most + 1);
  out->end_of.resize(most + 1);
  char* text = out->text.data();
  uint32_t* begin_of = out->begin_of.data();
  uint32_t* end_of = out->end_of.data();
  size_t o = 0;  // bytes written
  size_t i = 0;
  while (i < nfkc.size()) {
    // The common case: a run of characters no fold changes, copied as is.
    size_t j = i;
    while (j < nfkc.size() && !MayFold(nfkc, j)) ++j;
    if (j > i) {
      const size_t n = j - i;
      std::memcpy(text + o, nfkc.data() + i, n);
      std::memcpy(begin_of + o, b1.data() + i, n * sizeof(uint32_t));
      uint32_t next_end = e1[j];  // end_of inside a character: the character's end
      for (size_t k = j; k-- > i;) {
        const bool continuation = (static_cast<unsigned char>(nfkc[k]) & 0xC0) == 0x80;
        end_of[o + (k - i)] = continuation ? next_end : e1[k];
        if (!continuation) next_end = e1[k];
      }
      o += n;
      i = j;
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
      text[o + k] = folded[k];
      begin_of[o + k] = k == 0 ? b1[start] : b1[same_length ? start + k : start];
      end_of[o + k] = k == 0 ? e1[start] : e1[i];
    }
    o += folded.size();
  }
  out->text.resize(o);
  out->begin_of.resize(o + 1);
  out->end_of.resize(o + 1);
  out->begin_of[o] = static_cast<uint32_t>(original_size);
  out->end_of[o] = static_cast<uint32_t>(original_size);
}

// Pass 2 without maps, for NormalizeString: the same folds on the text only.
std::string FoldText(const std::string& nfkc) {
  std::string out;
  out.reserve(nfkc.size());
  size_t i = 0;
  while (i < nfkc.size()) {
    size_t j = i;
    while (j < nfkc.size() && !MayFold(nfkc, j)) ++j;
    out.append(nfkc, i, j - i);
    if (j == nfkc.size()) break;
    i = j;
    const char32_t f = Fold(DecodeUtf8(nfkc, &i));
    if (f == 0xFFFF) {
      out.append(nfkc, j, i - j);
    } else if (f != 0) {
      AppendUtf8(f, &out);
    }
  }
  return out;
}

}  // namespace

void Normalize(std::string_view original, NormalizedText* out) {
  // Scratch reused between calls of a thread: one article has many blocks.
  thread_local std::string nfkc;
  thread_local std::vector<internal::NormalizationEdit> edits;
  thread_local std::vector<uint32_t> b1, e1;
  NfkcWithMaps(original, &nfkc, &edits, &b1, &e1);
  FoldWithMaps(nfkc, b1, e1, original.size(), out);
}

std::string NormalizeString(std::string_view s) {
  // No offset maps: they cost 16 bytes a byte of text, which a long text
  // compared whole (the duplicate rules of kiji check) does not need.
  std::string nfkc;
  internal::NfkcUtf8(s, &nfkc, nullptr);
  return FoldText(nfkc);
}

}  // namespace kiji
