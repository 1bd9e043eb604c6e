// The Overview, Keywords, Co-occurrence network and Provenance sections of
// the HTML report.
#include "report/html_sections.h"

#include <fmt/format.h>

#include "report/bar_chart.h"
#include "report/html_blocks.h"
#include "report/month_chart.h"
#include "report/network_chart.h"

namespace kiji::internal {
namespace {

void AppendFigureCard(std::string_view name, uint64_t value, std::string* out) {
  *out += fmt::format(
      "<div class=\"card\"><span class=\"n\">{}</span><span class=\"k\">{}</span></div>", value,
      Escape(name));
}

void AppendNamedCounts(std::string_view what, const std::vector<NamedCount>& rows,
                       std::string_view empty_name, std::string* out) {
  OpenTable({{what}, {"articles", true}}, out);
  for (const NamedCount& c : rows)
    AppendRow({Text(c.name.empty() ? empty_name : c.name), Num(c.articles)}, out);
  CloseTable(out);
}

void AppendMonths(const Overview& o, std::string* out) {
  if (o.per_month.empty()) {
    AppendNote("No article is dated, so there is no chart per month.", out);
    return;
  }
  std::vector<MonthColumn> months;
  for (const MonthCount& m : o.per_month)
    months.push_back({m.month, static_cast<int64_t>(m.articles)});
  AppendFigure(RenderMonthColumns(months, {.label = "Articles per month",
                                           .css_class = "months articles-per-month"}),
               "Dated articles per month.", out);
  OpenDetails("Table: articles per month", out);
  OpenTable({{"month"}, {"articles", true}}, out);
  for (const MonthCount& m : o.per_month) AppendRow({Text(m.month), Num(m.articles)}, out);
  CloseTable(out);
  *out += "</details>\n";
}

void AppendTermTable(std::string_view title, const std::vector<TermRow>& rows, std::string* out) {
  *out += "<div class=\"col\"><h4>" + Escape(title) + "</h4>\n";
  OpenTable({{"term"}, {"tf", true}, {"df", true}, {"TF-IDF", true}}, out);
  for (const TermRow& t : rows)
    AppendRow({Text(t.term), Num(t.tf), Num(t.df), Num(t.tfidf, 2)}, out);
  CloseTable(out);
  *out += "</div>\n";
}

void AppendCollocations(const Keywords& k, std::string* out) {
  if (k.collocations.empty()) return;
  *out += "<h3>Collocations of the leading terms</h3>\n";
  OpenTable({{"term"}, {"tf", true}, {"collocates (co-occurrences, log-Dice)"}}, out);
  for (const LeadingTerm& t : k.collocations) {
    std::string list;
    for (const Collocate& c : t.collocates) {
      if (!list.empty()) list += "、";
      list += fmt::format("{} ({}, {})", Escape(c.term), c.freq, Fixed(c.log_dice, 2));
    }
    AppendRow({Text(t.term), Num(t.tf), Html(list)}, out);
  }
  CloseTable(out);
}

void AppendKeyness(const Keywords& k, std::string* out) {
  if (k.reference.empty()) return;
  *out += fmt::format("<h3>Keyness against {}</h3>\n<p>Reference: {} articles, {} terms.</p>\n",
                      Escape(k.reference), k.reference_articles, k.reference_terms);
  OpenTable({{"term"}, {"corpus", true}, {"reference", true}, {"G²", true}, {"log ratio", true}},
            out);
  for (const KeynessTerm& t : k.keyness) {
    AppendRow({Text(t.term), Num(t.target), Num(t.reference), Num(t.g2, 2), Num(t.log_ratio, 2)},
              out);
  }
  CloseTable(out);
}

}  // namespace

void AppendOverviewSection(const Report& r, std::string* out) {
  const Overview& o = r.overview;
  *out += "<section id=\"overview\"><h2>Overview</h2>\n<div class=\"cards\">";
  AppendFigureCard("articles", o.articles, out);
  AppendFigureCard("sentences", o.sentences, out);
  AppendFigureCard("tokens", o.tokens, out);
  AppendFigureCard("characters", o.characters, out);
  AppendFigureCard("dated articles", o.dated_articles, out);
  *out += "</div>\n";
  if (!o.first_date.empty()) {
    *out += fmt::format("<p>From <strong>{}</strong> to <strong>{}</strong>.</p>\n",
                        Escape(o.first_date), Escape(o.last_date));
  }
  AppendMonths(o, out);
  *out += "<div class=\"cols\"><div class=\"col\"><h3>Where the dates come from</h3>\n";
  AppendNamedCounts("origin", o.date_origins, "none", out);
  *out += "</div><div class=\"col\"><h3>Sources</h3>\n";
  AppendNamedCounts("source", o.sources, "unknown", out);
  *out += "</div></div>\n</section>\n";
}

void AppendKeywordsSection(const Report& r, std::string* out) {
  const Keywords& k = r.keywords;
  *out += "<section id=\"keywords\"><h2>Keywords</h2>\n";
  std::vector<BarItem> bars;
  for (const TermRow& t : k.by_frequency)
    bars.push_back({t.term, static_cast<double>(t.tf), "", ""});
  AppendFigure(
      RenderBarChart(
          bars, {.label = "Top terms by frequency", .css_class = "bars terms", .row_height = 20}),
      "Occurrences of the most frequent terms.", out);
  *out += "<div class=\"cols\">\n";
  AppendTermTable("By frequency", k.by_frequency, out);
  AppendTermTable("By document frequency", k.by_df, out);
  AppendTermTable("By TF-IDF", k.by_tfidf, out);
  *out += "</div>\n";
  if (!k.compounds.empty()) {
    *out += "<h3>Compound terms (FLR)</h3>\n";
    OpenTable({{"compound"}, {"parts"}, {"freq", true}, {"df", true}, {"FLR", true}}, out);
    for (const CompoundRow& c : k.compounds) {
      AppendRow({Text(c.term), Text(c.parts), Num(c.freq), Num(c.df), Num(c.flr, 2)}, out);
    }
    CloseTable(out);
  }
  AppendCollocations(k, out);
  AppendKeyness(k, out);
  *out += "</section>\n";
}

void AppendNetworkSection(const Report& r, std::string* out) {
  const Network& n = r.network;
  *out += "<section id=\"network\"><h2>Co-occurrence network</h2>\n";
  std::vector<GraphNode> nodes;
  for (const NetworkNode& node : n.nodes) nodes.push_back({node.term, node.tf, node.x, node.y});
  std::vector<GraphEdge> edges;
  for (const NetworkEdge& e : n.edges) edges.push_back({e.source, e.target, e.jaccard, e.articles});
  AppendFigure(
      RenderNetwork(nodes, edges, {.label = "Co-occurrence network"}),
      fmt::format("The {} most frequent terms (circle area: frequency) and the {} pairs most "
                  "often in the same articles (line width: Jaccard).",
                  n.nodes.size(), n.edges.size()),
      out);
  OpenDetails("Table: nodes and edges", out);
  *out += "<div class=\"cols\"><div class=\"col\">";
  OpenTable({{"term"}, {"tf", true}, {"df", true}}, out);
  for (const NetworkNode& node : n.nodes)
    AppendRow({Text(node.term), Num(node.tf), Num(node.df)}, out);
  CloseTable(out);
  *out += "</div><div class=\"col\">";
  OpenTable({{"term"}, {"term"}, {"articles", true}, {"Jaccard", true}}, out);
  for (const NetworkEdge& e : n.edges) {
    if (e.source >= n.nodes.size() || e.target >= n.nodes.size()) continue;
    AppendRow({Text(n.nodes[e.source].term), Text(n.nodes[e.target].term), Num(e.articles),
               Num(e.jaccard, 3)},
              out);
  }
  CloseTable(out);
  *out += "</div></div></details>\n</section>\n";
}

void AppendProvenanceSection(const Report& r, std::string* out) {
  const Provenance& p = r.provenance;
  *out += "<section id=\"provenance\"><h2>Provenance</h2>\n";
  OpenTable({{"what"}, {"value"}}, out);
  AppendRow({Text("kiji"), Text(p.kiji_version)}, out);
  AppendRow({Text("MeCab"), Text(p.mecab_version)}, out);
  AppendRow({Text("dictionary"),
             Html("<code>" + Escape(p.dictionary) + "</code> " + Escape(p.dictionary_fingerprint))},
            out);
  AppendRow({Text("domain terms"), Text(p.terms)}, out);
  AppendRow({Text("stopwords"), Text(p.stopwords)}, out);
  for (const auto& [file, fingerprint] : p.lexicons)
    AppendRow({Text("lexicon " + file), Text(fingerprint)}, out);
  for (const auto& [name, value] : p.options) AppendRow({Text("--" + name), Text(value)}, out);
  if (p.run_facts) {
    AppendRow({Text("built from"), Text(p.from_counts ? "counts (--counts)" : "articles")}, out);
  }
  if (p.run_facts && p.run_seconds >= 0) AppendRow({Text("run time"), Text(Fixed(p.run_seconds, 2) + " s")}, out);
  CloseTable(out);
  *out += "</section>\n";
}

}  // namespace kiji::internal
