// The co-occurrence network of the HTML report: capping, the deterministic
// force layout (lib/src/report/network_layout.h) and its SVG.
#include "report/network_layout.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "report/network_chart.h"

namespace {

using namespace kiji::internal;

double Distance(NodePosition a, NodePosition b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Two triangles of terms, joined by one weak edge.
NetworkGraph TwoClusters() {
  std::vector<NetworkNode> nodes = {{"協力", 9}, {"貿易", 8}, {"税関", 7},
                                    {"環境", 6}, {"鉱業", 5}, {"資源", 4}};
  std::vector<NetworkEdge> edges = {{0, 1, 0.8, 4}, {1, 2, 0.7, 3}, {0, 2, 0.6, 3},
                                    {3, 4, 0.8, 3}, {4, 5, 0.7, 2}, {3, 5, 0.6, 2},
                                    {2, 3, 0.1, 1}};
  return CapNetwork(nodes, edges, 10, 10);
}

}  // namespace

TEST_CASE("CapNetwork keeps the most frequent nodes and the heaviest edges among them") {
  std::vector<NetworkNode> nodes = {{"b", 2}, {"a", 5}, {"c", 2}, {"d", 1}};
  std::vector<NetworkEdge> edges = {
      {0, 1, 0.5, 2}, {1, 0, 0.75, 3},  // the same pair twice: the heavier stays
      {2, 1, 0.5, 1}, {0, 0, 1.0, 1},   // a self loop is dropped
      {3, 1, 0.9, 1},                   // d is capped away, so is its edge
      {0, 2, 0.0, 0}, {0, 9, 0.5, 1},   // zero weight, bad index
  };
  NetworkGraph g = CapNetwork(nodes, edges, 3, 10);
  REQUIRE(g.nodes.size() == 3);
  CHECK(g.nodes[0].label == "a");
  CHECK(g.nodes[1].label == "b");  // ties by label
  CHECK(g.nodes[2].label == "c");
  REQUIRE(g.edges.size() == 2);
  CHECK(g.edges[0].source == 0);
  CHECK(g.edges[0].target == 1);
  CHECK(g.edges[0].weight == 0.75);
  CHECK(g.edges[0].count == 3);
  CHECK(g.edges[1].source == 0);
  CHECK(g.edges[1].target == 2);
  CHECK(CapNetwork(nodes, edges, 3, 1).edges.size() == 1);
  CHECK(CapNetwork(nodes, edges, 0, 10).nodes.empty());
}

TEST_CASE("the layout is deterministic, inside the box, and keeps clusters together") {
  NetworkGraph g = TwoClusters();
  LayoutOptions o{.width = 600, .height = 400, .margin = 30, .iterations = 300};
  std::vector<NodePosition> at = LayoutNetwork(g, o);
  REQUIRE(at.size() == 6);
  std::vector<NodePosition> again = LayoutNetwork(g, o);
  std::set<std::pair<double, double>> distinct;
  for (size_t i = 0; i < at.size(); ++i) {
    CHECK(at[i].x == again[i].x);
    CHECK(at[i].y == again[i].y);
    CHECK(at[i].x >= 30);
    CHECK(at[i].x <= 570);
    CHECK(at[i].y >= 30);
    CHECK(at[i].y <= 370);
    CHECK(std::round(at[i].x * 10) == at[i].x * 10);  // rounded to 0.1 px
    distinct.insert({at[i].x, at[i].y});
  }
  CHECK(distinct.size() == 6);
  double within = Distance(at[0], at[1]) + Distance(at[3], at[4]);
  double across = Distance(at[0], at[4]) + Distance(at[1], at[5]);
  CHECK(within < across);
}

TEST_CASE("layouts of one node and of none") {
  NetworkGraph one;
  one.nodes = {{"協力", 3}};
  std::vector<NodePosition> at = LayoutNetwork(one, {.width = 200, .height = 100, .margin = 10});
  REQUIRE(at.size() == 1);
  CHECK(at[0].x == 100);
  CHECK(at[0].y == 50);
  CHECK(LayoutNetwork(NetworkGraph{}, {}).empty());
}

TEST_CASE("the network SVG has a titled circle per node and a line per edge") {
  NetworkGraph g = TwoClusters();
  std::string svg = RenderNetwork(g, {.label = "Co-occurrence network"});
  auto count = [&](std::string_view needle) {
    size_t n = 0;
    for (size_t p = svg.find(needle); p != std::string::npos; p = svg.find(needle, p + 1)) ++n;
    return n;
  };
  CHECK(count("<circle class=\"node\"") == 6);
  CHECK(count("<line class=\"edge\"") == 7);
  CHECK(svg.find("data-value=\"9\"><title>協力: 9</title>") != std::string::npos);
  CHECK(svg.find("<title>協力 – 貿易: Jaccard 0.800 (4 articles)</title>") != std::string::npos);
  CHECK(svg == RenderNetwork(g, {.label = "Co-occurrence network"}));
  CHECK(RenderNetwork(NetworkGraph{}, {.label = "x"}).find(">no terms</text>") != std::string::npos);
}
