#include "kiji/ranking.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
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

TEST_CASE("RankOrderTop gives the first rows of RankOrder, tie runs across the cut included") {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<kiji::RankKey> keys;
    std::vector<std::string> terms(1 + rng() % 60);
    for (size_t i = 0; i < terms.size(); ++i) terms[i] = "t" + std::to_string(rng() % 20);
    for (size_t i = 0; i < terms.size(); ++i) {
      // Few distinct scores, some a hair apart (chained ties), a few NaN.
      double score = double(rng() % 6);
      if (rng() % 3 == 0) score *= 1 + 1e-10 * double(rng() % 5);
      if (rng() % 17 == 0) score = std::nan("");
      keys.push_back({score, rng() % 3, terms[i]});
    }
    const std::vector<size_t> all = kiji::RankOrder(keys);
    for (size_t top : {size_t{0}, size_t{1}, size_t{2}, size_t{5}, keys.size() / 2, keys.size(),
                       keys.size() + 3}) {
      std::vector<size_t> want = all;
      if (top > 0 && want.size() > top) want.resize(top);
      INFO("trial " << trial << " top " << top);
      CHECK(kiji::RankOrderTop(keys, top) == want);
    }
  }
}

TEST_CASE("RankTopRows keeps the first rows of RankRows") {
  std::vector<Row> rows = {{1, 1, "c"}, {3, 1, "a"}, {2, 5, "x"}, {2, 5, "b"}, {0.5, 9, "z"}};
  kiji::RankTopRows(&rows, [](const Row& r) { return kiji::RankKey{r.score, r.freq, r.term}; }, 3);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].term == "a");
  CHECK(rows[1].term == "b");
  CHECK(rows[2].term == "x");
}
