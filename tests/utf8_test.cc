#include "kiji/utf8.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

TEST_CASE("FindInvalidUtf8 finds the first ill-formed sequence") {
  struct Case {
    std::string input;
    std::optional<size_t> expected;
  };
  const Case cases[] = {
      {"", std::nullopt},
      {"abc", std::nullopt},
      {"日本語", std::nullopt},
      {"𠮷野家", std::nullopt},  // 4-byte sequence
      {"ab\xFF", 2},             // never valid
      {"\xE3\x81", 0},           // truncated
      {"a\xC0\xAF", 1},          // overlong '/'
      {"\xED\xA0\x80", 0},       // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},   // above U+10FFFF
      {"日本\x82\xA0", 6},       // Shift_JIS bytes after UTF-8
      {"abcdefghij\x80", 10},     // after a run read eight ASCII bytes at a time
      {"abcdefgh日本", std::nullopt},
      {"\xE0\x80\xAF", 0},       // overlong three-byte form
      {"\xEF\xBF\xBD", std::nullopt},  // U+FFFD
      {"日\xE6\x97", 3},          // truncated kanji at the end
      {"日\xE6\x97" "a", 3},         // a kanji cut by an ASCII byte
  };
  for (const Case& c : cases) {
    INFO("input bytes: " << c.input.size());
    CHECK(kiji::FindInvalidUtf8(c.input) == c.expected);
  }
}

// The definition of well-formed UTF-8 (Unicode table 3-7) for one sequence
// of three bytes, to check the validator's fast paths against.
static bool WellFormedThreeBytes(unsigned char a, unsigned char b, unsigned char c) {
  const bool tail = (c & 0xC0) == 0x80;
  if (a == 0xE0) return b >= 0xA0 && b <= 0xBF && tail;
  if (a == 0xED) return b >= 0x80 && b <= 0x9F && tail;
  return a >= 0xE1 && a <= 0xEF && (b & 0xC0) == 0x80 && tail;
}

TEST_CASE("FindInvalidUtf8 agrees with the definition on every three-byte sequence") {
  int disagreements = 0;
  for (int a = 0xE0; a <= 0xEF; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int c = 0; c < 256; ++c) {
        // Behind eight ASCII bytes, so that the word-at-a-time path runs first.
        const std::string s = std::string("abcdefgh") + static_cast<char>(a) +
                              static_cast<char>(b) + static_cast<char>(c);
        const bool valid = !kiji::FindInvalidUtf8(s).has_value();
        const bool expected = WellFormedThreeBytes(a, b, c);
        if (valid != expected) ++disagreements;
      }
    }
  }
  CHECK(disagreements == 0);
}

TEST_CASE("CodePointIndex converts byte offsets to code points") {
  const std::string text = "aé日𠮷b";  // 1 + 2 + 3 + 4 + 1 bytes
  kiji::CodePointIndex idx(text);
  CHECK(idx.ToCodePoint(0) == 0);
  CHECK(idx.ToCodePoint(1) == 1);
  CHECK(idx.ToCodePoint(3) == 2);
  CHECK(idx.ToCodePoint(6) == 3);
  CHECK(idx.ToCodePoint(10) == 4);
  CHECK(idx.ToCodePoint(11) == 5);
  CHECK(kiji::CountCodePoints(text) == 5);
}

TEST_CASE("DecodeUtf8 and AppendUtf8 round-trip") {
  const std::string text = "aé日𠮷";
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) kiji::AppendUtf8(kiji::DecodeUtf8(text, &pos), &out);
  CHECK(out == text);
  CHECK(kiji::LineOfOffset("a\nb\nc", 4) == 3);
}

TEST_CASE("inline white space: space, tab, ideographic and no-break space") {
  for (char32_t c : {U' ', U'\t', U'\u3000', U'\u00A0'}) CHECK(kiji::IsInlineSpace(c));
  for (char32_t c : {U'\n', U'\r', U'a', U'、', U'\u200B'}) CHECK_FALSE(kiji::IsInlineSpace(c));
}
