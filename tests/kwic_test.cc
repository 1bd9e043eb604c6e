#include "kiji/kwic.h"

#include <doctest/doctest.h>

#include "stats_fixture.h"

namespace {

// Text: "中国と協力を進めた\n協力合意\n" (code points: 中0 国1 と2 協3 力4 を5 進6 め7 た8 \n9 協10
// ...)
struct Doc {
  FakeDoc d{
      "a",
      {{N("中国"), P("と"), N("協力"), P("を"), V("進めた", "進める")}, {N("協力"), N("合意")}}};
};

}  // namespace

TEST_CASE("KWIC by lemma with a token window") {
  Doc doc;
  kiji::KwicOptions o;
  o.pattern = "協力";
  o.window_tokens = 1;
  auto s = kiji::KwicSearcher::Create(o);
  REQUIRE(s.ok());
  auto hits = s->Search(doc.d.doc);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].start == 3);
  CHECK(hits[0].end == 5);
  CHECK(hits[0].left == "と");
  CHECK(hits[0].keyword == "協力");
  CHECK(hits[0].right == "を");
  // The second hit's left context crosses the sentence end (the newline).
  CHECK(hits[1].sentence == 1);
  CHECK(hits[1].left == "進めた\n");
  CHECK(hits[1].right == "合意");
}

TEST_CASE("KWIC by lemma finds inflected forms, by surface the written form") {
  Doc doc;
  kiji::KwicOptions o;
  o.pattern = "進める";
  auto s = kiji::KwicSearcher::Create(o);
  CHECK(s->Search(doc.d.doc).size() == 1);
  o.match = kiji::KwicMatch::kSurface;
  auto t = kiji::KwicSearcher::Create(o);
  CHECK(t->Search(doc.d.doc).empty());
  o.pattern = "進め";
  auto u = kiji::KwicSearcher::Create(o);
  auto hits = u->Search(doc.d.doc);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].keyword == "進めた");  // widened to the token it is part of
}

TEST_CASE("KWIC phrases across tokens: a lemma pattern may be several tokens") {
  Doc doc;
  kiji::KwicOptions o;
  o.pattern = "協力合意";
  o.window_tokens = 1;
  auto s = kiji::KwicSearcher::Create(o);
  auto hits = s->Search(doc.d.doc);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].keyword == "協力合意");
  CHECK(hits[0].token == 5);
  CHECK(hits[0].token_end == 7);
  CHECK(hits[0].start == 10);
  CHECK(hits[0].end == 14);
  CHECK(hits[0].left == "進めた\n");
  CHECK(hits[0].right.empty());
  // Lemmas, not surfaces: を進める is を + 進めた.
  o.pattern = "を進める";
  CHECK(kiji::KwicSearcher::Create(o)->Search(doc.d.doc).size() == 1);
  // Whole lemmas only, and never across a sentence end.
  for (const char* p : {"協", "協力を進", "進める協力"}) {
    o.pattern = p;
    CAPTURE(p);
    CHECK(kiji::KwicSearcher::Create(o)->Search(doc.d.doc).empty());
  }
}

TEST_CASE("KWIC phrases across tokens: surface and regex search the sentence text") {
  Doc doc;
  kiji::KwicOptions o;
  o.match = kiji::KwicMatch::kSurface;
  o.pattern = "国と協";  // parts of three tokens
  auto hits = kiji::KwicSearcher::Create(o)->Search(doc.d.doc);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].keyword == "中国と協力");
  o.match = kiji::KwicMatch::kRegex;
  o.pattern = "協力.";
  hits = kiji::KwicSearcher::Create(o)->Search(doc.d.doc);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].keyword == "協力を");
  CHECK(hits[1].keyword == "協力合意");
  o.pattern = "た$|^協";  // sentence anchors
  hits = kiji::KwicSearcher::Create(o)->Search(doc.d.doc);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].keyword == "進めた");
  CHECK(hits[1].keyword == "協力");
  // Two matches inside one token make one hit; a sentence end is not text.
  o.pattern = "[協力]";
  CHECK(kiji::KwicSearcher::Create(o)->Search(doc.d.doc).size() == 2);
  o.pattern = "た.協";
  CHECK(kiji::KwicSearcher::Create(o)->Search(doc.d.doc).empty());
}

TEST_CASE("KWIC by regular expression with a character window") {
  Doc doc;
  kiji::KwicOptions o;
  o.pattern = "合.$";
  o.match = kiji::KwicMatch::kRegex;
  o.window_chars = 3;
  auto s = kiji::KwicSearcher::Create(o);
  REQUIRE(s.ok());
  auto hits = s->Search(doc.d.doc);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].start == 12);
  CHECK(hits[0].left == "\n協力");
  CHECK(hits[0].right == "\n");
  o.pattern.assign(1, '(');  // not = "(": GCC 12 -Wrestrict false positive
  auto bad = kiji::KwicSearcher::Create(o);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("bad regular expression") != std::string::npos);
}
