// Sector tagging with the real analyzer (IPADIC) and the shipped lexicon, on
// the seed corpus and on articles that must get no sectors.
#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/article.h"
#include "kiji/domain_terms.h"
#include "kiji/lexicon.h"
#include "kiji/sectors.h"
#include "kiji/utf8.h"

namespace {

const std::string kRoot = KIJI_SOURCE_DIR;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Fixture {
  std::shared_ptr<const kiji::Model> model;
  kiji::SectorLexicon lexicon;
};

const Fixture& Shared() {
  static const Fixture f = [] {
    Fixture f;
    auto terms = kiji::DomainTerms::Load(kRoot + "/dictionaries/terms.tsv");
    REQUIRE(terms.ok());
    kiji::ModelOptions o;
    o.terms = std::make_shared<const kiji::DomainTerms>(std::move(terms).value());
    auto model = kiji::Model::Open(o);
    REQUIRE(model.ok());
    f.model = *model;
    auto lex = kiji::SectorLexicon::Load({kRoot + "/dictionaries/sectors.tsv"});
    REQUIRE(lex.ok());
    f.lexicon = std::move(lex).value();
    return f;
  }();
  return f;
}

struct Tagged {
  std::string text;  // the file as read
  kiji::Article article;
  kiji::Document doc;
  std::vector<kiji::SectorScore> sectors;
  std::set<std::string> ids;  // tagged sector ids
};

std::unique_ptr<Tagged> Tag(const std::string& relative) {
  auto t = std::make_unique<Tagged>();
  const std::string path = kRoot + "/" + relative;
  t->text = Slurp(path);
  REQUIRE_FALSE(t->text.empty());
  t->article = kiji::ParseTextArticle(relative, path, t->text);
  kiji::Analyzer analyzer(Shared().model);
  REQUIRE(analyzer.Analyze(t->article, &t->doc).ok());
  t->sectors = kiji::TagSectors(t->doc, Shared().lexicon, {});
  for (const auto& s : t->sectors) {
    if (s.tagged) t->ids.insert(Shared().lexicon.sectors()[s.sector].id);
  }
  return t;
}

// text[start:end] by code points, as a user slicing the file would do.
std::string CodePointSlice(const std::string& text, uint32_t start, uint32_t end) {
  size_t pos = 0, cp = 0, begin = std::string::npos;
  while (true) {
    if (cp == start) begin = pos;
    if (cp == end)
      return begin == std::string::npos ? "<bad span>" : text.substr(begin, pos - begin);
    if (pos >= text.size()) return "<out of range>";
    kiji::DecodeUtf8(text, &pos);
    ++cp;
  }
}

void CheckSectors(const Tagged& t, const std::vector<std::string>& must,
                  const std::vector<std::string>& must_not) {
  for (const std::string& id : must) {
    INFO("must be tagged: " << id);
    CHECK(t.ids.count(id) == 1);
  }
  for (const std::string& id : must_not) {
    INFO("must not be tagged: " << id);
    CHECK(t.ids.count(id) == 0);
  }
}

}  // namespace

TEST_CASE("seed 000 (Kazakhstan citizens on the summit) has its sectors") {
  auto t = Tag("corpus/000_17a9cfc1479b7aa8.txt");
  CheckSectors(*t,
               {"belt_and_road", "trade", "connectivity", "customs", "industry", "mining",
                "people_exchange", "diplomacy"},
               {"security", "health", "agriculture", "finance"});
}

TEST_CASE("seed 001 (expert Q&A) has its sectors") {
  auto t = Tag("corpus/001_43b3a3ccbba0a56a.txt");
  CheckSectors(
      *t,
      {"diplomacy", "security", "trade", "connectivity", "industry", "science_technology",
       "culture", "education", "poverty_development", "environment", "energy", "belt_and_road"},
      {"health", "agriculture"});
}

TEST_CASE("every evidence span, cut out of the original file, equals its text") {
  for (const char* file : {"corpus/000_17a9cfc1479b7aa8.txt", "corpus/001_43b3a3ccbba0a56a.txt"}) {
    auto t = Tag(file);
    size_t spans = 0;
    kiji::SectorHits hits = kiji::FindSectorHits(t->doc, Shared().lexicon);
    for (const auto& h : hits.hits) {
      INFO(file << " " << h.start << "-" << h.end);
      CHECK(CodePointSlice(t->text, h.start, h.end) == std::string(h.text));
      CHECK(h.sentence < t->doc.sentences.size());
      ++spans;
    }
    for (const auto& c : hits.cancelled) {
      CHECK(CodePointSlice(t->text, c.hit.start, c.hit.end) == std::string(c.hit.text));
    }
    CHECK(spans > 50);
  }
}

TEST_CASE("articles with no cooperation content get no sectors") {
  for (const char* file :
       {"tests/data/sectors/accident.txt", "tests/data/sectors/sports.txt",
        "tests/data/sectors/crime.txt", "tests/data/sectors/entertainment.txt"}) {
    auto t = Tag(file);
    INFO(file);
    CHECK(t->ids.empty());
  }
}

TEST_CASE("matching does not depend on the MeCab dictionary") {
  // The same must-hold sectors of seed 000 under NAIST-jdic and Juman, whose
  // segmentation differs from IPADIC's (skipped when not installed).
  for (const char* dict : {"naist", "juman"}) {
    kiji::ModelOptions o;
    o.dict = dict;
    auto model = kiji::Model::Open(o);
    if (!model.ok()) continue;
    INFO(dict);
    const std::string path = kRoot + "/corpus/000_17a9cfc1479b7aa8.txt";
    kiji::Article a = kiji::ParseTextArticle("seed", path, Slurp(path));
    kiji::Document doc;
    kiji::Analyzer analyzer(*model);
    REQUIRE(analyzer.Analyze(a, &doc).ok());
    std::set<std::string> ids;
    for (const auto& s : kiji::TagSectors(doc, Shared().lexicon, {})) {
      if (s.tagged) ids.insert(Shared().lexicon.sectors()[s.sector].id);
    }
    for (const char* id : {"belt_and_road", "trade", "connectivity", "customs", "industry",
                           "mining", "people_exchange", "diplomacy"}) {
      INFO(id);
      CHECK(ids.count(id) == 1);
    }
    for (const char* id : {"security", "health", "agriculture", "finance"}) {
      INFO(id);
      CHECK(ids.count(id) == 0);
    }
  }
}

TEST_CASE("the narrow sectors are tagged from their own vocabulary") {
  // Hand-written articles: a Belt and Road railway, customs declarations, and
  // critical minerals, each told in words of its field only.
  struct Case {
    const char* file;
    const char* sector;
  };
  for (const Case& c : {Case{"tests/data/sectors-narrow/belt_and_road.txt", "belt_and_road"},
                        Case{"tests/data/sectors-narrow/customs.txt", "customs"},
                        Case{"tests/data/sectors-narrow/mining.txt", "mining"}}) {
    auto t = Tag(c.file);
    INFO(c.file);
    CHECK(t->ids.count(c.sector) == 1);
  }
}
