// ReportHtml (kiji/report_html.h) on a hand-built Report: the page's
// skeleton, escaping, anchors and the numbers behind the charts.
#include "kiji/report_html.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

size_t Count(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string_view::npos;
       p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

kiji::Report SmallReport() {
  kiji::Report r;
  r.title = "中央アジア <報告>";
  r.overview.articles = 2;
  r.overview.dated_articles = 2;
  r.overview.first_date = "2025-05-01";
  r.overview.last_date = "2025-07-02";
  r.overview.per_month = {{"2025-05", 1}, {"2025-06", 0}, {"2025-07", 1}};
  r.sectors.sectors = {{"trade",
                        "貿易",
                        "Trade",
                        2,
                        1.0,
                        {{"関税", 3, 0, 4.5, 2, 0.03}},
                        {{"崔征", 2}},
                        {{1, "関税を下げる。", 0, 7, {"関税"}}}},
                       {"customs", "税関", "Customs", 0, 0, {}, {}, {}},
                       {"energy", "エネルギー", "Energy", 1, 0.5, {}, {}, {}}};
  r.sectors.cooccurrence = {{2, 0, 1}, {0, 0, 0}, {1, 0, 1}};
  r.sectors.per_month = {{"2025-05", {1, 0, 1}}, {"2025-06", {0, 0, 0}}, {"2025-07", {1, 0, 0}}};
  r.keywords.by_frequency = {{"協力", 5, 2, 0}, {"関税", 3, 1, 2.08}};
  r.network.nodes = {{"協力", 5, 2, 0, 0.5}, {"関税", 3, 1, 1, 0.5}};
  r.network.edges = {{0, 1, 1, 0.5}};
  r.speakers = {{"崔征",
                 "person",
                 "研究員",
                 2,
                 1,
                 {{"trade", 1}},
                 {{0, "direct", "関税を下げる", "述べる", 0, 6}}}};
  r.articles = {{"a.txt",
                 "記事A & B",
                 "2025-05-01",
                 "text",
                 "cgtn.com",
                 "https://example.org/a",
                 3,
                 40,
                 90,
                 {"trade", "energy"},
                 {"協力"},
                 {}},
                {"b.txt", "", "2025-07-02", "text", "", "", 2, 20, 50, {"trade"}, {}, {"崔征"}}};
  r.provenance.kiji_version = "0.1.0";
  return r;
}

}  // namespace

TEST_CASE("the HTML report is one page with a table of contents and every section") {
  std::string page = kiji::ReportHtml(SmallReport());
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
  CHECK(page.ends_with("</html>\n"));
  CHECK(page.find("<title>中央アジア &lt;報告&gt;</title>") != std::string::npos);
  for (std::string_view id :
       {"overview", "sectors", "keywords", "network", "speakers", "articles", "provenance"}) {
    INFO(id);
    CHECK(Count(page, "<section id=\"" + std::string(id) + "\">") == 1);
    CHECK(Count(page, "<a href=\"#" + std::string(id) + "\">") == 1);
  }
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("http://www.w3.org/2000/svg") != std::string::npos);
  CHECK(page.find("\"Noto Sans CJK JP\"") != std::string::npos);
  CHECK(page == kiji::ReportHtml(SmallReport()));
}

TEST_CASE("the HTML report's charts hold the model's numbers") {
  std::string page = kiji::ReportHtml(SmallReport());
  // Sectors with articles only, most articles first.
  size_t bars = page.find("class=\"chart bars sectors\"");
  REQUIRE(bars != std::string::npos);
  std::string sectors = page.substr(bars, page.find("</svg>", bars) - bars);
  CHECK(Count(sectors, "class=\"bar\"") == 2);
  CHECK(sectors.find("<title>貿易: 2 (100.0%)</title>") <
        sectors.find("<title>エネルギー: 1 (50.0%)</title>"));
  CHECK(sectors.find("href=\"#sector-trade\"") != std::string::npos);
  CHECK(Count(page, "class=\"cell\"") == 4);  // 2 × 2: 税関 has no article
  CHECK(Count(page, "<rect class=\"column\"") ==
        2 + 3);  // per month; sectors per month (貿易 twice, エネルギー once)
  CHECK(Count(page, "<circle class=\"node\"") == 2);
  CHECK(Count(page, "<line class=\"edge\"") == 1);
  CHECK(page.find("<title>協力 – 関税: Jaccard 0.500 (1 articles)</title>") != std::string::npos);
}

TEST_CASE("the HTML report anchors articles and links evidence and quotes to them") {
  std::string page = kiji::ReportHtml(SmallReport());
  CHECK(page.find("<tr id=\"article-1\">") != std::string::npos);
  CHECK(page.find("<tr id=\"article-2\">") != std::string::npos);
  CHECK(page.find("<a href=\"https://example.org/a\">記事A &amp; B</a>") != std::string::npos);
  CHECK(Count(page, "<a href=\"#article-2\">b.txt</a>") ==
        0);                                        // titles only, ids in their own line
  CHECK(Count(page, "href=\"#article-2\"") == 1);  // the evidence sentence
  CHECK(Count(page, "href=\"#article-1\"") == 1);  // the quote
  CHECK(page.find("<div class=\"id\">b.txt</div>") != std::string::npos);
}
