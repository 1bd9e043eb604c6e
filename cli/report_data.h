// What `kiji report` and `kiji count --report` load before they read
// articles: the sector and quote lexicons, what a term is, the run's identity
// and the report's provenance (versions, dictionary, lexicon fingerprints).
#ifndef KIJI_CLI_REPORT_DATA_H_
#define KIJI_CLI_REPORT_DATA_H_

#include <string>
#include <vector>

#include "common.h"
#include "kiji/report_builder.h"

namespace kiji::cli {

/// `lexicons`: --lexicon files (empty: the shipped sector lexicon). Without
/// a model (--counts) the identity and the dictionary fields stay empty.
Result<ReportData> LoadReportData(const std::vector<std::string>& lexicons,
                                  const CorpusArgs& corpus, const Model* model, TermOptions terms);

}  // namespace kiji::cli

#endif  // KIJI_CLI_REPORT_DATA_H_
