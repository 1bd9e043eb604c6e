// An article's term and compound counts for its summary: the per-article
// rows every corpus-wide count of the report is added up from at the end
// (aggregate_counts.cc), so nothing is counted per token into a corpus table.
#include <algorithm>
#include <deque>

#include "kiji/flr.h"
#include "report/article_summary.h"

namespace kiji::report {
namespace {

// (key, count) of every distinct key of `keys`, sorted; `keys` is sorted here.
template <typename Key>
std::vector<std::pair<std::string, uint64_t>> RunLengths(std::vector<Key>& keys) {
  std::sort(keys.begin(), keys.end());
  std::vector<std::pair<std::string, uint64_t>> out;
  for (size_t i = 0; i < keys.size();) {
    size_t j = i + 1;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    out.emplace_back(std::string(keys[i]), j - i);
    i = j;
  }
  return out;
}

}  // namespace

void CountArticleTerms(const Document& doc, const TermExtractor& extractor,
                       ArticleRecord* record) {
  const int nmin = extractor.options().ngram_min, nmax = extractor.options().ngram_max;
  // Unigrams view the Document's tokens; n-grams are built in `buffer`,
  // which the next sentence reuses, so they are copied (stable in a deque).
  std::vector<std::string_view> terms;
  std::deque<std::string> ngrams;
  std::vector<std::string> compounds;
  std::vector<TermOccurrence> occ;
  std::string buffer;
  for (const Sentence& s : doc.sentences) {
    occ.clear();
    extractor.ExtractSentence(doc, s, 0, &occ, &buffer);
    for (const TermOccurrence& o : occ) {
      if (o.n == 1) ++record->unigrams;
      if (o.n < nmin || o.n > nmax) continue;
      terms.push_back(o.n == 1 ? o.text : std::string_view(ngrams.emplace_back(o.text)));
    }
    std::span<const Token> tokens = doc.SentenceTokens(s);
    for (auto [b, e] : FindCompoundRuns(tokens)) {
      std::string& key = compounds.emplace_back();
      for (uint32_t i = b; i < e; ++i) {
        if (i > b) key.push_back('\t');
        key.append(tokens[i].surface);
      }
    }
  }
  record->terms = RunLengths(terms);
  record->compounds = RunLengths(compounds);
}

}  // namespace kiji::report
