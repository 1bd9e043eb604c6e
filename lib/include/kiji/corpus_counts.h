// Counting a corpus into one TermCounts: the identity a run records in its
// counts (dictionary, domain terms, user dictionaries, sector lexicon), and
// one TermCounts per worker of the parallel corpus loop, merged at the end.
// WorkerTermCounts::Add() is thread-safe for distinct workers; the rest is
// not thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(auto identity, kiji::RunIdentity(model.info(), terms, userdics));
//   kiji::WorkerTermCounts counts(jobs, options, identity);
//   ... RunCorpus(..., [&](const Document& doc, int w, std::string*) {
//         counts.Add(doc, w, grouping); }, ...);
//   KIJI_ASSIGN_OR_RETURN(kiji::TermCounts total, std::move(counts).Merge());
#ifndef KIJI_CORPUS_COUNTS_H_
#define KIJI_CORPUS_COUNTS_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/corpus.h"
#include "kiji/grouping.h"
#include "kiji/status.h"
#include "kiji/term_stats.h"

namespace kiji {

using Metadata = std::map<std::string, std::string>;

/// dict.layout, dict.dir, dict.fingerprint, dict.terms ("none" when
/// `domain_terms` is empty), dict.userdic ("none" without user dictionaries).
Result<Metadata> RunIdentity(const DictionaryInfo& dict, const std::string& domain_terms,
                             const std::vector<std::string>& user_dicts);

/// With sector grouping, records the lexicon files' fingerprints as
/// group.lexicon; otherwise leaves *identity as it is.
Status AddGroupingIdentity(const Grouping& grouping, Metadata* identity);

/// One TermCounts per worker, merged in worker order.
class WorkerTermCounts {
 public:
  WorkerTermCounts(int workers, const CountOptions& options, const Metadata& identity);
  /// Counts one article of worker `worker` under its groups.
  void Add(const Document& doc, int worker, const Grouping& grouping);
  /// All workers' counts in one, freeing each worker's as it is merged.
  Result<TermCounts> Merge() &&;

  /// True when these counts can be made from per-article term counts: no
  /// groups, pairs or compounds.
  static bool CountsArticleTerms(const CountOptions& options, const Grouping& grouping);
  /// For RunCorpus with the analysis cache: each article's term counts are
  /// kept there (kind "term-counts") and added up from there when it was
  /// seen before, without decoding its tokens; the counts are the same as
  /// Add()'s. REQUIRES: CountsArticleTerms(); the object outlives the run.
  CachedArticleResult ArticleTermsResult();

 private:
  CountOptions options_;
  std::unique_ptr<const TermExtractor> extractor_;
  std::vector<TermCounts> per_worker_;
};

}  // namespace kiji

#endif  // KIJI_CORPUS_COUNTS_H_
