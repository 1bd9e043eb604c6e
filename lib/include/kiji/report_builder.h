// Building a Report (report.h) in one pass over a corpus.
//
// Each article is analyzed once on a worker thread of the corpus loop
// (corpus.h); the worker summarizes it (metadata, sectors, statements, the
// article's term and compound counts: an ArticleRecord, article_record.h);
// the calling thread collects the summaries in input order, and the corpus
// counts (terms, each sector's terms, compounds) are added up from them at
// the end. Only summaries are kept, never Documents: memory grows with the
// vocabulary and the number of articles, not with the tokens. Only
// --window N also counts pairs token by token, per worker.
// The Report is the same for any number of workers, and the same again when
// built from counts that `kiji count --report` shards wrote (below).
//
//   kiji::ReportData data{sectors, quotes, term_options, identity, provenance};
//   KIJI_ASSIGN_OR_RETURN(kiji::Report r, kiji::BuildReport(inputs, model, source_options,
//                                                          jobs, data, options, nullptr, {}));
#ifndef KIJI_REPORT_BUILDER_H_
#define KIJI_REPORT_BUILDER_H_

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "kiji/corpus.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "kiji/report.h"
#include "kiji/status.h"
#include "kiji/term_selection.h"
#include "kiji/term_stats.h"

namespace kiji {

struct ReportData {
  std::shared_ptr<const SectorLexicon> sectors;
  std::shared_ptr<const QuoteLexicon> quotes;
  TermOptions terms;                          // what a term is (stopwords included)
  std::map<std::string, std::string> identity;  // RunIdentity (corpus_counts.h)
  // Versions, dictionary, lexicon identities: filled by the caller and
  // copied into the Report; the builder adds the options.
  Provenance provenance;
};

/// The keyness reference of --reference: its counts and how it was named.
struct ReportReference {
  const TermCounts* counts = nullptr;
  std::string name;
};

/// Runs the corpus and builds the report. `on_unit` (may be empty) sees each
/// input's diagnostics and is called on the calling thread in input order
/// (for printing and progress). A reference with metadata that does not
/// agree with the corpus's (CheckMetadata, kCompare) is an error.
Result<Report> BuildReport(const InputFunction& inputs, std::shared_ptr<const Model> model,
                           const SourceOptions& source_options, int jobs, const ReportData& data,
                           const ReportOptions& options, const ReportReference& reference,
                           const std::function<void(const UnitOutput&)>& on_unit);

/// The metadata a counts file with article records carries so that a report
/// from it has the provenance of one from the articles: report.kiji_version,
/// report.mecab_version and report.lexicons (file and fingerprint of every
/// lexicon, TAB-separated).
std::map<std::string, std::string> ReportMetadata(const Provenance& provenance);

/// The article records of `kiji count --report` (article_record.h): what
/// BuildReport keeps of each article, written as counts-file lines.
class ArticleRecorder {
 public:
  explicit ArticleRecorder(const ReportData& data);
  ~ArticleRecorder();
  /// Appends the lines of the article's record; thread-safe.
  void Append(const Document& doc, std::string* out) const;

 private:
  const ReportData& data_;
  std::unique_ptr<const TermExtractor> extractor_;
  ReportOptions no_filters_;
};

/// The report of counts that hold article records (`kiji count --report`,
/// shards added up by `kiji merge` in input order): the same Report that
/// BuildReport gives over those articles with the same data and options,
/// but for Provenance::from_counts. The counts' versions, dictionary and
/// term identities make the provenance. Errors: counts without article
/// records, made with other term options or lexicons than `data`'s, or
/// --window N without pairs counted in a window of N (or with --sector,
/// --from, --to: the pairs are the whole corpus's).
Result<Report> BuildReportFromCounts(const TermCounts& counts, const ReportData& data,
                                     const ReportOptions& options,
                                     const ReportReference& reference);

}  // namespace kiji

#endif  // KIJI_REPORT_BUILDER_H_
