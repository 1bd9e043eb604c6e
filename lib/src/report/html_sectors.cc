// The Sectors section of the HTML report: articles per sector, the sector ×
// sector heat map, sectors per month, and one block per tagged sector.
#include <fmt/format.h>

#include <algorithm>

#include "report/bar_chart.h"
#include "report/heat_map.h"
#include "report/html_blocks.h"
#include "report/html_sections.h"
#include "report/month_chart.h"

namespace kiji::internal {
namespace {

// Indices of the sectors with at least one article, by articles descending,
// ties in lexicon order.
std::vector<size_t> TaggedSectors(const Sectors& s) {
  std::vector<size_t> tagged;
  for (size_t i = 0; i < s.sectors.size(); ++i) {
    if (s.sectors[i].articles > 0) tagged.push_back(i);
  }
  std::stable_sort(tagged.begin(), tagged.end(), [&](size_t a, size_t b) {
    return s.sectors[a].articles > s.sectors[b].articles;
  });
  return tagged;
}

void AppendSectorBars(const Report& r, const std::vector<size_t>& tagged, std::string* out) {
  std::vector<BarItem> bars;
  for (size_t i : tagged) {
    const SectorSummary& s = r.sectors.sectors[i];
    bars.push_back({s.label_ja.empty() ? s.id : s.label_ja, static_cast<double>(s.articles),
                    fmt::format("{} ({}%)", s.articles, Fixed(s.share * 100, 1)),
                    "#sector-" + s.id});
  }
  AppendFigure(RenderBarChart(bars, {.label = "Articles per sector", .css_class = "bars sectors"}),
               "Articles tagged with each sector (an article can have several).", out);
  OpenDetails("Table: articles per sector", out);
  OpenTable({{"sector"}, {"label"}, {"English"}, {"articles", true}, {"share", true}}, out);
  for (const SectorSummary& s : r.sectors.sectors) {
    AppendRow({Text(s.id), Text(s.label_ja), Text(s.label_en), Num(s.articles), Percent(s.share)},
              out);
  }
  CloseTable(out);
  *out += "</details>\n";
}

void AppendHeatMap(const Report& r, const std::vector<size_t>& tagged, std::string* out) {
  std::vector<std::string> labels;
  std::vector<int64_t> counts;
  for (size_t i : tagged) labels.push_back(SectorLabel(r, r.sectors.sectors[i].id));
  for (size_t i : tagged) {
    for (size_t j : tagged) counts.push_back(static_cast<int64_t>(r.sectors.cooccurrence[i][j]));
  }
  *out += "<h3>Sectors together</h3>\n";
  AppendFigure(RenderHeatMap(labels, counts, {.label = "Sector co-occurrence"}),
               "Articles tagged with both sectors; the diagonal is the sector's own articles.",
               out);
}

void AppendSectorMonths(const Report& r, const std::vector<size_t>& tagged, std::string* out) {
  if (r.sectors.per_month.empty()) return;
  std::vector<MonthSeries> series;
  for (size_t i : tagged) {
    MonthSeries s{SectorLabel(r, r.sectors.sectors[i].id), {}};
    for (const SectorMonth& m : r.sectors.per_month) {
      s.counts.push_back({m.month, static_cast<int64_t>(m.articles[i])});
    }
    series.push_back(std::move(s));
  }
  *out += "<h3>Sectors per month</h3>\n";
  AppendFigure(RenderMonthSmallMultiples(
                   series, {.label = "Sectors per month", .css_class = "months sector-months"}),
               "Dated articles of each sector per month, on one scale.", out);
  OpenDetails("Table: sectors per month", out);
  std::vector<Column> columns = {{"month"}};
  for (const MonthSeries& s : series) columns.push_back({s.name, true});
  OpenTable(columns, out);
  for (const SectorMonth& m : r.sectors.per_month) {
    std::vector<Cell> row = {Text(m.month)};
    for (size_t i : tagged) row.push_back(Num(m.articles[i]));
    AppendRow(row, out);
  }
  CloseTable(out);
  *out += "</details>\n";
}

void AppendSectorBlock(const Report& r, const SectorSummary& s, std::string* out) {
  *out += fmt::format(
      "<div class=\"sector\" id=\"sector-{}\"><h3>{} <span class=\"en\">{}</span></h3>\n",
      Escape(s.id), Escape(s.label_ja), Escape(s.label_en));
  *out += fmt::format("<p>{} articles ({}%).</p>\n", s.articles, Fixed(s.share * 100, 1));
  if (!s.keywords.empty()) {
    OpenTable(
        {{"keyword"}, {"in sector", true}, {"elsewhere", true}, {"G²", true}, {"log ratio", true}},
        out);
    for (const KeynessTerm& k : s.keywords) {
      AppendRow({Text(k.term), Num(k.target), Num(k.reference), Num(k.g2, 2), Num(k.log_ratio, 2)},
                out);
    }
    CloseTable(out);
  }
  if (!s.speakers.empty()) {
    std::string names;
    for (const SpeakerCount& sp : s.speakers) {
      if (!names.empty()) names += "、";
      names += fmt::format("{} ({})", Escape(sp.name), sp.statements);
    }
    *out += "<p><strong>Quoted:</strong> " + names + "</p>\n";
  }
  for (const EvidenceSentence& e : s.evidence) {
    *out +=
        "<blockquote class=\"evidence\">" + Escape(e.text) + "<footer>" +
        ArticleLink(e.article, r.articles.size() > e.article ? r.articles[e.article].title : "") +
        (e.terms.empty() ? "" : " · " + Joined(e.terms, "、")) + "</footer></blockquote>\n";
  }
  *out += "</div>\n";
}

}  // namespace

std::string SectorLabel(const Report& r, const std::string& id) {
  for (const SectorSummary& s : r.sectors.sectors) {
    if (s.id == id) return s.label_ja.empty() ? s.id : s.label_ja;
  }
  return id;
}

void AppendSectorsSection(const Report& r, std::string* out) {
  *out += "<section id=\"sectors\"><h2>Sectors</h2>\n";
  std::vector<size_t> tagged = TaggedSectors(r.sectors);
  if (tagged.empty()) {
    AppendNote("No article is tagged with a sector.", out);
    *out += "</section>\n";
    return;
  }
  *out +=
      fmt::format("<p>{} of {} articles are tagged with at least one sector; {} with none.</p>\n",
                  r.overview.articles - r.sectors.untagged_articles, r.overview.articles,
                  r.sectors.untagged_articles);
  AppendSectorBars(r, tagged, out);
  AppendHeatMap(r, tagged, out);
  AppendSectorMonths(r, tagged, out);
  for (size_t i : tagged) AppendSectorBlock(r, r.sectors.sectors[i], out);
  *out += "</section>\n";
}

}  // namespace kiji::internal
