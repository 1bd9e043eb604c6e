// What the two ways of building a report share (report_builder.cc): from
// articles (BuildReport) and from counts with article records
// (BuildReportFromCounts, report_counts.cc).
#ifndef KIJI_REPORT_REPORT_INTERNAL_H_
#define KIJI_REPORT_REPORT_INTERNAL_H_

#include "kiji/report_builder.h"
#include "kiji/term_stats.h"
#include "report/aggregate.h"

namespace kiji {

/// The CountOptions of a report's counts (its metadata say them).
CountOptions ReportCountOptions(const ReportData& data, const ReportOptions& options);

/// --from / --to are dates, --sector a sector of the lexicon.
Status CheckReportOptions(const ReportData& data, const ReportOptions& options);

/// Fills `counts` (empty, with the report's metadata and any pairs) from the
/// aggregate and builds every section, on up to `threads` threads (the same
/// report for any number).
Result<Report> FinishReport(report::Aggregate& agg, TermCounts& counts, const Provenance& provenance,
                            const ReportOptions& options, const ReportReference& reference,
                            int threads);

}  // namespace kiji

#endif  // KIJI_REPORT_REPORT_INTERNAL_H_
