// The co-occurrence network of the leading terms and its layout.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "report/aggregate.h"

namespace kiji::report {

void BuildNetwork(const Aggregate& agg, const std::vector<TermRow>& by_frequency,
                  const ReportOptions& opt, Network* out) {
  // Node index of each term id; UINT32_MAX for terms outside the network.
  std::vector<uint32_t> node_of(agg.term_names().size(), UINT32_MAX);
  for (const TermRow& t : by_frequency) {
    if (out->nodes.size() >= opt.network_nodes) break;
    uint32_t id = agg.FindTerm(t.term);
    if (id == UINT32_MAX) continue;
    node_of[id] = static_cast<uint32_t>(out->nodes.size());
    out->nodes.push_back({t.term, t.tf, t.df, 0, 0});
  }
  const size_t n = out->nodes.size();
  std::vector<uint64_t> both(n * n, 0);
  std::vector<uint32_t> present;
  for (const TermIdCounts& terms : agg.article_terms()) {
    present.clear();
    for (const auto& [id, count] : terms) {
      if (node_of[id] != UINT32_MAX) present.push_back(node_of[id]);
    }
    std::sort(present.begin(), present.end());
    for (size_t i = 0; i < present.size(); ++i) {
      for (size_t j = i + 1; j < present.size(); ++j) ++both[present[i] * n + present[j]];
    }
  }
  std::vector<NetworkEdge> edges;
  for (uint32_t a = 0; a < n; ++a) {
    for (uint32_t b = a + 1; b < n; ++b) {
      uint64_t k = both[a * n + b];
      if (k == 0) continue;
      double either = double(out->nodes[a].df + out->nodes[b].df - k);
      edges.push_back({a, b, k, double(k) / either});
    }
  }
  std::stable_sort(edges.begin(), edges.end(), [](const NetworkEdge& x, const NetworkEdge& y) {
    return x.jaccard != y.jaccard ? x.jaccard > y.jaccard : x.articles > y.articles;
  });
  if (edges.size() > opt.network_edges) edges.resize(opt.network_edges);
  out->edges = std::move(edges);
  LayoutNetwork(out);
}

namespace {

// Fruchterman-Reingold in the unit square: repulsion k^2/d between every two
// nodes, attraction d^2/k along edges (weighted by Jaccard), with a
// temperature that falls linearly; the start is a circle in node order.
void ForceLayout(std::vector<double>* x, std::vector<double>* y,
                 const std::vector<NetworkEdge>& edges) {
  const size_t n = x->size();
  const double k = std::sqrt(1.0 / double(n));
  const int iterations = 200;
  std::vector<double> dx(n), dy(n);
  for (int it = 0; it < iterations; ++it) {
    std::fill(dx.begin(), dx.end(), 0.0);
    std::fill(dy.begin(), dy.end(), 0.0);
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        double ex = (*x)[i] - (*x)[j], ey = (*y)[i] - (*y)[j];
        double d = std::max(1e-6, std::hypot(ex, ey));
        double f = k * k / d;
        dx[i] += ex / d * f, dy[i] += ey / d * f;
        dx[j] -= ex / d * f, dy[j] -= ey / d * f;
      }
    }
    for (const NetworkEdge& e : edges) {
      double ex = (*x)[e.source] - (*x)[e.target], ey = (*y)[e.source] - (*y)[e.target];
      double d = std::max(1e-6, std::hypot(ex, ey));
      double f = d * d / k * (0.5 + e.jaccard);
      dx[e.source] -= ex / d * f, dy[e.source] -= ey / d * f;
      dx[e.target] += ex / d * f, dy[e.target] += ey / d * f;
    }
    // A pull towards the centre that grows as d²/k, so that terms without
    // edges stay near the rest instead of squeezing the graph when scaled.
    for (size_t i = 0; i < n; ++i) {
      const double gx = (*x)[i] - 0.5, gy = (*y)[i] - 0.5;
      const double g = std::hypot(gx, gy) / k;
      dx[i] -= gx * g, dy[i] -= gy * g;
    }
    const double t = 0.1 * (1.0 - double(it) / iterations);
    for (size_t i = 0; i < n; ++i) {
      double d = std::max(1e-9, std::hypot(dx[i], dy[i]));
      (*x)[i] += dx[i] / d * std::min(d, t);
      (*y)[i] += dy[i] / d * std::min(d, t);
    }
  }
}

// Scales coordinates into [0, 1] (both axes by the same factor), rounded
// to 4 decimals so printed values are short and stable.
void Normalize(std::vector<double>* x, std::vector<double>* y) {
  auto [xmin, xmax] = std::minmax_element(x->begin(), x->end());
  auto [ymin, ymax] = std::minmax_element(y->begin(), y->end());
  double x0 = *xmin, y0 = *ymin;
  double span = std::max({*xmax - x0, *ymax - y0, 1e-9});
  double xoff = (1.0 - (*xmax - x0) / span) / 2, yoff = (1.0 - (*ymax - y0) / span) / 2;
  for (size_t i = 0; i < x->size(); ++i) {
    (*x)[i] = std::round(((((*x)[i] - x0) / span) + xoff) * 1e4) / 1e4;
    (*y)[i] = std::round(((((*y)[i] - y0) / span) + yoff) * 1e4) / 1e4;
  }
}

}  // namespace

void LayoutNetwork(Network* net) {
  const size_t n = net->nodes.size();
  if (n == 0) return;
  std::vector<double> x(n), y(n);
  for (size_t i = 0; i < n; ++i) {
    double angle = 2 * std::numbers::pi * double(i) / double(n);
    x[i] = 0.5 + 0.4 * std::cos(angle);
    y[i] = 0.5 + 0.4 * std::sin(angle);
  }
  if (n > 1) {
    ForceLayout(&x, &y, net->edges);
    Normalize(&x, &y);
  }
  for (size_t i = 0; i < n; ++i) net->nodes[i].x = x[i], net->nodes[i].y = y[i];
}

}  // namespace kiji::report
