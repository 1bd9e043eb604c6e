#include "kiji/row_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

TEST_CASE("TSV rows: header, escaped strings, 10 significant digits, p with 6") {
  kiji::RowWriter w({kiji::RowFormat::kTsv, true}, {"term", "n", "x", "p"});
  CHECK(w.Header() == "term\tn\tx\tp\n");
  std::string out;
  w.Str("協\t力").Int(17).Num(1.0 / 3).Sig(0.000123456789).End(&out);
  w.Str("b").Int(0).Num(-1e-9).Sig(2.0).End(&out);
  w.Str("c\\").Int(1).Num(-1e-17).Sig(1e-300).End(&out);
  CHECK(out ==
        "協\\t力\t17\t0.3333333333\t0.000123457\n"
        "b\t0\t-1e-09\t2\n"
        "c\\\\\t1\t0\t1e-300\n");
}

TEST_CASE("numbers keep their order: shares of a large corpus are not all 0") {
  // 31,525 of 83,033 terms printed 0.000000 with 6 decimals.
  const double tokens = 12345678;
  CHECK(kiji::FormatNumber(1 / tokens) == "8.100000664e-08");
  CHECK(kiji::FormatNumber(2 / tokens) == "1.620000133e-07");
  CHECK(kiji::FormatNumber(12345677 / tokens) == "0.999999919");
  CHECK(kiji::FormatNumber(1e-13) == "0");
  CHECK(kiji::FormatNumber(-0.0) == "0");
  CHECK(kiji::FormatNumber(3.0) == "3");
  CHECK(kiji::FormatNumber(-2.5) == "-2.5");
  CHECK(kiji::FormatNumber(std::nan("")).empty());
  // Consecutive counts of a term in a corpus of 10^9 tokens print apart.
  for (double f : {1.0, 17.0, 999999.0, 123456789.0}) {
    CHECK(kiji::FormatNumber(f / 1e9) != kiji::FormatNumber((f + 1) / 1e9));
  }
}

TEST_CASE("CSV rows: RFC 4180 quoting only where needed, TAB and backslash raw") {
  kiji::RowWriter w({kiji::RowFormat::kCsv, true}, {"term", "n", "x"});
  CHECK(w.Header() == "term,n,x\n");
  std::string out;
  w.Str("a,b").Int(1).Num(0.5).End(&out);
  w.Str("say \"hi\"").Int(2).Num(std::nan("")).End(&out);
  w.Str("line\nbreak\r").Int(3).Num(1).End(&out);
  w.Str("tab\tand\\").Int(4).Num(2).End(&out);
  CHECK(out ==
        "\"a,b\",1,0.5\n"
        "\"say \"\"hi\"\"\",2,\n"
        "\"line\nbreak\r\",3,1\n"
        "tab\tand\\,4,2\n");
  kiji::RowWriter bare({kiji::RowFormat::kCsv, false}, {"a"});
  CHECK(bare.Header().empty());
}

TEST_CASE("Bool is 1 / 0 in TSV and CSV, true / false in JSON Lines") {
  std::string out;
  kiji::RowWriter({kiji::RowFormat::kTsv, false}, {"a", "b"}).Bool(true).Bool(false).End(&out);
  kiji::RowWriter({kiji::RowFormat::kCsv, false}, {"a", "b"}).Bool(true).Bool(false).End(&out);
  kiji::RowWriter({kiji::RowFormat::kJsonl, false}, {"a", "b"}).Bool(true).Bool(false).End(&out);
  CHECK(out == "1\t0\n1,0\n{\"a\":true,\"b\":false}\n");
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
        "{\"term\":\"a\\\"b\",\"n\":3,\"x\":null}\n{\"term\":\"c\",\"n\":4,\"x\":0.5}\n");
}

TEST_CASE("row formats parse by name, others are refused") {
  kiji::RowFormat f = kiji::RowFormat::kTsv;
  CHECK(kiji::ParseRowFormat("jsonl", &f).ok());
  CHECK(f == kiji::RowFormat::kJsonl);
  CHECK(kiji::ParseRowFormat("tsv", &f).ok());
  CHECK(f == kiji::RowFormat::kTsv);
  CHECK(kiji::ParseRowFormat("csv", &f).ok());
  CHECK(f == kiji::RowFormat::kCsv);
  const kiji::Status bad = kiji::ParseRowFormat("xlsx", &f);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.message() == "unknown format 'xlsx' (expected tsv, csv or jsonl)");
}
