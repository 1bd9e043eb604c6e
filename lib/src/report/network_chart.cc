#include "report/network_chart.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/svg_text.h"

namespace kiji::internal {
namespace {

constexpr double kMinRadius = 4, kMaxRadius = 18;
constexpr std::string_view kEdgeStroke = "#9fb3c8";

double Radius(int64_t frequency, int64_t max_frequency) {
  if (max_frequency <= 0) return kMinRadius;
  double share = static_cast<double>(std::max<int64_t>(frequency, 0)) / static_cast<double>(max_frequency);
  return kMinRadius + (kMaxRadius - kMinRadius) * std::sqrt(share);
}

void AppendEdges(const NetworkGraph& g, const std::vector<NodePosition>& at, std::string* out) {
  for (const NetworkEdge& e : g.edges) {
    std::string title = fmt::format("{} – {}: Jaccard {} ({} articles)", g.nodes[e.source].label,
                                    g.nodes[e.target].label, FormatValue(e.weight), e.count);
    *out += fmt::format(
        "<line class=\"edge\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"{}\" stroke-opacity=\"0.8\" data-value=\"{}\"><title>{}</title></line>\n",
        FormatCoord(at[e.source].x), FormatCoord(at[e.source].y), FormatCoord(at[e.target].x),
        FormatCoord(at[e.target].y), kEdgeStroke, FormatCoord(0.8 + 4 * e.weight),
        FormatValue(e.weight), XmlEscaped(title));
  }
}

void AppendNodes(const NetworkGraph& g, const std::vector<NodePosition>& at,
                 const NetworkChartOptions& o, std::string* out) {
  int64_t max_frequency = 0;
  for (const NetworkNode& node : g.nodes) max_frequency = std::max(max_frequency, node.frequency);
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const NetworkNode& node = g.nodes[i];
    double r = Radius(node.frequency, max_frequency);
    *out += fmt::format(
        "<g class=\"term\"><circle class=\"node\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" "
        "fill-opacity=\"0.85\" stroke=\"#ffffff\" data-value=\"{}\"><title>{}: {}</title></circle>",
        FormatCoord(at[i].x), FormatCoord(at[i].y), FormatCoord(r), kBarFill, node.frequency,
        XmlEscaped(node.label), node.frequency);
    *out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" stroke=\"#ffffff\" "
        "stroke-width=\"3\" paint-order=\"stroke\">{}</text></g>\n",
        FormatCoord(at[i].x), FormatCoord(at[i].y + r + o.font_size), kInk,
        XmlEscaped(TruncateToWidth(node.label, 10)));
  }
}

}  // namespace

std::string RenderNetwork(const NetworkGraph& g, const NetworkChartOptions& o) {
  std::string out = SvgOpen(o.width, o.height, o.css_class, o.label);
  if (g.nodes.empty()) {
    return out + fmt::format("<text x=\"0\" y=\"20\" font-size=\"{}\" fill=\"{}\">no terms</text></svg>",
                             FormatValue(o.font_size), kMutedInk);
  }
  // Labels hang under the nodes and reach half their width to each side.
  double label_em = 0;
  for (const NetworkNode& node : g.nodes) label_em = std::max(label_em, std::min(TextWidthEm(node.label), 10.0));
  LayoutOptions layout{o.width, o.height - o.font_size - kMaxRadius,
                       std::max(kMaxRadius, label_em * o.font_size / 2) + 2, o.iterations};
  std::vector<NodePosition> at = LayoutNetwork(g, layout);
  out += fmt::format("<g font-size=\"{}\">\n", FormatValue(o.font_size));
  AppendEdges(g, at, &out);
  AppendNodes(g, at, o, &out);
  out += "</g></svg>";
  return out;
}

}  // namespace kiji::internal
