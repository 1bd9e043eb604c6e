// One article's term counts, for the analysis cache: what TermCounts::Add()
// counts of an article without groups, pairs or compounds (its unigram
// occurrences and its distinct terms with their occurrences), made from
// its tokens once and kept as bytes beside its analysis, so that a warm
// `kiji stats` adds up these instead of decoding tokens.
//
// The bytes: a version byte, the unigram count, the number of terms, then
// each term (sorted by bytes) as the length it shares with the previous
// one, the rest, and its count (LEB128 varints). DecodeArticleTerms()
// checks every length and the order and returns false for bytes it did not
// write. Pure functions, thread-safe.
#ifndef KIJI_STATS_ARTICLE_TERMS_H_
#define KIJI_STATS_ARTICLE_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/term_selection.h"
#include "kiji/token.h"

namespace kiji::internal {

struct ArticleTerms {
  uint64_t unigrams = 0;
  std::vector<std::pair<std::string, uint64_t>> terms;  // sorted, distinct, counts > 0
};

/// The terms of `doc` under the extractor's options, n-grams of
/// [ngram_min, ngram_max] counted, as TermCounts::Add() counts them.
ArticleTerms CountTerms(const Document& doc, const TermExtractor& extractor);

void EncodeArticleTerms(const ArticleTerms& t, std::string* out);
bool DecodeArticleTerms(std::string_view bytes, ArticleTerms* t);

}  // namespace kiji::internal

#endif  // KIJI_STATS_ARTICLE_TERMS_H_
