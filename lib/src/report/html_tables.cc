// The Speakers and Articles sections of the HTML report: the two long
// tables, and the sample quotes of the leading speakers.
#include <fmt/format.h>

#include "report/bar_chart.h"
#include "report/html_blocks.h"
#include "report/html_sections.h"

namespace kiji::internal {
namespace {

std::string SectorList(const Report& r, const std::vector<std::string>& ids) {
  std::vector<std::string> labels;
  for (const std::string& id : ids) labels.push_back(SectorLabel(r, id));
  return Joined(labels, "、");
}

void AppendQuotes(const Report& r, const SpeakerRow& s, std::string* out) {
  if (s.quotes.empty()) return;
  *out += "<h4>" + Escape(s.name) + "</h4>\n";
  for (const Quote& q : s.quotes) {
    std::string where = q.article < r.articles.size() ? r.articles[q.article].title : "";
    *out += "<blockquote class=\"quote\">" + Escape(q.text) + "<footer>" + Escape(q.kind) +
            (q.verb.empty() ? "" : " · " + Escape(q.verb)) + " · " + ArticleLink(q.article, where) +
            "</footer></blockquote>\n";
  }
}

}  // namespace

void AppendSpeakersSection(const Report& r, std::string* out) {
  *out += "<section id=\"speakers\"><h2>Speakers</h2>\n";
  if (r.speakers.empty()) {
    AppendNote("No statement was found.", out);
    *out += "</section>\n";
    return;
  }
  std::vector<BarItem> bars;
  for (const SpeakerRow& s : r.speakers)
    bars.push_back({s.name, static_cast<double>(s.statements), "", ""});
  AppendFigure(RenderBarChart(bars, {.label = "Statements per speaker",
                                     .css_class = "bars speakers",
                                     .row_height = 20}),
               "Statements attributed to each speaker.", out);
  OpenTable({{"speaker"},
             {"type"},
             {"role"},
             {"statements", true},
             {"articles", true},
             {"sectors of the articles"}},
            out);
  for (const SpeakerRow& s : r.speakers) {
    std::string sectors;
    for (const NamedCount& c : s.sectors) {
      if (!sectors.empty()) sectors += "、";
      sectors += fmt::format("{} ({})", Escape(SectorLabel(r, c.name)), c.articles);
    }
    AppendRow({Text(s.name), Text(s.type), Text(s.role), Num(s.statements), Num(s.articles),
               Html(sectors)},
              out);
  }
  CloseTable(out);
  *out += "<h3>What they said</h3>\n";
  for (const SpeakerRow& s : r.speakers) AppendQuotes(r, s, out);
  *out += "</section>\n";
}

void AppendArticlesSection(const Report& r, std::string* out) {
  *out += "<section id=\"articles\"><h2>Articles</h2>\n";
  OpenTable({{"#", true}, {"title"}, {"date"}, {"source"}, {"sectors"}, {"keywords"}, {"speakers"}},
            out);
  for (size_t i = 0; i < r.articles.size(); ++i) {
    const ArticleRow& a = r.articles[i];
    std::string title = a.title.empty() ? a.id : a.title;
    std::string cell = a.url.empty() ? Escape(title) : Link(a.url, title);
    cell += "<div class=\"id\">" + Escape(a.id) + "</div>";
    std::string row;  // AppendRow's "<tr>" gets the article's anchor
    AppendRow({Num(static_cast<uint64_t>(i + 1)), Html(cell), Text(a.date), Text(a.source),
               Html(SectorList(r, a.sectors)), Html(Joined(a.keywords, "、")),
               Html(Joined(a.speakers, "、"))},
              &row);
    *out += fmt::format("<tr id=\"article-{}\">", i + 1) + row.substr(4);
  }
  CloseTable(out);
  *out += "</section>\n";
}

}  // namespace kiji::internal
