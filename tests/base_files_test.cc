// Tests of the base modules that read and identify files: data files
// (src/base/data_file.h), fingerprints (kiji/fingerprint.h) and diagnostics
// (kiji/diagnostics.h).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "base/data_file.h"
#include "kiji/diagnostics.h"
#include "kiji/fingerprint.h"

namespace fs = std::filesystem;

namespace {

fs::path WriteTemp(const std::string& name, const std::string& bytes) {
  const fs::path p = fs::temp_directory_path() / ("kiji_base_test_" + name);
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

}  // namespace

TEST_CASE("ForEachDataLine skips comments and blank lines, drops CR, numbers lines from 1") {
  std::vector<std::pair<size_t, std::string>> got;
  const kiji::Status st = kiji::ForEachDataLine("# header\n\nalpha\tA\r\n# note\nbeta\tB", "t.tsv",
                                                [&](size_t no, std::string_view line) {
                                                  got.emplace_back(no, std::string(line));
                                                  return kiji::Status::Ok();
                                                });
  REQUIRE(st.ok());
  REQUIRE(got.size() == 2);
  CHECK(got[0] == std::pair<size_t, std::string>{3, "alpha\tA"});
  CHECK(got[1] == std::pair<size_t, std::string>{5, "beta\tB"});
}

TEST_CASE("ForEachDataLine reports invalid UTF-8 with its line and stops at a callback error") {
  const kiji::Status bad = kiji::ForEachDataLine(
      "ok\nab\xFF\n", "t.tsv", [](size_t, std::string_view) { return kiji::Status::Ok(); });
  CHECK_FALSE(bad.ok());
  CHECK(bad.message().find("t.tsv:2: invalid UTF-8") != std::string::npos);

  int calls = 0;
  const kiji::Status stopped =
      kiji::ForEachDataLine("a\nb\nc\n", "t.tsv", [&](size_t no, std::string_view) {
        ++calls;
        return no == 2 ? kiji::Status::DataError("t.tsv:2: no") : kiji::Status::Ok();
      });
  CHECK(stopped.message() == "t.tsv:2: no");
  CHECK(calls == 2);
}

TEST_CASE("SplitFields keeps empty fields") {
  using V = std::vector<std::string_view>;
  CHECK(kiji::SplitFields("a\tb", '\t') == V{"a", "b"});
  CHECK(kiji::SplitFields("a\t\tb\t", '\t') == V{"a", "", "b", ""});
  CHECK(kiji::SplitFields("", '\t') == V{""});
}

TEST_CASE("ReadDataFile names the kind of file it cannot open") {
  auto missing = kiji::ReadDataFile("/nonexistent/kiji.tsv", "lexicon");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message() == "/nonexistent/kiji.tsv: cannot open lexicon file");
  const fs::path p = WriteTemp("read.tsv", "x\ty\n");
  auto text = kiji::ReadDataFile(p.string(), "lexicon");
  REQUIRE(text.ok());
  CHECK(*text == "x\ty\n");
  fs::remove(p);
}

TEST_CASE("fingerprints follow the bytes, not the file name") {
  const std::string a = kiji::BytesFingerprint("日本語");
  CHECK(a.starts_with("fnv1a64:"));
  CHECK(a == kiji::BytesFingerprint("日本語"));
  CHECK(a != kiji::BytesFingerprint("日本"));
  CHECK(kiji::BytesFingerprint("") == "fnv1a64:cbf29ce484222325");  // FNV-1a offset basis

  const fs::path p = WriteTemp("fp1.txt", std::string(200000, 'x') + "end");
  const fs::path q = WriteTemp("fp2.txt", std::string(200000, 'x') + "end");
  auto fp = kiji::FileFingerprint(p.string());
  auto fq = kiji::FileFingerprint(q.string());
  REQUIRE(fp.ok());
  REQUIRE(fq.ok());
  CHECK(*fp == *fq);  // read in 64 KiB blocks, the same as hashing the bytes at once
  CHECK(*fp == kiji::BytesFingerprint(std::string(200000, 'x') + "end"));
  CHECK_FALSE(kiji::FileFingerprint("/nonexistent/file").ok());
  fs::remove(p);
  fs::remove(q);
}

TEST_CASE("DictionaryFingerprint needs sys.dic and is the same for a copy of the folder") {
  CHECK_FALSE(kiji::DictionaryFingerprint("/nonexistent/dic").ok());
  const fs::path d1 = fs::temp_directory_path() / "kiji_base_test_dic1";
  const fs::path d2 = fs::temp_directory_path() / "kiji_base_test_dic2";
  for (const fs::path& d : {d1, d2}) {
    fs::create_directories(d);
    std::ofstream(d / "sys.dic", std::ios::binary) << "header and body";
    std::ofstream(d / "matrix.bin", std::ios::binary) << "matrix";
  }
  auto f1 = kiji::DictionaryFingerprint(d1.string());
  auto f2 = kiji::DictionaryFingerprint(d2.string());
  REQUIRE(f1.ok());
  REQUIRE(f2.ok());
  CHECK(*f1 == *f2);
  std::ofstream(d2 / "matrix.bin", std::ios::binary) << "a longer matrix";
  auto f3 = kiji::DictionaryFingerprint(d2.string());
  REQUIRE(f3.ok());
  CHECK(*f3 != *f1);  // matrix.bin's size is part of the identity
  fs::remove_all(d1);
  fs::remove_all(d2);
}

TEST_CASE("FormatDiagnostic puts the location first, as compilers do") {
  CHECK(kiji::FormatDiagnostic({"a.txt", 3, "body is empty"}) == "a.txt:3: body is empty");
  CHECK(kiji::FormatDiagnostic({"a.txt", 0, "cannot open"}) == "a.txt: cannot open");
  CHECK(kiji::FormatDiagnostic({"", 0, "x.tsv:2: bad"}) == "x.tsv:2: bad");
  kiji::DiagnosticList list;
  list.Report({"a", 1, "note", kiji::Severity::kWarning});
  CHECK_FALSE(list.has_errors());
  list.Report({"a", 2, "bad"});
  CHECK(list.has_errors());
  CHECK(list.items().size() == 2);
  list.Clear();
  CHECK(list.items().empty());
}
