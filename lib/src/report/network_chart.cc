#include "report/network_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/svg_text.h"

namespace kiji::internal {
namespace {

constexpr double kMinRadius = 4, kMaxRadius = 18;
constexpr double kLabelEm = 10;  // longer node labels are cut
constexpr std::string_view kEdgeStroke = "#9fb3c8";

struct Box {
  double left, top, width, height;
  double X(const GraphNode& n) const { return left + std::clamp(n.x, 0.0, 1.0) * width; }
  double Y(const GraphNode& n) const { return top + std::clamp(n.y, 0.0, 1.0) * height; }
};

double Radius(uint64_t frequency, uint64_t max_frequency) {
  if (max_frequency == 0) return kMinRadius;
  double share = static_cast<double>(frequency) / static_cast<double>(max_frequency);
  return kMinRadius + (kMaxRadius - kMinRadius) * std::sqrt(share);
}

void AppendEdges(std::span<const GraphNode> nodes, std::span<const GraphEdge> edges, const Box& b,
                 std::string* out) {
  for (const GraphEdge& e : edges) {
    if (e.source >= nodes.size() || e.target >= nodes.size()) continue;
    const GraphNode &s = nodes[e.source], &t = nodes[e.target];
    std::string title = fmt::format("{} – {}: Jaccard {} ({} articles)", s.label, t.label,
                                    FormatValue(e.weight), e.count);
    *out += fmt::format(
        "<line class=\"edge\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"{}\" stroke-opacity=\"0.7\" data-value=\"{}\"><title>{}</title></line>\n",
        FormatCoord(b.X(s)), FormatCoord(b.Y(s)), FormatCoord(b.X(t)), FormatCoord(b.Y(t)),
        kEdgeStroke, FormatCoord(0.8 + 4 * std::clamp(e.weight, 0.0, 1.0)), FormatValue(e.weight),
        XmlEscaped(title));
  }
}

void AppendNodes(std::span<const GraphNode> nodes, const Box& b, const NetworkChartOptions& o,
                 std::string* out) {
  uint64_t max_frequency = 0;
  for (const GraphNode& node : nodes) max_frequency = std::max(max_frequency, node.frequency);
  for (const GraphNode& node : nodes) {
    double r = Radius(node.frequency, max_frequency);
    *out += fmt::format(
        "<g class=\"term\"><circle class=\"node\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" "
        "fill-opacity=\"0.85\" stroke=\"#ffffff\" data-value=\"{}\"><title>{}: {}</title></circle>",
        FormatCoord(b.X(node)), FormatCoord(b.Y(node)), FormatCoord(r), kBarFill, node.frequency,
        XmlEscaped(node.label), node.frequency);
    *out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" stroke=\"#ffffff\" "
        "stroke-width=\"3\" paint-order=\"stroke\">{}</text></g>\n",
        FormatCoord(b.X(node)), FormatCoord(b.Y(node) + r + o.font_size), kInk,
        XmlEscaped(TruncateToWidth(node.label, kLabelEm)));
  }
}

}  // namespace

std::string RenderNetwork(std::span<const GraphNode> nodes, std::span<const GraphEdge> edges,
                          const NetworkChartOptions& o) {
  std::string out = SvgOpen(o.width, o.height, o.css_class, o.label);
  if (nodes.empty()) {
    return out +
           fmt::format("<text x=\"0\" y=\"20\" font-size=\"{}\" fill=\"{}\">no terms</text></svg>",
                       FormatValue(o.font_size), kMutedInk);
  }
  // Labels hang under the nodes and reach half their width to each side.
  double label_em = 0;
  for (const GraphNode& node : nodes)
    label_em = std::max(label_em, std::min(TextWidthEm(node.label), kLabelEm));
  double side = std::max(kMaxRadius, label_em * o.font_size / 2) + 2;
  Box box{side, kMaxRadius + 2, o.width - 2 * side, o.height - 2 * kMaxRadius - o.font_size - 8};
  out += fmt::format("<g font-size=\"{}\">\n", FormatValue(o.font_size));
  AppendEdges(nodes, edges, box, &out);
  AppendNodes(nodes, box, o, &out);
  out += "</g></svg>";
  return out;
}

}  // namespace kiji::internal
