#include "report/summary_codec.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "kiji/lexicon.h"
#include "kiji/term_stats.h"

namespace {

kiji::SectorLexicon Sectors() {
  auto r = kiji::SectorLexicon::Parse({{"t.tsv",
                                        "@sector\ttrade\t貿易\tTrade\tt\n"
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "@offtopic\tsports\tスポーツ\tSports\tm\n"
                                        "trade\t貿易\t2\n"
                                        "security\t安全\t1\n"
                                        "sports\t試合\t2\n"}});
  REQUIRE(r.ok());
  return std::move(r).value();
}

// A summary as SummarizeAll makes it: sectors with evidence, statements,
// sorted terms and compounds (sharing prefixes) with their hashes.
kiji::report::ArticleSummary Sample() {
  kiji::report::ArticleSummary s;
  kiji::ArticleRecord& r = s.record;
  r.row.sentences = 12;
  r.row.tokens = 345;
  r.row.characters = 70000;
  r.row.sectors = {"security", "trade"};
  s.sectors = {1, 0};
  kiji::RecordEvidence e;
  e.sector = "security";
  e.sentence.text = "安全保障で協力する。";
  e.sentence.start = 10;
  e.sentence.end = 20;
  e.sentence.terms = {"安全", "協力"};
  r.evidence.push_back(e);
  s.evidence_sectors = {1};
  kiji::RecordStatement st{"山田太郎", "person", "外相", "direct", "協力を進める", "述べる", 30, 36};
  r.statements.push_back(st);
  r.statements.push_back({"", "unknown", "", "indirect", "", "", 0, 0});
  r.unigrams = 99;
  r.terms = {{"", 1}, {"協力", 3}, {"協力者", 1}, {"協定", 2}, {"日本", 300}};
  r.compounds = {{"外務\t省", 2}, {"外務\t省\t報道官", 1}};
  for (const auto& [k, c] : r.terms) s.term_hashes.push_back(kiji::TermTable::KeyHash(k));
  for (const auto& [k, c] : r.compounds) s.compound_hashes.push_back(kiji::TermTable::KeyHash(k));
  return s;
}

void CheckSame(const kiji::report::ArticleSummary& a, const kiji::report::ArticleSummary& b) {
  const kiji::ArticleRecord &x = a.record, &y = b.record;
  CHECK(x.row.sentences == y.row.sentences);
  CHECK(x.row.tokens == y.row.tokens);
  CHECK(x.row.characters == y.row.characters);
  CHECK(x.row.sectors == y.row.sectors);
  CHECK(a.sectors == b.sectors);
  CHECK(a.evidence_sectors == b.evidence_sectors);
  REQUIRE(x.evidence.size() == y.evidence.size());
  for (size_t i = 0; i < x.evidence.size(); ++i) {
    CHECK(x.evidence[i].sector == y.evidence[i].sector);
    CHECK(x.evidence[i].sentence.text == y.evidence[i].sentence.text);
    CHECK(x.evidence[i].sentence.start == y.evidence[i].sentence.start);
    CHECK(x.evidence[i].sentence.end == y.evidence[i].sentence.end);
    CHECK(x.evidence[i].sentence.terms == y.evidence[i].sentence.terms);
  }
  REQUIRE(x.statements.size() == y.statements.size());
  for (size_t i = 0; i < x.statements.size(); ++i) {
    const kiji::RecordStatement &p = x.statements[i], &q = y.statements[i];
    CHECK(p.speaker == q.speaker);
    CHECK(p.type == q.type);
    CHECK(p.role == q.role);
    CHECK(p.kind == q.kind);
    CHECK(p.quote == q.quote);
    CHECK(p.verb == q.verb);
    CHECK(p.start == q.start);
    CHECK(p.end == q.end);
  }
  CHECK(x.unigrams == y.unigrams);
  CHECK(x.terms == y.terms);
  CHECK(x.compounds == y.compounds);
  CHECK(a.term_hashes == b.term_hashes);
  CHECK(a.compound_hashes == b.compound_hashes);
}

}  // namespace

TEST_CASE("summary codec: a summary round-trips with every field and the hashes") {
  const kiji::SectorLexicon lexicon = Sectors();
  const kiji::report::ArticleSummary s = Sample();
  std::string bytes;
  kiji::report::EncodeSummary(s, &bytes);
  kiji::report::ArticleSummary back;
  REQUIRE(kiji::report::DecodeSummary(bytes, lexicon, &back));
  CheckSame(s, back);
  CHECK(back.kept);

  kiji::report::ArticleSummary empty, empty_back;
  std::string empty_bytes;
  kiji::report::EncodeSummary(empty, &empty_bytes);
  REQUIRE(kiji::report::DecodeSummary(empty_bytes, lexicon, &empty_back));
  CheckSame(empty, empty_back);
}

TEST_CASE("summary codec: damaged or foreign bytes never decode, never read out of bounds") {
  const kiji::SectorLexicon lexicon = Sectors();
  std::string bytes;
  kiji::report::EncodeSummary(Sample(), &bytes);
  kiji::report::ArticleSummary out;
  CHECK_FALSE(kiji::report::DecodeSummary("", lexicon, &out));
  std::string other_version = bytes;
  other_version[0] = static_cast<char>(other_version[0] + 1);
  CHECK_FALSE(kiji::report::DecodeSummary(other_version, lexicon, &out));
  for (size_t n = 0; n < bytes.size(); ++n) {
    kiji::report::ArticleSummary cut;
    CHECK_FALSE(kiji::report::DecodeSummary(bytes.substr(0, n), lexicon, &cut));
  }
  CHECK_FALSE(kiji::report::DecodeSummary(bytes + "x", lexicon, &out));
  // Every single-byte change decodes to something or nothing, within bounds
  // (ASan checks the bounds).
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (int v : {0x00, 0x7F, 0x80, 0xFF}) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(v);
      kiji::report::ArticleSummary d;
      (void)kiji::report::DecodeSummary(damaged, lexicon, &d);
    }
  }
}

TEST_CASE("summary codec: a sector the lexicon lacks or an off-topic genre never decodes") {
  std::string bytes;
  kiji::report::ArticleSummary s = Sample();
  s.sectors = {2};  // sports: off-topic, never a tagged sector of a summary
  s.record.row.sectors = {"sports"};
  s.record.evidence.clear();
  s.evidence_sectors.clear();
  kiji::report::EncodeSummary(s, &bytes);
  kiji::report::ArticleSummary out;
  CHECK_FALSE(kiji::report::DecodeSummary(bytes, Sectors(), &out));
  auto smaller = kiji::SectorLexicon::Parse({{"s.tsv", "@sector\ttrade\t貿易\tTrade\tt\n"}});
  REQUIRE(smaller.ok());
  std::string two;
  kiji::report::EncodeSummary(Sample(), &two);
  kiji::report::ArticleSummary out2;
  CHECK_FALSE(kiji::report::DecodeSummary(two, *smaller, &out2));
}

TEST_CASE("summary codec: keys out of order never decode") {
  kiji::report::ArticleSummary s = Sample();
  s.record.terms = {{"b", 1}, {"a", 1}};
  std::string bytes;
  kiji::report::EncodeSummary(s, &bytes);
  kiji::report::ArticleSummary out;
  CHECK_FALSE(kiji::report::DecodeSummary(bytes, Sectors(), &out));
  s.record.terms = {{"a", 1}, {"a", 2}};
  bytes.clear();
  kiji::report::EncodeSummary(s, &bytes);
  CHECK_FALSE(kiji::report::DecodeSummary(bytes, Sectors(), &out));
}
