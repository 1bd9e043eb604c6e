// An article's term and compound counts for its summary: the per-article
// rows every corpus-wide count of the report is added up from at the end
// (aggregate_counts.cc), so nothing is counted per token into a corpus table.
#include <deque>

#include "kiji/flr.h"
#include "report/article_summary.h"
#include "report/key_counter.h"

namespace kiji::report {
namespace {

// Appends the compound run [b, e) of `tokens` to `keys` as its key (the
// surfaces joined by tabs, as TermCounts keys compounds).
std::string_view AppendCompoundKey(std::span<const Token> tokens, uint32_t b, uint32_t e,
                                   std::deque<std::string>* keys) {
  std::string& key = keys->emplace_back();
  for (uint32_t i = b; i < e; ++i) {
    if (i > b) key.push_back('\t');
    key.append(tokens[i].surface);
  }
  return key;
}

}  // namespace

void CountArticleTerms(const Document& doc, const TermExtractor& extractor, ArticleRecord* record,
                       std::vector<uint64_t>* term_hashes,
                       std::vector<uint64_t>* compound_hashes) {
  const int nmin = extractor.options().ngram_min, nmax = extractor.options().ngram_max;
  // Unigrams view the Document's tokens; n-grams are built in `buffer`,
  // which the next sentence reuses, and compound keys are joined, so both
  // are kept in deques (stable) while the counters view them.
  KeyCounter terms, compounds;
  std::deque<std::string> owned;
  std::vector<TermOccurrence> occ;
  std::string buffer;
  for (const Sentence& s : doc.sentences) {
    occ.clear();
    extractor.ExtractSentence(doc, s, 0, &occ, &buffer);
    for (const TermOccurrence& o : occ) {
      if (o.n == 1) ++record->unigrams;
      if (o.n < nmin || o.n > nmax) continue;
      terms.Add(o.n == 1 ? o.text : std::string_view(owned.emplace_back(o.text)));
    }
    std::span<const Token> tokens = doc.SentenceTokens(s);
    for (auto [b, e] : FindCompoundRuns(tokens)) {
      compounds.Add(AppendCompoundKey(tokens, b, e, &owned));
    }
  }
  record->terms = terms.Sorted(term_hashes);
  record->compounds = compounds.Sorted(compound_hashes);
}

}  // namespace kiji::report
