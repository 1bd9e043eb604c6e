#include "report/bar_chart.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/svg_text.h"

namespace kiji::internal {
namespace {

constexpr double kGap = 8;  // px between label, bar and value

struct BarGeometry {
  double label_width;  // px right edge of the labels
  double bar_space;    // px available to the longest bar
  double max_value;
};

std::string ValueText(const BarItem& item) {
  return item.value_text.empty() ? FormatValue(item.value) : item.value_text;
}

BarGeometry Measure(std::span<const BarItem> items, const BarChartOptions& o) {
  double label_em = 0, value_em = 0, max_value = 0;
  for (const BarItem& item : items) {
    label_em = std::max(label_em, std::min(TextWidthEm(item.label), o.max_label_em));
    value_em = std::max(value_em, TextWidthEm(ValueText(item)));
    max_value = std::max(max_value, item.value);
  }
  BarGeometry g;
  g.label_width = label_em * o.font_size + kGap;
  g.bar_space = std::max(o.width - g.label_width - kGap - value_em * o.font_size - kGap, 40.0);
  g.max_value = max_value;
  return g;
}

void AppendRow(const BarItem& item, double y, const BarGeometry& g, const BarChartOptions& o,
               std::string* out) {
  double length = g.max_value > 0 ? std::max(item.value, 0.0) / g.max_value * g.bar_space : 0;
  double bar_h = o.row_height * 0.68;
  double text_y = y + o.row_height / 2 + o.font_size * 0.35;
  if (!item.href.empty()) *out += fmt::format("<a href=\"{}\">", XmlEscaped(item.href));
  *out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>",
                      FormatCoord(g.label_width - kGap), FormatCoord(text_y), kInk,
                      XmlEscaped(TruncateToWidth(item.label, o.max_label_em)));
  *out += fmt::format(
      "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\" "
      "data-value=\"{}\"><title>{}: {}</title></rect>",
      FormatCoord(g.label_width), FormatCoord(y + (o.row_height - bar_h) / 2), FormatCoord(length),
      FormatCoord(bar_h), kBarFill, FormatValue(item.value), XmlEscaped(item.label),
      XmlEscaped(ValueText(item)));
  *out += fmt::format("<text class=\"value\" x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>",
                      FormatCoord(g.label_width + length + kGap / 2), FormatCoord(text_y),
                      kMutedInk, XmlEscaped(ValueText(item)));
  if (!item.href.empty()) *out += "</a>";
  *out += '\n';
}

}  // namespace

std::string RenderBarChart(std::span<const BarItem> items, const BarChartOptions& options) {
  const double pad = 4;
  if (items.empty()) {
    return SvgOpen(options.width, options.row_height + 2 * pad, options.css_class, options.label) +
           fmt::format("<text x=\"0\" y=\"{}\" font-size=\"{}\" fill=\"{}\">no data</text></svg>",
                       FormatCoord(pad + options.row_height * 0.7), FormatValue(options.font_size),
                       kMutedInk);
  }
  BarGeometry g = Measure(items, options);
  double height = items.size() * options.row_height + 2 * pad;
  std::string out = SvgOpen(options.width, height, options.css_class, options.label);
  out += fmt::format("<g font-size=\"{}\">\n", FormatValue(options.font_size));
  out +=
      fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\"/>\n",
                  FormatCoord(g.label_width), FormatCoord(pad), FormatCoord(height - pad), kGrid);
  for (size_t i = 0; i < items.size(); ++i) {
    AppendRow(items[i], pad + i * options.row_height, g, options, &out);
  }
  out += "</g></svg>";
  return out;
}

}  // namespace kiji::internal
