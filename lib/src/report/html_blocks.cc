#include "report/html_blocks.h"

#include <fmt/format.h>

#include <cmath>

#include "report/svg_text.h"

namespace kiji::internal {

std::string Escape(std::string_view text) { return XmlEscaped(text); }

std::string Fixed(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(v * scale) / scale;
  if (rounded == 0 || !std::isfinite(rounded)) rounded = std::isfinite(v) ? 0 : v;
  return fmt::format("{:.{}f}", rounded, decimals);
}

Cell Text(std::string_view text) { return {Escape(text), false}; }
Cell Html(std::string html) { return {std::move(html), false}; }
Cell Num(uint64_t v) { return {fmt::format("{}", v), true}; }
Cell Num(double v, int decimals) { return {Fixed(v, decimals), true}; }
Cell Percent(double share) { return {Fixed(share * 100, 1) + "%", true}; }

std::string Link(std::string_view href, std::string_view text) {
  return fmt::format("<a href=\"{}\">{}</a>", Escape(href), Escape(text));
}

std::string ArticleLink(uint32_t article, std::string_view text) {
  return fmt::format("<a href=\"#article-{}\">{}</a>", article + 1, Escape(text));
}

std::string Joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += Escape(items[i]);
  }
  return out;
}

void OpenTable(const std::vector<Column>& columns, std::string* out) {
  *out += "<div class=\"table-wrap\"><table><thead><tr>";
  for (const Column& c : columns) {
    *out += c.numeric ? "<th class=\"num\">" : "<th>";
    *out += Escape(c.name);
    *out += "</th>";
  }
  *out += "</tr></thead><tbody>\n";
}

void AppendRow(const std::vector<Cell>& cells, std::string* out) {
  *out += "<tr>";
  for (const Cell& c : cells) {
    *out += c.numeric ? "<td class=\"num\">" : "<td>";
    *out += c.html;
    *out += "</td>";
  }
  *out += "</tr>\n";
}

void CloseTable(std::string* out) { *out += "</tbody></table></div>\n"; }

void AppendFigure(std::string_view svg, std::string_view caption, std::string* out) {
  *out += "<figure>";
  *out += svg;
  *out += "<figcaption>";
  *out += Escape(caption);
  *out += "</figcaption></figure>\n";
}

void OpenDetails(std::string_view summary, std::string* out) {
  *out += "<details><summary>";
  *out += Escape(summary);
  *out += "</summary>\n";
}

void AppendNote(std::string_view text, std::string* out) {
  *out += "<p class=\"note\">";
  *out += Escape(text);
  *out += "</p>\n";
}

}  // namespace kiji::internal
