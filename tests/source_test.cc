#include "kiji/source.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kiji_source_test_" + std::to_string(getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void Write(const std::string& name, const std::string& bytes) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << bytes;
  }
};

std::string Messages(const kiji::DiagnosticList& d) {
  std::string out;
  for (const auto& x : d.items()) out += kiji::FormatDiagnostic(x) + "\n";
  return out;
}

}  // namespace

TEST_CASE("folders are walked recursively in byte order, with globs") {
  TempDir t;
  t.Write("b/2.txt", "x");
  t.Write("b/1.md", "x");
  t.Write("a.txt", "x");
  t.Write("c/skip.csv", "x");
  t.Write("B.jsonl", "x");
  t.Write("README.md", "x");
  t.Write("b/LICENSE.txt", "x");
  kiji::DiagnosticList diags;
  auto paths = kiji::ExpandInputs({t.path.string()}, {}, diags);
  const std::string root = t.path.string() + "/";
  REQUIRE(paths.size() == 4);
  CHECK(paths[0] == root + "B.jsonl");
  CHECK(paths[1] == root + "a.txt");
  CHECK(paths[2] == root + "b/1.md");
  CHECK(paths[3] == root + "b/2.txt");
  CHECK(diags.items().empty());

  kiji::SourceOptions only_md;
  only_md.globs = {"*.md"};
  CHECK(kiji::ExpandInputs({t.path.string()}, only_md, diags).size() == 1);
  kiji::SourceOptions keep_all;
  keep_all.exclude.clear();
  CHECK(kiji::ExpandInputs({t.path.string()}, keep_all, diags).size() == 6);
}

TEST_CASE("symlink loops are reported once and not followed forever") {
  TempDir t;
  t.Write("a/b/x.txt", "x");
  fs::create_directory_symlink("..", t.path / "a/b/loop");
  kiji::DiagnosticList diags;
  auto paths = kiji::ExpandInputs({t.path.string()}, {}, diags);
  CHECK(paths.size() == 1);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message.find("symbolic link loop") != std::string::npos);
}

TEST_CASE("missing paths and dangling links are reported, the rest goes on") {
  TempDir t;
  t.Write("ok.txt", "x");
  fs::create_symlink(t.path / "nowhere.txt", t.path / "dangling.txt");
  kiji::DiagnosticList diags;
  auto paths = kiji::ExpandInputs({(t.path / "missing.txt").string(), t.path.string()}, {}, diags);
  CHECK(paths.size() == 1);
  CHECK(Messages(diags) == (t.path / "missing.txt").string() + ": No such file or directory\n" +
                               (t.path / "dangling.txt").string() + ": broken symbolic link\n");
}

TEST_CASE("NUL-separated file lists") {
  using V = std::vector<std::string>;
  CHECK(kiji::SplitFileList0(std::string("a.txt\0b c.txt\0\0", 15)) == V{"a.txt", "b c.txt"});
  CHECK(kiji::SplitFileList0("") == V{});
}

TEST_CASE("bad inputs are reported with their location and skipped") {
  struct Case {
    std::string name, bytes, message;
  };
  const Case cases[] = {
      {"empty.txt", "", "empty.txt: empty file"},
      {"blank.txt", " \n\n", "blank.txt: empty file"},
      {"bin.txt", std::string("題\n本文\0\x01", 12),
       "bin.txt:2: binary file (NUL byte at byte 10), skipped"},
      {"bad.txt", "題\n本文\xFF\n", "bad.txt:2: invalid UTF-8 at byte 10"},
      {"sjis.txt",
       // "日本のニュース記事です。" repeated, in Shift_JIS
       std::string("\x93\xfa\x96\x7b\x82\xcc\x83\x6a\x83\x85\x81\x5b\x83\x58\x8b\x4c\x8e\x96\x82"
                   "\xc5\x82\xb7\x81\x42"
                   "\x93\xfa\x96\x7b\x82\xcc\x83\x6a\x83\x85\x81\x5b\x83\x58\x8b\x4c\x8e\x96\x82"
                   "\xc5\x82\xb7\x81\x42"
                   "\x93\xfa\x96\x7b\x82\xcc\x83\x6a\x83\x85\x81\x5b\x83\x58\x8b\x4c\x8e\x96\x82"
                   "\xc5\x82\xb7\x81\x42"),
       "sjis.txt:1: invalid UTF-8 at byte 0; it looks like Shift_JIS (convert with --encoding "
       "shift_jis)"},
      {"jis.txt", "\x1b$BF|K\\\x1b(B\n",
       "jis.txt:1: ISO-2022-JP escape sequence at byte 0; convert with --encoding iso-2022-jp"},
  };
  for (const Case& c : cases) {
    INFO("case: " << c.name);
    kiji::DiagnosticList diags;
    auto articles = kiji::LoadArticles(c.name, c.bytes, {}, diags);
    CHECK(articles.empty());
    CHECK(Messages(diags) == c.message + "\n");
  }
}

TEST_CASE("--encoding converts Shift_JIS and EUC-JP") {
  const std::string sjis = "\x93\xfa\x96\x7b\x82\xcc\x8b\x4c\x8e\x96\n\x96\x7b\x95\xb6\x81\x42\n";
  kiji::SourceOptions o;
  o.encoding = "shift_jis";
  kiji::DiagnosticList diags;
  auto a = kiji::LoadArticles("s.txt", sjis, o, diags);
  REQUIRE(a.size() == 1);
  CHECK(a[0].title == "日本の記事");
  CHECK(a[0].text == "日本の記事\n本文。\n");
  o.encoding = "euc-jp";
  a = kiji::LoadArticles("e.txt", "\xc6\xfc\xcb\xdc\n\xcb\xdc\xca\xb8\xa1\xa3\n", o, diags);
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "日本\n本文。\n");
  CHECK(diags.items().empty());
  o.encoding = "no-such-encoding";
  a = kiji::LoadArticles("x.txt", "abc", o, diags);
  CHECK(a.empty());
  CHECK(Messages(diags) == "x.txt: unknown encoding 'no-such-encoding'\n");
}

TEST_CASE("a BOM is removed, so offsets count from the first character") {
  kiji::DiagnosticList diags;
  auto a = kiji::LoadArticles("b.txt", "\xEF\xBB\xBF題\n本文。\n", {}, diags);
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "題\n本文。\n");
  CHECK(a[0].title == "題");
}

TEST_CASE("overlong lines are reported with their line number") {
  kiji::SourceOptions o;
  o.max_line_bytes = 10;
  kiji::DiagnosticList diags;
  auto a = kiji::LoadArticles("l.txt", "short\n0123456789ABCDEF\n", o, diags);
  CHECK(a.empty());
  CHECK(Messages(diags) ==
        "l.txt:2: line is 16 bytes, longer than the limit of 10 (--max-line-bytes)\n");
}

TEST_CASE("JSON Lines: good records are kept, bad ones reported by line") {
  kiji::DiagnosticList diags;
  auto a = kiji::LoadArticles(
      "c.jsonl",
      "{\"id\":\"a\",\"body\":\"一つ目。\"}\n\n{oops\n{\"id\":\"c\",\"text\":\"三つ目。\"}\n", {},
      diags);
  REQUIRE(a.size() == 2);
  CHECK(a[0].id == "a");
  CHECK(a[1].id == "c");
  CHECK(a[1].line == 4);
  CHECK(Messages(diags) == "c.jsonl:3: not a valid JSON value\n");
}

TEST_CASE("GlobMatch") {
  CHECK(kiji::GlobMatch("*.txt", "a.txt"));
  CHECK_FALSE(kiji::GlobMatch("*.txt", "a.txt.bak"));
  CHECK(kiji::GlobMatch("a?c*", "abcdef"));
  CHECK(kiji::GlobMatch("*", ""));
}

TEST_CASE("InputWalker walks lazily: a folder is listed when the walk reaches it") {
  TempDir t;
  t.Write("a/1.txt", "x");
  t.Write("b/1.txt", "x");
  kiji::DiagnosticList diags;
  kiji::InputWalker walker({t.path.string()}, {});
  std::string path;
  REQUIRE(walker.Next(&path, diags));
  CHECK(path.ends_with("a/1.txt"));
  // Written after the walk started, in a folder it has not entered yet.
  t.Write("b/2.txt", "x");
  REQUIRE(walker.Next(&path, diags));
  CHECK(path.ends_with("b/1.txt"));
  REQUIRE(walker.Next(&path, diags));
  CHECK(path.ends_with("b/2.txt"));
  CHECK_FALSE(walker.Next(&path, diags));
  CHECK_FALSE(walker.Next(&path, diags));  // and stays at the end
  CHECK(diags.items().empty());
}

TEST_CASE("InputWalker takes operands from a function, as --files0-from gives them") {
  TempDir t;
  t.Write("x.txt", "x");
  t.Write("d/y.txt", "x");
  std::vector<std::string> ops = {(t.path / "x.txt").string(), (t.path / "nope.txt").string(), "-",
                                  (t.path / "d").string()};
  size_t i = 0;
  kiji::InputWalker walker(
      [&](std::string* op) {
        if (i >= ops.size()) return false;
        *op = ops[i++];
        return true;
      },
      {});
  kiji::DiagnosticList diags;
  std::vector<std::string> got;
  std::string path;
  while (walker.Next(&path, diags)) got.push_back(path);
  REQUIRE(got.size() == 3);
  CHECK(got[0].ends_with("x.txt"));
  CHECK(got[1] == "-");
  CHECK(got[2].ends_with("d/y.txt"));
  CHECK(Messages(diags).find("nope.txt") != std::string::npos);
}

TEST_CASE("JSON Lines: a bad record is skipped with its line and file byte, the others go on") {
  // BOM, a good record, invalid UTF-8, a good record, a NUL byte, an overlong line.
  const std::string bytes = std::string("\xEF\xBB\xBF") +
                            "{\"id\":\"a\",\"body\":\"本文です。\"}\n"  // bytes 3..38
                            "{\"id\":\"b\",\"body\":\"\xFF\xFE\"}\n"    // 39..61
                            "{\"id\":\"c\",\"body\":\"次。\"}\n"        // 62..88
                            "{\"id\":\"d\",\"body\":\"x" +
                            std::string(1, '\0') + "y\"}\n" + "{\"id\":\"e\",\"body\":\"" +
                            std::string(100, 'z') + "\"}\n";
  kiji::SourceOptions o;
  o.max_line_bytes = 80;
  kiji::DiagnosticList diags;
  auto articles = kiji::LoadArticles("n.jsonl", bytes, o, diags);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "a");
  CHECK(articles[1].id == "c");
  CHECK(articles[1].line == 3);
  CHECK(Messages(diags) ==
        "n.jsonl:2: invalid UTF-8 at byte 57; record skipped\n"
        "n.jsonl:4: NUL byte at byte 108; record skipped\n"
        "n.jsonl:5: line is 120 bytes, longer than the limit of 80 (--max-line-bytes); record "
        "skipped\n");
}

TEST_CASE("JSON Lines: a chunk's messages count lines and bytes from where it starts in the file") {
  kiji::DiagnosticList diags;
  auto articles = kiji::LoadArticles("big.jsonl", "{\"id\":\"x\",\"body\":\"\xFF\"}\n", {}, diags,
                                     /*first_line=*/1001, /*first_byte=*/500000);
  CHECK(articles.empty());
  CHECK(Messages(diags) == "big.jsonl:1001: invalid UTF-8 at byte 500018; record skipped\n");
}
