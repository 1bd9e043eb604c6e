// Private to the report writers: a co-occurrence network and its layout.
//
// CapNetwork keeps the most frequent nodes (and the strongest edges among
// them) in a canonical order; LayoutNetwork places them with a
// Fruchterman–Reingold force layout that starts from a sunflower spiral in
// that order and runs a fixed number of iterations with a linear cooling
// schedule. There is no random number anywhere, coordinates are rounded to
// 0.1 px, and the arithmetic is a fixed sequence of double operations, so the
// same input gives the same layout on every run and for any -j. Pure;
// thread-safe.
//
//   NetworkGraph g = CapNetwork(nodes, edges, 30, 60);
//   std::vector<NodePosition> at = LayoutNetwork(g, {});
#ifndef KIJI_SRC_REPORT_NETWORK_LAYOUT_H_
#define KIJI_SRC_REPORT_NETWORK_LAYOUT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kiji::internal {

struct NetworkNode {
  std::string label;
  int64_t frequency = 0;  // sizes the node
};

struct NetworkEdge {
  size_t source = 0, target = 0;  // indices into the nodes
  double weight = 0;              // Jaccard coefficient, 0..1
  int64_t count = 0;              // articles holding both, for the <title>
};

struct NetworkGraph {
  std::vector<NetworkNode> nodes;  // frequency descending, then label
  std::vector<NetworkEdge> edges;  // weight descending, then (source, target); source < target
};

/// The `max_nodes` most frequent nodes (ties by label) and, among the edges
/// joining two of them, the `max_edges` heaviest (ties by the kept indices).
/// Edges with a bad index, a self loop or weight <= 0 are dropped; an edge
/// given twice is kept once (the heavier).
NetworkGraph CapNetwork(std::span<const NetworkNode> nodes, std::span<const NetworkEdge> edges,
                        size_t max_nodes, size_t max_edges);

struct NodePosition {
  double x = 0, y = 0;  // px, rounded to 0.1
};

struct LayoutOptions {
  double width = 720, height = 480;  // the box the centres are fitted into
  double margin = 40;                // px kept free at each side (for labels)
  int iterations = 300;
};

/// One position per node of `graph`, inside the box less its margins.
std::vector<NodePosition> LayoutNetwork(const NetworkGraph& graph, const LayoutOptions& options);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_NETWORK_LAYOUT_H_
