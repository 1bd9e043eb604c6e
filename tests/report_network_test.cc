// The co-occurrence network's layout (report/aggregate.h LayoutNetwork).
#include <doctest/doctest.h>

#include "report/aggregate.h"

TEST_CASE("LayoutNetwork puts nodes in the unit square, the same way every time") {
  kiji::Network net;
  for (const char* t : {"a", "b", "c", "d", "e"}) net.nodes.push_back({t, 1, 1, 0, 0});
  net.edges = {{0, 1, 2, 0.5}, {1, 2, 1, 0.25}, {3, 4, 1, 1.0}};
  kiji::Network again = net;
  kiji::report::LayoutNetwork(&net);
  kiji::report::LayoutNetwork(&again);
  for (size_t i = 0; i < net.nodes.size(); ++i) {
    CHECK(net.nodes[i].x >= 0);
    CHECK(net.nodes[i].x <= 1);
    CHECK(net.nodes[i].y >= 0);
    CHECK(net.nodes[i].y <= 1);
    CHECK(net.nodes[i].x == again.nodes[i].x);
    CHECK(net.nodes[i].y == again.nodes[i].y);
  }
  // Linked nodes end closer than unlinked ones.
  auto dist = [&](int a, int b) {
    double dx = net.nodes[a].x - net.nodes[b].x, dy = net.nodes[a].y - net.nodes[b].y;
    return dx * dx + dy * dy;
  };
  CHECK(dist(3, 4) < dist(0, 4));
}

TEST_CASE("LayoutNetwork handles no node and one node") {
  kiji::Network empty;
  kiji::report::LayoutNetwork(&empty);
  CHECK(empty.nodes.empty());
  kiji::Network one;
  one.nodes.push_back({"a", 1, 1, 0, 0});
  kiji::report::LayoutNetwork(&one);
  CHECK(one.nodes[0].x >= 0);
  CHECK(one.nodes[0].x <= 1);
}
