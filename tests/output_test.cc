#include "kiji/output.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("TSV fields escape tab, newline, CR and backslash") {
  std::string out;
  kiji::AppendTsvField("a\tb\nc\rd\\e", &out);
  CHECK(out == "a\\tb\\nc\\rd\\\\e");
}

TEST_CASE("UnescapeTsvField undoes AppendTsvField") {
  const std::string field = "a\tb\nc\rd\\e「引用」";
  std::string escaped;
  kiji::AppendTsvField(field, &escaped);
  CHECK(kiji::UnescapeTsvField(escaped) == field);
  CHECK(kiji::UnescapeTsvField("x\\qy") == "xqy");    // other escapes stand for the character
  CHECK(kiji::UnescapeTsvField("end\\") == "end\\");  // a lone final backslash stays
}

TEST_CASE("JSON strings are escaped and keep UTF-8") {
  std::string out;
  kiji::AppendJsonString("「引用」\"q\"\n\x01", &out);
  CHECK(out == "\"「引用」\\\"q\\\"\\n\\u0001\"");
}

TEST_CASE("TSV escapes at the ends of a field and next to each other, runs kept whole") {
  const std::pair<std::string, std::string> cases[] = {
      {"", ""}, {"\t", "\\t"}, {"\\\\", "\\\\\\\\"}, {"\na", "\\na"},
      {"a\r", "a\\r"}, {"語\t\t語", "語\\t\\t語"}, {"no escape at all", "no escape at all"},
  };
  for (const auto& [in, expected] : cases) {
    std::string out = "x";  // appended, never replaced
    kiji::AppendTsvField(in, &out);
    CHECK(out == "x" + expected);
  }
}

TEST_CASE("WriteTsvField writes what AppendTsvField appends, into a sized buffer") {
  for (const std::string in : {"", "\t", "\\\\", "\na", "a\r", "語\t\t語", "no escape"}) {
    std::string expected;
    kiji::AppendTsvField(in, &expected);
    std::string buf(2 * in.size() + 1, '#');
    char* end = kiji::WriteTsvField(in, buf.data());
    CHECK(std::string(buf.data(), end) == expected);
    CHECK(static_cast<size_t>(end - buf.data()) <= 2 * in.size());
  }
}

TEST_CASE("WriteTsvField finds an escape at every position of a long field") {
  // The fast path reads eight bytes at a time: put each escaped byte at
  // each offset of a 21-byte field, and a 3-byte UTF-8 character around it.
  for (const char c : {'\t', '\n', '\r', '\\'}) {
    for (size_t at = 0; at < 21; ++at) {
      std::string in = "語abcdefghijklmnopqr";  // 3 + 18 bytes
      in[at] = c;
      std::string expected;
      kiji::AppendTsvField(in, &expected);
      std::string buf(2 * in.size(), '#');
      CHECK(std::string(buf.data(), kiji::WriteTsvField(in, buf.data())) == expected);
    }
  }
}

TEST_CASE("JSON strings without escapes are written as they are, broken UTF-8 replaced") {
  std::string out;
  kiji::AppendJsonString("記事 plain\x7f", &out);
  CHECK(out == "\"記事 plain\x7f\"");
  out.clear();
  kiji::AppendJsonString("", &out);
  CHECK(out == "\"\"");
  out.clear();
  kiji::AppendJsonString("a\xff", &out);  // no character to escape, but not UTF-8
  CHECK(out == "\"a\xEF\xBF\xBD\"");
}

TEST_CASE("AppendPlainJsonString appends only strings that need no escape") {
  std::string out = "x";
  CHECK(kiji::AppendPlainJsonString("「引用」", &out));
  CHECK(out == "x\"「引用」\"");
  for (const char* s : {"a\"b", "a\\b", "a\nb", "\x01"}) {
    std::string o = "x";
    CHECK_FALSE(kiji::AppendPlainJsonString(s, &o));
    CHECK(o == "x");  // nothing appended
  }
}

TEST_CASE("CSV fields are quoted only when needed") {
  std::string out;
  kiji::AppendCsvField("plain", &out);
  out += ',';
  kiji::AppendCsvField("a,\"b\"", &out);
  CHECK(out == "plain,\"a,\"\"b\"\"\"");
}
