#include "kiji/ranking.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace kiji {

bool ScoresTie(double a, double b) {
  if (a == b) return true;
  if (std::isnan(a) || std::isnan(b) || std::isinf(a) || std::isinf(b)) return false;
  return std::fabs(a - b) <= kScoreTolerance * std::max(std::fabs(a), std::fabs(b));
}

std::vector<size_t> RankOrder(const std::vector<RankKey>& keys) {
  std::vector<size_t> order(keys.size());
  std::iota(order.begin(), order.end(), size_t{0});
  // Exact score descending, NaN last; the index makes the order total.
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const double a = keys[x].score, b = keys[y].score;
    const bool a_nan = std::isnan(a), b_nan = std::isnan(b);
    if (a_nan != b_nan) return b_nan;
    if (!a_nan && a != b) return a > b;
    return x < y;
  });
  const auto tie_rule = [&](size_t x, size_t y) {
    const RankKey& a = keys[x];
    const RankKey& b = keys[y];
    if (a.freq != b.freq) return a.freq > b.freq;
    if (a.term != b.term) return a.term < b.term;  // UTF-8 bytes: code point order
    return x < y;
  };
  for (size_t begin = 0; begin < order.size();) {
    size_t end = begin + 1;
    while (end < order.size() && ScoresTie(keys[order[end - 1]].score, keys[order[end]].score)) {
      ++end;
    }
    std::sort(order.begin() + begin, order.begin() + end, tie_rule);
    begin = end;
  }
  return order;
}

std::vector<size_t> RankCandidates(const std::vector<double>& scores, size_t top) {
  std::vector<size_t> all(scores.size());
  std::iota(all.begin(), all.end(), size_t{0});
  std::vector<double> scored;  // the scores that are not NaN (NaN ranks last)
  scored.reserve(scores.size());
  for (double s : scores) {
    if (!std::isnan(s)) scored.push_back(s);
  }
  if (top == 0 || top >= scored.size()) return all;
  // The first `top` of the ranking score at least the top-th highest score,
  // t; and a tie run (chained over neighbours in score order) that reaches
  // below t pulls in the next lower score, until the lowest candidate does
  // not tie with the highest score left out.
  std::nth_element(scored.begin(), scored.begin() + (top - 1), scored.end(), std::greater<>());
  double threshold = scored[top - 1];
  for (;;) {
    double below = -std::numeric_limits<double>::infinity();
    bool any_below = false;
    for (double s : scored) {
      if (s < threshold && (!any_below || s > below)) below = s, any_below = true;
    }
    if (!any_below || !ScoresTie(threshold, below)) break;
    threshold = below;
  }
  std::vector<size_t> candidates;
  for (size_t i = 0; i < scores.size(); ++i) {
    if (!std::isnan(scores[i]) && scores[i] >= threshold) candidates.push_back(i);
  }
  return candidates;
}

std::vector<size_t> RankOrderTop(const std::vector<RankKey>& keys, size_t top) {
  std::vector<double> scores;
  scores.reserve(keys.size());
  for (const RankKey& k : keys) scores.push_back(k.score);
  const std::vector<size_t> candidates = RankCandidates(scores, top);
  std::vector<RankKey> sub;  // in index order, so RankOrder's index tie-break holds
  sub.reserve(candidates.size());
  for (size_t i : candidates) sub.push_back(keys[i]);
  std::vector<size_t> order = RankOrder(sub);
  if (top > 0 && order.size() > top) order.resize(top);
  for (size_t& i : order) i = candidates[i];
  return order;
}

}  // namespace kiji
