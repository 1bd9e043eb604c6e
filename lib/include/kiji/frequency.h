// Frequency statistics and TF-IDF: pure functions over counts.
//
// Per term: frequency (tf), document frequency (df), share = tf / N (N the
// unigram term occurrences) and IDF = ln(articles / df). TF-IDF for one
// article weighs its term counts with a TF scheme (raw, log, boolean) and
// the smooth IDF ln((1 + articles) / (1 + df)) + 1, so terms absent from a
// reference still get a finite weight. docs/statistics.md has the formulas.
// Thread-safe.
//
//   std::vector<kiji::FrequencyRow> rows = kiji::FrequencyStats(counts.terms(),
//                                                               counts.tokens(),
//                                                               counts.articles(), 1);
#ifndef KIJI_FREQUENCY_H_
#define KIJI_FREQUENCY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/term_stats.h"

namespace kiji {

/// IDF = ln(articles / df). REQUIRES: 0 < df <= articles.
double Idf(uint64_t articles, uint64_t df);
/// Smooth IDF = ln((1 + articles) / (1 + df)) + 1 (df may be 0).
double SmoothIdf(uint64_t articles, uint64_t df);

enum class TfScheme { kRaw, kLog, kBoolean };
/// Parses "raw", "log", "boolean".
bool ParseTfScheme(std::string_view s, TfScheme* out);
/// raw: count; log: 1 + ln(count); boolean: 1. REQUIRES: count > 0.
double TfWeight(TfScheme scheme, uint64_t count);

struct FrequencyRow {
  std::string_view term;  // views the table's key
  uint64_t tf = 0;
  uint64_t df = 0;
  double share = 0;  // tf / tokens (0 when tokens is 0)
  double idf = 0;
};

/// One row per term with tf >= min_freq, sorted by tf descending, then term by
/// code point.
std::vector<FrequencyRow> FrequencyStats(const TermTable& terms, uint64_t tokens, uint64_t articles,
                                         uint64_t min_freq);
/// The rows of FrequencyStats() in no particular order, for callers that
/// rank only a few of them.
std::vector<FrequencyRow> FrequencyRows(const TermTable& terms, uint64_t tokens, uint64_t articles,
                                        uint64_t min_freq);
/// The frequency order of FrequencyStats(): tf descending, then term.
inline bool FrequencyBefore(const FrequencyRow& a, const FrequencyRow& b) {
  return a.tf != b.tf ? a.tf > b.tf : a.term < b.term;
}

struct TfIdfRow {
  std::string term;
  uint64_t count = 0;  // occurrences in the article
  uint64_t df = 0;     // articles of the reference (or corpus) containing it
  double tf = 0;       // the weighted TF
  double idf = 0;      // smooth IDF
  double tfidf = 0;    // tf * idf
};

/// TF-IDF of one article's term counts against a reference (document
/// frequencies from `reference`, its article count `articles`), ranked by
/// tfidf descending (ranking.h: equal up to rounding is a tie), then the
/// higher count, then term; at most `top` rows (0: all).
std::vector<TfIdfRow> TfIdf(const std::vector<std::pair<std::string, uint64_t>>& article_counts,
                            const TermTable& reference, uint64_t articles, TfScheme scheme,
                            size_t top);

/// The TfIdf() ranking of rows whose term, count and df are already filled
/// (by a caller that knows the document frequencies): computes tf, idf and
/// tfidf, ranks, keeps at most `top` rows (0: all).
std::vector<TfIdfRow> RankTfIdf(std::vector<TfIdfRow> rows, uint64_t articles, TfScheme scheme,
                                size_t top);

}  // namespace kiji

#endif  // KIJI_FREQUENCY_H_
