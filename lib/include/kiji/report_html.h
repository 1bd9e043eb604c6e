// The HTML format of `kiji report`: one self-contained page.
//
// ReportHtml renders a Report (report.h) as a single HTML5 file: inline CSS
// and SVG charts drawn by kiji (no JavaScript, no network, no web fonts), a
// font stack that renders Japanese with the system's fonts, a table of
// contents, and the numbers behind every chart in the page (a <title> and a
// data-value per bar, and the table under each chart). The page reads at any
// width: charts scale down and wide tables scroll sideways. The output
// depends only on the Report, so it is the same bytes for any -j. Pure;
// thread-safe.
//
//   kiji::Report report = ...;                 // report_builder.h
//   std::string page = kiji::ReportHtml(report);
#ifndef KIJI_REPORT_HTML_H_
#define KIJI_REPORT_HTML_H_

#include <string>

#include "kiji/report.h"

namespace kiji {

/// The report as an HTML page, newline-terminated.
std::string ReportHtml(const Report& report);

}  // namespace kiji

#endif  // KIJI_REPORT_HTML_H_
