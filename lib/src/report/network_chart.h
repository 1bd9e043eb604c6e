// Private to the report writers: a co-occurrence network as an SVG string.
//
// Draws a NetworkGraph (network_layout.h) at the positions LayoutNetwork
// gives: a circle per node with an area proportional to its frequency
// (`<circle class="node" data-value="…">` with a <title>), a line per edge
// whose width grows with its Jaccard weight (`<line class="edge"
// data-value="…">`), and the label under each node on a white halo. Pure;
// thread-safe.
//
//   NetworkGraph g = CapNetwork(nodes, edges, 30, 60);
//   std::string svg = RenderNetwork(g, {.label = "Co-occurrence network"});
#ifndef KIJI_SRC_REPORT_NETWORK_CHART_H_
#define KIJI_SRC_REPORT_NETWORK_CHART_H_

#include <string>

#include "report/network_layout.h"

namespace kiji::internal {

struct NetworkChartOptions {
  std::string label;                  // aria-label and <title> of the chart
  std::string css_class = "network";  // added to "chart" on the <svg>
  double width = 720, height = 480;   // px of the viewBox
  double font_size = 12;              // px
  int iterations = 300;               // of the force layout
};

std::string RenderNetwork(const NetworkGraph& graph, const NetworkChartOptions& options);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_NETWORK_CHART_H_
