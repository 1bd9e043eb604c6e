// Private to the report writers: counts per month as SVG column charts.
//
// RenderMonthColumns draws one column per month (articles per month);
// RenderMonthSmallMultiples draws one row of columns per series (sectors per
// month) on a shared month axis and a shared scale, so rows compare. Months
// are "YYYY-MM"; the axis runs from the first to the last month with the
// months in between filled with zero, since a time axis with holes misleads.
// Each column is a `<rect class="column" data-month="…" data-value="…">` with
// a <title>; months with zero draw no column. Pure; thread-safe.
//
//   std::vector<MonthColumn> months = {{"2025-05", 3}, {"2025-07", 1}};
//   std::string svg = RenderMonthColumns(months, {.label = "Articles per month"});
#ifndef KIJI_SRC_REPORT_MONTH_CHART_H_
#define KIJI_SRC_REPORT_MONTH_CHART_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kiji::internal {

struct MonthColumn {
  std::string month;  // "YYYY-MM"
  int64_t count = 0;
};

struct MonthSeries {
  std::string name;                 // row label (a sector)
  std::vector<MonthColumn> counts;  // any order; a month at most once
};

struct MonthChartOptions {
  std::string label;                 // aria-label and <title> of the chart
  std::string css_class = "months";  // added to "chart" on the <svg>
  double width = 720;                // px of the viewBox
  double height = 200;               // px; RenderMonthColumns only
  double row_height = 30;            // px per series; small multiples only
  double font_size = 12;             // px
};

/// The months of the axis: the sorted distinct months of `months`, with the
/// gaps between the first and the last filled when every entry is a valid
/// "YYYY-MM" (and the span is at most 100 years); else only those given.
std::vector<std::string> MonthAxis(const std::vector<std::string>& months);

std::string RenderMonthColumns(std::span<const MonthColumn> counts,
                               const MonthChartOptions& options);

std::string RenderMonthSmallMultiples(std::span<const MonthSeries> series,
                                      const MonthChartOptions& options);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_MONTH_CHART_H_
