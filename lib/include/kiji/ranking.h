// The one ordering rule of kiji's ranked outputs (keyness, keywords,
// compounds, collocations, the report's tables): score descending, where two
// scores that differ only by floating-point rounding are a tie, then the
// higher frequency, then the term in code point order, then input order.
//
// Scores reach the same mathematical value along different paths (FLR
// sqrt(378) * 16 and sqrt(672) * 12 are both 16 sqrt(378), PMI with the two
// frequencies swapped), and the last bits of the doubles then differ; an exact
// comparison would order such ties by rounding noise, which matters wherever
// --top cuts through them. ScoresTie() calls two scores equal when they
// differ by at most kScoreTolerance relative to the larger.
//
// Ties are not transitive, so no comparator can sort by them directly (that
// breaks std::sort's strict weak ordering): RankRows() sorts by exact score,
// then gathers each run of neighbours that tie with the one before (a run
// depends only on the set of scores, not on their order) and sorts the run by
// the tie rule. Pure functions; thread-safe.
//
//   kiji::RankRows(&rows, [](const Row& r) { return kiji::RankKey{r.score, r.freq, r.term}; });
#ifndef KIJI_RANKING_H_
#define KIJI_RANKING_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace kiji {

/// Relative difference under which two scores are the same score.
inline constexpr double kScoreTolerance = 1e-9;

/// True when `a` and `b` are equal up to kScoreTolerance (relative to the
/// larger magnitude), or exactly equal (infinities). NaN ties with nothing.
bool ScoresTie(double a, double b);

/// What a row is ranked by. `term` views the row; "" when the input order
/// already is the code point order of the terms (collocations' pair keys).
struct RankKey {
  double score = 0;
  uint64_t freq = 0;
  std::string_view term;
};

/// The ranking of `keys` (indices into it): score descending (NaN last), ties
/// (ScoresTie, chained over neighbours) by freq descending, term ascending,
/// then index.
std::vector<size_t> RankOrder(const std::vector<RankKey>& keys);

/// The indices (ascending) of the rows that can be among the first `top` of
/// a RankOrder by these scores, whatever their freq and term: those scoring
/// at least the top-th highest score, and a tie run across the cut whole.
/// All indices when `top` is 0 or not less than the scores that are not NaN.
std::vector<size_t> RankCandidates(const std::vector<double>& scores, size_t top);

/// The first `top` indices of RankOrder(keys) (all of them when `top` is 0),
/// without ordering the rest: a selection, then RankOrder of the keys that
/// can be among the first `top`.
std::vector<size_t> RankOrderTop(const std::vector<RankKey>& keys, size_t top);

/// Keeps the first `top` rows of RankRows (all when `top` is 0), in order.
template <typename Row, typename KeyFn>
void RankTopRows(std::vector<Row>* rows, KeyFn key, size_t top) {
  std::vector<RankKey> keys;
  keys.reserve(rows->size());
  for (const Row& r : *rows) keys.push_back(key(r));
  std::vector<Row> ranked;
  const std::vector<size_t> order = RankOrderTop(keys, top);
  ranked.reserve(order.size());
  for (size_t i : order) ranked.push_back(std::move((*rows)[i]));
  *rows = std::move(ranked);
}

/// Reorders `rows` by RankOrder of key(row) for every row.
template <typename Row, typename KeyFn>
void RankRows(std::vector<Row>* rows, KeyFn key) {
  std::vector<RankKey> keys;
  keys.reserve(rows->size());
  for (const Row& r : *rows) keys.push_back(key(r));
  std::vector<Row> ranked;
  ranked.reserve(rows->size());
  for (size_t i : RankOrder(keys)) ranked.push_back(std::move((*rows)[i]));
  *rows = std::move(ranked);
}

}  // namespace kiji

#endif  // KIJI_RANKING_H_
