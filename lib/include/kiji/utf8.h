// UTF-8 helpers used everywhere spans are computed.
//
// kiji keeps text as UTF-8 bytes and reports spans in Unicode code points into
// the original article text (docs/formats.md). These helpers validate input
// (ICU's normalizer passes ill-formed bytes through silently, so we check
// first), decode one code point at a time, and convert byte offsets to code
// point offsets. All functions are pure and thread-safe.
#ifndef KIJI_UTF8_H_
#define KIJI_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiji {

/// Returns the byte offset of the first ill-formed sequence (overlong forms,
/// surrogates and code points above U+10FFFF are ill-formed), or nullopt.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

namespace internal {
/// DecodeUtf8 of the sequences its inline part leaves: 2 and 4 bytes, and
/// a sequence cut by the end of s.
char32_t DecodeUtf8Rest(std::string_view s, size_t* pos);
}  // namespace internal

/// Decodes the code point at s[*pos] and advances *pos. REQUIRES: s is valid
/// UTF-8 and *pos < s.size() is at a sequence start. Inline for ASCII and
/// the three-byte sequences of kana and kanji: the sentence splitter and the
/// domain-term search call it for every character.
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t i = *pos;
  const unsigned char c = p[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  if ((c & 0xF0) == 0xE0 && s.size() - i >= 3) {
    *pos = i + 3;
    return (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(p[i + 1] & 0x3F) << 6) |
           static_cast<char32_t>(p[i + 2] & 0x3F);
  }
  return internal::DecodeUtf8Rest(s, pos);
}

/// True for the white space kiji trims inside a line: space, tab,
/// ideographic space (U+3000) and no-break space (U+00A0, which NFKC turns
/// into a space, so normalized text never holds it).
constexpr bool IsInlineSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0';
}

/// Appends the UTF-8 encoding of cp to *out.
void AppendUtf8(char32_t cp, std::string* out);

/// Number of code points in a valid UTF-8 string.
size_t CountCodePoints(std::string_view s);

/// Maps byte offsets of one text to code point offsets. Built once per article
/// (one pass); lookups are O(1). REQUIRES: text is valid UTF-8 and offsets
/// given to ToCodePoint() lie on sequence boundaries.
class CodePointIndex {
 public:
  CodePointIndex() = default;
  explicit CodePointIndex(std::string_view text) { Reset(text); }
  void Reset(std::string_view text);
  uint32_t ToCodePoint(size_t byte_offset) const { return cp_at_byte_[byte_offset]; }

 private:
  std::vector<uint32_t> cp_at_byte_;
};

/// 1-based line number of a byte offset (counts '\n' before it).
size_t LineOfOffset(std::string_view text, size_t byte_offset);

}  // namespace kiji

#endif  // KIJI_UTF8_H_
