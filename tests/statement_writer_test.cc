#include "kiji/statement_writer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

kiji::Statement Make(std::string speaker, std::string verb, std::string role = "") {
  kiji::Statement s;
  s.kind = kiji::StatementKind::kIndirect;
  s.quote = "引用\tと改行\n";
  s.quote_start = 3;
  s.quote_end = 9;
  s.speaker = std::move(speaker);
  s.mention = "崔氏";
  s.verb = std::move(verb);
  s.role = std::move(role);
  return s;
}

}  // namespace

TEST_CASE("records carry exactly the issue's fields, escaped") {
  std::vector<kiji::Statement> v{Make("崔征", "述べる")};
  std::string jsonl, tsv;
  kiji::AppendStatements("a.txt", v, kiji::StatementFormat::kJsonl, &jsonl);
  CHECK(jsonl ==
        "{\"article\":\"a.txt\",\"kind\":\"indirect\",\"quote\":\"引用\\tと改行\\n\","
        "\"quote_start\":3,\"quote_end\":9,\"speaker\":\"崔征\",\"speaker_type\":\"person\","
        "\"mention\":\"崔氏\",\"mention_start\":0,\"mention_end\":0,\"honorific\":\"\","
        "\"reading\":\"\",\"role\":\"\",\"verb\":\"述べる\",\"sentence\":0}\n");
  kiji::AppendStatements("a.txt", v, kiji::StatementFormat::kTsv, &tsv);
  CHECK(tsv ==
        "a.txt\tindirect\t引用\\tと改行\\n\t3\t9\t崔征\tperson\t崔氏\t0\t0\t\t\t\t述べる\t0\n");
  // As many TSV columns as header columns.
  const std::string h = kiji::StatementHeader(kiji::StatementFormat::kTsv);
  CHECK(std::count(h.begin(), h.end(), '\t') == std::count(tsv.begin(), tsv.end(), '\t'));
  CHECK(kiji::StatementHeader(kiji::StatementFormat::kJsonl).empty());
}

TEST_CASE("CSV records: a field with a newline or a comma is quoted, TAB kept raw") {
  std::vector<kiji::Statement> v{Make("崔,征", "述べる")};
  std::string csv;
  kiji::AppendStatements("a\"b.txt", v, kiji::StatementFormat::kCsv, &csv);
  CHECK(csv ==
        "\"a\"\"b.txt\",indirect,\"引用\tと改行\n\",3,9,\"崔,征\",person,崔氏,0,0,,,,述べる,0\n");
  CHECK(kiji::StatementHeader(kiji::StatementFormat::kCsv).starts_with("article,kind,quote,"));
  kiji::SpeakerSummary summary;
  summary.Add("1", {Make("崔征", "述べる"), Make("崔征", "見る")});
  std::string rows = kiji::SpeakerSummary::Header(kiji::StatementFormat::kCsv);
  summary.Append(kiji::StatementFormat::kCsv, &rows);
  CHECK(rows == "speaker,type,role,statements,verbs,articles\n崔征,person,,2,\"見る:1,述べる:1\",1\n");
}

TEST_CASE("the speaker summary is the same added whole, encoded or merged from shards") {
  std::vector<kiji::Statement> a{Make("崔征", "述べる", "所長"), Make("崔征", "見る"),
                                 Make("Zhalyn", "話す")};
  std::vector<kiji::Statement> b{Make("崔征", "述べる"), Make("関係者", "")};
  kiji::SpeakerSummary whole, encoded, left, right;
  whole.Add("1", a);
  whole.Add("2", b);
  std::string e;
  kiji::SpeakerSummary::Encode("2", b, &e);
  kiji::SpeakerSummary::Encode("1", a, &e);
  encoded.AddEncoded(e);
  right.Add("2", b);
  left.Add("1", a);
  left.Merge(right);
  std::string w, x, y;
  whole.Append(kiji::StatementFormat::kTsv, &w);
  encoded.Append(kiji::StatementFormat::kTsv, &x);
  left.Append(kiji::StatementFormat::kTsv, &y);
  CHECK(w == x);
  CHECK(w == y);
  CHECK(w ==
        "崔征\tperson\t所長\t3\t述べる:2,見る:1\t2\n"
        "Zhalyn\tperson\t\t1\t話す:1\t1\n"
        "関係者\tperson\t\t1\t-:1\t1\n");
}

TEST_CASE("a file name that is not UTF-8 becomes U+FFFD in JSON Lines, never raw bytes") {
  std::vector<kiji::Statement> v{Make("崔征", "述べる")};
  std::string jsonl;
  kiji::AppendStatements("caf\xe9.txt", v, kiji::StatementFormat::kJsonl, &jsonl);
  CHECK(jsonl.starts_with("{\"article\":\"caf\xef\xbf\xbd.txt\","));
  CHECK(jsonl.find('\xe9') == std::string::npos);
}
