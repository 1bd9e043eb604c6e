// The chart primitives of the HTML report (lib/src/report/): escaping, text
// measures, and the bar, month and heat-map charts.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "report/bar_chart.h"
#include "report/heat_map.h"
#include "report/month_chart.h"
#include "report/network_chart.h"
#include "report/svg_text.h"

namespace {

using namespace kiji::internal;

size_t Count(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

TEST_CASE("XML escaping covers markup, both quotes and forbidden control characters") {
  struct Case {
    std::string_view in, out;
  } cases[] = {
      {"貿易", "貿易"},
      {"R&D <AI>", "R&amp;D &lt;AI&gt;"},
      {"\"a\" 'b'", "&quot;a&quot; &#39;b&#39;"},
      {"a\x01"
       "b\tc",
       "ab\tc"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(XmlEscaped(c.in) == c.out);
  }
}

TEST_CASE("text widths count wide characters as one em and cut with an ellipsis") {
  CHECK(TextWidthEm("中央アジア") == doctest::Approx(5.0));
  CHECK(TextWidthEm("AI") == doctest::Approx(1.2));
  CHECK(TextWidthEm("ｶﾀ") == doctest::Approx(1.0));
  CHECK(TruncateToWidth("中央アジア", 5.0) == "中央アジア");
  CHECK(TruncateToWidth("中央アジア協力", 4.0) == "中央ア…");
  CHECK(TruncateToWidth("中央アジア協力", 0.5) == "…");
}

TEST_CASE("numbers print with fixed precision and never as negative zero") {
  CHECK(FormatCoord(12.345) == "12.3");
  CHECK(FormatCoord(-0.04) == "0.0");
  CHECK(FormatCoord(3) == "3.0");
  CHECK(FormatValue(12) == "12");
  CHECK(FormatValue(0.125) == "0.125");
  CHECK(FormatValue(1.0 / 3) == "0.333");
  CHECK(FormatValue(-0.0001) == "0.000");
}

TEST_CASE("a bar chart has one titled bar per item, longest for the largest value") {
  std::vector<BarItem> items = {
      {"貿易", 12, "12 (60%)", "#sector-trade"}, {"R&D <新>", 6, "", ""}, {"税関", 0, "", ""}};
  std::string svg = RenderBarChart(items, {.label = "Articles per sector"});
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\""));
  CHECK(svg.ends_with("</svg>"));
  CHECK(Count(svg, "<rect class=\"bar\"") == 3);
  CHECK(Contains(svg, "data-value=\"12\"><title>貿易: 12 (60%)</title>"));
  CHECK(Contains(svg, "<title>R&amp;D &lt;新&gt;: 6</title>"));
  CHECK_FALSE(Contains(svg, "<新>"));
  CHECK(Contains(svg, "<a href=\"#sector-trade\">"));
  CHECK(Count(svg, "<a href") == 1);
  CHECK(Contains(svg, "<title>Articles per sector</title>"));
  CHECK(svg == RenderBarChart(items, {.label = "Articles per sector"}));
  // The bar of 6 is half the bar of 12.
  size_t first = svg.find("<rect class=\"bar\""),
         second = svg.find("<rect class=\"bar\"", first + 1);
  auto width_of = [&](size_t at) {
    size_t w = svg.find("width=\"", at) + 7;
    return std::stod(svg.substr(w, svg.find('"', w) - w));
  };
  CHECK(width_of(first) == doctest::Approx(2 * width_of(second)).epsilon(0.01));
  CHECK(width_of(svg.find("<rect class=\"bar\"", second + 1)) == 0);
}

TEST_CASE("a long bar label is cut in the chart and whole in the title") {
  std::string label = "とても長い分野の名前がここに書かれています";
  std::vector<BarItem> items = {{label, 3, "", ""}};
  std::string svg = RenderBarChart(items, {.label = "x", .max_label_em = 6});
  CHECK(Contains(svg, ">とても長い…</text>"));
  CHECK(Contains(svg, "<title>" + label + ": 3</title>"));
}

TEST_CASE("an empty bar chart says so") {
  std::string svg = RenderBarChart({}, {.label = "none"});
  CHECK(Contains(svg, ">no data</text>"));
  CHECK(Count(svg, "class=\"bar\"") == 0);
}

TEST_CASE("the month axis fills the months between the first and the last") {
  CHECK(MonthAxis({"2025-11", "2026-02", "2025-11"}) ==
        std::vector<std::string>{"2025-11", "2025-12", "2026-01", "2026-02"});
  CHECK(MonthAxis({"2025-06"}) == std::vector<std::string>{"2025-06"});
  CHECK(MonthAxis({"2025-06", "unknown"}) == std::vector<std::string>{"2025-06", "unknown"});
  CHECK(MonthAxis({"2025-13", "2025-01"}) == std::vector<std::string>{"2025-01", "2025-13"});
  CHECK(MonthAxis({}).empty());
}

TEST_CASE("a month column chart draws a titled column per month with articles") {
  std::vector<MonthColumn> counts = {{"2025-07", 1}, {"2025-05", 3}};
  std::string svg = RenderMonthColumns(counts, {.label = "Articles per month"});
  CHECK(Count(svg, "<rect class=\"column\"") == 2);
  CHECK(Contains(svg, "data-month=\"2025-05\" data-value=\"3\"><title>2025-05: 3</title>"));
  // The empty month is on the axis: three 60 px columns after the 44 px
  // scale, labelled every other month since a label is wider than a column.
  CHECK(Contains(svg, "viewBox=\"0 0 232.0 200.0\""));
  CHECK(Contains(svg, ">2025-05</text>"));
  CHECK(Contains(svg, ">2025-07</text>"));
  CHECK_FALSE(Contains(svg, "data-month=\"2025-06\""));
  CHECK(svg == RenderMonthColumns(counts, {.label = "Articles per month"}));
  CHECK(Contains(RenderMonthColumns({}, {.label = "x"}), ">no dates</text>"));
}

TEST_CASE("month small multiples share the month axis, one row per series") {
  std::vector<MonthSeries> series = {{"貿易", {{"2025-05", 2}, {"2025-06", 1}}},
                                     {"税関", {{"2025-07", 4}}}};
  std::string svg = RenderMonthSmallMultiples(series, {.label = "Sectors per month"});
  CHECK(Count(svg, "<g class=\"series\">") == 2);
  CHECK(Count(svg, "<rect class=\"column\"") == 3);
  CHECK(Contains(svg, "<title>税関 2025-07: 4</title>"));
  CHECK(Contains(svg, ">2025-05</text>"));
  CHECK(Contains(svg, ">2025-07</text>"));
}

TEST_CASE("a heat map has a titled cell per pair and darker cells for larger counts") {
  std::vector<std::string> labels = {"貿易", "税関", "A&B"};
  std::vector<int64_t> counts = {5, 2, 0, 2, 3, 1, 0, 1, 1};
  std::string svg = RenderHeatMap(labels, counts, {.label = "Sector co-occurrence"});
  CHECK(Count(svg, "<rect class=\"cell\"") == 9);
  CHECK(Contains(svg, "data-value=\"2\"><title>貿易 × 税関: 2</title>"));
  CHECK(Contains(svg, "<title>A&amp;B × A&amp;B: 1</title>"));
  CHECK(Contains(svg, "fill=\"" + HeatColour(5, 5) + "\" stroke=\"#ffffff\" data-value=\"5\""));
  CHECK(HeatColour(0, 5) == "#f4f7fa");
  CHECK(HeatColour(5, 5) == "#255682");
  CHECK(HeatColour(0, 0) == "#f4f7fa");
  CHECK(svg == RenderHeatMap(labels, counts, {.label = "Sector co-occurrence"}));
}

TEST_CASE("the network SVG has a titled circle per node and a line per edge, inside the box") {
  std::vector<GraphNode> nodes = {{"協力", 9, 0, 0}, {"貿易", 4, 1, 1}, {"A<B", 1, 0.5, 0.25}};
  std::vector<GraphEdge> edges = {{0, 1, 0.8, 4}, {1, 2, 0.25, 1}, {0, 7, 0.5, 1}};
  NetworkChartOptions o{.label = "Co-occurrence network", .width = 400, .height = 300};
  std::string svg = RenderNetwork(nodes, edges, o);
  CHECK(Count(svg, "<circle class=\"node\"") == 3);
  CHECK(Count(svg, "<line class=\"edge\"") == 2);  // the edge to node 7 is skipped
  CHECK(Contains(svg, "data-value=\"9\"><title>協力: 9</title>"));
  CHECK(Contains(svg, "<title>協力 – 貿易: Jaccard 0.800 (4 articles)</title>"));
  CHECK(Contains(svg, ">A&lt;B</text>"));
  // The unit square maps inside the viewBox: the largest node at (0, 0) keeps its radius in.
  size_t cx = svg.find("cx=\"") + 4, cy = svg.find("cy=\"") + 4;
  double x = std::stod(svg.substr(cx)), y = std::stod(svg.substr(cy));
  CHECK(x >= 18);
  CHECK(y >= 18);
  CHECK(svg == RenderNetwork(nodes, edges, o));
  CHECK(Contains(RenderNetwork({}, {}, {.label = "x"}), ">no terms</text>"));
}
