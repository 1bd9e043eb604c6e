// Collocation measures over co-occurrence counts (TermCounts::pairs(),
// triples()). For a pair (x, y) seen O times together, f(x), f(y) the term
// frequencies and N the unigram term occurrences (docs/statistics.md):
//   E         = f(x) f(y) / N
//   PMI       = log2(O / E)
//   log-Dice  = 14 + log2(2 O / (f(x) + f(y)))          (Rychly 2008)
//   t-score   = (O - E) / sqrt(O)
//   G2        = 2 sum O_ij ln(O_ij / E_ij) over the 2x2 table
//               O11 = O, O12 = f(x) - O, O21 = f(y) - O, O22 = N - f(x) - f(y) + O,
//               each clamped at 0 (window counts can exceed a frequency), E_ij from
//               the margins of the clamped table.
// For a triple (x, y, z): E = f(x) f(y) f(z) / N^2, PMI = log2(O / E),
// log-Dice = 14 + log2(3 O / (f(x) + f(y) + f(z))), t-score as above; no G2.
// Pure functions; thread-safe.
//
//   kiji::CollocationScores s = kiji::PairScores(5, 10, 20, 1000);
#ifndef KIJI_COLLOCATIONS_H_
#define KIJI_COLLOCATIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/term_stats.h"

namespace kiji {

struct CollocationScores {
  double pmi = 0;
  double log_dice = 0;
  double t_score = 0;
  double g2 = 0;  // pairs only
};

/// REQUIRES: o > 0, fx > 0, fy > 0, n > 0.
CollocationScores PairScores(uint64_t o, uint64_t fx, uint64_t fy, uint64_t n);
/// REQUIRES: o > 0, every f > 0, n > 0.
CollocationScores TripleScores(uint64_t o, uint64_t fx, uint64_t fy, uint64_t fz, uint64_t n);

enum class CollocationSort { kFreq, kPmi, kLogDice, kTScore, kG2 };
/// Parses "freq", "pmi", "log-dice", "t-score", "g2".
bool ParseCollocationSort(std::string_view s, CollocationSort* out);

struct CollocationRow {
  std::vector<std::string_view> terms;  // 2 or 3, in code point order; views the keys
  std::vector<uint64_t> freqs;          // f of each term
  uint64_t freq = 0;                    // O
  uint64_t df = 0;                      // articles where they co-occur
  CollocationScores scores;
};

struct CollocationQuery {
  bool triples = false;   // rank triples() instead of pairs()
  std::string node;       // only combinations containing this term; empty: all
  uint64_t min_freq = 1;  // O >= min_freq
  CollocationSort sort = CollocationSort::kLogDice;
  size_t top = 0;  // at most this many rows; 0: all
};

/// Scores the pairs or triples of `counts`, ranked by the chosen score
/// descending (ranking.h: equal up to rounding is a tie), then by freq descending, then by terms in code point order.
std::vector<CollocationRow> Collocations(const TermCounts& counts, const CollocationQuery& q);

}  // namespace kiji

#endif  // KIJI_COLLOCATIONS_H_
