#include "report/month_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "report/svg_text.h"

namespace kiji::internal {
namespace {

constexpr double kAxisLabelEm = 4.4;  // "2025-06" at the axis font size

// Months since year 0 for "YYYY-MM", or nullopt.
std::optional<int> MonthIndex(const std::string& m) {
  if (m.size() != 7 || m[4] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6}) {
    if (m[i] < '0' || m[i] > '9') return std::nullopt;
  }
  int year = std::stoi(m.substr(0, 4)), month = std::stoi(m.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  return year * 12 + month - 1;
}

// A round step (1, 2 or 5 × 10^k) giving at most four grid lines up to max.
int64_t TickStep(int64_t max) {
  int64_t step = 1;
  while (true) {
    for (int64_t f : {1, 2, 5}) {
      if (max / (step * f) <= 4) return step * f;
    }
    step *= 10;
  }
}

struct Plot {
  double left, top, width, height;  // px of the plotting area
  std::vector<std::string> months;
  int64_t max_count = 0;
  double ColumnWidth() const { return width / static_cast<double>(months.size()); }
  double X(size_t i) const { return left + ColumnWidth() * static_cast<double>(i); }
};

std::vector<std::string> MonthsOf(std::span<const MonthSeries> series) {
  std::vector<std::string> months;
  for (const MonthSeries& s : series) {
    for (const MonthColumn& c : s.counts) months.push_back(c.month);
  }
  return MonthAxis(months);
}

void AppendColumns(const MonthSeries& s, const Plot& p, double baseline, double max_h,
                   std::string* out) {
  std::map<std::string, int64_t> by_month;
  for (const MonthColumn& c : s.counts) by_month[c.month] += c.count;
  double gap = std::min(p.ColumnWidth() * 0.2, 4.0);
  for (size_t i = 0; i < p.months.size(); ++i) {
    auto it = by_month.find(p.months[i]);
    if (it == by_month.end() || it->second <= 0 || p.max_count <= 0) continue;
    double h =
        std::max(static_cast<double>(it->second) / static_cast<double>(p.max_count) * max_h, 1.0);
    std::string title = s.name.empty() ? p.months[i] : s.name + " " + p.months[i];
    *out += fmt::format(
        "<rect class=\"column\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" "
        "data-month=\"{}\" data-value=\"{}\"><title>{}: {}</title></rect>\n",
        FormatCoord(p.X(i) + gap / 2), FormatCoord(baseline - h),
        FormatCoord(p.ColumnWidth() - gap), FormatCoord(h), kBarFill, XmlEscaped(p.months[i]),
        it->second, XmlEscaped(title), it->second);
  }
}

void AppendMonthLabels(const Plot& p, double y, const MonthChartOptions& o, std::string* out) {
  double label_px = kAxisLabelEm * o.font_size;
  size_t step = static_cast<size_t>(std::ceil(label_px / p.ColumnWidth()));
  step = std::max<size_t>(step, 1);
  for (size_t i = 0; i < p.months.size(); i += step) {
    *out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
                        FormatCoord(p.X(i) + p.ColumnWidth() / 2), FormatCoord(y), kMutedInk,
                        XmlEscaped(p.months[i]));
  }
  *out += '\n';
}

void AppendYGrid(const Plot& p, const MonthChartOptions& o, std::string* out) {
  int64_t step = TickStep(p.max_count);
  for (int64_t v = 0; v <= p.max_count; v += step) {
    double y =
        p.top + p.height - static_cast<double>(v) / static_cast<double>(p.max_count) * p.height;
    *out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\"/>"
        "<text x=\"{4}\" y=\"{5}\" text-anchor=\"end\" fill=\"{6}\">{7}</text>\n",
        FormatCoord(p.left), FormatCoord(y), FormatCoord(p.left + p.width), kGrid,
        FormatCoord(p.left - 6), FormatCoord(y + o.font_size * 0.35), kMutedInk, v);
  }
}

std::string NoData(const MonthChartOptions& o) {
  return SvgOpen(o.width, 30, o.css_class, o.label) +
         fmt::format("<text x=\"0\" y=\"20\" font-size=\"{}\" fill=\"{}\">no dates</text></svg>",
                     FormatValue(o.font_size), kMutedInk);
}

}  // namespace

std::vector<std::string> MonthAxis(const std::vector<std::string>& months) {
  std::vector<std::string> sorted = months;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  if (sorted.empty()) return sorted;
  std::vector<int> index;
  for (const std::string& m : sorted) {
    std::optional<int> i = MonthIndex(m);
    if (!i) return sorted;
    index.push_back(*i);
  }
  if (index.back() - index.front() >= 1200) return sorted;
  std::vector<std::string> axis;
  for (int i = index.front(); i <= index.back(); ++i) {
    axis.push_back(fmt::format("{:04}-{:02}", i / 12, i % 12 + 1));
  }
  return axis;
}

std::string RenderMonthColumns(std::span<const MonthColumn> counts, const MonthChartOptions& o) {
  MonthSeries series{"", {counts.begin(), counts.end()}};
  Plot p{44, 10, o.width - 44 - 8, o.height - 10 - 26, MonthsOf({&series, 1}), 0};
  if (p.months.empty()) return NoData(o);
  p.width =
      std::min(p.width, 60.0 * static_cast<double>(p.months.size()));  // few months: narrow columns
  for (const MonthColumn& c : counts) p.max_count = std::max(p.max_count, c.count);
  std::string out = SvgOpen(p.left + p.width + 8, o.height, o.css_class, o.label);
  out += fmt::format("<g font-size=\"{}\">\n", FormatValue(o.font_size));
  if (p.max_count > 0) AppendYGrid(p, o, &out);
  AppendColumns(series, p, p.top + p.height, p.height, &out);
  AppendMonthLabels(p, p.top + p.height + o.font_size + 6, o, &out);
  out += "</g></svg>";
  return out;
}

std::string RenderMonthSmallMultiples(std::span<const MonthSeries> series,
                                      const MonthChartOptions& o) {
  double label_em = 0;
  for (const MonthSeries& s : series)
    label_em = std::max(label_em, std::min(TextWidthEm(s.name), 12.0));
  double left = label_em * o.font_size + 10;
  Plot p{left,
         4,
         o.width - left - 8,
         static_cast<double>(series.size()) * o.row_height,
         MonthsOf(series),
         0};
  if (p.months.empty()) return NoData(o);
  p.width = std::min(p.width, 60.0 * static_cast<double>(p.months.size()));
  for (const MonthSeries& s : series) {
    for (const MonthColumn& c : s.counts) p.max_count = std::max(p.max_count, c.count);
  }
  double height = p.top + p.height + o.font_size + 12;
  std::string out = SvgOpen(std::max(p.left + p.width + 8, 240.0), height, o.css_class, o.label);
  out += fmt::format("<g font-size=\"{}\">\n", FormatValue(o.font_size));
  for (size_t r = 0; r < series.size(); ++r) {
    double baseline = p.top + static_cast<double>(r + 1) * o.row_height;
    out += fmt::format(
        "<g class=\"series\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>"
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>\n",
        FormatCoord(left - 8), FormatCoord(baseline - 4), kInk,
        XmlEscaped(TruncateToWidth(series[r].name, 12.0)), FormatCoord(left), FormatCoord(baseline),
        FormatCoord(left + p.width), FormatCoord(baseline), kGrid);
    AppendColumns(series[r], p, baseline, o.row_height - 6, &out);
    out += "</g>\n";
  }
  AppendMonthLabels(p, p.top + p.height + o.font_size + 4, o, &out);
  out += "</g></svg>";
  return out;
}

}  // namespace kiji::internal
