#include "kiji/keyness.h"

#include <doctest/doctest.h>

TEST_CASE("keyness of an over-represented term, computed by hand") {
  // a = 10 of N1 = 1000, b = 2 of N2 = 1000; c = 990, d = 998, N = 2000.
  // E: (a+b) N1 / N = 12 * 1000 / 2000 = 6 for a and b; (c+d) / 2 = 994 for c and d.
  // G2 = 2 (10 ln(10/6) + 2 ln(2/6) + 990 ln(990/994) + 998 ln(998/994))
  //    = 2 (5.108256 - 2.197225 - 3.991942 + 4.008071) = 5.854257
  kiji::KeynessScores k = kiji::Keyness(10, 2, 1000, 1000);
  CHECK(k.g2 == doctest::Approx(5.8542566));
  // p = erfc(sqrt(5.854257 / 2)) = 0.015539
  CHECK(k.p == doctest::Approx(0.0155394).epsilon(1e-4));
  // Yates: |ad - bc| = |9980 - 1980| = 8000; (8000 - 1000)^2 = 4.9e7;
  // chi2 = 2000 * 4.9e7 / (12 * 1988 * 1000 * 1000) = 9.8e10 / 2.3856e10 = 4.107981
  CHECK(k.chi2 == doctest::Approx(4.1079812));
  // log ratio = log2((10/1000) / (2/1000)) = log2 5 = 2.321928
  CHECK(k.log_ratio == doctest::Approx(2.3219281));
}

TEST_CASE("an under-represented term has negative G2 and chi2, zeros use 0.5") {
  // a = 0 of 100, b = 5 of 100: E = 2.5, 2.5, 97.5, 97.5.
  // G2 = 2 (0 + 5 ln 2 + 100 ln(100/97.5) + 95 ln(95/97.5)) = 7.059691, signed -.
  kiji::KeynessScores k = kiji::Keyness(0, 5, 100, 100);
  CHECK(k.g2 == doctest::Approx(-7.0596910));
  // Yates: |0 - 500| - 100 = 400; chi2 = 200 * 160000 / (5 * 195 * 100 * 100) = 3.282051
  CHECK(k.chi2 == doctest::Approx(-3.2820513));
  // log2((0.5/100) / (5/100)) = log2 0.1 = -3.321928
  CHECK(k.log_ratio == doctest::Approx(-3.3219281));
  CHECK(kiji::ChiSquare1Survival(3.841459) == doctest::Approx(0.05).epsilon(1e-4));
}

TEST_CASE("the keyness table filters by frequency and sorts by signed G2") {
  kiji::TermTable t, r;
  t.Add("多い", 10, 1);
  t.Add("同じ", 5, 1);
  t.Add("稀", 1, 1);
  r.Add("多い", 2, 1);
  r.Add("同じ", 5, 1);
  r.Add("少ない", 8, 1);
  auto rows = kiji::KeynessTable(t, 100, r, 100, 2);
  REQUIRE(rows.size() == 3);  // 稀 (1 + 0 < 2) is left out
  CHECK(rows[0].term == "多い");
  CHECK(rows[1].term == "同じ");
  CHECK(rows[1].scores.g2 == doctest::Approx(0.0));
  CHECK(rows[2].term == "少ない");
  CHECK(rows[2].scores.g2 < 0);
  CHECK(rows[2].target == 0);
  CHECK(rows[2].reference == 8);
}
