#include "kiji/lexicon.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

const char kSectors[] =
    "@sector\tcustoms\t税関\tCustoms\tcustoms procedures\n"
    "@sector\tsecurity\t安全保障\tSecurity\tdefence\n";

kiji::Result<kiji::SectorLexicon> ParseOne(const std::string& text) {
  return kiji::SectorLexicon::Parse({{"t.tsv", text}});
}

}  // namespace

TEST_CASE("a lexicon file declares sectors and entries with all their columns") {
  auto lex = ParseOne(std::string(kSectors) +
                      "# comment\n"
                      "\n"
                      "customs\t税関\t3\n"
                      "customs\t協力\t0.5\t税関|通関\t-\t税関分野の協力\t経済協力\n"
                      "security\t保障\t0.5\t軍事\t社会保障|生活保障\t\t社会保障の充実|生活保障\r\n"
                      "security\tＢｅｌｔ　ａｎｄ　Ｒｏａｄ\t1\n");
  REQUIRE(lex.ok());
  REQUIRE(lex->sectors().size() == 2);
  CHECK(lex->sectors()[0].id == "customs");
  CHECK(lex->sectors()[0].label_ja == "税関");
  CHECK(lex->sectors()[1].label_en == "Security");
  CHECK(lex->sectors()[1].line == 2);
  REQUIRE(lex->entries().size() == 4);
  const kiji::LexiconEntry& kyoryoku = lex->entries()[1];
  CHECK(kyoryoku.sector == 0);
  CHECK(kyoryoku.weight == 0.5);
  CHECK(kyoryoku.line == 6);
  REQUIRE(kyoryoku.near.size() == 2);
  CHECK(lex->PhraseText(kyoryoku.near[0]) == "税関");
  CHECK(lex->PhraseText(kyoryoku.near[1]) == "通関");
  CHECK(kyoryoku.unless.empty());
  CHECK(kyoryoku.must_match == std::vector<std::string>{"税関分野の協力"});
  CHECK(kyoryoku.must_not_match == std::vector<std::string>{"経済協力"});
  const kiji::LexiconEntry& hosho = lex->entries()[2];
  CHECK(hosho.unless.size() == 2);
  CHECK(hosho.must_match.empty());
  CHECK(hosho.must_not_match.size() == 2);
  CHECK(lex->entries()[3].term == "Belt and Road");  // NFKC on load
  // The near phrase 税関 and the entry 税関 are one phrase.
  CHECK(lex->entries()[0].phrase == kyoryoku.near[0]);
  CHECK(lex->EntriesOfPhrase(lex->entries()[0].phrase).size() == 1);
  CHECK(lex->FindSector("security") == 1u);
  CHECK_FALSE(lex->FindSector("trade").has_value());
}

TEST_CASE("an unless phrase written *phrase is a context of the whole article") {
  auto lex = ParseOne(std::string(kSectors) + "security\t保障\t0.5\t\t社会保障|*年金|生活保障\n" +
                      "security\t安全\t1\t*軍事\n");
  REQUIRE(lex.ok());
  const kiji::LexiconEntry& hosho = lex->entries()[0];
  REQUIRE(hosho.unless.size() == 2);
  CHECK(lex->PhraseText(hosho.unless[1]) == "生活保障");
  REQUIRE(hosho.unless_article.size() == 1);
  CHECK(lex->PhraseText(hosho.unless_article[0]) == "年金");
  // Only in the unless column: a near phrase keeps its star.
  CHECK(lex->PhraseText(lex->entries()[1].near[0]) == "*軍事");
  CHECK(lex->entries()[1].unless_article.empty());
  CHECK_FALSE(ParseOne(std::string(kSectors) + "security\t保障\t0.5\t\t*\n").ok());
}

TEST_CASE("several files load as one lexicon, later files extend it") {
  auto lex = kiji::SectorLexicon::Parse({
      {"a.tsv", std::string(kSectors) + "customs\t税関\t3\n"},
      // A user's file: entries for a shipped sector and a sector of its own,
      // used before the line that declares it.
      {"b.tsv", "customs\t通関\t3\nspace\t宇宙開発\t3\n@sector\tspace\t宇宙\tSpace\tspace\n"},
  });
  REQUIRE(lex.ok());
  CHECK(lex->sectors().size() == 3);
  REQUIRE(lex->entries().size() == 3);
  CHECK(lex->entries()[1].path == "b.tsv");
  CHECK(lex->entries()[2].sector == 2);
  // The same term may serve two sectors.
  auto two = ParseOne(std::string(kSectors) + "customs\t密輸\t1\nsecurity\t密輸\t1\n");
  REQUIRE(two.ok());
  CHECK(two->EntriesOfPhrase(two->entries()[0].phrase).size() == 2);
}

TEST_CASE("malformed lexicons are rejected with FILE:LINE: message") {
  struct Case {
    std::string text;
    const char* message;
  };
  const std::string s = kSectors;  // lines 1 and 2
  const Case cases[] = {
      {s + "trade\t貿易\t2\n", "t.tsv:3: unknown sector 'trade'"},
      {s + "customs\t税関\tstrong\n",
       "t.tsv:3: bad weight 'strong' (expected a number in (0, 10])"},
      {s + "customs\t税関\t0\n", "t.tsv:3: bad weight '0' (expected a number in (0, 10])"},
      {s + "customs\t税関\t-1\n", "t.tsv:3: bad weight '-1' (expected a number in (0, 10])"},
      {s + "customs\t税関\t11\n", "t.tsv:3: bad weight '11' (expected a number in (0, 10])"},
      {s + "customs\t税関\t2x\n", "t.tsv:3: bad weight '2x' (expected a number in (0, 10])"},
      {s + "customs\t税関\tnan\n", "t.tsv:3: bad weight 'nan' (expected a number in (0, 10])"},
      {s + "customs\t税関\t\n", "t.tsv:3: bad weight '' (expected a number in (0, 10])"},
      {s + "customs\t税関\t3\n# x\ncustoms\t税関\t1\n",
       "t.tsv:5: duplicate entry '税関' for sector 'customs' (first at t.tsv:3)"},
      {s + "customs\tＡＥＯ\t3\ncustoms\tAEO\t1\n",
       "t.tsv:4: duplicate entry 'AEO' for sector 'customs' (first at t.tsv:3)"},
      {s + "customs\t税関\n",
       "t.tsv:3: expected 3 to 7 tab-separated fields (sector, term, weight, near, unless, "
       "must_match, must_not_match), got 2"},
      {s + "customs\t税関\t3\t\t\t\t\tx\n",
       "t.tsv:3: expected 3 to 7 tab-separated fields (sector, term, weight, near, unless, "
       "must_match, must_not_match), got 8"},
      {s + "customs\t \t3\n", "t.tsv:3: empty term"},
      {s + "customs\t協力\t1\t税関||通関\n", "t.tsv:3: empty phrase in the near column"},
      {s + "customs\t協力\t1\t\t \n", "t.tsv:3: empty phrase in the unless column"},
      {s + "customs\t協力\t1\t\t\ta||b\n", "t.tsv:3: empty example"},
      {s + "@sector\tcustoms\t税関\tCustoms\tagain\n",
       "t.tsv:3: sector 'customs' already declared at t.tsv:1"},
      {s + "@sector\tBad-Id\tx\tX\tx\n",
       "t.tsv:3: bad sector id 'Bad-Id' (expected [a-z][a-z0-9_]*)"},
      {s + "@sector\tnew\tx\tX\n",
       "t.tsv:3: expected '@sector<TAB>id<TAB>ja<TAB>en<TAB>scope', got 4 fields"},
      {s + "@sector\tnew\tx\t\tscope\n", "t.tsv:3: sector 'new' has an empty field"},
      {s + "@weights\tx\n", "t.tsv:3: unknown directive '@weights'"},
      {s + "customs\t\xFF\t3\n", "t.tsv:3: invalid UTF-8 at byte 105"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto r = ParseOne(c.text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == c.message);
    CHECK(r.status().code() == kiji::StatusCode::kDataError);
  }
}

TEST_CASE("@offtopic declares a genre, with entries like a sector's") {
  auto lex = ParseOne(std::string(kSectors) +
                      "@offtopic\tsports\tスポーツ\tSports\tmatches\n"
                      "sports\t試合\t2\n");
  REQUIRE(lex.ok());
  REQUIRE(lex->sectors().size() == 3);
  CHECK_FALSE(lex->sectors()[1].offtopic);
  CHECK(lex->sectors()[2].offtopic);
  CHECK(lex->entries()[0].sector == 2);
  auto bad = ParseOne("@offtopic\tsports\tスポーツ\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() ==
        "t.tsv:1: expected '@offtopic<TAB>id<TAB>ja<TAB>en<TAB>scope', got 3 fields");
}

TEST_CASE("an @offtopic genre with a sixth field headline frames its article") {
  auto lex = ParseOne(std::string(kSectors) + "@offtopic\tsports\tスポーツ\tSports\tm\theadline\n" +
                      "@offtopic\tcrime\t犯罪\tCrime\tc\n");
  REQUIRE(lex.ok());
  CHECK(lex->sectors()[2].frames_article);
  CHECK_FALSE(lex->sectors()[3].frames_article);
  CHECK_FALSE(lex->sectors()[0].frames_article);
  auto other = ParseOne("@offtopic\tsports\tスポーツ\tSports\tm\tbody\n");
  REQUIRE_FALSE(other.ok());
  CHECK(other.status().message() ==
        "t.tsv:1: expected 'headline' or nothing after the scope, got 'body'");
  // A sector takes no sixth field.
  auto sector = ParseOne("@sector\tcustoms\t税関\tCustoms\tc\theadline\n");
  REQUIRE_FALSE(sector.ok());
  CHECK(sector.status().message() ==
        "t.tsv:1: expected '@sector<TAB>id<TAB>ja<TAB>en<TAB>scope', got 6 fields");
}

TEST_CASE("Load names a missing file") {
  auto r = kiji::SectorLexicon::Load({"/nonexistent/sectors.tsv"});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() == "/nonexistent/sectors.tsv: cannot open lexicon file");
  CHECK(r.status().code() == kiji::StatusCode::kNotFound);
}

TEST_CASE("the shipped lexicon has the 18 fixed sectors, labels and real lexicons") {
  auto lex =
      kiji::SectorLexicon::Load({std::string(KIJI_SOURCE_DIR) + "/dictionaries/sectors.tsv"});
  REQUIRE(lex.ok());
  const std::vector<std::string> ids = {"belt_and_road",   "trade",
                                        "connectivity",    "customs",
                                        "industry",        "mining",
                                        "energy",          "environment",
                                        "people_exchange", "education",
                                        "culture",         "science_technology",
                                        "security",        "poverty_development",
                                        "health",          "agriculture",
                                        "finance",         "diplomacy"};
  REQUIRE(lex->sectors().size() > ids.size());
  std::vector<size_t> per_sector(lex->sectors().size());
  for (const kiji::LexiconEntry& e : lex->entries()) ++per_sector[e.sector];
  std::vector<std::string> genres;
  for (size_t i = ids.size(); i < lex->sectors().size(); ++i) {
    CHECK(lex->sectors()[i].offtopic);
    CHECK(per_sector[i] >= 20);
    genres.push_back(lex->sectors()[i].id);
  }
  CHECK(genres ==
        std::vector<std::string>{"sports", "entertainment", "products", "accident", "crime"});
  for (size_t i = 0; i < ids.size(); ++i) {
    CHECK_FALSE(lex->sectors()[i].offtopic);
    const kiji::Sector& s = lex->sectors()[i];
    INFO(s.id);
    CHECK(s.id == ids[i]);
    CHECK_FALSE(s.label_ja.empty());
    CHECK_FALSE(s.label_en.empty());
    CHECK(s.scope.size() > 20);
    CHECK(per_sector[i] >= 40);  // several dozen entries per sector (issue 13)
  }
  for (const kiji::LexiconEntry& e : lex->entries()) {
    INFO(e.path << ":" << e.line);
    CHECK_FALSE(e.must_match.empty());  // every shipped entry has an example
  }
}
