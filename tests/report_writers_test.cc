// The JSON and Markdown writers and the format names (kiji/report.h).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiji/report.h"

namespace {

kiji::Report SmallReport() {
  kiji::Report r;
  r.title = "t|1";
  r.overview.articles = 1;
  r.overview.per_month = {{"2025-06", 1}};
  r.overview.first_date = r.overview.last_date = "2025-06-17";
  r.sectors.sectors.push_back({"trade", "貿易", "Trade", 1, 1.0, {}, {}, {{0, "貿易の文。", 0, 5, {"貿易"}}}});
  r.sectors.cooccurrence = {{1}};
  r.keywords.by_frequency = {{"貿易", 3, 1, 0}};
  r.speakers.push_back({"崔征", "person", "所長", 2, 1, {{"trade", 1}}, {{0, "direct", "よい", "述べる", 1, 3}}});
  r.articles.push_back({"a.txt", "題|名", "2025-06-17", "text", "cgtn.com", "", 1, 10, 20, {"trade"}, {"貿易"}, {"崔征"}});
  r.provenance.kiji_version = "0.1";
  return r;
}

}  // namespace

TEST_CASE("report formats by name and by file extension") {
  kiji::ReportFormat f;
  CHECK((kiji::ParseReportFormat("md", &f) && f == kiji::ReportFormat::kMarkdown));
  CHECK((kiji::ParseReportFormat("json", &f) && f == kiji::ReportFormat::kJson));
  CHECK((kiji::ParseReportFormat("html", &f) && f == kiji::ReportFormat::kHtml));
  CHECK_FALSE(kiji::ParseReportFormat("pdf", &f));
  CHECK((kiji::ReportFormatOfPath("out/r.htm", &f) && f == kiji::ReportFormat::kHtml));
  CHECK((kiji::ReportFormatOfPath("r.markdown", &f) && f == kiji::ReportFormat::kMarkdown));
  CHECK_FALSE(kiji::ReportFormatOfPath("r.txt", &f));
  CHECK_FALSE(kiji::ReportFormatOfPath("dir.json/report", &f));
  CHECK_FALSE(kiji::ReportFormatOfPath("-", &f));
}

TEST_CASE("ReportJson writes the schema and every section") {
  kiji::Report r = SmallReport();
  nlohmann::json j = nlohmann::json::parse(kiji::ReportJson(r));
  CHECK(j["schema"] == "kiji-report/1");
  CHECK(j["title"] == "t|1");
  for (const char* s : {"overview", "sectors", "keywords", "network", "speakers", "articles",
                        "provenance"}) {
    CHECK(j.contains(s));
  }
  CHECK(j["sectors"]["sectors"][0]["evidence"][0]["terms"][0] == "貿易");
  CHECK(j["speakers"][0]["quotes"][0]["verb"] == "述べる");
  CHECK(j["articles"][0]["keywords"][0] == "貿易");
  CHECK_FALSE(j["provenance"].contains("run_seconds"));
  r.provenance.run_seconds = 1.25;
  CHECK(nlohmann::json::parse(kiji::ReportJson(r))["provenance"]["run_seconds"] == 1.25);
}

TEST_CASE("ReportMarkdown escapes table cells and links quotes to articles") {
  std::string md = kiji::ReportMarkdown(SmallReport());
  CHECK(md.starts_with("# t|1\n"));
  CHECK(md.find("題\\|名") != std::string::npos);
  CHECK(md.find("](#article-1)") != std::string::npos);
  CHECK(md.find("<a id=\"article-1\"></a>") != std::string::npos);
  CHECK(md.find("| 2025-06 | 1 |") != std::string::npos);
  CHECK(md.find("run time") == std::string::npos);
}
