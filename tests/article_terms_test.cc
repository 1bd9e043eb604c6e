#include "stats/article_terms.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("article terms: counts round-trip, damaged or foreign bytes never decode") {
  kiji::internal::ArticleTerms t;
  t.unigrams = 1234;
  t.terms = {{"", 1}, {"協力", 3}, {"協力者", 1}, {"協定", 2}, {"日本\t政府", 300}};
  std::string bytes;
  kiji::internal::EncodeArticleTerms(t, &bytes);
  kiji::internal::ArticleTerms back;
  REQUIRE(kiji::internal::DecodeArticleTerms(bytes, &back));
  CHECK(back.unigrams == t.unigrams);
  CHECK(back.terms == t.terms);

  for (size_t n = 0; n < bytes.size(); ++n) {
    kiji::internal::ArticleTerms cut;
    CHECK_FALSE(kiji::internal::DecodeArticleTerms(bytes.substr(0, n), &cut));
  }
  CHECK_FALSE(kiji::internal::DecodeArticleTerms(bytes + "x", &back));
  std::string other = bytes;
  other[0] = static_cast<char>(other[0] + 1);
  CHECK_FALSE(kiji::internal::DecodeArticleTerms(other, &back));
  for (size_t i = 0; i < bytes.size(); ++i) {  // within bounds whatever they decode to (ASan)
    for (int v : {0x00, 0x7F, 0x80, 0xFF}) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(v);
      kiji::internal::ArticleTerms d;
      (void)kiji::internal::DecodeArticleTerms(damaged, &d);
    }
  }
  kiji::internal::ArticleTerms unsorted;
  unsorted.terms = {{"b", 1}, {"a", 1}};
  std::string u;
  kiji::internal::EncodeArticleTerms(unsorted, &u);
  CHECK_FALSE(kiji::internal::DecodeArticleTerms(u, &back));
}
