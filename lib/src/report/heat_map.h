// Private to the report writers: a square heat map (sector × sector) as SVG.
//
// `counts` is row-major, labels.size() × labels.size(): counts[i * n + j] is
// the number of articles tagged with both labels[i] and labels[j] (the
// diagonal: articles tagged with labels[i]). Darker cells hold more; each
// cell is a `<rect class="cell" data-value="…">` with a <title> "A × B: n",
// and the count is written in the cell. Column labels stand at the top,
// slanted so long Japanese labels do not collide. Pure; thread-safe.
//
//   std::vector<std::string> labels = {"貿易", "税関"};
//   std::vector<int64_t> counts = {5, 2, 2, 3};
//   std::string svg = RenderHeatMap(labels, counts, {.label = "Sector co-occurrence"});
#ifndef KIJI_SRC_REPORT_HEAT_MAP_H_
#define KIJI_SRC_REPORT_HEAT_MAP_H_

#include <cstdint>
#include <span>
#include <string>

namespace kiji::internal {

struct HeatMapOptions {
  std::string label;                  // aria-label and <title> of the chart
  std::string css_class = "heatmap";  // added to "chart" on the <svg>
  double cell = 30;                   // px per cell side
  double font_size = 12;              // px
  double max_label_em = 10;           // longer labels are cut
};

/// Returns the heat map as an <svg> element. REQUIRES: counts.size() ==
/// labels.size() * labels.size().
std::string RenderHeatMap(std::span<const std::string> labels, std::span<const int64_t> counts,
                          const HeatMapOptions& options);

/// The fill of a cell holding `value` out of `max`: from near white (0) to
/// the chart blue (max), as "#rrggbb".
std::string HeatColour(int64_t value, int64_t max);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_HEAT_MAP_H_
