#include "kiji/sectors.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/hand_doc.h"

namespace {

// A small lexicon for hand-built documents.
const kiji::SectorLexicon& TestLexicon() {
  static const kiji::SectorLexicon lex = [] {
    auto r = kiji::SectorLexicon::Parse({{"t.tsv",
                                          "@sector\tcustoms\t税関\tCustoms\tc\n"
                                          "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                          "@sector\ttrade\t貿易\tTrade\tt\n"
                                          "customs\t税関\t3\n"
                                          "customs\t協力\t0.5\t税関|通関\n"
                                          "security\t安全保障\t3\n"
                                          "security\t保障\t0.5\t\t社会保障\n"
                                          "security\t安全\t1\n"
                                          "trade\t貿易\t2\n"
                                          "trade\t輸出\t2\n"}});
    REQUIRE(r.ok());
    return std::move(r).value();
  }();
  return lex;
}

const kiji::SectorScore* Find(const std::vector<kiji::SectorScore>& v, const std::string& id) {
  for (const auto& s : v) {
    if (TestLexicon().sectors()[s.sector].id == id) return &s;
  }
  return nullptr;
}

const kiji::SectorScore* Find(const std::vector<kiji::SectorScore>& v,
                              const kiji::SectorLexicon& lex, const std::string& id) {
  for (const auto& s : v) {
    if (lex.sectors()[s.sector].id == id) return &s;
  }
  return nullptr;
}

std::vector<std::string> Terms(const kiji::SectorHits& h) {
  std::vector<std::string> out;
  for (const auto& hit : h.hits) out.push_back(TestLexicon().entries()[hit.entry].term);
  return out;
}

}  // namespace

TEST_CASE("co-occurrence: a near term must be in the same sentence") {
  auto h = kiji::testing::MakeDoc({{"税関", "の", "協力"}, {"経済", "協力"}});
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
  CHECK(Terms(hits) == std::vector<std::string>{"税関", "協力"});
  REQUIRE(hits.cancelled.size() == 1);
  CHECK(hits.cancelled[0].reason == kiji::CancelReason::kNoNear);
  CHECK(hits.cancelled[0].hit.sentence == 1);
  CHECK(hits.cancelled[0].hit.text == "協力");
}

TEST_CASE("the headline is the context of every sentence for near terms") {
  // 協力 needs 税関 near it: the headline names it for the whole story.
  auto h = kiji::testing::MakeDoc({{"税関", "の", "会合"}, {"経済", "協力"}, {"社会", "協力"}});
  h->doc.sentences[0].kind = kiji::BlockKind::kTitle;
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
  CHECK(Terms(hits) == std::vector<std::string>{"税関", "協力", "協力"});
  REQUIRE(hits.hits.size() == 3);
  CHECK_FALSE(hits.hits[0].near_headline);
  CHECK(hits.hits[1].near_headline);
  CHECK(hits.cancelled.empty());
  // The same words without a headline: the body sentences lack the context.
  h->doc.sentences[0].kind = kiji::BlockKind::kParagraph;
  CHECK(Terms(kiji::FindSectorHits(h->doc, TestLexicon())) == std::vector<std::string>{"税関"});
}

TEST_CASE("an unless context in the headline cancels the entry in every sentence") {
  auto h = kiji::testing::MakeDoc({{"社会", "保障", "の", "改革"}, {"軍事", "的", "な", "保障"}});
  h->doc.sentences[0].kind = kiji::BlockKind::kTitle;
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
  CHECK(hits.hits.empty());
  REQUIRE(hits.cancelled.size() == 2);
  CHECK(hits.cancelled[1].hit.sentence == 1);
  CHECK(hits.cancelled[1].reason == kiji::CancelReason::kUnless);
  CHECK(TestLexicon().PhraseText(hits.cancelled[1].by) == "社会保障");
}

TEST_CASE("an article-wide unless context cancels the entry in every sentence") {
  auto r = kiji::SectorLexicon::Parse({{"a.tsv",
                                        "@sector\tscience\t科学\tScience\ts\n"
                                        "science\t衛星\t2\t\t*ミサイル|打ち上げ中止\n"}});
  REQUIRE(r.ok());
  const kiji::SectorLexicon& lex = *r;
  // ミサイル in the last sentence cancels 衛星 in the first two as well.
  auto h = kiji::testing::MakeDoc({{"衛星", "を", "発射"}, {"衛星", "の", "軌道"}, {"ミサイル"}});
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, lex);
  CHECK(hits.hits.empty());
  REQUIRE(hits.cancelled.size() == 2);
  for (const auto& c : hits.cancelled) {
    CHECK(c.reason == kiji::CancelReason::kUnless);
    CHECK(lex.PhraseText(c.by) == "ミサイル");
  }
  // A plain unless phrase still acts in its own sentence only.
  auto plain = kiji::testing::MakeDoc({{"衛星"}, {"打ち上げ中止"}});
  CHECK(kiji::FindSectorHits(plain->doc, lex).hits.size() == 1);
  // A reference block is not the article: its ミサイル cancels nothing.
  auto ref = kiji::testing::MakeDoc({{"衛星"}, {"ミサイル"}});
  ref->doc.sentences[1].kind = kiji::BlockKind::kReference;
  CHECK(kiji::FindSectorHits(ref->doc, lex).hits.size() == 1);
}

TEST_CASE("exclusions: an unless context in the sentence cancels the entry") {
  auto h = kiji::testing::MakeDoc({{"社会", "保障", "の", "充実"}, {"軍事", "的", "な", "保障"}});
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
  REQUIRE(hits.hits.size() == 1);
  CHECK(hits.hits[0].sentence == 1);
  REQUIRE(hits.cancelled.size() == 1);
  CHECK(hits.cancelled[0].reason == kiji::CancelReason::kUnless);
  CHECK(TestLexicon().PhraseText(hits.cancelled[0].by) == "社会保障");
}

TEST_CASE("within a sector the longest hit wins, other sectors keep theirs") {
  auto h = kiji::testing::MakeDoc({{"安全", "保障", "と", "貿易"}});
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
  CHECK(Terms(hits) == std::vector<std::string>{"安全保障", "貿易"});
  REQUIRE(hits.cancelled.size() == 2);  // 安全 and 保障, inside 安全保障
  for (const auto& c : hits.cancelled) {
    CHECK(c.reason == kiji::CancelReason::kOverlapped);
    CHECK(TestLexicon().entries()[c.by].term == "安全保障");
  }
}

TEST_CASE("evidence spans are code points into the original text") {
  auto h = kiji::testing::MakeDoc({{"ＡＢ", "の", "貿易"}});
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
  REQUIRE(hits.hits.size() == 1);
  CHECK(hits.hits[0].start == 3);
  CHECK(hits.hits[0].end == 5);
  CHECK(hits.hits[0].text == "貿易");
}

TEST_CASE("scores: weight, then half for the 2nd and 3rd hit, nothing more") {
  struct Case {
    int n;         // occurrences of 貿易 (weight 2)
    double score;  // expected
  };
  const Case cases[] = {{1, 2}, {2, 3}, {3, 4}, {4, 4}, {9, 4}};
  for (const Case& c : cases) {
    std::vector<std::vector<std::string>> sentences(c.n, {"貿易"});
    auto h = kiji::testing::MakeDoc(sentences);
    auto tags = kiji::TagSectors(h->doc, TestLexicon(), {});
    REQUIRE(tags.size() == 1);
    CHECK(tags[0].score == c.score);
    CHECK(tags[0].hits == static_cast<uint32_t>(c.n));
    CHECK(tags[0].entries.size() == 1);
    CHECK_FALSE(tags[0].tagged);  // one term repeated is never enough
    CHECK(tags[0].sentences.size() == static_cast<size_t>(c.n));
  }
}

TEST_CASE("the threshold needs min_score and min_terms different entries") {
  auto h = kiji::testing::MakeDoc({{"貿易", "と"}, {"輸出"}, {"貿易"}, {"安全"}, {"税関"}});
  auto tags = kiji::TagSectors(h->doc, TestLexicon(), {});
  REQUIRE(tags.size() == 3);
  CHECK(TestLexicon().sectors()[tags[0].sector].id == "trade");  // tagged first
  CHECK(Find(tags, "trade")->tagged);                            // 3 + 2, two terms
  CHECK(Find(tags, "trade")->score == 5);
  CHECK_FALSE(Find(tags, "customs")->tagged);   // 3, one term
  CHECK_FALSE(Find(tags, "security")->tagged);  // 1
  kiji::SectorOptions loose;
  loose.min_score = 1;
  loose.min_terms = 1;
  loose.min_sentences = 1;
  auto all = kiji::TagSectors(h->doc, TestLexicon(), loose);
  CHECK(std::all_of(all.begin(), all.end(), [](const auto& s) { return s.tagged; }));
  kiji::SectorOptions strict;
  strict.min_score = 5.5;
  CHECK_FALSE(Find(kiji::TagSectors(h->doc, TestLexicon(), strict), "trade")->tagged);
}

TEST_CASE("the entries besides the strongest must score min_other_score") {
  // security: 安全保障 three times (6) and 安全 once (1): one repeated term.
  auto repeated = kiji::testing::MakeDoc({{"安全保障"}, {"安全保障"}, {"安全保障", "と", "安全"}});
  const auto tags = kiji::TagSectors(repeated->doc, TestLexicon(), {});
  const auto* s = Find(tags, "security");
  REQUIRE(s != nullptr);
  CHECK(s->score == 7);
  CHECK(s->entries.size() == 2);
  CHECK_FALSE(s->tagged);
  // ... with 安全 twice beside it (1.5) still not, three times (2) it is.
  auto twice = kiji::testing::MakeDoc({{"安全保障"}, {"安全保障", "と", "安全"}, {"安全"}});
  CHECK_FALSE(Find(kiji::TagSectors(twice->doc, TestLexicon(), {}), "security")->tagged);
  auto thrice =
      kiji::testing::MakeDoc({{"安全保障"}, {"安全保障", "と", "安全"}, {"安全"}, {"安全"}});
  CHECK(Find(kiji::TagSectors(thrice->doc, TestLexicon(), {}), "security")->tagged);
  // One term asked for: nothing need score beside it.
  kiji::SectorOptions one_term;
  one_term.min_terms = 1;
  CHECK(Find(kiji::TagSectors(repeated->doc, TestLexicon(), one_term), "security")->tagged);
  kiji::SectorOptions lenient;
  lenient.min_other_score = 1;
  CHECK(Find(kiji::TagSectors(repeated->doc, TestLexicon(), lenient), "security")->tagged);
}

TEST_CASE("sentence level scores each sentence on its own") {
  auto h = kiji::testing::MakeDoc({{"貿易"}, {"天気"}, {"税関", "協力"}});
  kiji::SectorOptions o;
  o.min_score = kiji::kSentenceMinScore;
  o.min_terms = kiji::kSentenceMinTerms;
  auto sentences = kiji::TagSentenceSectors(h->doc, TestLexicon(), o);
  REQUIRE(sentences.size() == 2);  // the sentence without hits is left out
  CHECK(sentences[0].sentence == 0);
  REQUIRE(sentences[0].sectors.size() == 1);
  CHECK(sentences[0].sectors[0].tagged);
  CHECK(sentences[1].sentence == 2);
  REQUIRE(sentences[1].sectors.size() == 1);
  CHECK(sentences[1].sectors[0].score == 3.5);
  CHECK(sentences[1].sectors[0].entries.size() == 2);
}

TEST_CASE("an off-topic genre silences sectors it clearly outscores, and is never tagged") {
  auto r = kiji::SectorLexicon::Parse({{"g.tsv",
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "@offtopic\tsports\tスポーツ\tSports\tg\n"
                                        "security\t防衛\t2\n"
                                        "security\t軍事\t2\n"
                                        "sports\t試合\t2\n"
                                        "sports\t選手\t2\n"
                                        "sports\t優勝\t2\n"}});
  REQUIRE(r.ok());
  const kiji::SectorLexicon& lex = *r;
  struct Case {
    std::vector<std::vector<std::string>> sentences;
    bool security_tagged;
    double outscored_by;
  };
  const Case cases[] = {
      // security 4, sports 2: the genre is not substantial (< 6).
      {{{"防衛"}, {"軍事"}, {"試合"}}, true, 0},
      // security 4, sports 6 >= 1.5 x 4: silenced.
      {{{"防衛"}, {"軍事"}, {"試合"}, {"選手"}, {"優勝"}}, false, 6},
      // sports 6 in one sentence: one genre sentence silences nothing.
      {{{"防衛"}, {"軍事"}, {"試合", "選手", "優勝"}}, true, 0},
      // security 8 (3 hits of each term), sports 6 < 1.5 x 8: kept.
      {{{"防衛"}, {"防衛"}, {"防衛"}, {"軍事"}, {"軍事"}, {"軍事"}, {"試合"}, {"選手"}, {"優勝"}},
       true,
       0},
  };
  for (const Case& c : cases) {
    auto h = kiji::testing::MakeDoc(c.sentences);
    INFO(h->article->text);
    kiji::SectorOptions four;  // two terms of weight 2 reach it
    four.min_score = 4;
    auto tags = kiji::TagSectors(h->doc, lex, four);
    REQUIRE(tags.size() == 2);
    for (const auto& t : tags) {
      if (lex.sectors()[t.sector].offtopic) {
        CHECK_FALSE(t.tagged);
        CHECK(t.outscored_by == 0);
      } else {
        CHECK(t.tagged == c.security_tagged);
        CHECK(t.outscored_by == c.outscored_by);
      }
    }
  }
}

TEST_CASE("a sector needs evidence in two sentences or a strong term") {
  // trade 2 + 2 in one sentence: passing mentions in one place.
  auto one = kiji::testing::MakeDoc({{"貿易", "と", "輸出"}});
  CHECK_FALSE(Find(kiji::TagSectors(one->doc, TestLexicon(), {}), "trade")->tagged);
  // ... and in two sentences (3 + 2).
  auto two = kiji::testing::MakeDoc({{"貿易"}, {"輸出"}, {"貿易"}});
  CHECK(Find(kiji::TagSectors(two->doc, TestLexicon(), {}), "trade")->tagged);
  // security 4.5 + 2 in one sentence, with the strong 安全保障 (weight 3).
  auto strong = kiji::testing::MakeDoc(
      {{"安全保障", "と", "安全", "と", "安全", "と", "安全", "と", "安全保障"}});
  CHECK(Find(kiji::TagSectors(strong->doc, TestLexicon(), {}), "security")->tagged);
  // security 3 + 2 in one sentence, the strong 安全保障 said once: a passing
  // mention.
  auto once = kiji::testing::MakeDoc({{"安全保障", "と", "安全", "と", "安全", "と", "安全"}});
  CHECK_FALSE(Find(kiji::TagSectors(once->doc, TestLexicon(), {}), "security")->tagged);
  // ... but in the headline it is the subject.
  auto headline = kiji::testing::MakeDoc({{"安全保障", "と", "安全", "と", "安全", "と", "安全"}});
  headline->doc.sentences[0].kind = kiji::BlockKind::kTitle;
  CHECK(Find(kiji::TagSectors(headline->doc, TestLexicon(), {}), "security")->tagged);
  // Sentence level: one sentence is enough.
  auto by_sentence = kiji::TagSentenceSectors(one->doc, TestLexicon(),
                                              {kiji::kSentenceMinScore, kiji::kSentenceMinTerms});
  REQUIRE(by_sentence.size() == 1);
  CHECK(by_sentence[0].sectors[0].tagged);
}

TEST_CASE("a distinctive term in the headline and two body sentences is the story's subject") {
  auto r = kiji::SectorLexicon::Parse({{"s.tsv",
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "@sector\ttrade\t貿易\tTrade\tt\n"
                                        "@offtopic\tcrime\t犯罪\tCrime\tg\n"
                                        "security\t核実験\t3\n"
                                        "trade\t貿易\t2\n"
                                        "crime\t裁判\t2\n"
                                        "crime\t警察\t1\n"}});
  REQUIRE(r.ok());
  const kiji::SectorLexicon& lex = *r;
  auto tagged = [&](const std::vector<std::vector<std::string>>& sentences, bool headline,
                    const std::string& id) {
    auto h = kiji::testing::MakeDoc(sentences);
    if (headline) h->doc.sentences[0].kind = kiji::BlockKind::kTitle;
    const auto tags = kiji::TagSectors(h->doc, lex, {});
    const auto* s = Find(tags, lex, id);
    REQUIRE(s != nullptr);
    return s->tagged;
  };
  // 核実験 in the headline and in two body sentences: 6 with one term.
  CHECK(tagged({{"核実験"}, {"核実験", "を", "強行"}, {"核実験", "を", "非難"}}, true, "security"));
  // The same three sentences without a headline: one word repeated.
  CHECK_FALSE(
      tagged({{"核実験"}, {"核実験", "を", "強行"}, {"核実験", "を", "非難"}}, false, "security"));
  // In the headline and one body sentence: 4.5, below the threshold anyway;
  // the headline and the same body sentence twice is still one body sentence.
  CHECK_FALSE(tagged({{"核実験"}, {"核実験", "と", "核実験"}}, true, "security"));
  // A clear but not distinctive term (貿易, weight 2) does not carry a story.
  kiji::SectorOptions four;
  four.min_score = 4;
  auto h = kiji::testing::MakeDoc({{"貿易"}, {"貿易"}, {"貿易"}});
  h->doc.sentences[0].kind = kiji::BlockKind::kTitle;
  CHECK_FALSE(Find(kiji::TagSectors(h->doc, lex, four), lex, "trade")->tagged);
  // A text that is partly a genre's (a trial: crime scores 3) keeps the
  // two-term rule.
  CHECK_FALSE(tagged({{"核実験"}, {"核実験", "の", "裁判"}, {"核実験", "と", "警察"}}, true,
                     "security"));
  // ... while a genre word once (警察, 1) does not.
  CHECK(tagged({{"核実験"}, {"核実験", "と", "警察"}, {"核実験"}}, true, "security"));
}

TEST_CASE("the longest match wins across sectors: words inside a name do not count again") {
  auto r = kiji::SectorLexicon::Parse({{"n.tsv",
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "@sector\tdiplomacy\t外交\tDiplomacy\td\n"
                                        "@sector\ttrade\t貿易\tTrade\tt\n"
                                        "security\t安全保障\t3\n"
                                        "diplomacy\t安全保障協力機構\t3\n"
                                        "trade\t機構\t1\n"
                                        "security\t機構\t1\n"}});
  REQUIRE(r.ok());
  auto h = kiji::testing::MakeDoc({{"安全", "保障", "協力", "機構"}});
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, *r);
  REQUIRE(hits.hits.size() == 1);
  CHECK(r->entries()[hits.hits[0].entry].term == "安全保障協力機構");
  CHECK(hits.cancelled.size() == 3);
  for (const auto& c : hits.cancelled) CHECK(c.reason == kiji::CancelReason::kOverlapped);
  // One term in two sectors over the same tokens counts for both.
  auto same = kiji::testing::MakeDoc({{"機構"}});
  CHECK(kiji::FindSectorHits(same->doc, *r).hits.size() == 2);
}

TEST_CASE("a document without tokens has no sectors") {
  auto h = kiji::testing::MakeDoc({});
  CHECK(kiji::TagSectors(h->doc, TestLexicon(), {}).empty());
  CHECK(kiji::TagSentenceSectors(h->doc, TestLexicon(), {}).empty());
}

TEST_CASE("reference blocks (source lists, related links) are not evidence") {
  auto h = kiji::testing::MakeDoc({{"貿易"}, {"輸出"}});
  h->doc.sentences[1].kind = kiji::BlockKind::kReference;
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
  REQUIRE(hits.hits.size() == 1);
  CHECK(hits.hits[0].sentence == 0);
}

TEST_CASE("a bracketed abbreviation right after a matched name is the same mention") {
  auto r = kiji::SectorLexicon::Parse({{"a.tsv",
                                        "@sector\tenergy\tエネルギー\tEnergy\te\n"
                                        "energy\t国際エネルギー機関\t3\n"
                                        "energy\tIEA\t3\n"}});
  REQUIRE(r.ok());
  // 国際エネルギー機関(IEA): one mention, the name counts.
  auto both = kiji::testing::MakeDoc({{"国際エネルギー機関", "(", "IEA", ")", "が", "発表"}});
  kiji::SectorHits hits = kiji::FindSectorHits(both->doc, *r);
  REQUIRE(hits.hits.size() == 1);
  CHECK(r->entries()[hits.hits[0].entry].term == "国際エネルギー機関");
  REQUIRE(hits.cancelled.size() == 1);
  CHECK(hits.cancelled[0].reason == kiji::CancelReason::kSameMention);
  CHECK(kiji::CancelReasonName(kiji::CancelReason::kSameMention) == "same-mention");
  // Not right after the name, or not filling the bracket: two mentions.
  auto apart = kiji::testing::MakeDoc({{"国際エネルギー機関", "と", "(", "IEA", ")"}});
  CHECK(kiji::FindSectorHits(apart->doc, *r).hits.size() == 2);
  auto open = kiji::testing::MakeDoc({{"国際エネルギー機関", "(", "IEA", "の", "報告", ")"}});
  CHECK(kiji::FindSectorHits(open->doc, *r).hits.size() == 2);
}

// Science (space probes) against a film genre, whose @offtopic line ends
// with `frames` ("\theadline" makes it frame its article).
static kiji::SectorLexicon ProbeAndFilmLexicon(const std::string& frames = "") {
  auto r = kiji::SectorLexicon::Parse({{"g.tsv",
                                        "@sector\tscience_technology\t科学技術\tS&T\ts\n"
                                        "@offtopic\tentertainment\t芸能\tEntertainment\tg" +
                                            frames +
                                            "\n"
                                            "science_technology\t探査機\t2\n"
                                            "science_technology\t小惑星\t2\n"
                                            "science_technology\t宇宙開発\t3\n"
                                            "entertainment\t映画\t2\n"
                                            "entertainment\t主演\t2\n"
                                            "entertainment\t上映\t2\n"}});
  REQUIRE(r.ok());
  return std::move(r).value();
}

TEST_CASE("a sector spoken of only in a genre's sentences is the genre's") {
  const kiji::SectorLexicon lexicon = ProbeAndFilmLexicon();
  kiji::SectorOptions four;
  four.min_score = 4;
  // science 7 against the genre 6: not outscored on the whole, but every
  // science hit shares a sentence with the film, so the film wins.
  auto film = kiji::testing::MakeDoc(
      {{"探査機", "の", "映画"}, {"小惑星", "を", "主演"}, {"宇宙開発", "を", "上映"}});
  auto tags = kiji::TagSectors(film->doc, lexicon, four);
  CHECK_FALSE(Find(tags, lexicon, "science_technology")->tagged);
  // The same science in sentences of its own stands.
  auto news =
      kiji::testing::MakeDoc({{"探査機"}, {"小惑星"}, {"宇宙開発"}, {"映画"}, {"主演"}, {"上映"}});
  CHECK(Find(kiji::TagSectors(news->doc, lexicon, four), lexicon, "science_technology")->tagged);
}

TEST_CASE("a genre that frames its article from the headline holds every sentence") {
  const kiji::SectorLexicon framing = ProbeAndFilmLexicon("\theadline");
  const kiji::SectorLexicon plain = ProbeAndFilmLexicon();
  kiji::SectorOptions four;
  four.min_score = 4;
  // A film headlined 映画 whose plot (science 7) is told in sentences of
  // its own: the genre (6) holds them all when it frames the article.
  auto film =
      kiji::testing::MakeDoc({{"映画", "の", "公開"}, {"探査機"}, {"小惑星"}, {"宇宙開発"}, {"主演"}, {"上映"}});
  film->doc.sentences[0].kind = kiji::BlockKind::kTitle;
  const auto framed = kiji::TagSectors(film->doc, framing, four);  // Find points into it
  const auto* s = Find(framed, framing, "science_technology");
  CHECK_FALSE(s->tagged);
  CHECK(s->outscored_by == 6);
  CHECK(Find(kiji::TagSectors(film->doc, plain, four), plain, "science_technology")->tagged);
  // The same text with the film word in the body only: science stands.
  film->doc.sentences[0].kind = kiji::BlockKind::kParagraph;
  CHECK(Find(kiji::TagSectors(film->doc, framing, four), framing, "science_technology")->tagged);
  // A sector that is the clear subject of the headline is never silenced.
  auto news = kiji::testing::MakeDoc({{"映画", "と", "探査機"},
                                      {"探査機"},
                                      {"探査機", "と", "小惑星"},
                                      {"小惑星"},
                                      {"宇宙開発"},
                                      {"主演"},
                                      {"上映"}});
  news->doc.sentences[0].kind = kiji::BlockKind::kTitle;
  CHECK(Find(kiji::TagSectors(news->doc, framing, four), framing, "science_technology")->tagged);
}

TEST_CASE("a genre that another sector outscores silences nothing") {
  auto r = kiji::SectorLexicon::Parse({{"o.tsv",
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "@sector\tdiplomacy\t外交\tDiplomacy\td\n"
                                        "@offtopic\tcrime\t事件\tCrime\tc\n"
                                        "security\t米軍\t3\n"
                                        "security\t撤退\t3\n"
                                        "security\t政府軍\t3\n"
                                        "diplomacy\t国務省\t2.5\n"
                                        "diplomacy\t会談\t2.5\n"
                                        "crime\t裁判\t3\n"
                                        "crime\t被告\t3\n"}});
  REQUIRE(r.ok());
  // A trial (court words 6) that tells a troop withdrawal (security 9 in
  // sentences of its own): the diplomacy told beside the court words is
  // not silenced, since the article is not the genre's.
  auto trial = kiji::testing::MakeDoc({{"米軍"},
                                       {"撤退"},
                                       {"政府軍"},
                                       {"裁判", "で", "国務省"},
                                       {"被告", "と", "会談"}});
  auto tags = kiji::TagSectors(trial->doc, *r, kiji::SectorOptions{});
  CHECK(Find(tags, *r, "security")->tagged);
  CHECK(Find(tags, *r, "diplomacy")->tagged);
  CHECK(Find(tags, *r, "diplomacy")->outscored_by == 0);
  // Without the security story the court words do silence it.
  auto court = kiji::testing::MakeDoc({{"裁判", "で", "国務省"}, {"被告", "と", "会談"}});
  const auto court_tags = kiji::TagSectors(court->doc, *r, kiji::SectorOptions{});
  const kiji::SectorScore* d = Find(court_tags, *r, "diplomacy");
  REQUIRE(d != nullptr);
  CHECK_FALSE(d->tagged);
  CHECK(d->outscored_by == doctest::Approx(6));
}

TEST_CASE("hits the headline's context lets in do not count against a genre") {
  auto r = kiji::SectorLexicon::Parse({{"h.tsv",
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "@offtopic\tentertainment\t芸能\tEntertainment\tg\n"
                                        "security\t軍\t2\n"
                                        "security\t演習\t2\n"
                                        "security\t攻撃\t2\t軍\n"
                                        "entertainment\t映画\t2\n"
                                        "entertainment\t主演\t2\n"
                                        "entertainment\t上映\t2\n"}});
  REQUIRE(r.ok());
  kiji::SectorOptions four;
  four.min_score = 4;
  // A film headlined 軍: its plot's 攻撃 counts for the score, but the
  // genre (6) still outscores what security says on its own (軍 + 演習 = 4).
  auto film = kiji::testing::MakeDoc(
      {{"軍"}, {"演習"}, {"攻撃"}, {"攻撃"}, {"攻撃"}, {"映画"}, {"主演"}, {"上映"}});
  film->doc.sentences[0].kind = kiji::BlockKind::kTitle;
  const std::vector<kiji::SectorScore> tags = kiji::TagSectors(film->doc, *r, four);
  const kiji::SectorScore* s = Find(tags, *r, "security");
  REQUIRE(s != nullptr);
  CHECK(s->score == doctest::Approx(8));
  CHECK_FALSE(s->tagged);
  CHECK(s->outscored_by == doctest::Approx(6));
}

TEST_CASE("of a name and its bracketed word, the heavier counts in their sector") {
  auto r = kiji::SectorLexicon::Parse({{"b.tsv",
                                        "@sector\tfinance\t金融\tFinance\tf\n"
                                        "finance\t銀行\t1\n"
                                        "finance\t中央銀行\t2\n"}});
  REQUIRE(r.ok());
  auto h = kiji::testing::MakeDoc({{"準備", "銀行", "(", "中央銀行", ")"}});
  kiji::SectorHits hits = kiji::FindSectorHits(h->doc, *r);
  REQUIRE(hits.hits.size() == 1);
  CHECK(r->entries()[hits.hits[0].entry].term == "中央銀行");
  REQUIRE(hits.cancelled.size() == 1);
  CHECK(r->entries()[hits.cancelled[0].hit.entry].term == "銀行");
  CHECK(hits.cancelled[0].reason == kiji::CancelReason::kSameMention);
}

TEST_CASE("a hit that names the source of the sentence is not evidence") {
  using kiji::testing::MakeDoc;
  // 税関によると / 税関によれば / 税関の発表では / 税関の調べによると: the source.
  for (const std::vector<std::string>& s :
       std::vector<std::vector<std::string>>{{"税関", "に", "よる", "と", "増え", "た"},
                                             {"税関", "に", "よれ/よる", "ば", "増え", "た"},
                                             {"税関", "の", "発表", "で", "は", "増え", "た"},
                                             {"税関", "の", "調べ", "に", "よる", "と", "増え", "た"}}) {
    auto h = MakeDoc({s});
    kiji::SectorHits hits = kiji::FindSectorHits(h->doc, TestLexicon());
    CHECK(hits.hits.empty());
    REQUIRE(hits.cancelled.size() == 1);
    CHECK(hits.cancelled[0].reason == kiji::CancelReason::kSource);
  }
  CHECK(kiji::CancelReasonName(kiji::CancelReason::kSource) == "source");
  // What a body does or gets is evidence: 税関による検査, 税関では, 税関の検査.
  for (const std::vector<std::string>& s : std::vector<std::vector<std::string>>{
           {"税関", "に", "よる", "検査"}, {"税関", "で", "は", "検査"}, {"税関", "の", "検査"}}) {
    auto h = MakeDoc({s});
    CHECK(Terms(kiji::FindSectorHits(h->doc, TestLexicon())) == std::vector<std::string>{"税関"});
  }
}
