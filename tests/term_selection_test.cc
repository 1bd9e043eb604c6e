#include "kiji/term_selection.h"

#include <doctest/doctest.h>

#include "stats_fixture.h"

using kiji::PosClass;

namespace {

std::vector<std::string> Terms(const kiji::TermExtractor& ex, const FakeDoc& d) {
  std::vector<std::string> out;
  std::vector<kiji::TermOccurrence> occ;
  std::string buffer;
  for (const kiji::Sentence& s : d.doc.sentences) {
    occ.clear();
    ex.ExtractSentence(d.doc, s, 0, &occ, &buffer);
    for (const auto& o : occ) out.push_back(std::string(o.text) + "/" + std::to_string(o.n));
  }
  return out;
}

}  // namespace

TEST_CASE("PosSet parses class names and prints them in enum order") {
  auto s = kiji::PosSet::Parse("verb,noun");
  REQUIRE(s.ok());
  CHECK(s->Has(PosClass::kNoun));
  CHECK(s->Has(PosClass::kVerb));
  CHECK_FALSE(s->Has(PosClass::kAdjective));
  CHECK(s->ToString() == "noun,verb");
  CHECK(kiji::PosSet::ContentWords().ToString() ==
        "noun,proper_noun,verb,adjective,adjectival_noun");
  auto bad = kiji::PosSet::Parse("noun,nouns");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("'nouns'") != std::string::npos);
}

TEST_CASE("stopword lists skip comments, normalize, and fingerprint their content") {
  auto a = kiji::Stopwords::Parse("# comment\nする\n\nこと\r\nＡＢＣ\n", "s.tsv");
  REQUIRE(a.ok());
  CHECK(a->size() == 3);
  CHECK(a->Contains("する"));
  CHECK(a->Contains("ABC"));  // NFKC of ＡＢＣ
  CHECK_FALSE(a->Contains("#"));
  auto b = kiji::Stopwords::Parse("ABC\nこと\nする\n", "t.tsv");
  REQUIRE(b.ok());
  CHECK(a->fingerprint() == b->fingerprint());  // same words, other order
  auto c = kiji::Stopwords::Parse("ABC\nこと\n", "u.tsv");
  CHECK(c->fingerprint() != b->fingerprint());
  auto bad = kiji::Stopwords::Parse("ok\nbad\tline\n", "s.tsv");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().rfind("s.tsv:2: ", 0) == 0);
}

TEST_CASE("stopword lookups answer exactly past the quick test") {
  // Words that share length and first and last bytes pass the quick test
  // together; only the words themselves are stopwords.
  auto s = kiji::Stopwords::Parse("ある\nこと\na\nab\n", "s.tsv");
  REQUIRE(s.ok());
  for (const char* w : {"ある", "こと", "a", "ab"}) CHECK(s->Contains(w));
  for (const char* w : {"あこ", "ことる", "こる", "b", "ac", "", "abc", "こ"}) {
    CHECK_FALSE(s->Contains(w));
  }
  auto with_empty = kiji::Stopwords::Parse("x\n", "t.tsv");
  CHECK_FALSE(with_empty->Contains(""));
  // Every word of a longer list is found, and a word one byte off is not.
  std::string text;
  for (int i = 0; i < 500; ++i) text += "w" + std::to_string(i * 7) + "\n";
  auto many = kiji::Stopwords::Parse(text, "m.tsv");
  REQUIRE(many.ok());
  for (int i = 0; i < 500; ++i) {
    CHECK(many->Contains("w" + std::to_string(i * 7)));
    CHECK_FALSE(many->Contains("w" + std::to_string(i * 7 + 1)));
  }
}

TEST_CASE("terms are content-word lemmas minus stopwords, n-grams stay inside runs") {
  FakeDoc d("a", {{N("経済"), N("協力"), P("を"), V("進め", "進める"), N("こと")},
                  {N("協力"), {":", ":", PosClass::kNoun, "", true}, N("合意")}});
  kiji::TermOptions o;
  auto stop = kiji::Stopwords::Parse("こと\n", "s");
  o.stopwords = std::make_shared<const kiji::Stopwords>(std::move(stop).value());
  SUBCASE("unigrams") {
    kiji::TermExtractor ex(o);
    // を is a particle, こと a stopword, ":" an unknown punctuation-only token.
    CHECK(Terms(ex, d) ==
          std::vector<std::string>{"経済/1", "協力/1", "進める/1", "協力/1", "合意/1"});
  }
  SUBCASE("surface instead of lemma") {
    o.by = kiji::TermField::kSurface;
    kiji::TermExtractor ex(o);
    CHECK(Terms(ex, d)[2] == "進め/1");
  }
  SUBCASE("bigrams: a dropped token breaks the run") {
    o.ngram_max = 2;
    kiji::TermExtractor ex(o);
    // Runs: [経済 協力] [進める] / [協力] [合意]: one bigram only.
    CHECK(Terms(ex, d) == std::vector<std::string>{"経済/1", "協力/1", "進める/1", "経済 協力/2",
                                                   "協力/1", "合意/1"});
  }
  SUBCASE("--pos chooses classes") {
    o.pos = kiji::PosSet::Parse("verb").value();
    kiji::TermExtractor ex(o);
    CHECK(Terms(ex, d) == std::vector<std::string>{"進める/1"});
  }
}

TEST_CASE("CountTerms gives an article's term counts, sorted by term") {
  FakeDoc d("a", {{N("協力"), N("経済"), P("の"), N("協力")}, {N("経済"), N("協力")}});
  kiji::TermOptions o;
  o.ngram_max = 2;
  kiji::TermExtractor ex(o);
  // Unigrams: 協力 x3, 経済 x2; bigrams: 協力 経済, 経済 協力 (の breaks 経済 … 協力).
  using Row = std::pair<std::string, uint64_t>;
  CHECK(ex.CountTerms(d.doc) ==
        std::vector<Row>{{"協力", 3}, {"協力 経済", 1}, {"経済", 2}, {"経済 協力", 1}});
  o.ngram_min = 2;
  kiji::TermExtractor bigrams(o);
  CHECK(bigrams.CountTerms(d.doc) == std::vector<Row>{{"協力 経済", 1}, {"経済 協力", 1}});
}

TEST_CASE("PunctuationOnly tells symbol runs from words") {
  struct {
    const char* s;
    bool want;
  } cases[] = {{":", true},     {")、", true},   {"(", true},  {"!?", true},    {"・", true},
               {"…", true},     {"！", true},    {"a", false}, {"CGTN", false}, {"2025", false},
               {"中国", false}, {"(株)", false}, {"ー", false}};
  for (const auto& c : cases) {
    INFO(c.s);
    CHECK(kiji::PunctuationOnly(c.s) == c.want);
  }
}
