#include "kiji/grouping.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/hand_doc.h"

namespace {

using Groups = std::vector<std::string>;

std::vector<std::string> GroupsBy(const char* by, const kiji::Document& doc) {
  auto g = kiji::LoadGrouping(by, {});
  REQUIRE(g.ok());
  return kiji::GroupsOf(doc, *g);
}

// A sector lexicon file in the temporary folder.
std::string WriteLexicon() {
  const std::string path =
      (std::filesystem::temp_directory_path() / "kiji_grouping_test_sectors.tsv").string();
  std::ofstream(path) << "@sector\ttrade\t貿易\tTrade\tt\n"
                         "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                         "trade\t貿易\t2\n"
                         "trade\t輸出\t2\n"
                         "security\t安全\t1\n";
  return path;
}

}  // namespace

TEST_CASE("articles group by date, month, year, source and folder") {
  auto h = kiji::testing::MakeDoc({{"中国"}});
  h->article->date = "2024-05-17T09:00:00+09:00";
  h->article->source = "nhk";
  h->article->path = "news/2024/a.txt";
  CHECK(GroupsBy("none", h->doc).empty());
  CHECK(GroupsBy("", h->doc).empty());
  CHECK(GroupsBy("date", h->doc) == Groups{"2024-05-17"});
  CHECK(GroupsBy("month", h->doc) == Groups{"2024-05"});
  CHECK(GroupsBy("year", h->doc) == Groups{"2024"});
  CHECK(GroupsBy("source", h->doc) == Groups{"nhk"});
  CHECK(GroupsBy("dir", h->doc) == Groups{"news/2024"});
  h->article->path = "a.txt";
  CHECK(GroupsBy("dir", h->doc) == Groups{"."});  // a file in the current folder
}

TEST_CASE("sector grouping: the article-level tags of kiji sectors") {
  const std::string lexicon = WriteLexicon();
  auto g = kiji::LoadGrouping("sector", {lexicon});
  REQUIRE(g.ok());
  CHECK(g->lexicon_paths == Groups{lexicon});
  auto tagged = kiji::testing::MakeDoc({{"貿易", "と"}, {"輸出"}, {"貿易"}, {"安全"}});
  CHECK(kiji::GroupsOf(tagged->doc, *g) == Groups{"trade"});  // security: 1, not enough
  auto none = kiji::testing::MakeDoc({{"天気"}});
  CHECK(kiji::GroupsOf(none->doc, *g).empty());
  std::filesystem::remove(lexicon);
}

TEST_CASE("bad --group-by values and a lexicon without sector grouping are refused") {
  auto bad = kiji::LoadGrouping("week", {});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("unknown --group-by 'week'") == 0);
  auto stray = kiji::LoadGrouping("month", {"x.tsv"});
  REQUIRE_FALSE(stray.ok());
  CHECK(stray.status().message() == "--lexicon is only used with --group-by sector");
  auto missing = kiji::LoadGrouping("sector", {"/nonexistent/sectors.tsv"});
  CHECK_FALSE(missing.ok());
}
