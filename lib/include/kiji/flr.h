// Compound-noun term extraction with the FLR score of Nakagawa's TermExtract.
//
// FindCompoundRuns() finds the candidate terms of a sentence: maximal runs of
// nouns (noun, proper_noun, adjectival_noun), which may start with a prefix,
// continue with suffixes, and hold a "・" between two nouns (中国・中央アジア
// 教育交流協力センター). Non-independent and adverbial nouns (こと, ため, 今回:
// a POS level 非自立, 非自立可能 or 副詞可能), numerals, symbols and unknown
// tokens made only of punctuation ("(", "!", ":") end a run.
// TermCounts (term_stats.h) counts each run as a compound, its parts joined by
// TAB. ScoreFlr() ranks them (docs/statistics.md gives the formula):
//
//   FLR(CN) = f(CN) * ( prod_{i=1..L} (FL(N_i) + 1) * (FR(N_i) + 1) ) ^ (1 / 2L)
//
// where CN = N_1 .. N_L, f(CN) is how often CN occurred as a whole run, and
// FL(N) / FR(N) count the occurrences (tokens, not types) of nouns directly to
// the left / right of N in all runs. Pure functions; thread-safe.
//
//   for (const kiji::FlrRow& r : kiji::ScoreFlr(counts.compounds())) Use(r.term, r.flr);
#ifndef KIJI_FLR_H_
#define KIJI_FLR_H_

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "kiji/term_stats.h"
#include "kiji/token.h"

namespace kiji {

/// Half-open token index ranges into `tokens` of each candidate run.
std::vector<std::pair<uint32_t, uint32_t>> FindCompoundRuns(std::span<const Token> tokens);

struct FlrRow {
  std::string term;     // the parts concatenated (中央アジア地域)
  std::string parts;    // the parts separated by spaces (中央 アジア 地域)
  uint32_t length = 0;  // number of parts L
  uint64_t freq = 0;    // f(CN)
  uint64_t df = 0;      // articles containing CN
  double lr = 0;        // the geometric mean of the (FL+1)(FR+1) factors
  double flr = 0;       // freq * lr
};

/// FLR of every compound (keys: parts joined by TAB), ranked by flr
/// descending (ranking.h: equal up to rounding is a tie), then the higher
/// freq, then term by code point. Compounds shorter than `min_length`
/// parts are scored (their adjacency counts) but left out. With `top` > 0,
/// only the first `top` rows of that ranking (the rest are not built).
std::vector<FlrRow> ScoreFlr(const TermTable& compounds, uint32_t min_length = 1,
                             size_t top = 0);

}  // namespace kiji

#endif  // KIJI_FLR_H_
