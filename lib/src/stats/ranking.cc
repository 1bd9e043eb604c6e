#include "kiji/ranking.h"

#include <algorithm>
#include <cmath>
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

}  // namespace kiji
