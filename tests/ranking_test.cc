#include "kiji/ranking.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "kiji/flr.h"

namespace {

struct Row {
  double score;
  uint64_t freq;
  std::string term;
};

std::vector<std::string> Ranked(std::vector<Row> rows) {
  kiji::RankRows(&rows, [](const Row& r) { return kiji::RankKey{r.score, r.freq, r.term}; });
  std::vector<std::string> terms;
  for (const Row& r : rows) terms.push_back(r.term);
  return terms;
}

// The same mathematical value along two paths, and the doubles differ.
double SwappedQuotient(double fx, double fy) { return 3.0 / fx / fy * 997.0; }
double FlrPath(double f, double fl, double fr) {
  return f * std::exp((std::log(fl) + std::log(fr)) / 2.0);
}

}  // namespace

TEST_CASE("scores equal along different paths tie, scores that differ do not") {
  const double a = SwappedQuotient(49, 41), b = SwappedQuotient(41, 49);
  REQUIRE(a != b);  // the premise: rounding noise in the last bits
  CHECK(kiji::ScoresTie(a, b));
  const double c = FlrPath(2, 1, 9), d = FlrPath(3, 1, 4);  // both 6
  REQUIRE(c != d);
  CHECK(kiji::ScoresTie(c, d));
  CHECK(kiji::ScoresTie(std::sqrt(378.0) * 16, std::sqrt(672.0) * 12));
  CHECK(kiji::ScoresTie(0.0, 0.0));
  CHECK(kiji::ScoresTie(INFINITY, INFINITY));
  CHECK_FALSE(kiji::ScoresTie(1.0, 1.0 + 1e-6));
  CHECK_FALSE(kiji::ScoresTie(0.0, 1e-300));
  CHECK_FALSE(kiji::ScoresTie(-1.0, 1.0));
  CHECK_FALSE(kiji::ScoresTie(NAN, NAN));
}

TEST_CASE("ties go to the higher frequency, then the term by code point, whatever the noise") {
  const double hi = FlrPath(2, 1, 9), lo = FlrPath(3, 1, 4);
  REQUIRE(hi > lo);
  // Exact comparison would put "b" (freq 2) first; the tie rule puts freq 3 first.
  CHECK(Ranked({{hi, 2, "b"}, {lo, 3, "a"}}) == std::vector<std::string>{"a", "b"});
  CHECK(Ranked({{lo, 3, "a"}, {hi, 2, "b"}}) == std::vector<std::string>{"a", "b"});
  // Equal frequencies: code point order (ア U+30A2 before 協 U+5354), not input order.
  CHECK(Ranked({{hi, 1, "協"}, {lo, 1, "ア"}}) == std::vector<std::string>{"ア", "協"});
  // Real differences rank first; NaN goes last.
  CHECK(Ranked({{NAN, 9, "n"}, {1.0, 1, "x"}, {2.0, 1, "y"}, {hi, 1, "z"}}) ==
        std::vector<std::string>{"z", "y", "x", "n"});
  // Equal keys keep the input order.
  CHECK(Ranked({{1.0, 1, "same"}, {2.0, 1, "top"}, {1.0, 1, "same"}}).size() == 3);
}

TEST_CASE("a run of ties is found whatever order the noise put it in") {
  // a ~ b ~ c chained: each ties with its neighbour; all three rank by freq.
  const double a = SwappedQuotient(49, 41), b = SwappedQuotient(41, 49);
  const std::vector<std::string> want = {"f3", "f2", "f1"};
  CHECK(Ranked({{a, 1, "f1"}, {b, 2, "f2"}, {a, 3, "f3"}}) == want);
  CHECK(Ranked({{b, 1, "f1"}, {a, 2, "f2"}, {b, 3, "f3"}}) == want);
}

TEST_CASE("FLR ranks compounds whose scores are equal by the tie rule") {
  // A: f 2, FR 8 -> 2 * sqrt(1 * 9); B: f 3, FR 3 -> 3 * sqrt(1 * 4): both 6,
  // and the first is 6.000000000000001 in doubles.
  kiji::TermTable t;
  t.Add("A", 2, 1);
  t.Add("A\tP", 8, 1);
  t.Add("B", 3, 1);
  t.Add("B\tQ", 3, 1);
  std::vector<std::string> order;
  for (const kiji::FlrRow& r : kiji::ScoreFlr(t)) order.push_back(r.term);
  const auto pos = [&](const std::string& term) {
    return std::find(order.begin(), order.end(), term) - order.begin();
  };
  CHECK(pos("B") < pos("A"));
}
