// The per-file rules of kiji check on bytes made in the test (no MeCab: the
// content rules are covered by tests/golden/check and check_cli_test.sh).
#include "kiji/check_rules.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "check/file_check.h"

namespace {

using kiji::RuleIndex;

// An article that no rule reports (content rules off).
const std::string kGood =
    "日本と中国の貿易協力に関する会議が東京で開かれた\n"
    "2025年6月17日、東京で日中の貿易協力に関する会議が開かれました。会議では輸出と輸入の拡大、"
    "関税の引き下げ、自由貿易協定について話し合われ、両国の代表が今後の方針を確認しました。\n"
    "参加者は、貿易の円滑化や電子商取引の拡大が地域経済の発展につながると期待を示しています。\n"
    "Reference(s):\nTrade meeting in Tokyo\nexample.com\n";

kiji::CheckOptions NoContent() {
  kiji::CheckOptions o;
  for (const kiji::RuleInfo& r : kiji::CheckRules()) {
    if (r.needs_analysis)
      o.config.levels[static_cast<size_t>(*kiji::FindRule(r.id))] = kiji::CheckLevel::kOff;
  }
  return o;
}

// kGood with `extra` lines at the end of its body, before the footer.
std::string WithBody(const std::string& extra) {
  std::string s = kGood;
  return s.insert(s.find("Reference(s):"), extra);
}

std::vector<kiji::Finding> Check(const std::string& bytes, const std::string& path = "a.txt") {
  kiji::internal::FileResult r;
  REQUIRE(kiji::internal::CheckFileBytes(path, bytes, NoContent(), nullptr, false, &r).ok());
  return r.findings;
}

std::vector<std::string> Rules(const std::vector<kiji::Finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.emplace_back(kiji::Rule(f.rule).id);
  return out;
}

bool Has(const std::vector<kiji::Finding>& fs, RuleIndex r) {
  return std::any_of(fs.begin(), fs.end(), [&](const auto& f) { return f.rule == r; });
}

}  // namespace

TEST_CASE("the rule table is in RuleIndex order with unique ids") {
  auto rules = kiji::CheckRules();
  REQUIRE(rules.size() == kiji::kRuleCount);
  for (size_t i = 0; i < rules.size(); ++i) {
    CHECK(kiji::FindRule(rules[i].id) == static_cast<RuleIndex>(i));
    CHECK(rules[i].id.find('/') != std::string_view::npos);
    CHECK(!rules[i].help.empty());
  }
  CHECK(kiji::Rule(RuleIndex::kBom).id == "encoding/bom");
  CHECK(kiji::Rule(RuleIndex::kNearDuplicate).id == "duplicates/near");
  CHECK_FALSE(kiji::FindRule("encoding/none").has_value());
}

TEST_CASE("a good article has no findings") { CHECK(Rules(Check(kGood)).empty()); }

TEST_CASE("encoding rules find each problem in the raw bytes") {
  SUBCASE("invalid UTF-8 gives the byte offset") {
    auto f = Check("タイトル\n本文\xFF\xFEです\n");
    REQUIRE(Rules(f) == std::vector<std::string>{"encoding/invalid-utf8"});
    CHECK(f[0].message.find("byte 19") != std::string::npos);
    CHECK(f[0].begin.line == 2);
    CHECK(f[0].begin.column == 3);
  }
  SUBCASE("Shift_JIS is named") {
    // 日本語のテキストです in Shift_JIS, repeated for the detector.
    std::string sjis;
    for (int i = 0; i < 20; ++i)
      sjis += "\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x4c\x83\x58\x83\x67\x82\xc5\x82\xb7\n";
    auto f = Check(sjis);
    REQUIRE(Rules(f) == std::vector<std::string>{"encoding/legacy-encoding"});
    CHECK(f[0].message.find("Shift_JIS") != std::string::npos);
  }
  SUBCASE("ISO-2022-JP and UTF-16 are named") {
    CHECK(Check("\x1b$B$3$s$K$A$O\x1b(B\n")[0].message.find("ISO-2022-JP") != std::string::npos);
    CHECK(Check(std::string("\xFF\xFEt\0i\0", 6))[0].message.find("UTF-16LE") != std::string::npos);
    CHECK(Check(std::string("\0t\0i\0t\0l\0e", 10))[0].message.find("UTF-16BE") !=
          std::string::npos);
  }
  SUBCASE("BOM, controls, U+FFFD, lone CR") {
    auto bom = Check("\xEF\xBB\xBF" + kGood);
    CHECK(Rules(bom) == std::vector<std::string>{"encoding/bom"});
    auto ctl = Check(kGood + "追記\x07です。\n");
    CHECK(Has(ctl, RuleIndex::kControlCharacter));
    auto nul = Check(kGood + std::string("\0", 1));
    CHECK(Has(nul, RuleIndex::kControlCharacter));
    CHECK(Check(kGood + "文字化け\xEF\xBF\xBDです。\n")[0].rule ==
          RuleIndex::kReplacementCharacter);
    auto cr = Check("タイトル\r本文です。\n");
    CHECK(Has(cr, RuleIndex::kLoneCr));
  }
  SUBCASE("mojibake from Latin-1 and from CP932") {
    // "あい" as UTF-8 read as windows-1252: ã ‚ ‚ ã ‚ ¢
    auto latin = Check(kGood + "\xC3\xA3\xE2\x80\x9A\xC2\xA0\xC3\xA3\xE2\x80\x9A\xC2\xA2\n");
    CHECK(Has(latin, RuleIndex::kMojibake));
    auto cp932 = Check(kGood + "縺ゅ→縺ｧ繧九\n");
    CHECK(Has(cp932, RuleIndex::kMojibake));
    CHECK_FALSE(Has(Check(kGood + "Café ãé in French.\n"), RuleIndex::kMojibake));
  }
}

TEST_CASE("normalization rules") {
  auto nfkc = Check("ﾃｽﾄ" + kGood);
  REQUIRE(Has(nfkc, RuleIndex::kNfkc));
  CHECK(nfkc[0].message == "NFKC changes 'ﾃ' to 'テ' (2 more on this line)");
  auto mixed = Check(kGood + "6月17日〜18日と7月1日～2日。\n");
  CHECK(Has(mixed, RuleIndex::kMixedVariants));
  CHECK_FALSE(Has(Check(kGood + "6月17日〜18日と7月1日〜2日。\n"), RuleIndex::kMixedVariants));
  auto zw = Check(kGood + "ゼロ\u200B幅\n");
  REQUIRE(Has(zw, RuleIndex::kZeroWidth));
}

TEST_CASE("structure rules") {
  CHECK(Has(Check("\n" + kGood), RuleIndex::kMissingTitle));
  CHECK(Has(Check(std::string(120, 'x') + "\n" + kGood.substr(kGood.find('\n') + 1)),
            RuleIndex::kLongTitle));
  CHECK(Has(Check("タイトルだけ\n"), RuleIndex::kEmptyBody));
  CHECK(Has(Check("   \n\n"), RuleIndex::kEmptyBody));
  CHECK(Has(Check("タイトル\n短い本文です。\nReference(s):\nx\ny\n"), RuleIndex::kShortBody));
  CHECK(Has(Check(kGood.substr(0, kGood.find("Reference"))), RuleIndex::kMissingReference));
  auto br = Check(WithBody("彼は「閉じない引用を書いた。\n"));
  REQUIRE(Has(br, RuleIndex::kUnbalancedBrackets));
  CHECK(br[0].message == "'「' is never closed");
  CHECK(Has(Check(WithBody("閉じ括弧だけ）がある。\n")), RuleIndex::kUnbalancedBrackets));
  CHECK_FALSE(
      Has(Check(WithBody("「入れ子『の』引用（注）」。\n")), RuleIndex::kUnbalancedBrackets));
  auto scrape = Check("タイトル video poster\n" + kGood.substr(kGood.find('\n') + 1));
  REQUIRE(Has(scrape, RuleIndex::kScrapingLeftover));
  CHECK(scrape[0].begin.column == 6);
  auto ws = Check(kGood + "行末に空白 \u3000\n");
  REQUIRE(Has(ws, RuleIndex::kTrailingWhitespace));
  auto blank = Check(kGood + "\n\n\n");
  REQUIRE(Has(blank, RuleIndex::kBlankLines));
  CHECK_FALSE(Has(Check(kGood + "\n"), RuleIndex::kBlankLines));
}

TEST_CASE("JSON Lines records: bad records and dates are found on their line") {
  const std::string body =
      "2025年6月17日、東京で日中の貿易協力に関する会議が開かれました。会議では輸出と輸入の拡大、"
      "関税の引き下げ、自由貿易協定について話し合われ、両国の代表が今後の方針を確認しました。"
      "参加者は、貿易の円滑化が地域経済の発展につながると期待を示しています。";
  const std::string ok =
      "{\"title\":\"t\",\"source\":\"s\",\"date\":\"2025-06-17\",\"body\":\"" + body + "\"}\n";
  const std::string bad_date =
      "{\"title\":\"t\",\"source\":\"s\",\"date\":\"昨日\",\"body\":\"" + body + "\"}\n";
  auto f = Check(ok + "{\"title\":\"no body\"}\n" + bad_date, "a.jsonl");
  REQUIRE(Rules(f) == std::vector<std::string>{"structure/unreadable", "content/bad-date"});
  CHECK(f[0].begin.line == 2);
  CHECK(f[1].begin.line == 3);
  CHECK(kiji::internal::IsIsoDate("2014-02-09T10:00:00+0900"));
  CHECK(kiji::internal::IsIsoDate("2025-06-17"));
  CHECK_FALSE(kiji::internal::IsIsoDate("2025-13-01"));
  CHECK_FALSE(kiji::internal::IsIsoDate("June 17"));
}

TEST_CASE("positions count code points, bytes and UTF-16 units") {
  kiji::internal::FileLocator loc("ab\n日本𠮷x");
  kiji::TextPosition p = loc.At(3 + 3 + 3 + 4);  // the x
  CHECK(p.line == 2);
  CHECK(p.column == 4);
  CHECK(p.byte_column == 11);
  CHECK(p.utf16_column == 5);
}

TEST_CASE("MinHash estimates Jaccard and exact Jaccard confirms it") {
  std::vector<uint64_t> a, b, c;
  for (uint64_t i = 0; i < 1000; ++i) a.push_back(i * 7919);
  for (uint64_t i = 100; i < 1100; ++i) b.push_back(i * 7919);
  for (uint64_t i = 5000; i < 6000; ++i) c.push_back(i * 7919);
  const double j = kiji::internal::Jaccard(a, b);
  CHECK(j == doctest::Approx(900.0 / 1100.0));
  CHECK(kiji::internal::Jaccard(a, c) == 0);
  auto ma = kiji::internal::MinHash(a), mb = kiji::internal::MinHash(b);
  size_t same = 0;
  for (size_t i = 0; i < ma.size(); ++i) same += ma[i] == mb[i];
  CHECK(static_cast<double>(same) / 128 == doctest::Approx(j).epsilon(0.15));
}

TEST_CASE("file results round-trip through the cache encoding and reject damage") {
  kiji::internal::FileResult r;
  REQUIRE(kiji::internal::CheckFileBytes("a.txt", "\n" + kGood + "\n\n\n", NoContent(), nullptr,
                                         false, &r)
              .ok());
  REQUIRE(!r.findings.empty());
  const std::string enc = kiji::internal::EncodeFileResult(r);
  kiji::internal::FileResult back;
  REQUIRE(kiji::internal::DecodeFileResult(enc, &back));
  CHECK(kiji::internal::EncodeFileResult(back) == enc);
  CHECK_FALSE(kiji::internal::DecodeFileResult(enc.substr(0, enc.size() - 1), &back));
  CHECK_FALSE(kiji::internal::DecodeFileResult(enc + "x", &back));
}
