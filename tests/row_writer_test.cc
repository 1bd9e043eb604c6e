#include "kiji/row_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

TEST_CASE("TSV rows: header, escaped strings, fixed and significant decimals") {
  kiji::RowWriter w({kiji::RowFormat::kTsv, true}, {"term", "n", "x", "p"});
  CHECK(w.Header() == "term\tn\tx\tp\n");
  std::string out;
  w.Str("協\t力").Int(17).Num(1.0 / 3).Sig(0.000123456789).End(&out);
  w.Str("b").Int(0).Num(-1e-9).Sig(2.0).End(&out);
  CHECK(out == "協\\t力\t17\t0.333333\t0.000123457\nb\t0\t0.000000\t2\n");
}

TEST_CASE("TSV without header, non-finite numbers are empty fields") {
  kiji::RowWriter w({kiji::RowFormat::kTsv, false}, {"a", "b"});
  CHECK(w.Header().empty());
  std::string out;
  w.Num(std::numeric_limits<double>::infinity()).Sig(std::nan("")).End(&out);
  CHECK(out == "\t\n");
}

TEST_CASE("JSON Lines rows name every column, non-finite numbers are null") {
  kiji::RowWriter w({kiji::RowFormat::kJsonl, true}, {"term", "n", "x"});
  CHECK(w.Header().empty());  // JSON Lines has no header line
  std::string out;
  w.Str("a\"b").Int(3).Num(std::nan("")).End(&out);
  w.Str("c").Int(4).Num(0.5).End(&out);
  CHECK(out ==
        "{\"term\":\"a\\\"b\",\"n\":3,\"x\":null}\n{\"term\":\"c\",\"n\":4,\"x\":0.500000}\n");
}

TEST_CASE("row formats parse by name, others are refused") {
  kiji::RowFormat f = kiji::RowFormat::kTsv;
  CHECK(kiji::ParseRowFormat("jsonl", &f).ok());
  CHECK(f == kiji::RowFormat::kJsonl);
  CHECK(kiji::ParseRowFormat("tsv", &f).ok());
  CHECK(f == kiji::RowFormat::kTsv);
  const kiji::Status bad = kiji::ParseRowFormat("csv", &f);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.message() == "unknown format 'csv' (expected tsv or jsonl)");
}
