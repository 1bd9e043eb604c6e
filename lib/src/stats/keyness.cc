#include "kiji/keyness.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "kiji/ranking.h"

namespace kiji {
namespace {

double Cell(double o, double e) { return o > 0 ? o * std::log(o / e) : 0.0; }

}  // namespace

double ChiSquare1Survival(double x) { return x <= 0 ? 1.0 : std::erfc(std::sqrt(x / 2.0)); }

KeynessScores Keyness(uint64_t a_count, uint64_t b_count, uint64_t n1_count, uint64_t n2_count) {
  assert(a_count <= n1_count && b_count <= n2_count && n1_count + n2_count > 0);
  const double a = static_cast<double>(a_count), b = static_cast<double>(b_count);
  const double n1 = static_cast<double>(n1_count), n2 = static_cast<double>(n2_count);
  const double c = n1 - a, d = n2 - b, n = n1 + n2;
  KeynessScores s;
  // Expected counts: row total * column total / N.
  const double e_a = (a + b) * n1 / n, e_b = (a + b) * n2 / n;
  const double e_c = (c + d) * n1 / n, e_d = (c + d) * n2 / n;
  double g2 = 2.0 * (Cell(a, e_a) + Cell(b, e_b) + Cell(c, e_c) + Cell(d, e_d));
  if (g2 < 0) g2 = 0;  // rounding
  const double denom = (a + b) * (c + d) * (a + c) * (b + d);
  double chi2 = 0;
  if (denom > 0) {
    const double diff = std::max(0.0, std::fabs(a * d - b * c) - n / 2.0);
    chi2 = n * diff * diff / denom;
  }
  const bool under = n1 > 0 && n2 > 0 ? a * n2 < b * n1 : (n1 == 0);
  s.p = ChiSquare1Survival(g2);
  s.g2 = under ? -g2 : g2;
  s.chi2 = under ? -chi2 : chi2;
  const double a2 = a_count == 0 ? 0.5 : a, b2 = b_count == 0 ? 0.5 : b;
  if (n1 > 0 && n2 > 0) s.log_ratio = std::log2((a2 / n1) / (b2 / n2));
  return s;
}

std::vector<KeynessRow> KeynessTable(const TermTable& target, uint64_t n1,
                                     const TermTable& reference, uint64_t n2, uint64_t min_freq) {
  std::vector<KeynessRow> rows;
  auto add = [&](std::string_view term, uint64_t a, uint64_t b) {
    if (a + b < min_freq || n1 + n2 == 0) return;
    KeynessRow r;
    r.term = term;
    r.target = a;
    r.reference = b;
    r.scores = Keyness(a, b, n1, n2);
    rows.push_back(r);
  };
  for (const auto& [term, e] : target.Sorted()) {
    const TermEntry* r = reference.Find(term);
    add(term, e->tf, r ? r->tf : 0);
  }
  for (const auto& [term, e] : reference.Sorted()) {
    if (!target.Find(term)) add(term, 0, e->tf);
  }
  RankRows(&rows, [](const KeynessRow& r) { return RankKey{r.scores.g2, r.target, r.term}; });
  return rows;
}

}  // namespace kiji
