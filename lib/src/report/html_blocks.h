// Private to the HTML report (report_html.h): the blocks its sections are
// made of — escaped text, tables whose numeric columns align right, and a
// chart with its data table in a <details> under it. Pure; thread-safe.
//
//   std::string out;
//   OpenTable({{"term"}, {"tf", true}}, &out);
//   AppendRow({Text("協力"), Num(12)}, &out);
//   CloseTable(&out);
#ifndef KIJI_SRC_REPORT_HTML_BLOCKS_H_
#define KIJI_SRC_REPORT_HTML_BLOCKS_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kiji::internal {

struct Column {
  std::string_view name;
  bool numeric = false;  // right-aligned, tabular figures
};

struct Cell {
  std::string html;  // already escaped
  bool numeric = false;
};

Cell Text(std::string_view text);  // escaped
Cell Html(std::string html);       // as is
Cell Num(uint64_t v);
Cell Num(double v, int decimals);
Cell Percent(double share);  // 0.25 -> "25.0%"

std::string Escape(std::string_view text);
std::string Fixed(double v, int decimals);                         // never "-0.00"
std::string Link(std::string_view href, std::string_view text);    // text escaped
std::string ArticleLink(uint32_t article, std::string_view text);  // to #article-N (1-based)
std::string Joined(const std::vector<std::string>& items, std::string_view separator);  // escaped

/// A table in a horizontally scrolling wrapper: OpenTable writes the head,
/// AppendRow one row, CloseTable the end.
void OpenTable(const std::vector<Column>& columns, std::string* out);
void AppendRow(const std::vector<Cell>& cells, std::string* out);
void CloseTable(std::string* out);

/// <figure> holding an SVG chart and its caption.
void AppendFigure(std::string_view svg, std::string_view caption, std::string* out);

/// A collapsed <details> whose summary is `summary`; close with "</details>".
void OpenDetails(std::string_view summary, std::string* out);

/// A paragraph in the muted style ("No article is dated.").
void AppendNote(std::string_view text, std::string* out);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_HTML_BLOCKS_H_
