// Article records of counts files (stats/article_records_io.h): what
// AppendArticleRecord writes reads back the same, survives WriteCounts /
// ParseCounts and Merge in order, and damaged records are refused with
// PATH:LINE.
#include "stats/article_records_io.h"

#include <doctest/doctest.h>

#include "base/data_file.h"
#include "kiji/counts_io.h"

namespace {

kiji::ArticleRecord Sample(const std::string& id) {
  kiji::ArticleRecord r;
  r.row.id = id;
  r.row.title = "経済\t協力";  // escaped on the way out
  r.row.date = "2025-06-17";
  r.row.date_origin = "text";
  r.row.source = "cgtn.com";
  r.row.sentences = 3;
  r.row.tokens = 40;
  r.row.characters = 120;
  r.row.sectors = {"trade", "energy"};
  r.evidence.push_back({"energy", {0, "電力の協力。", 5, 11, {"電力"}}});
  r.statements.push_back({"崔征", "person", "大使", "direct", "協力する", "述べる", 20, 24});
  r.unigrams = 7;
  r.terms = {{"協力", 2}, {"経済", 5}};
  r.compounds = {{"経済\t協力", 2}};
  return r;
}

std::vector<kiji::ArticleRecord> ReadAll(const std::string& lines) {
  std::vector<kiji::ArticleRecord> out;
  kiji::ArticleRecordReader reader([&](kiji::ArticleRecord r) {
    out.push_back(std::move(r));
    return kiji::Status::Ok();
  });
  size_t pos = 0;
  while (pos < lines.size()) {
    size_t nl = lines.find('\n', pos);
    REQUIRE(reader.Feed(kiji::SplitFields(std::string_view(lines).substr(pos, nl - pos), '\t'))
                .ok());
    pos = nl + 1;
  }
  REQUIRE(reader.Finish().ok());
  return out;
}

// A counts file holding `n` records of Sample().
std::string CountsWith(int n) {
  kiji::TermCounts c(std::map<std::string, std::string>{{"dict.layout", "test"}});
  std::string lines;
  for (int i = 0; i < n; ++i) kiji::AppendArticleRecord(Sample("a" + std::to_string(i)), &lines);
  c.SetTotals(n, 7 * n);
  c.AppendArticleRecords(lines, n);
  return kiji::WriteCounts(c);
}

std::string ErrorOf(const std::string& text) {
  auto r = kiji::ParseCounts(text, "x.counts");
  return r.ok() ? "" : r.status().message();
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t p = text.find(from);
  REQUIRE(p != std::string::npos);
  return text.replace(p, from.size(), to);
}

}  // namespace

TEST_CASE("an article record reads back as it was written") {
  std::string lines;
  kiji::AppendArticleRecord(Sample("a"), &lines);
  CHECK(lines.rfind("article\ta\t経済\\t協力\t2025-06-17\ttext\tcgtn.com\t\t3\t40\t120\t7\n", 0) ==
        0);
  CHECK(lines.find("acompound\t2\t経済\t協力\n") != std::string::npos);
  const auto back = ReadAll(lines + lines);
  REQUIRE(back.size() == 2);
  const kiji::ArticleRecord& r = back[1];
  CHECK(r.row.title == "経済\t協力");
  CHECK(r.row.sectors == std::vector<std::string>{"trade", "energy"});
  CHECK(r.evidence.at(0).sentence.terms == std::vector<std::string>{"電力"});
  CHECK(r.evidence.at(0).sentence.end == 11);
  CHECK(r.statements.at(0).verb == "述べる");
  CHECK(r.statements.at(0).quote == "協力する");
  CHECK(r.terms == Sample("a").terms);
  CHECK(r.compounds == Sample("a").compounds);
  CHECK(r.unigrams == 7);
}

TEST_CASE("counts with article records are version 2 and merge in order") {
  const std::string text = CountsWith(2);
  CHECK(text.rfind("kiji-counts\t2\n", 0) == 0);
  auto a = kiji::ParseCounts(text, "a.counts");
  REQUIRE(a.ok());
  CHECK(a->article_record_count() == 2);
  CHECK(kiji::WriteCounts(*a) == text);
  auto b = kiji::ParseCounts(CountsWith(1), "b.counts");
  REQUIRE(b.ok());
  REQUIRE(a->Merge(*b).ok());
  const auto records = ReadAll(a->article_records());
  REQUIRE(records.size() == 3);
  CHECK(records[0].row.id == "a0");
  CHECK(records[1].row.id == "a1");
  CHECK(records[2].row.id == "a0");
  CHECK(kiji::WriteCounts(kiji::TermCounts(std::map<std::string, std::string>{}))
            .rfind("kiji-counts\t1\n", 0) == 0);
}

TEST_CASE("damaged article records are refused with PATH:LINE") {
  const std::string text = CountsWith(1);
  // Line numbers: 1 magic, 2 meta, 3 articles, 4 tokens, 5 article, 6-7
  // asector, 8 evidence, 9 statement, 10-11 aterm, 12 acompound, 13 end.
  CHECK(ErrorOf(Replace(text, "aterm\t2\t", "aterm\t0\t")).rfind("x.counts:10: expected aterm", 0) ==
        0);
  CHECK(ErrorOf(Replace(text, "aterm\t2\t", "aterm\t02\t")).rfind("x.counts:10:", 0) == 0);
  CHECK(ErrorOf(Replace(text, "aterm\t2\t協力", "aterm\t2\t青")).find("x.counts:11: aterm records") ==
        0);
  CHECK(ErrorOf(Replace(text, "evidence\tenergy", "evidence\tfood")).rfind("x.counts:8: evidence", 0) ==
        0);
  CHECK(ErrorOf(Replace(text, "2025-06-17", "2025-6-17")).rfind("x.counts:5: article date", 0) == 0);
  CHECK(ErrorOf(Replace(text, "\t11\t電力", "\t1\t電力")).rfind("x.counts:8: expected evidence", 0) == 0);
  CHECK(ErrorOf(Replace(text, "article\ta0\t", "xarticle\ta0\t")).rfind("x.counts:5: unknown", 0) == 0);
  CHECK(ErrorOf(Replace(text, "article\ta0\t", "asector\ta0\t")).rfind("x.counts:5: asector record before any article record", 0) == 0);
  CHECK(ErrorOf(Replace(text, "kiji-counts\t2", "kiji-counts\t1"))
            .rfind("x.counts:5: article record in a version 1 counts file", 0) == 0);
  CHECK(ErrorOf(Replace(text, "articles\t1", "articles\t2"))
            .rfind("x.counts:13: 1 article records, but the articles line says 2", 0) == 0);
  // asector energy moved after the evidence line.
  const std::string moved =
      Replace(Replace(text, "asector\tenergy\n", ""), "evidence\tenergy", "evidence\ttrade");
  CHECK(ErrorOf(Replace(moved, "statement\t", "asector\tenergy\nstatement\t"))
            .find("x.counts:8: asector record after the evidence records") == 0);
  CHECK(ErrorOf(Replace(text, "acompound\t2\t経済\t協力\n", "acompound\t2\t経済\t協力\nterm\t1\t1\tx\n"))
            .find("x.counts:13: term record after the article records") == 0);
}
