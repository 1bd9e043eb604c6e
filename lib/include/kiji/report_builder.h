// Building a Report (report.h) in one pass over a corpus.
//
// Each article is analyzed once on a worker thread of the corpus loop
// (corpus.h); the worker summarizes it (metadata, sectors, statements, term
// counts) and counts its terms into that worker's TermCounts; the calling
// thread collects the summaries in input order. Only summaries and counts are
// kept, never Documents: memory grows with the vocabulary and the number of
// articles (one summary row each: metadata, tagged sectors, statements, and
// the article's distinct terms with their counts), not with the tokens.
// The Report is the same for any number of workers.
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

}  // namespace kiji

#endif  // KIJI_REPORT_BUILDER_H_
