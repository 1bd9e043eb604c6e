// KeywordCorpus: the two phases of `kiji keywords` without a reference.
// Phase one keeps each article's term counts, in input order, as compact
// records (EncodeArticleTerms, written by the parallel corpus loop); phase
// two reads them back (Parse), which also gives the document frequencies
// over the corpus, and ranks each article's terms by TF-IDF.
//
// Record format (internal, never written to a file): "\x01" id NL, then one
// term TAB count NL per term, fields escaped as TSV (output.h).
//
//   std::string records;   // EncodeArticleTerms(...) for every article
//   KIJI_ASSIGN_OR_RETURN(kiji::KeywordCorpus corpus, kiji::KeywordCorpus::Parse(records));
//   for (const auto& a : corpus.articles()) TfIdf(a.terms, corpus.df(), corpus.size(), ...);
#ifndef KIJI_KEYWORD_CORPUS_H_
#define KIJI_KEYWORD_CORPUS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/status.h"
#include "kiji/term_stats.h"

namespace kiji {

/// One article's terms and counts, sorted by term (TermExtractor::CountTerms).
using ArticleTerms = std::vector<std::pair<std::string, uint64_t>>;

/// Appends the record of one article to *out.
void EncodeArticleTerms(std::string_view id, const ArticleTerms& terms, std::string* out);

class KeywordCorpus {
 public:
  struct Entry {
    std::string id;
    ArticleTerms terms;
  };

  /// Reads records written by EncodeArticleTerms; a malformed record is a
  /// DataError.
  static Result<KeywordCorpus> Parse(std::string_view records);

  const std::vector<Entry>& articles() const { return articles_; }
  /// Per term: occurrences and articles holding it.
  const TermTable& df() const { return df_; }
  uint64_t size() const { return articles_.size(); }

 private:
  std::vector<Entry> articles_;
  TermTable df_;
};

}  // namespace kiji

#endif  // KIJI_KEYWORD_CORPUS_H_
