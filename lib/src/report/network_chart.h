// Private to the report writers: a co-occurrence network as an SVG string.
//
// Draws nodes at positions computed beforehand (the report builder's
// deterministic layout, coordinates in the unit square) scaled into the
// chart's box: a circle per node with an area proportional to its frequency
// (`<circle class="node" data-value="…">` with a <title>), a line per edge
// whose width grows with its Jaccard weight (`<line class="edge"
// data-value="…">` with a <title>), and the label under each node on a white
// halo. Pure; thread-safe.
//
//   std::vector<GraphNode> nodes = {{"協力", 9, 0.2, 0.5}, {"貿易", 4, 0.8, 0.5}};
//   std::vector<GraphEdge> edges = {{0, 1, 0.5, 2}};
//   std::string svg = RenderNetwork(nodes, edges, {.label = "Co-occurrence network"});
#ifndef KIJI_SRC_REPORT_NETWORK_CHART_H_
#define KIJI_SRC_REPORT_NETWORK_CHART_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace kiji::internal {

struct GraphNode {
  std::string label;
  uint64_t frequency = 0;  // sizes the circle
  double x = 0, y = 0;     // in [0, 1]
};

struct GraphEdge {
  size_t source = 0, target = 0;  // indices into the nodes
  double weight = 0;              // Jaccard coefficient, 0..1
  uint64_t count = 0;             // articles holding both, for the <title>
};

struct NetworkChartOptions {
  std::string label;                  // aria-label and <title> of the chart
  std::string css_class = "network";  // added to "chart" on the <svg>
  double width = 720, height = 520;   // px of the viewBox
  double font_size = 12;              // px
};

/// Returns the network as an <svg> element; edges with an index out of
/// range are skipped. No nodes gives a chart holding "no terms".
std::string RenderNetwork(std::span<const GraphNode> nodes, std::span<const GraphEdge> edges,
                          const NetworkChartOptions& options);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_NETWORK_CHART_H_
