#include "kiji/collocations.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "kiji/enum_names.h"
#include "kiji/ranking.h"

namespace kiji {
namespace {

double Cell(double o, double e) { return o > 0 && e > 0 ? o * std::log(o / e) : 0.0; }

double Score(const CollocationRow& r, CollocationSort s) {
  switch (s) {
    case CollocationSort::kFreq:
      return static_cast<double>(r.freq);
    case CollocationSort::kPmi:
      return r.scores.pmi;
    case CollocationSort::kLogDice:
      return r.scores.log_dice;
    case CollocationSort::kTScore:
      return r.scores.t_score;
    case CollocationSort::kG2:
      return r.scores.g2;
  }
  return 0;
}

}  // namespace

CollocationScores PairScores(uint64_t o_count, uint64_t fx_count, uint64_t fy_count,
                             uint64_t n_count) {
  assert(o_count > 0 && fx_count > 0 && fy_count > 0 && n_count > 0);
  const double o = static_cast<double>(o_count), fx = static_cast<double>(fx_count),
               fy = static_cast<double>(fy_count), n = static_cast<double>(n_count);
  CollocationScores s;
  const double e = fx * fy / n;
  s.pmi = std::log2(o / e);
  s.log_dice = 14.0 + std::log2(2.0 * o / (fx + fy));
  s.t_score = (o - e) / std::sqrt(o);
  const double o11 = o, o12 = std::max(0.0, fx - o), o21 = std::max(0.0, fy - o);
  const double o22 = std::max(0.0, n - fx - fy + o);
  const double total = o11 + o12 + o21 + o22;
  const double r1 = o11 + o12, r2 = o21 + o22, c1 = o11 + o21, c2 = o12 + o22;
  double g2 = 2.0 * (Cell(o11, r1 * c1 / total) + Cell(o12, r1 * c2 / total) +
                     Cell(o21, r2 * c1 / total) + Cell(o22, r2 * c2 / total));
  s.g2 = g2 < 0 ? 0 : g2;
  return s;
}

CollocationScores TripleScores(uint64_t o_count, uint64_t fx, uint64_t fy, uint64_t fz,
                               uint64_t n_count) {
  assert(o_count > 0 && fx > 0 && fy > 0 && fz > 0 && n_count > 0);
  const double o = static_cast<double>(o_count), n = static_cast<double>(n_count);
  const double x = static_cast<double>(fx), y = static_cast<double>(fy),
               z = static_cast<double>(fz);
  CollocationScores s;
  const double e = x * y * z / (n * n);
  s.pmi = std::log2(o / e);
  s.log_dice = 14.0 + std::log2(3.0 * o / (x + y + z));
  s.t_score = (o - e) / std::sqrt(o);
  return s;
}

namespace {
constexpr auto kCollocationSortNames =
    MakeEnumNames<CollocationSort>({{CollocationSort::kFreq, "freq"},
                                    {CollocationSort::kPmi, "pmi"},
                                    {CollocationSort::kLogDice, "log-dice"},
                                    {CollocationSort::kTScore, "t-score"},
                                    {CollocationSort::kG2, "g2"}});
}  // namespace

bool ParseCollocationSort(std::string_view s, CollocationSort* out) {
  return kCollocationSortNames.Parse(s, out);
}

std::vector<CollocationRow> Collocations(const TermCounts& counts, const CollocationQuery& q) {
  std::vector<CollocationRow> rows;
  const TermTable& table = q.triples ? counts.triples() : counts.pairs();
  for (const auto& [key, e] : table.Sorted()) {
    if (e->tf < q.min_freq) continue;
    CollocationRow r;
    size_t pos = 0;
    for (;;) {
      size_t tab = key.find('\t', pos);
      r.terms.push_back(key.substr(pos, tab == std::string_view::npos ? key.npos : tab - pos));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    if (!q.node.empty() && std::find(r.terms.begin(), r.terms.end(), q.node) == r.terms.end()) {
      continue;
    }
    bool known = true;
    for (std::string_view t : r.terms) {
      const TermEntry* te = counts.terms().Find(t);
      r.freqs.push_back(te ? te->tf : 0);
      if (!te || te->tf == 0) known = false;
    }
    if (!known || counts.tokens() == 0) continue;  // cannot happen with consistent counts
    r.freq = e->tf;
    r.df = e->df;
    r.scores = r.terms.size() == 3
                   ? TripleScores(r.freq, r.freqs[0], r.freqs[1], r.freqs[2], counts.tokens())
                   : PairScores(r.freq, r.freqs[0], r.freqs[1], counts.tokens());
    rows.push_back(std::move(r));
  }
  // Rows are in key order, the code point order of their terms: no term to compare.
  RankRows(&rows, [&](const CollocationRow& r) { return RankKey{Score(r, q.sort), r.freq, {}}; });
  if (q.top > 0 && rows.size() > q.top) rows.resize(q.top);
  return rows;
}

}  // namespace kiji
