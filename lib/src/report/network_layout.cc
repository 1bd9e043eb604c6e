#include "report/network_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace kiji::internal {
namespace {

constexpr double kGoldenAngle = 2.399963229728653;  // π (3 − √5)

struct Vec {
  double x = 0, y = 0;
};

std::vector<size_t> NodesByFrequency(std::span<const NetworkNode> nodes) {
  std::vector<size_t> order(nodes.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (nodes[a].frequency != nodes[b].frequency) return nodes[a].frequency > nodes[b].frequency;
    return nodes[a].label < nodes[b].label;
  });
  return order;
}

void Repel(std::vector<Vec>& pos, std::vector<Vec>& disp, double k) {
  for (size_t i = 0; i < pos.size(); ++i) {
    for (size_t j = i + 1; j < pos.size(); ++j) {
      double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      double d2 = dx * dx + dy * dy;
      if (d2 < 1e-6) {  // coincident: push apart along a fixed direction
        dx = 1e-3 * static_cast<double>(j - i);
        dy = 1e-3;
        d2 = dx * dx + dy * dy;
      }
      double f = k * k / d2;  // (k² / d) along the unit vector (dx, dy) / d
      disp[i].x += dx * f, disp[i].y += dy * f;
      disp[j].x -= dx * f, disp[j].y -= dy * f;
    }
  }
}

void Attract(const NetworkGraph& g, std::vector<Vec>& pos, std::vector<Vec>& disp, double k) {
  for (const NetworkEdge& e : g.edges) {
    double dx = pos[e.source].x - pos[e.target].x, dy = pos[e.source].y - pos[e.target].y;
    double d = std::sqrt(dx * dx + dy * dy);
    double f = d / k * (0.5 + e.weight);  // (d² / k) along (dx, dy) / d
    disp[e.source].x -= dx * f, disp[e.source].y -= dy * f;
    disp[e.target].x += dx * f, disp[e.target].y += dy * f;
  }
}

// Pulls every node to the centre with a force growing as d² / k, so nodes
// without edges stay near the others instead of drifting to the border.
void Gravitate(std::vector<Vec>& pos, std::vector<Vec>& disp, double k) {
  for (size_t i = 0; i < pos.size(); ++i) {
    double d = std::sqrt(pos[i].x * pos[i].x + pos[i].y * pos[i].y);
    disp[i].x -= pos[i].x * d / k, disp[i].y -= pos[i].y * d / k;
  }
}

void Move(std::vector<Vec>& pos, const std::vector<Vec>& disp, double temperature) {
  for (size_t i = 0; i < pos.size(); ++i) {
    double d = std::sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y);
    if (d <= 0) continue;
    double step = std::min(d, temperature) / d;
    pos[i].x += disp[i].x * step, pos[i].y += disp[i].y * step;
  }
}

// Maps [lo, hi] onto [from, to], or onto its middle when lo == hi.
double Fit(double v, double lo, double hi, double from, double to) {
  double x = hi > lo ? from + (v - lo) / (hi - lo) * (to - from) : (from + to) / 2;
  return std::round(x * 10) / 10;
}

}  // namespace

NetworkGraph CapNetwork(std::span<const NetworkNode> nodes, std::span<const NetworkEdge> edges,
                        size_t max_nodes, size_t max_edges) {
  std::vector<size_t> order = NodesByFrequency(nodes);
  order.resize(std::min(order.size(), max_nodes));
  NetworkGraph g;
  std::map<size_t, size_t> kept;  // old index -> new index
  for (size_t old : order) {
    kept[old] = g.nodes.size();
    g.nodes.push_back(nodes[old]);
  }
  std::map<std::pair<size_t, size_t>, NetworkEdge> unique;
  for (const NetworkEdge& e : edges) {
    auto s = kept.find(e.source), t = kept.find(e.target);
    if (s == kept.end() || t == kept.end() || s->second == t->second || !(e.weight > 0)) continue;
    NetworkEdge m{std::min(s->second, t->second), std::max(s->second, t->second), e.weight, e.count};
    auto [it, inserted] = unique.try_emplace({m.source, m.target}, m);
    if (!inserted && m.weight > it->second.weight) it->second = m;
  }
  for (const auto& [pair, e] : unique) g.edges.push_back(e);
  std::stable_sort(g.edges.begin(), g.edges.end(),
                   [](const NetworkEdge& a, const NetworkEdge& b) { return a.weight > b.weight; });
  g.edges.resize(std::min(g.edges.size(), max_edges));
  return g;
}

std::vector<NodePosition> LayoutNetwork(const NetworkGraph& g, const LayoutOptions& o) {
  const size_t n = g.nodes.size();
  const double w = std::max(o.width - 2 * o.margin, 1.0), h = std::max(o.height - 2 * o.margin, 1.0);
  const double k = std::sqrt(w * h / static_cast<double>(std::max<size_t>(n, 1)));
  std::vector<Vec> pos(n), disp(n);
  for (size_t i = 0; i < n; ++i) {  // sunflower spiral, most frequent in the middle
    double r = 0.5 * k * std::sqrt(static_cast<double>(i) + 0.5);
    double a = kGoldenAngle * static_cast<double>(i);
    pos[i] = {r * std::cos(a), r * std::sin(a)};
  }
  for (int it = 0; it < o.iterations && n > 1; ++it) {
    std::fill(disp.begin(), disp.end(), Vec{});
    Repel(pos, disp, k);
    Attract(g, pos, disp, k);
    Gravitate(pos, disp, k);
    Move(pos, disp, w / 10 * (1 - static_cast<double>(it) / o.iterations) + 0.5);
  }
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  for (size_t i = 0; i < n; ++i) {
    x0 = i ? std::min(x0, pos[i].x) : pos[i].x, x1 = i ? std::max(x1, pos[i].x) : pos[i].x;
    y0 = i ? std::min(y0, pos[i].y) : pos[i].y, y1 = i ? std::max(y1, pos[i].y) : pos[i].y;
  }
  std::vector<NodePosition> out(n);
  for (size_t i = 0; i < n; ++i) {
    out[i] = {Fit(pos[i].x, x0, x1, o.margin, o.margin + w), Fit(pos[i].y, y0, y1, o.margin, o.margin + h)};
  }
  return out;
}

}  // namespace kiji::internal
