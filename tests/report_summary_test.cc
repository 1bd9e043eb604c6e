// Dates and sources of articles as the report reads them (report/article_summary.h).
#include <doctest/doctest.h>

#include "kiji/article.h"
#include "report/article_summary.h"

using kiji::report::ArticleDate;
using kiji::report::ArticleSource;
using kiji::report::DateInText;
using kiji::report::UrlHost;

TEST_CASE("DateInText finds dates written in Japanese") {
  CHECK(DateInText("2025年6月17日、サミットが開かれた。") == "2025-06-17");
  CHECK(DateInText("会議は２０２４年１２月３日に始まった。") == "2024-12-03");
  CHECK(DateInText("昨年の2024年に比べ、2025年1月5日は") == "2025-01-05");
  CHECK(DateInText("2025年13月1日") == "");
  CHECK(DateInText("6月17日に開かれた。") == "");
  CHECK(DateInText("") == "");
}

TEST_CASE("ArticleDate prefers metadata, then the first paragraph") {
  kiji::Article livedoor = kiji::ParseTextArticle(
      "x", "x", "http://news.livedoor.com/article/detail/1/\n2012-09-01T12:00:00+0900\nタイトル\n本文。\n");
  CHECK(ArticleDate(livedoor) == std::pair<std::string, std::string>{"2012-09-01", "livedoor"});
  CHECK(ArticleSource(livedoor) == "news.livedoor.com");

  kiji::Article plain =
      kiji::ParseTextArticle("p", "p", "見出し\n\n2025年6月17日、会談が行われた。\n\n2026年1月1日。\n");
  CHECK(ArticleDate(plain) == std::pair<std::string, std::string>{"2025-06-17", "text"});

  kiji::Article later = kiji::ParseTextArticle("q", "q", "見出し\n\n会談が行われた。\n\n2026年1月1日。\n");
  CHECK(ArticleDate(later) == std::pair<std::string, std::string>{"", "none"});

  auto json = kiji::ParseJsonArticle(
      R"({"id":"j","title":"t","body":"本文。","date":"2024-02-29","source":"example.com"})", "f", 1);
  REQUIRE(json.ok());
  CHECK(ArticleDate(*json) == std::pair<std::string, std::string>{"2024-02-29", "jsonl"});
  CHECK(ArticleSource(*json) == "example.com");
}

TEST_CASE("UrlHost cuts the host out of a URL") {
  CHECK(UrlHost("https://news.livedoor.com/article/1/") == "news.livedoor.com");
  CHECK(UrlHost("http://example.com:8080/x") == "example.com");
  CHECK(UrlHost("http://example.com") == "example.com");
  CHECK(UrlHost("example.com/x") == "");
}

TEST_CASE("StartsWithIsoDate") {
  CHECK(kiji::report::StartsWithIsoDate("2025-06-17"));
  CHECK(kiji::report::StartsWithIsoDate("2025-06-17T10:00:00Z"));
  CHECK_FALSE(kiji::report::StartsWithIsoDate("2025/06/17"));
  CHECK_FALSE(kiji::report::StartsWithIsoDate("2025-6-17"));
}
