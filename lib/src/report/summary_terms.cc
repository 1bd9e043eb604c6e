// An article's term and compound counts for its summary: the per-article
// rows every corpus-wide count of the report is added up from at the end
// (aggregate_counts.cc), so nothing is counted per token into a corpus table.
#include <algorithm>
#include <unordered_map>

#include "kiji/flr.h"
#include "report/article_summary.h"

namespace kiji::report {
namespace {

// Sorted (key, count) of a count table.
std::vector<std::pair<std::string, uint64_t>> SortedCounts(
    std::unordered_map<std::string, uint64_t>&& counts) {
  std::vector<std::pair<std::string, uint64_t>> out;
  out.reserve(counts.size());
  for (auto& [key, n] : counts) out.emplace_back(key, n);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

void CountArticleTerms(const Document& doc, const TermExtractor& extractor,
                       ArticleRecord* record) {
  const int nmin = extractor.options().ngram_min, nmax = extractor.options().ngram_max;
  std::unordered_map<std::string, uint64_t> terms, compounds;
  std::vector<TermOccurrence> occ;
  std::string buffer, key;
  for (const Sentence& s : doc.sentences) {
    occ.clear();
    extractor.ExtractSentence(doc, s, 0, &occ, &buffer);
    for (const TermOccurrence& o : occ) {
      if (o.n == 1) ++record->unigrams;
      if (o.n >= nmin && o.n <= nmax) ++terms[std::string(o.text)];
    }
    std::span<const Token> tokens = doc.SentenceTokens(s);
    for (auto [b, e] : FindCompoundRuns(tokens)) {
      key.clear();
      for (uint32_t i = b; i < e; ++i) {
        if (i > b) key.push_back('\t');
        key.append(tokens[i].surface);
      }
      ++compounds[key];
    }
  }
  record->terms = SortedCounts(std::move(terms));
  record->compounds = SortedCounts(std::move(compounds));
}

}  // namespace kiji::report
