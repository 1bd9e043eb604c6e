#include "kiji/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace kiji {

std::optional<size_t> FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Fast paths: eight ASCII bytes at a time, and the three-byte sequences
    // of kana and kanji (lead E1-EC or EE-EF: no overlong form, no
    // surrogate) with two continuation bytes.
    uint64_t word;
    while (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080u) == 0)) i += 8;
    while (i + 3 <= n) {
      const uint32_t lead = p[i];
      const uint32_t shape = (lead & 0xF0) | (uint32_t{p[i + 1] & 0xC0u} << 8) |
                             (uint32_t{p[i + 2] & 0xC0u} << 16);
      if (shape != 0x8080E0 || lead == 0xE0 || lead == 0xED) break;
      i += 3;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      // A short ASCII run between multibyte text (JSON keys, markup): one
      // byte at a time here, not a failed eight-byte try per byte.
      do ++i;
      while (i < n && p[i] < 0x80 && (i & 7) != 0);
      continue;
    }
    size_t len;
    char32_t min;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

char32_t internal::DecodeUtf8Rest(std::string_view s, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = *pos;
  unsigned char c = p[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
  *pos = std::min(i + len, s.size());
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void CodePointIndex::Reset(std::string_view text) {
  // cp_at_byte_[i] = number of code points that start before byte i.
  cp_at_byte_.resize(text.size() + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    cp_at_byte_[i] = cp;
    cp += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  cp_at_byte_[text.size()] = cp;
}

size_t LineOfOffset(std::string_view text, size_t byte_offset) {
  byte_offset = std::min(byte_offset, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + byte_offset, '\n'));
}

}  // namespace kiji
