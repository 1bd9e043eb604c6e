#include "kiji/kwic_filter.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/article.h"
#include "support/hand_doc.h"

namespace {

std::shared_ptr<const kiji::SectorLexicon> Sectors() {
  auto r = kiji::SectorLexicon::Parse({{"t.tsv",
                                        "@sector\ttrade\t貿易\tTrade\tt\n"
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "trade\t貿易\t2\n"
                                        "trade\t輸出\t2\n"
                                        "security\t安全\t1\n"}});
  REQUIRE(r.ok());
  return std::make_shared<const kiji::SectorLexicon>(std::move(r).value());
}

std::vector<kiji::KwicHit> Search(const kiji::Document& doc, const char* lemma) {
  kiji::KwicOptions o;
  o.pattern = lemma;
  auto s = kiji::KwicSearcher::Create(o);
  REQUIRE(s.ok());
  return s->Search(doc);
}

std::vector<uint32_t> Sentences(const std::vector<kiji::KwicHit>& hits) {
  std::vector<uint32_t> out;
  for (const auto& h : hits) out.push_back(h.sentence);
  return out;
}

}  // namespace

TEST_CASE("without filters every hit is kept") {
  auto h = kiji::testing::MakeDoc({{"中国", "と", "協力"}, {"協力"}});
  auto f = kiji::KwicFilter::Create({});
  REQUIRE(f.ok());
  CHECK(f->Apply(h->doc, Search(h->doc, "協力")).size() == 2);
}

TEST_CASE("the sector filter keeps hits in sentences tagged with the sector") {
  // Sentence 0 is about trade (score 4); sentence 1 has 安全 (security, 1:
  // below the sentence threshold); sentence 2 has 貿易 alone (2: tagged).
  auto h = kiji::testing::MakeDoc(
      {{"貿易", "と", "輸出", "の", "協力"}, {"安全", "の", "協力"}, {"貿易", "協力"}});
  auto trade = kiji::KwicFilter::Create({Sectors(), "trade", nullptr, ""});
  REQUIRE(trade.ok());
  CHECK(Sentences(trade->Apply(h->doc, Search(h->doc, "協力"))) == std::vector<uint32_t>{0, 2});
  auto security = kiji::KwicFilter::Create({Sectors(), "security", nullptr, ""});
  REQUIRE(security.ok());
  CHECK(security->Apply(h->doc, Search(h->doc, "協力")).empty());
}

TEST_CASE("an unknown sector id is refused") {
  auto f = kiji::KwicFilter::Create({Sectors(), "sports", nullptr, ""});
  REQUIRE_FALSE(f.ok());
  CHECK(f.status().message() == "unknown sector 'sports' (see dictionaries/sectors.tsv)");
}

TEST_CASE("the speaker filter keeps hits inside that speaker's statements") {
  const std::string source = KIJI_SOURCE_DIR;
  auto quotes = kiji::QuoteLexicon::Load(kiji::QuoteLexiconPaths::In(source + "/dictionaries"));
  REQUIRE(quotes.ok());
  auto lexicon = std::make_shared<const kiji::QuoteLexicon>(std::move(quotes).value());
  auto model = kiji::Model::Open(kiji::ModelOptions{});
  REQUIRE(model.ok());
  kiji::Article article = kiji::ParseTextArticle(
      "a", "a", "見出し\n小林氏は経済が成長すると話した。経済は回復した。\n");
  kiji::Document doc;
  kiji::Analyzer analyzer(*model);
  REQUIRE(analyzer.Analyze(article, &doc).ok());
  const auto hits = Search(doc, "経済");
  REQUIRE(hits.size() == 2);
  auto kobayashi = kiji::KwicFilter::Create({nullptr, "", lexicon, "小林"});
  REQUIRE(kobayashi.ok());
  const auto kept = kobayashi->Apply(doc, hits);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].start == hits[0].start);  // the one in the quote
  auto other = kiji::KwicFilter::Create({nullptr, "", lexicon, "山田"});
  REQUIRE(other.ok());
  CHECK(other->Apply(doc, hits).empty());
}
