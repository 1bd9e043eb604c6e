#include "kiji/corpus_counts.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "kiji/counts_io.h"
#include "kiji/fingerprint.h"
#include "stats_fixture.h"

namespace {

// A file with `text` in the temporary folder.
std::string TempFile(const std::string& name, const std::string& text) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

kiji::DictionaryInfo Ipadic() {
  auto dir = kiji::ResolveDictionary("ipadic");
  REQUIRE(dir.ok());
  kiji::DictionaryInfo info;
  info.name = "ipadic";
  info.dir = *dir;
  return info;
}

}  // namespace

TEST_CASE("the run identity names the dictionary, its terms and user dictionaries") {
  const kiji::DictionaryInfo dict = Ipadic();
  auto none = kiji::RunIdentity(dict, "", {});
  REQUIRE(none.ok());
  CHECK(none->at("dict.layout") == "ipadic");
  CHECK(none->at("dict.dir") == dict.dir);
  CHECK(none->at("dict.fingerprint") == *kiji::DictionaryFingerprint(dict.dir));
  CHECK(none->at("dict.terms") == "none");
  CHECK(none->at("dict.userdic") == "none");
  const std::string terms = TempFile("kiji_cc_terms.tsv", "一帯一路\tnoun\n");
  const std::string u1 = TempFile("kiji_cc_u1.dic", "one");
  const std::string u2 = TempFile("kiji_cc_u2.dic", "two");
  auto full = kiji::RunIdentity(dict, terms, {u1, u2});
  REQUIRE(full.ok());
  CHECK(full->at("dict.terms") == *kiji::FileFingerprint(terms));
  CHECK(full->at("dict.userdic") == *kiji::FileFingerprint(u1) + "," + *kiji::FileFingerprint(u2));
  CHECK_FALSE(kiji::RunIdentity(dict, "/nonexistent/terms.tsv", {}).ok());
  for (const auto& p : {terms, u1, u2}) std::filesystem::remove(p);
}

TEST_CASE("sector grouping adds the lexicon's identity, other groupings nothing") {
  kiji::Metadata identity{{"dict.layout", "ipadic"}};
  kiji::Grouping month;
  month.by = kiji::GroupBy::kMonth;
  REQUIRE(kiji::AddGroupingIdentity(month, &identity).ok());
  CHECK(identity.size() == 1);
  kiji::Grouping sector;
  sector.by = kiji::GroupBy::kSector;
  sector.lexicon_paths = {TempFile("kiji_cc_a.tsv", "a"), TempFile("kiji_cc_b.tsv", "b")};
  REQUIRE(kiji::AddGroupingIdentity(sector, &identity).ok());
  CHECK(identity.at("group.lexicon") ==
        kiji::BytesFingerprint("a") + "," + kiji::BytesFingerprint("b"));
  for (const auto& p : sector.lexicon_paths) std::filesystem::remove(p);
}

TEST_CASE("per-worker counts merge into the counts of one worker") {
  FakeDoc a("a", {{N("中国"), P("と"), N("協力")}}, "", "2024-05-01");
  FakeDoc b("b", {{N("協力"), N("合意")}}, "", "2024-06-01");
  kiji::Grouping month;
  month.by = kiji::GroupBy::kMonth;
  const kiji::Metadata identity{{"dict.layout", "ipadic"}};
  kiji::WorkerTermCounts two(2, kiji::CountOptions{}, identity);
  two.Add(a.doc, 0, month);
  two.Add(b.doc, 1, month);
  kiji::WorkerTermCounts one(1, kiji::CountOptions{}, identity);
  one.Add(a.doc, 0, month);
  one.Add(b.doc, 0, month);
  auto merged = std::move(two).Merge();
  auto single = std::move(one).Merge();
  REQUIRE(merged.ok());
  REQUIRE(single.ok());
  CHECK(merged->articles() == 2);
  REQUIRE(merged->terms().Find("協力") != nullptr);
  CHECK(merged->terms().Find("協力")->df == 2);
  CHECK(merged->metadata().at("dict.layout") == "ipadic");
  CHECK(kiji::WriteCounts(*merged) == kiji::WriteCounts(*single));
}
