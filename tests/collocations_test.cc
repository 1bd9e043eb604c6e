#include "kiji/collocations.h"

#include <doctest/doctest.h>

namespace {

// N = 100 term occurrences; f(x) = 10, f(y) = 8, f(z) = 5;
// pairs (x,y) 4 times, (x,z) 1 time; triple (x,y,z) 2 times.
kiji::TermCounts Counts() {
  kiji::TermCounts c({{"counts.pairs", "window:5"}, {"counts.triples", "yes"}});
  c.SetTotals(1, 100);
  c.mutable_terms().Add("x", 10, 1);
  c.mutable_terms().Add("y", 8, 1);
  c.mutable_terms().Add("z", 5, 1);
  c.mutable_pairs().Add("x\ty", 4, 1);
  c.mutable_pairs().Add("x\tz", 1, 1);
  c.mutable_triples().Add("x\ty\tz", 2, 1);
  return c;
}

}  // namespace

TEST_CASE("pair measures, computed by hand") {
  // O = 4, f(x) = 10, f(y) = 8, N = 100: E = 10 * 8 / 100 = 0.8.
  kiji::CollocationScores s = kiji::PairScores(4, 10, 8, 100);
  CHECK(s.pmi == doctest::Approx(2.3219281));        // log2(4 / 0.8) = log2 5
  CHECK(s.log_dice == doctest::Approx(12.8300750));  // 14 + log2(8 / 18)
  CHECK(s.t_score == doctest::Approx(1.6));          // (4 - 0.8) / sqrt 4
  // Table 4, 6 / 4, 86 with margins 10, 90 / 8, 92:
  // E = 0.8, 9.2, 7.2, 82.8; G2 = 2 (4 ln 5 + 6 ln(6/9.2) + 4 ln(4/7.2) + 86 ln(86/82.8))
  //   = 2 (6.437752 - 2.564046 - 2.351151 + 3.260424) = 9.565990
  CHECK(s.g2 == doctest::Approx(9.5659902));
}

TEST_CASE("triple measures, computed by hand") {
  // O = 2, f = 10, 8, 5, N = 100: E = 400 / 10000 = 0.04.
  kiji::CollocationScores s = kiji::TripleScores(2, 10, 8, 5, 100);
  CHECK(s.pmi == doctest::Approx(5.6438562));        // log2(2 / 0.04) = log2 50
  CHECK(s.log_dice == doctest::Approx(12.0614005));  // 14 + log2(6 / 23)
  CHECK(s.t_score == doctest::Approx(1.3859293));    // (2 - 0.04) / sqrt 2
}

TEST_CASE("collocation tables: node filter, minimum frequency, sort") {
  kiji::TermCounts c = Counts();
  kiji::CollocationQuery q;
  auto rows = kiji::Collocations(c, q);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].terms == std::vector<std::string_view>{"x", "y"});
  CHECK(rows[0].freqs == std::vector<uint64_t>{10, 8});
  q.node.assign(1, 'z');  // not = "z": GCC 12 -Wrestrict false positive
  rows = kiji::Collocations(c, q);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].terms[1] == "z");
  q.node.clear();
  q.min_freq = 2;
  CHECK(kiji::Collocations(c, q).size() == 1);
  q.triples = true;
  rows = kiji::Collocations(c, q);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].scores.pmi == doctest::Approx(5.6438562));
  kiji::CollocationSort sort;
  CHECK(kiji::ParseCollocationSort("t-score", &sort));
  CHECK(sort == kiji::CollocationSort::kTScore);
  CHECK_FALSE(kiji::ParseCollocationSort("dice", &sort));
}
