// Every output format of kiji check, checked structurally.
#include "kiji/check_writer.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "check/formats.h"

namespace {

kiji::Finding Make(std::string path, kiji::RuleIndex rule, kiji::CheckLevel level,
                   std::string message, uint32_t line, uint32_t col) {
  kiji::Finding f;
  f.path = std::move(path);
  f.rule = rule;
  f.level = level;
  f.message = std::move(message);
  if (line > 0) {
    f.begin = {line, col, col * 3 - 2, col};  // columns after Japanese characters
    f.end = {line, col + 1, col * 3 + 1, col + 1};
  }
  return f;
}

kiji::CheckReport Sample() {
  kiji::CheckReport r;
  r.reported = {"corpus/a b.txt", "corpus/c.txt"};
  r.findings = {
      Make("corpus/a b.txt", kiji::RuleIndex::kInvalidUtf8, kiji::CheckLevel::kError,
           "invalid <UTF-8> & \"so\"", 2, 3),
      Make("corpus/a b.txt", kiji::RuleIndex::kNfkc, kiji::CheckLevel::kInfo, "NFKC 'ｶ'", 4, 1),
      Make("corpus/c.txt", kiji::RuleIndex::kExactDuplicate, kiji::CheckLevel::kWarning,
           "same text", 0, 0),
  };
  return r;
}

std::string Format(const kiji::CheckReport& r, kiji::CheckFormat f) {
  return kiji::FormatCheckReport(r, f, {});
}

}  // namespace

TEST_CASE("format names parse") {
  kiji::CheckFormat f;
  for (const char* n : {"text", "github", "sarif", "json", "junit", "checkstyle", "rdjsonl"}) {
    CHECK(kiji::ParseCheckFormat(n, &f));
  }
  CHECK_FALSE(kiji::ParseCheckFormat("html", &f));
}

TEST_CASE("text: FILE:LINE:COL: severity [rule] message") {
  const std::string out = Format(Sample(), kiji::CheckFormat::kText);
  CHECK(out ==
        "corpus/a b.txt:2:3: error [encoding/invalid-utf8] invalid <UTF-8> & \"so\"\n"
        "corpus/a b.txt:4:1: info [normalization/nfkc] NFKC 'ｶ'\n"
        "corpus/c.txt: warning [duplicates/exact] same text\n");
}

TEST_CASE("SARIF carries rules, levels, regions and fingerprints") {
  auto j = nlohmann::json::parse(Format(Sample(), kiji::CheckFormat::kSarif));
  CHECK(j["version"] == "2.1.0");
  CHECK(j["$schema"].is_string());
  const auto& run = j["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["name"] == "kiji");
  CHECK(run["tool"]["driver"]["rules"].size() == kiji::kRuleCount);
  for (const auto& rule : run["tool"]["driver"]["rules"]) {
    CHECK(rule.contains("shortDescription"));
    CHECK(rule.contains("fullDescription"));
    CHECK(rule.contains("help"));
  }
  REQUIRE(run["results"].size() == 3);
  const auto& r0 = run["results"][0];
  CHECK(r0["ruleId"] == "encoding/invalid-utf8");
  CHECK(run["tool"]["driver"]["rules"][r0["ruleIndex"].get<size_t>()]["id"] == r0["ruleId"]);
  CHECK(r0["level"] == "error");
  CHECK(run["results"][1]["level"] == "note");
  const auto& loc = r0["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "corpus/a%20b.txt");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(loc["region"]["startLine"] == 2);
  CHECK(loc["region"]["startColumn"] == 3);
  CHECK(loc["region"]["endColumn"] == 4);
  CHECK(r0["partialFingerprints"].size() == 1);
  // Whole-file findings point at 1:1.
  CHECK(run["results"][2]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
}

TEST_CASE("json and rdjsonl: one record per finding, rdjsonl columns in bytes") {
  auto j = nlohmann::json::parse(Format(Sample(), kiji::CheckFormat::kJson));
  REQUIRE(j["findings"].size() == 3);
  CHECK(j["findings"][0]["column"] == 3);
  CHECK(j["findings"][0]["byte_column"] == 7);
  CHECK(j["summary"]["errors"] == 1);
  CHECK(j["summary"]["files"] == 2);
  std::istringstream lines(Format(Sample(), kiji::CheckFormat::kRdjsonl));
  std::string line;
  std::vector<nlohmann::json> ds;
  while (std::getline(lines, line)) ds.push_back(nlohmann::json::parse(line));
  REQUIRE(ds.size() == 3);
  CHECK(ds[0]["severity"] == "ERROR");
  CHECK(ds[0]["code"]["value"] == "encoding/invalid-utf8");
  CHECK(ds[0]["location"]["range"]["start"]["column"] == 7);
  CHECK(ds[0]["location"]["range"]["end"]["column"] == 10);
  CHECK(ds[1]["severity"] == "INFO");
  CHECK_FALSE(ds[2]["location"].contains("range"));
}

TEST_CASE("checkstyle and junit are escaped XML with one entry per finding") {
  const std::string cs = Format(Sample(), kiji::CheckFormat::kCheckstyle);
  CHECK(cs.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">"));
  CHECK(cs.find("message=\"invalid &lt;UTF-8&gt; &amp; &quot;so&quot;\"") != std::string::npos);
  CHECK(cs.find("source=\"kiji.encoding/invalid-utf8\"") != std::string::npos);
  CHECK(cs.find("<file name=\"corpus/c.txt\">") != std::string::npos);
  const std::string ju = Format(Sample(), kiji::CheckFormat::kJunit);
  CHECK(ju.find("<testsuites name=\"kiji check\" tests=\"3\" failures=\"2\"") != std::string::npos);
  CHECK(ju.find("<skipped message=") != std::string::npos);  // the info
  CHECK(ju.find("type=\"error\">line 2, column 3: error") != std::string::npos);
  kiji::CheckReport weird;
  weird.reported = {"a\nb\x01.txt"};
  weird.findings = {
      Make("a\nb\x01.txt", kiji::RuleIndex::kBom, kiji::CheckLevel::kWarning, "m", 1, 1)};
  CHECK(Format(weird, kiji::CheckFormat::kCheckstyle).find("name=\"a&#10;b\\x01.txt\"") !=
        std::string::npos);
}

TEST_CASE("github: escaping, at most 10 per type and a notice for the rest") {
  CHECK(kiji::GithubEscapeData("100% a\r\nb:c,d") == "100%25 a%0D%0Ab:c,d");
  CHECK(kiji::GithubEscapeProperty("100% a\r\nb:c,d") == "100%25 a%0D%0Ab%3Ac%2Cd");
  kiji::CheckReport r;
  r.reported = {"x,y:z.txt"};
  for (uint32_t i = 1; i <= 12; ++i) {
    r.findings.push_back(Make("x,y:z.txt", kiji::RuleIndex::kInvalidUtf8, kiji::CheckLevel::kError,
                              "bad\n100%", i, 1));
  }
  for (uint32_t i = 1; i <= 3; ++i) {
    r.findings.push_back(
        Make("x,y:z.txt", kiji::RuleIndex::kNfkc, kiji::CheckLevel::kInfo, "n", i, 1));
  }
  const std::string out = Format(r, kiji::CheckFormat::kGithub);
  size_t errors = 0, notices = 0, pos = 0;
  while ((pos = out.find("::error ", pos)) != std::string::npos) ++errors, ++pos;
  pos = 0;
  while ((pos = out.find("::notice ", pos)) != std::string::npos) ++notices, ++pos;
  CHECK(errors == 10);
  CHECK(notices == 4);  // 3 findings and the summary notice
  CHECK(out.find("::error file=x%2Cy%3Az.txt,line=1,col=1,endColumn=2,"
                 "title=kiji [encoding/invalid-utf8]::bad%0A100%25\n") != std::string::npos);
  CHECK(out.find("2 more findings are not shown") != std::string::npos);
  CHECK(out.find("::group::kiji check: 15 findings in 1 files") != std::string::npos);
  const std::string md = kiji::CheckMarkdownSummary(r);
  CHECK(md.find("| `encoding/invalid-utf8` | error | 12 |") != std::string::npos);
}

TEST_CASE("URIs percent-encode what is not unreserved") {
  CHECK(kiji::internal::PathUri("./corpus/日 a%.txt") == "corpus/%E6%97%A5%20a%25.txt");
}
