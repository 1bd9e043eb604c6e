// ReportMarkdown: the report for terminals and pull-request comments; every
// chart is a table of the numbers behind it.
#include <fmt/format.h>

#include "kiji/report.h"

namespace kiji {
namespace {

// A table cell: pipes escaped, line breaks folded.
std::string Cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ", ") + Cell(s);
  return out;
}

void Table(const std::vector<std::string>& head, std::string* out) {
  *out += "|";
  for (const std::string& h : head) *out += " " + h + " |";
  *out += "\n|";
  for (size_t i = 0; i < head.size(); ++i) *out += "---|";
  *out += "\n";
}

void Row(const std::vector<std::string>& cells, std::string* out) {
  *out += "|";
  for (const std::string& c : cells) *out += " " + c + " |";
  *out += "\n";
}

std::string Link(const Report& r, uint32_t article) {
  const ArticleRow& a = r.articles[article];
  return fmt::format("[{}](#article-{})", Cell(a.title.empty() ? a.id : a.title), article + 1);
}

void Overview_(const Report& r, std::string* out) {
  const Overview& o = r.overview;
  *out += fmt::format(
      "## Overview\n\n| articles | sentences | tokens | terms | characters |\n|---|---|---|---|---|\n"
      "| {} | {} | {} | {} | {} |\n\n",
      o.articles, o.sentences, o.tokens, o.terms, o.characters);
  if (!o.first_date.empty()) {
    *out += fmt::format("Dates: {} to {} ({} of {} articles dated).\n\n", o.first_date,
                        o.last_date, o.dated_articles, o.articles);
    Table({"month", "articles"}, out);
    for (const MonthCount& m : o.per_month) Row({m.month, std::to_string(m.articles)}, out);
    *out += "\n";
  }
  Table({"date from", "articles"}, out);
  for (const NamedCount& c : o.date_origins) Row({c.name, std::to_string(c.articles)}, out);
  *out += "\n";
  Table({"source", "articles"}, out);
  for (const NamedCount& c : o.sources) {
    Row({c.name.empty() ? "unknown" : Cell(c.name), std::to_string(c.articles)}, out);
  }
  *out += "\n";
}

void SectorDetail(const Report& r, const SectorSummary& s, std::string* out) {
  *out += fmt::format("### {} {} ({})\n\n", s.label_ja, s.label_en, s.id);
  if (!s.keywords.empty()) {
    Table({"keyword", "in sector", "elsewhere", "G2"}, out);
    for (const KeynessTerm& k : s.keywords) {
      Row({Cell(k.term), std::to_string(k.target), std::to_string(k.reference),
           fmt::format("{:.2f}", k.g2)}, out);
    }
    *out += "\n";
  }
  if (!s.speakers.empty()) {
    std::vector<std::string> names;
    for (const SpeakerCount& c : s.speakers) names.push_back(fmt::format("{} ({})", c.name, c.statements));
    *out += "Speakers: " + Join(names) + "\n\n";
  }
  for (const EvidenceSentence& e : s.evidence) {
    *out += fmt::format("> {} — {}\n\n", Cell(e.text), Link(r, e.article));
  }
}

void Sectors_(const Report& r, std::string* out) {
  const Sectors& s = r.sectors;
  *out += "## Sectors\n\n";
  Table({"sector", "label", "articles", "share"}, out);
  for (const SectorSummary& x : s.sectors) {
    Row({x.id, x.label_ja, std::to_string(x.articles), fmt::format("{:.1f}%", 100 * x.share)}, out);
  }
  *out += fmt::format("\nUntagged articles: {}.\n\n", s.untagged_articles);
  std::vector<size_t> used;  // sectors with articles, for the matrix
  for (size_t i = 0; i < s.sectors.size(); ++i) {
    if (s.sectors[i].articles > 0) used.push_back(i);
  }
  if (!used.empty()) {
    *out += "Articles tagged with both sectors:\n\n";
    std::vector<std::string> head = {""};
    for (size_t i : used) head.push_back(s.sectors[i].id);
    Table(head, out);
    for (size_t i : used) {
      std::vector<std::string> cells = {s.sectors[i].id};
      for (size_t j : used) cells.push_back(std::to_string(s.cooccurrence[i][j]));
      Row(cells, out);
    }
    *out += "\n";
  }
  if (!s.per_month.empty() && !used.empty()) {
    std::vector<std::string> head = {"month"};
    for (size_t i : used) head.push_back(s.sectors[i].id);
    Table(head, out);
    for (const SectorMonth& m : s.per_month) {
      std::vector<std::string> cells = {m.month};
      for (size_t i : used) cells.push_back(std::to_string(m.articles[i]));
      Row(cells, out);
    }
    *out += "\n";
  }
  for (size_t i : used) SectorDetail(r, s.sectors[i], out);
}

void TermTable(const char* title, const std::vector<TermRow>& rows, std::string* out) {
  *out += fmt::format("### {}\n\n", title);
  Table({"term", "tf", "df", "tf-idf"}, out);
  for (const TermRow& t : rows) {
    Row({Cell(t.term), std::to_string(t.tf), std::to_string(t.df), fmt::format("{:.2f}", t.tfidf)}, out);
  }
  *out += "\n";
}

void Keywords_(const Report& r, std::string* out) {
  const Keywords& k = r.keywords;
  *out += "## Keywords\n\n";
  TermTable("By frequency", k.by_frequency, out);
  TermTable("By document frequency", k.by_df, out);
  TermTable("By TF-IDF", k.by_tfidf, out);
  *out += "### Compound terms (FLR)\n\n";
  Table({"term", "parts", "freq", "df", "FLR"}, out);
  for (const CompoundRow& c : k.compounds) {
    Row({Cell(c.term), Cell(c.parts), std::to_string(c.freq), std::to_string(c.df),
         fmt::format("{:.2f}", c.flr)}, out);
  }
  *out += "\n### Collocations of the leading terms\n\n";
  Table({"term", "collocates (log-Dice)"}, out);
  for (const LeadingTerm& l : k.collocations) {
    std::vector<std::string> cs;
    for (const Collocate& c : l.collocates) cs.push_back(fmt::format("{} ({:.2f})", c.term, c.log_dice));
    Row({Cell(l.term), Join(cs)}, out);
  }
  *out += "\n";
  if (!k.reference.empty()) {
    *out += fmt::format("### Keyness against {} ({} articles)\n\n", Cell(k.reference), k.reference_articles);
    Table({"term", "corpus", "reference", "G2", "log ratio"}, out);
    for (const KeynessTerm& t : k.keyness) {
      Row({Cell(t.term), std::to_string(t.target), std::to_string(t.reference),
           fmt::format("{:.2f}", t.g2), fmt::format("{:.2f}", t.log_ratio)}, out);
    }
    *out += "\n";
  }
}

void Network_(const Report& r, std::string* out) {
  const Network& n = r.network;
  *out += "## Co-occurrence network\n\n";
  Table({"term a", "term b", "articles", "Jaccard"}, out);
  for (const NetworkEdge& e : n.edges) {
    Row({Cell(n.nodes[e.source].term), Cell(n.nodes[e.target].term), std::to_string(e.articles),
         fmt::format("{:.3f}", e.jaccard)}, out);
  }
  *out += fmt::format("\n{} nodes, {} edges.\n\n", n.nodes.size(), n.edges.size());
}

void Speakers_(const Report& r, std::string* out) {
  *out += "## Speakers\n\n";
  Table({"name", "type", "role", "statements", "articles", "sectors"}, out);
  for (const SpeakerRow& s : r.speakers) {
    std::vector<std::string> sectors;
    for (const NamedCount& c : s.sectors) sectors.push_back(fmt::format("{} ({})", c.name, c.articles));
    Row({Cell(s.name), s.type, Cell(s.role), std::to_string(s.statements),
         std::to_string(s.articles), Join(sectors)}, out);
  }
  *out += "\n";
  for (const SpeakerRow& s : r.speakers) {
    if (s.quotes.empty()) continue;
    *out += fmt::format("### {}\n\n", Cell(s.name));
    for (const Quote& q : s.quotes) {
      *out += fmt::format("- 「{}」 ({}{}) — {}\n", Cell(q.text), q.kind,
                          q.verb.empty() ? "" : ", " + q.verb, Link(r, q.article));
    }
    *out += "\n";
  }
}

void Articles_(const Report& r, std::string* out) {
  *out += "## Articles\n\n";
  Table({"#", "title", "date", "source", "sectors", "keywords", "speakers"}, out);
  for (size_t i = 0; i < r.articles.size(); ++i) {
    const ArticleRow& a = r.articles[i];
    Row({fmt::format("<a id=\"article-{}\"></a>{}", i + 1, i + 1), Cell(a.title), a.date,
         Cell(a.source), Join(a.sectors), Join(a.keywords), Join(a.speakers)}, out);
  }
  *out += "\n";
}

void Provenance_(const Report& r, std::string* out) {
  const Provenance& p = r.provenance;
  *out += "## Provenance\n\n";
  Table({"item", "value"}, out);
  Row({"kiji", p.kiji_version}, out);
  Row({"MeCab", p.mecab_version}, out);
  Row({"dictionary", p.dictionary + " " + p.dictionary_fingerprint}, out);
  Row({"terms", p.terms}, out);
  Row({"stopwords", p.stopwords}, out);
  for (const auto& [file, fp] : p.lexicons) Row({"lexicon " + Cell(file), fp}, out);
  for (const auto& [k, v] : p.options) Row({"--" + k, Cell(v)}, out);
  if (p.run_facts) Row({"built from", p.from_counts ? "counts" : "articles"}, out);
  if (p.run_facts && p.run_seconds >= 0) Row({"run time", fmt::format("{:.1f} s", p.run_seconds)}, out);
}

}  // namespace

std::string ReportMarkdown(const Report& r) {
  std::string out = "# " + r.title + "\n\n";
  Overview_(r, &out);
  Sectors_(r, &out);
  Keywords_(r, &out);
  Network_(r, &out);
  Speakers_(r, &out);
  Articles_(r, &out);
  Provenance_(r, &out);
  return out;
}

bool ParseReportFormat(std::string_view s, ReportFormat* out) {
  if (s == "html") *out = ReportFormat::kHtml;
  else if (s == "md" || s == "markdown") *out = ReportFormat::kMarkdown;
  else if (s == "json") *out = ReportFormat::kJson;
  else return false;
  return true;
}

bool ReportFormatOfPath(std::string_view path, ReportFormat* out) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
  std::string_view ext = path.substr(dot + 1);
  if (ext == "htm") ext = "html";
  return ParseReportFormat(ext, out);
}

}  // namespace kiji
