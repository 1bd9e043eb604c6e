// Private to the report writers: a horizontal bar chart as an SVG string.
//
// One row per item, in the order given: the label on the left (cut with "…"
// when long; the full label is in the bar's <title>), a bar whose length is
// proportional to the value, and the value written after it. Each bar is a
// `<rect class="bar" data-value="…">` with a <title> "label: value", so the
// numbers are in the page for readers and for tests. Pure; thread-safe.
//
//   std::vector<BarItem> items = {{"貿易", 12, "12 (40%)", "#sector-trade"}};
//   std::string svg = RenderBarChart(items, {.label = "Articles per sector"});
#ifndef KIJI_SRC_REPORT_BAR_CHART_H_
#define KIJI_SRC_REPORT_BAR_CHART_H_

#include <span>
#include <string>

namespace kiji::internal {

struct BarItem {
  std::string label;
  double value = 0;        // >= 0; the bar's length and its data-value
  std::string value_text;  // written after the bar; empty: the value itself
  std::string href;        // when not empty, the row links there
};

struct BarChartOptions {
  std::string label;               // aria-label and <title> of the chart
  std::string css_class = "bars";  // added to "chart" on the <svg>
  double width = 720;              // px of the viewBox
  double row_height = 24;          // px per item
  double font_size = 13;           // px
  double max_label_em = 14;        // longer labels are cut
};

/// Returns the chart as an <svg> element. An empty `items` gives a chart
/// holding the text "no data".
std::string RenderBarChart(std::span<const BarItem> items, const BarChartOptions& options);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_BAR_CHART_H_
