// ReportHtml (kiji/report_html.h): the page around the sections.
#include "kiji/report_html.h"

#include <fmt/format.h>

#include "report/html_blocks.h"
#include "report/html_sections.h"

namespace kiji {
namespace {

// System fonts only: a Japanese face where the platform has one (Noto CJK
// on Linux, Hiragino on macOS, Yu Gothic / Meiryo on Windows, IPA Gothic on
// Debian without Noto), then the generic family.
constexpr std::string_view kCss = R"css(
:root{--ink:#2f3b45;--muted:#6b7785;--line:#e3e7eb;--accent:#4a7ba6;--soft:#f4f7fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;line-height:1.65;font-size:16px;
font-family:"Noto Sans CJK JP","Noto Sans JP","Hiragino Sans","Hiragino Kaku Gothic ProN","Yu Gothic",YuGothic,Meiryo,"IPAPGothic","IPAGothic",system-ui,sans-serif}
header,nav,main,footer{max-width:1000px;margin:0 auto;padding:0 20px}
header{padding-top:28px}
h1{font-size:1.9rem;line-height:1.3;margin:0 0 .3rem}
h2{font-size:1.45rem;margin:2.6rem 0 1rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.15rem;margin:1.8rem 0 .6rem}
h4{font-size:1rem;margin:1.2rem 0 .4rem}
a{color:#2e6590}
.meta,.note,figcaption,.id,.en{color:var(--muted)}
.meta{margin:0}
.en{font-weight:normal;font-size:.9em}
.id{font-size:.8rem;word-break:break-all}
nav.toc{margin-top:1.2rem}
nav.toc ol{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;list-style:none;margin:0;padding:.7rem 1rem;background:var(--soft);border-radius:6px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:1rem 0}
.card{background:var(--soft);border-radius:6px;padding:.7rem 1rem}
.card .n{display:block;font-size:1.5rem;font-weight:bold;font-variant-numeric:tabular-nums}
.card .k{color:var(--muted);font-size:.9rem}
figure{margin:1rem 0 .4rem}
figcaption{font-size:.85rem;margin-top:.3rem}
svg.chart{display:block;max-width:100%;height:auto}
details{margin:.3rem 0 1.2rem}
summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;font-size:.9rem}
th,td{padding:.3rem .7rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
#articles td:nth-child(2){min-width:16em}
.cols{display:flex;flex-wrap:wrap;gap:0 28px}
.col{flex:1 1 280px;min-width:0}
.sector{border-top:1px solid var(--line);margin-top:1.4rem}
blockquote{margin:.6rem 0;padding:.5rem .9rem;border-left:4px solid #c9d8e6;background:#fafbfc}
blockquote footer{font-size:.85rem;color:var(--muted);margin-top:.2rem}
footer.page{margin:3rem auto 2rem;font-size:.85rem;color:var(--muted)}
@media (max-width:600px){body{font-size:15px}h1{font-size:1.5rem}header,nav,main,footer{padding:0 12px}}
)css";

struct Part {
  std::string_view id, name;
  void (*append)(const Report&, std::string*);
};

constexpr Part kParts[] = {
    {"overview", "Overview", internal::AppendOverviewSection},
    {"sectors", "Sectors", internal::AppendSectorsSection},
    {"keywords", "Keywords", internal::AppendKeywordsSection},
    {"network", "Co-occurrence network", internal::AppendNetworkSection},
    {"speakers", "Speakers", internal::AppendSpeakersSection},
    {"articles", "Articles", internal::AppendArticlesSection},
    {"provenance", "Provenance", internal::AppendProvenanceSection},
};

void AppendHead(const Report& r, std::string_view title, std::string* out) {
  *out +=
      "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  *out += fmt::format("<meta name=\"generator\" content=\"kiji {}\">\n<title>{}</title>\n",
                      internal::Escape(r.provenance.kiji_version), internal::Escape(title));
  *out += "<style>";
  *out += kCss;
  *out += "</style>\n</head>\n<body>\n";
}

void AppendHeader(const Report& r, std::string_view title, std::string* out) {
  const Overview& o = r.overview;
  std::string meta = fmt::format("{} articles", o.articles);
  if (!o.first_date.empty()) meta += fmt::format(" · {} – {}", o.first_date, o.last_date);
  meta += " · kiji " + r.provenance.kiji_version;
  *out += fmt::format("<header><h1>{}</h1><p class=\"meta\">{}</p></header>\n",
                      internal::Escape(title), internal::Escape(meta));
  *out += "<nav class=\"toc\" aria-label=\"Contents\"><ol>";
  for (const Part& p : kParts) *out += fmt::format("<li><a href=\"#{}\">{}</a></li>", p.id, p.name);
  *out += "</ol></nav>\n";
}

}  // namespace

std::string ReportHtml(const Report& r) {
  std::string title = r.title.empty() ? "kiji report" : r.title;
  std::string out;
  AppendHead(r, title, &out);
  AppendHeader(r, title, &out);
  out += "<main>\n";
  for (const Part& p : kParts) p.append(r, &out);
  out +=
      "</main>\n<footer class=\"page\">Made by kiji: no scripts, no network; every chart's numbers "
      "are in "
      "the page.</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace kiji
