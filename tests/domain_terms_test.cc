#include "kiji/domain_terms.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("DomainTerms finds the leftmost longest terms") {
  auto terms = kiji::DomainTerms::Parse(
      "# "
      "comment\n中央\tnoun\n中央アジア\tplace\nアジア\tplace\n一帯一路\tproper\nＣＧＴＮ\torganizat"
      "ion\n",
      "t.tsv");
  REQUIRE(terms.ok());
  CHECK(terms->size() == 5);
  const std::string s = "中国と中央アジアの一帯一路、CGTN";
  auto m = terms->FindAll(s);
  REQUIRE(m.size() == 3);
  CHECK(s.substr(m[0].begin, m[0].end - m[0].begin) == "中央アジア");
  CHECK(m[0].cls == kiji::TermClass::kPlace);
  CHECK(s.substr(m[1].begin, m[1].end - m[1].begin) == "一帯一路");
  CHECK(s.substr(m[2].begin, m[2].end - m[2].begin) == "CGTN");  // normalized on load
}

TEST_CASE("a term may carry its reading and pronunciation, NFKC-normalized") {
  auto r = kiji::DomainTerms::Parse(
      "一帯一路\tproper\tイッタイイチロ\tイッタイイチロ\n習近平\tperson\tｼｭｳｷﾝﾍﾟｲ\nCGTN\torganization\n",
      "t.tsv");
  REQUIRE(r.ok());
  const auto m = r->FindAll("習近平と一帯一路とCGTN");
  REQUIRE(m.size() == 3);
  const kiji::DomainTerms::Term& xi = r->term(m[0].index);
  CHECK(xi.term == "習近平");
  CHECK(xi.reading == "シュウキンペイ");  // half-width katakana made full-width
  CHECK(xi.pronunciation.empty());
  CHECK(r->term(m[1].index).pronunciation == "イッタイイチロ");
  CHECK(r->term(m[2].index).reading.empty());
  CHECK(r->term(m[2].index).cls == kiji::TermClass::kOrganization);
}

TEST_CASE("malformed terms files are rejected with FILE:LINE") {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"一帯一路\n",
       "t.tsv:1: expected 'term<TAB>class[<TAB>reading[<TAB>pronunciation]]', got '一帯一路'"},
      {"# c\n一帯一路\tcountry\n",
       "t.tsv:2: unknown class 'country' (expected noun, proper, person, place or organization)"},
      {"a\tnoun\nb\tnoun\na\tproper\n", "t.tsv:3: duplicate term 'a' (first on line 1)"},
      {"a\tnoun\tx\ty\tz\n",
       "t.tsv:1: expected 'term<TAB>class[<TAB>reading[<TAB>pronunciation]]', got "
       "'a\tnoun\tx\ty\tz'"},
      {"ok\tnoun\n\xFF\tnoun\n", "t.tsv:2: invalid UTF-8 at byte 8"},
  };
  for (const Case& c : cases) {
    auto r = kiji::DomainTerms::Parse(c.text, "t.tsv");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == c.message);
  }
}
