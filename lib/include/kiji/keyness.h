// Keyness: terms over- and under-represented in a target corpus against a
// reference. For a term with frequency a in the target (N1 unigram term
// occurrences) and b in the reference (N2), the 2x2 table is
//
//                 target     reference
//   term            a           b
//   other terms   c = N1 - a  d = N2 - b
//
// and (docs/statistics.md):
//   G2   = 2 * sum O * ln(O / E) over the four cells (Dunning 1993; a cell with
//          O = 0 adds 0), E = row total * column total / (N1 + N2);
//   p    = P(chi2 with 1 df >= G2) = erfc(sqrt(G2 / 2));
//   chi2 = N (max(0, |ad - bc| - N/2))^2 / ((a+b)(c+d)(a+c)(b+d)), Yates, N = N1+N2;
//   log_ratio = log2((a' / N1) / (b' / N2)), a' and b' the counts with 0
//          replaced by 0.5 (Hardie 2014).
// G2 and chi2 are signed: negative when a / N1 < b / N2 (under-represented).
// Pure functions; thread-safe.
//
//   kiji::KeynessScores k = kiji::Keyness(10, 2, 1000, 1000);   // k.g2 > 0
#ifndef KIJI_KEYNESS_H_
#define KIJI_KEYNESS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "kiji/term_stats.h"

namespace kiji {

struct KeynessScores {
  double g2 = 0;         // signed log-likelihood
  double p = 1;          // p-value of |g2|, chi-square with 1 df
  double chi2 = 0;       // signed chi-square with Yates' correction
  double log_ratio = 0;  // binary log of the ratio of relative frequencies
};

/// REQUIRES: a <= n1, b <= n2, n1 + n2 > 0.
KeynessScores Keyness(uint64_t a, uint64_t b, uint64_t n1, uint64_t n2);

/// P(X >= x) for X chi-square with 1 degree of freedom.
double ChiSquare1Survival(double x);

struct KeynessRow {
  std::string_view term;   // views a key of the target or the reference table
  uint64_t target = 0;     // a
  uint64_t reference = 0;  // b
  KeynessScores scores;
};

/// Every term of either table with a + b >= min_freq, ranked by signed G2
/// descending (ranking.h: equal up to rounding is a tie), then the higher
/// target frequency, then term by code point.
std::vector<KeynessRow> KeynessTable(const TermTable& target, uint64_t n1,
                                     const TermTable& reference, uint64_t n2, uint64_t min_freq);

}  // namespace kiji

#endif  // KIJI_KEYNESS_H_
