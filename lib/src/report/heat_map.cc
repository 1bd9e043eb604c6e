#include "report/heat_map.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>

#include "report/svg_text.h"

namespace kiji::internal {
namespace {

constexpr double kSlant = 0.7071;  // cos 45°: column labels are turned 45°

struct Rgb {
  double r, g, b;
};
constexpr Rgb kLow{244, 247, 250};
constexpr Rgb kHigh{37, 86, 130};

double Mix(double a, double b, double t) { return a + (b - a) * t; }

void AppendCell(std::span<const std::string> labels, size_t i, size_t j, int64_t value, int64_t max,
                double x, double y, const HeatMapOptions& o, std::string* out) {
  std::string title = labels[i] + " × " + labels[j];
  *out += fmt::format(
      "<rect class=\"cell\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" "
      "stroke=\"#ffffff\" data-value=\"{}\"><title>{}: {}</title></rect>",
      FormatCoord(x), FormatCoord(y), FormatCoord(o.cell), FormatCoord(o.cell),
      HeatColour(value, max), value, XmlEscaped(title), value);
  if (value > 0) {
    bool dark = max > 0 && static_cast<double>(value) / static_cast<double>(max) > 0.55;
    *out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" "
        "pointer-events=\"none\">{}</text>",
        FormatCoord(x + o.cell / 2), FormatCoord(y + o.cell / 2 + o.font_size * 0.35),
        dark ? "#ffffff" : kInk, value);
  }
}

}  // namespace

std::string HeatColour(int64_t value, int64_t max) {
  double t =
      max > 0 ? std::clamp(static_cast<double>(value) / static_cast<double>(max), 0.0, 1.0) : 0;
  auto channel = [t](double a, double b) { return static_cast<int>(std::lround(Mix(a, b, t))); };
  return fmt::format("#{:02x}{:02x}{:02x}", channel(kLow.r, kHigh.r), channel(kLow.g, kHigh.g),
                     channel(kLow.b, kHigh.b));
}

std::string RenderHeatMap(std::span<const std::string> labels, std::span<const int64_t> counts,
                          const HeatMapOptions& o) {
  const size_t n = labels.size();
  assert(counts.size() == n * n);
  double label_em = 0;
  for (const std::string& l : labels)
    label_em = std::max(label_em, std::min(TextWidthEm(l), o.max_label_em));
  const double label_px = label_em * o.font_size;
  const double left = label_px + 10;
  const double top = label_px * kSlant + o.font_size + 6;
  const double side = o.cell * static_cast<double>(n);
  // The last column's label leans right past the grid.
  const double width = left + side + label_px * kSlant + 4;
  const double height = top + side + 4;
  int64_t max = 0;
  for (int64_t c : counts) max = std::max(max, c);
  std::string out = SvgOpen(width, height, o.css_class, o.label);
  out += fmt::format("<g font-size=\"{}\">\n", FormatValue(o.font_size));
  for (size_t i = 0; i < n; ++i) {
    std::string label = XmlEscaped(TruncateToWidth(labels[i], o.max_label_em));
    double mid = o.cell * (static_cast<double>(i) + 0.5);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>",
                       FormatCoord(left - 6), FormatCoord(top + mid + o.font_size * 0.35), kInk,
                       label);
    out += fmt::format("<text transform=\"translate({},{}) rotate(-45)\" fill=\"{}\">{}</text>\n",
                       FormatCoord(left + mid), FormatCoord(top - 6), kInk, label);
  }
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      AppendCell(labels, i, j, counts[i * n + j], max, left + o.cell * static_cast<double>(j),
                 top + o.cell * static_cast<double>(i), o, &out);
    }
    out += '\n';
  }
  out += "</g></svg>";
  return out;
}

}  // namespace kiji::internal
