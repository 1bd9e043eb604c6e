#include "kiji/frequency.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "kiji/enum_names.h"
#include "kiji/ranking.h"

namespace kiji {

double Idf(uint64_t articles, uint64_t df) {
  assert(df > 0 && df <= articles);
  return std::log(static_cast<double>(articles) / static_cast<double>(df));
}

double SmoothIdf(uint64_t articles, uint64_t df) {
  return std::log((1.0 + static_cast<double>(articles)) / (1.0 + static_cast<double>(df))) + 1.0;
}

namespace {
constexpr auto kTfSchemeNames = MakeEnumNames<TfScheme>(
    {{TfScheme::kRaw, "raw"}, {TfScheme::kLog, "log"}, {TfScheme::kBoolean, "boolean"}});
}  // namespace

bool ParseTfScheme(std::string_view s, TfScheme* out) { return kTfSchemeNames.Parse(s, out); }

double TfWeight(TfScheme scheme, uint64_t count) {
  assert(count > 0);
  switch (scheme) {
    case TfScheme::kRaw:
      return static_cast<double>(count);
    case TfScheme::kLog:
      return 1.0 + std::log(static_cast<double>(count));
    case TfScheme::kBoolean:
      return 1.0;
  }
  return 0;
}

std::vector<FrequencyRow> FrequencyRows(const TermTable& terms, uint64_t tokens, uint64_t articles,
                                        uint64_t min_freq) {
  std::vector<FrequencyRow> rows;
  rows.reserve(terms.size());
  terms.ForEach([&](std::string_view term, const TermEntry& e) {
    if (e.tf < min_freq) return;
    FrequencyRow r;
    r.term = term;
    r.tf = e.tf;
    r.df = e.df;
    r.share = tokens == 0 ? 0 : static_cast<double>(e.tf) / static_cast<double>(tokens);
    r.idf = (e.df == 0 || articles < e.df) ? 0 : Idf(articles, e.df);
    rows.push_back(r);
  });
  return rows;
}

std::vector<FrequencyRow> FrequencyStats(const TermTable& terms, uint64_t tokens, uint64_t articles,
                                         uint64_t min_freq) {
  std::vector<FrequencyRow> rows = FrequencyRows(terms, tokens, articles, min_freq);
  // One sort by (tf, term): terms are distinct, so this is the order a sort
  // by term followed by a stable sort by tf gives, with string comparisons
  // only between terms of equal tf.
  std::sort(rows.begin(), rows.end(), FrequencyBefore);
  return rows;
}

std::vector<TfIdfRow> TfIdf(const std::vector<std::pair<std::string, uint64_t>>& article_counts,
                            const TermTable& reference, uint64_t articles, TfScheme scheme,
                            size_t top) {
  std::vector<TfIdfRow> rows;
  rows.reserve(article_counts.size());
  for (const auto& [term, count] : article_counts) {
    const TermEntry* e = reference.Find(term);
    rows.push_back({term, count, e ? e->df : 0});
  }
  return RankTfIdf(std::move(rows), articles, scheme, top);
}

std::vector<TfIdfRow> RankTfIdf(std::vector<TfIdfRow> rows, uint64_t articles, TfScheme scheme,
                                size_t top) {
  for (TfIdfRow& r : rows) {
    r.tf = TfWeight(scheme, r.count);
    r.idf = SmoothIdf(articles, r.df);
    r.tfidf = r.tf * r.idf;
  }
  RankTopRows(&rows, [](const TfIdfRow& r) { return RankKey{r.tfidf, r.count, r.term}; }, top);
  return rows;
}

}  // namespace kiji
