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
  };
  for (const Case& c : cases) {
    INFO("input bytes: " << c.input.size());
    CHECK(kiji::FindInvalidUtf8(c.input) == c.expected);
  }
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
