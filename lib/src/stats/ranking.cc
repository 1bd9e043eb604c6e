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

std::vector<size_t> RankOrderTop(const std::vector<RankKey>& keys, size_t top) {
  size_t scored = 0;  // keys that are not NaN (NaN ranks last)
  for (const RankKey& k : keys) scored += std::isnan(k.score) ? 0 : 1;
  if (top == 0 || top >= scored) {
    std::vector<size_t> order = RankOrder(keys);
    if (top > 0 && order.size() > top) order.resize(top);
    return order;
  }
  // The first `top` of the ranking are among the keys scoring at least the
  // top-th highest score, t; and a tie run (chained over neighbours in score
  // order) that reaches below t pulls in the next lower score, until the
  // lowest candidate does not tie with the highest score left out.
  std::vector<double> scores;
  scores.reserve(scored);
  for (const RankKey& k : keys) {
    if (!std::isnan(k.score)) scores.push_back(k.score);
  }
  std::nth_element(scores.begin(), scores.begin() + (top - 1), scores.end(), std::greater<>());
  double threshold = scores[top - 1];
  for (;;) {
    double below = -std::numeric_limits<double>::infinity();
    bool any_below = false;
    for (const RankKey& k : keys) {
      if (!std::isnan(k.score) && k.score < threshold && (!any_below || k.score > below)) {
        below = k.score;
        any_below = true;
      }
    }
    if (!any_below || !ScoresTie(threshold, below)) break;
    threshold = below;
  }
  std::vector<size_t> candidates;  // in index order, so RankOrder's index tie-break holds
  std::vector<RankKey> sub;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (!std::isnan(keys[i].score) && keys[i].score >= threshold) {
      candidates.push_back(i);
      sub.push_back(keys[i]);
    }
  }
  std::vector<size_t> order = RankOrder(sub);
  order.resize(top);
  for (size_t& i : order) i = candidates[i];
  return order;
}

}  // namespace kiji
