#include "kiji/keyword_corpus.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("article records round-trip with escapes, and give document frequencies") {
  std::string records;
  kiji::EncodeArticleTerms("a\t1", {{"中国", 2}, {"協\n力", 1}}, &records);
  kiji::EncodeArticleTerms("b", {}, &records);
  kiji::EncodeArticleTerms("c", {{"中国", 3}}, &records);
  auto corpus = kiji::KeywordCorpus::Parse(records);
  REQUIRE(corpus.ok());
  REQUIRE(corpus->size() == 3);
  const auto& a = corpus->articles();
  CHECK(a[0].id == "a\t1");
  CHECK(a[0].terms == kiji::ArticleTerms{{"中国", 2}, {"協\n力", 1}});
  CHECK(a[1].id == "b");
  CHECK(a[1].terms.empty());
  CHECK(a[2].terms == kiji::ArticleTerms{{"中国", 3}});
  const kiji::TermEntry* china = corpus->df().Find("中国");
  REQUIRE(china != nullptr);
  CHECK(china->tf == 5);
  CHECK(china->df == 2);
  REQUIRE(corpus->df().Find("協\n力") != nullptr);
  CHECK(corpus->df().Find("協\n力")->df == 1);
}

TEST_CASE("no records: an empty corpus") {
  auto corpus = kiji::KeywordCorpus::Parse("");
  REQUIRE(corpus.ok());
  CHECK(corpus->size() == 0);
  CHECK(corpus->df().size() == 0);
}

TEST_CASE("malformed records are refused with their line") {
  SUBCASE("a term before any article") {
    auto r = kiji::KeywordCorpus::Parse("中国\t1\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "keyword records:1: malformed record");
  }
  SUBCASE("a count that is not a number") {
    auto r = kiji::KeywordCorpus::Parse(
        "\x01"
        "a\n中国\tx\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "keyword records:2: malformed record");
  }
}
