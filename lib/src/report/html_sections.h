// Private to the HTML report (report_html.h): one function per section of
// the page, each appending a <section id="…"> with its heading, charts and
// tables to *out. Pure; thread-safe.
#ifndef KIJI_SRC_REPORT_HTML_SECTIONS_H_
#define KIJI_SRC_REPORT_HTML_SECTIONS_H_

#include <string>

#include "kiji/report.h"

namespace kiji::internal {

void AppendOverviewSection(const Report& r, std::string* out);
void AppendSectorsSection(const Report& r, std::string* out);
void AppendKeywordsSection(const Report& r, std::string* out);
void AppendNetworkSection(const Report& r, std::string* out);
void AppendSpeakersSection(const Report& r, std::string* out);
void AppendArticlesSection(const Report& r, std::string* out);
void AppendProvenanceSection(const Report& r, std::string* out);

/// The label a sector id is shown with: its Japanese label, else the id.
std::string SectorLabel(const Report& r, const std::string& id);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_HTML_SECTIONS_H_
