#include "kiji/sector_writer.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "support/hand_doc.h"

namespace {

kiji::SectorLexicon WriterLexicon() {
  auto r = kiji::SectorLexicon::Parse({{"w.tsv",
                                        "@sector\ttrade\t貿易\tTrade\tt\n"
                                        "@sector\tcustoms\t税関\tCustoms\tc\n"
                                        "trade\t貿易\t2\n"
                                        "trade\t輸出\t2\n"
                                        "customs\t税関\t3\n"
                                        "customs\t協力\t0.5\t通関\n"}});
  REQUIRE(r.ok());
  return std::move(r).value();
}

}  // namespace

// The writer tests are about formats: a threshold of 4 lets two terms of
// weight 2 make a tagged sector.
const kiji::SectorOptions kFour = {4, kiji::kArticleMinTerms};

TEST_CASE("FormatScore prints at most two decimals") {
  const std::pair<double, const char*> cases[] = {
      {4.5, "4.5"},      {3, "3"}, {0.75, "0.75"},   {12.25, "12.25"},
      {1.0 / 3, "0.33"}, {0, "0"}, {10.005, "10.01"}};
  for (const auto& [score, want] : cases) CHECK(kiji::FormatScore(score) == want);
}

TEST_CASE("TSV rows: one per tagged sector, sentences as a list") {
  const kiji::SectorLexicon lex = WriterLexicon();
  auto h = kiji::testing::MakeDoc({{"貿易"}, {"税関", "の", "協力"}, {"輸出", "\t"}});
  h->article->id = "a\tb";
  std::string out;
  kiji::AppendArticleSectors(h->doc, lex, kiji::TagSectors(h->doc, lex, kFour), {}, &out);
  CHECK(out == "a\\tb\ttrade\t貿易\t4\t2\t0,2\n");
  CHECK(kiji::SectorHeader(kiji::SectorFormat::kTsv) ==
        "article\tsector\tlabel\tscore\thits\tsentences\n");
  CHECK(kiji::SectorHeader(kiji::SectorFormat::kCsv) == "article,sector,label,score,hits,sentences\n");
  CHECK(kiji::SectorHeader(kiji::SectorFormat::kJsonl).empty());

  std::string explained;
  kiji::AppendArticleSectors(h->doc, lex, kiji::TagSectors(h->doc, lex, kFour),
                             {kiji::SectorFormat::kTsv, true}, &explained);
  CHECK(explained ==
        "a\\tb\ttrade\t貿易\t4\t2\t0,2\n"
        "# trade: +2 貿易 (weight 2, 1 hits; w.tsv:3)\n"
        "# trade: +2 輸出 (weight 2, 1 hits; w.tsv:4)\n"
        "# customs: not tagged, score 3, hits 1, terms 1\n"
        "# customs: +3 税関 (weight 3, 1 hits; w.tsv:5)\n"
        "# customs: cancelled 協力 at 6-8 (sentence 1): no-near 通関\n");
}

TEST_CASE("CSV rows: the sentence list quoted, no --explain comment lines") {
  const kiji::SectorLexicon lex = WriterLexicon();
  auto h = kiji::testing::MakeDoc({{"貿易"}, {"税関", "の", "協力"}, {"輸出", "\t"}});
  h->article->id = "a\"b";
  std::string out;
  kiji::AppendArticleSectors(h->doc, lex, kiji::TagSectors(h->doc, lex, kFour),
                             {kiji::SectorFormat::kCsv, true}, &out);
  CHECK(out == "\"a\"\"b\",trade,貿易,4,2,\"0,2\"\n");
}

TEST_CASE("JSON Lines: the issue's shape, at article and sentence level") {
  const kiji::SectorLexicon lex = WriterLexicon();
  auto h = kiji::testing::MakeDoc({{"貿易", "と", "輸出"}, {"税関"}});
  h->article->id = "doc1";
  std::string out;
  kiji::SectorOptions one_sentence = kFour;  // the evidence is in one sentence
  one_sentence.min_sentences = 1;
  kiji::AppendArticleSectors(h->doc, lex, kiji::TagSectors(h->doc, lex, one_sentence),
                             {kiji::SectorFormat::kJsonl, false}, &out);
  REQUIRE(out.back() == '\n');
  auto j = nlohmann::json::parse(out);
  CHECK(j["article"] == "doc1");
  REQUIRE(j["sectors"].size() == 1);
  const auto& s = j["sectors"][0];
  CHECK(s["id"] == "trade");
  CHECK(s["label"] == "貿易");
  CHECK(s["score"] == 4);
  CHECK(s["hits"] == 2);
  REQUIRE(s["evidence"].size() == 2);
  CHECK(s["evidence"][1] ==
        nlohmann::json{{"text", "輸出"}, {"start", 3}, {"end", 5}, {"sentence", 0}});
  CHECK(s.size() == 5);  // no explain member unless asked

  kiji::SectorOptions o;
  o.min_score = kiji::kSentenceMinScore;
  o.min_terms = kiji::kSentenceMinTerms;
  std::string sent;
  kiji::AppendSentenceSectors(h->doc, lex, kiji::TagSentenceSectors(h->doc, lex, o),
                              {kiji::SectorFormat::kJsonl, true}, &sent);
  auto js = nlohmann::json::parse(sent);
  REQUIRE(js["sentences"].size() == 2);
  CHECK(js["sentences"][1]["sentence"] == 1);
  CHECK(js["sentences"][1]["start"] == 6);
  CHECK(js["sentences"][1]["sectors"][0]["id"] == "customs");
  CHECK(js["sentences"][1]["sectors"][0]["explain"]["entries"][0]["source"] == "w.tsv:5");
  CHECK(js["sentences"][0]["below_threshold"].empty());
}

TEST_CASE("ParseSectorFormat") {
  kiji::SectorFormat f;
  CHECK(kiji::ParseSectorFormat("jsonl", &f));
  CHECK(f == kiji::SectorFormat::kJsonl);
  CHECK(kiji::ParseSectorFormat("tsv", &f));
  CHECK(f == kiji::SectorFormat::kTsv);
  CHECK(kiji::ParseSectorFormat("csv", &f));
  CHECK(f == kiji::SectorFormat::kCsv);
  CHECK_FALSE(kiji::ParseSectorFormat("xlsx", &f));
}

TEST_CASE("--explain names a source hit, in TSV and JSON (with an empty by)") {
  const kiji::SectorLexicon lex = WriterLexicon();
  auto h = kiji::testing::MakeDoc({{"貿易"}, {"税関", "に", "よる", "と", "輸出"}});
  h->article->id = "d";
  std::string tsv;
  kiji::AppendArticleSectors(h->doc, lex, kiji::TagSectors(h->doc, lex, kFour),
                             {kiji::SectorFormat::kTsv, true}, &tsv);
  CHECK(tsv.find("# customs: cancelled 税関 at 3-5 (sentence 1): source\n") != std::string::npos);
  std::string json;
  kiji::AppendArticleSectors(h->doc, lex, kiji::TagSectors(h->doc, lex, kFour),
                             {kiji::SectorFormat::kJsonl, true}, &json);
  auto j = nlohmann::json::parse(json);
  bool found = false;
  for (const auto& s : j["below_threshold"]) {
    for (const auto& c : s["explain"]["cancelled"]) {
      if (c["term"] == "税関") {
        CHECK(c["reason"] == "source");
        CHECK(c["by"] == "");
        found = true;
      }
    }
  }
  CHECK(found);
}
