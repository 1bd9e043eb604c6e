// ReportJson: the "kiji-report/1" JSON document (docs/report.md).
#include <fmt/format.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "kiji/report.h"

namespace kiji {
namespace {

using Json = nlohmann::ordered_json;

// Scores rounded to 6 significant digits: short, stable numbers.
double R(double v) { return std::strtod(fmt::format("{:.6g}", v).c_str(), nullptr); }

Json Counts(const std::vector<NamedCount>& v) {
  Json a = Json::array();
  for (const NamedCount& c : v) a.push_back({{"name", c.name}, {"articles", c.articles}});
  return a;
}

Json OverviewJson(const Overview& o) {
  Json months = Json::array();
  for (const MonthCount& m : o.per_month) months.push_back({{"month", m.month}, {"articles", m.articles}});
  return {{"articles", o.articles},     {"sentences", o.sentences},
          {"tokens", o.tokens},         {"terms", o.terms},
          {"characters", o.characters}, {"dated_articles", o.dated_articles},
          {"first_date", o.first_date}, {"last_date", o.last_date},
          {"per_month", months},        {"date_origins", Counts(o.date_origins)},
          {"sources", Counts(o.sources)}};
}

Json KeynessJson(const std::vector<KeynessTerm>& v) {
  Json a = Json::array();
  for (const KeynessTerm& k : v) {
    a.push_back({{"term", k.term}, {"target", k.target}, {"reference", k.reference},
                 {"g2", R(k.g2)}, {"log_ratio", R(k.log_ratio)}, {"p", R(k.p)}});
  }
  return a;
}

Json SectorJson(const SectorSummary& s) {
  Json speakers = Json::array(), evidence = Json::array();
  for (const SpeakerCount& c : s.speakers) speakers.push_back({{"name", c.name}, {"statements", c.statements}});
  for (const EvidenceSentence& e : s.evidence) {
    evidence.push_back({{"article", e.article}, {"text", e.text}, {"start", e.start},
                        {"end", e.end}, {"terms", e.terms}});
  }
  return {{"id", s.id},       {"label_ja", s.label_ja},          {"label_en", s.label_en},
          {"articles", s.articles}, {"share", R(s.share)}, {"keywords", KeynessJson(s.keywords)},
          {"speakers", speakers},   {"evidence", evidence}};
}

Json SectorsJson(const Sectors& s) {
  Json list = Json::array(), months = Json::array();
  for (const SectorSummary& x : s.sectors) list.push_back(SectorJson(x));
  for (const SectorMonth& m : s.per_month) months.push_back({{"month", m.month}, {"articles", m.articles}});
  return {{"sectors", list}, {"cooccurrence", s.cooccurrence}, {"per_month", months},
          {"untagged_articles", s.untagged_articles}};
}

Json TermRows(const std::vector<TermRow>& v) {
  Json a = Json::array();
  for (const TermRow& t : v) a.push_back({{"term", t.term}, {"tf", t.tf}, {"df", t.df}, {"tfidf", R(t.tfidf)}});
  return a;
}

Json KeywordsJson(const Keywords& k) {
  Json compounds = Json::array(), colls = Json::array();
  for (const CompoundRow& c : k.compounds) {
    compounds.push_back({{"term", c.term}, {"parts", c.parts}, {"length", c.length},
                         {"freq", c.freq}, {"df", c.df}, {"flr", R(c.flr)}});
  }
  for (const LeadingTerm& l : k.collocations) {
    Json cs = Json::array();
    for (const Collocate& c : l.collocates) {
      cs.push_back({{"term", c.term}, {"freq", c.freq}, {"log_dice", R(c.log_dice)}, {"pmi", R(c.pmi)}});
    }
    colls.push_back({{"term", l.term}, {"tf", l.tf}, {"collocates", cs}});
  }
  return {{"by_frequency", TermRows(k.by_frequency)}, {"by_df", TermRows(k.by_df)},
          {"by_tfidf", TermRows(k.by_tfidf)},         {"compounds", compounds},
          {"collocations", colls},                    {"reference", k.reference},
          {"reference_articles", k.reference_articles}, {"reference_terms", k.reference_terms},
          {"keyness", KeynessJson(k.keyness)}};
}

Json NetworkJson(const Network& n) {
  Json nodes = Json::array(), edges = Json::array();
  for (const NetworkNode& x : n.nodes) {
    nodes.push_back({{"term", x.term}, {"tf", x.tf}, {"df", x.df}, {"x", R(x.x)}, {"y", R(x.y)}});
  }
  for (const NetworkEdge& e : n.edges) {
    edges.push_back({{"source", e.source}, {"target", e.target}, {"articles", e.articles},
                     {"jaccard", R(e.jaccard)}});
  }
  return {{"nodes", nodes}, {"edges", edges}};
}

Json SpeakersJson(const std::vector<SpeakerRow>& v) {
  Json a = Json::array();
  for (const SpeakerRow& s : v) {
    Json quotes = Json::array();
    for (const Quote& q : s.quotes) {
      quotes.push_back({{"article", q.article}, {"kind", q.kind}, {"text", q.text},
                        {"verb", q.verb}, {"start", q.start}, {"end", q.end}});
    }
    a.push_back({{"name", s.name}, {"type", s.type}, {"role", s.role},
                 {"statements", s.statements}, {"articles", s.articles},
                 {"sectors", Counts(s.sectors)}, {"quotes", quotes}});
  }
  return a;
}

Json ArticlesJson(const std::vector<ArticleRow>& v) {
  Json a = Json::array();
  for (const ArticleRow& r : v) {
    a.push_back({{"id", r.id}, {"title", r.title}, {"date", r.date},
                 {"date_origin", r.date_origin}, {"source", r.source}, {"url", r.url},
                 {"sentences", r.sentences}, {"tokens", r.tokens}, {"characters", r.characters},
                 {"sectors", r.sectors}, {"keywords", r.keywords}, {"speakers", r.speakers}});
  }
  return a;
}

Json Pairs(const std::vector<std::pair<std::string, std::string>>& v, const char* k1,
           const char* k2) {
  Json a = Json::array();
  for (const auto& [x, y] : v) a.push_back({{k1, x}, {k2, y}});
  return a;
}

Json ProvenanceJson(const Provenance& p) {
  Json options = Json::object();
  for (const auto& [k, v] : p.options) options[k] = v;
  Json j = {{"kiji_version", p.kiji_version},
            {"mecab_version", p.mecab_version},
            {"dictionary", p.dictionary},
            {"dictionary_fingerprint", p.dictionary_fingerprint},
            {"terms", p.terms},
            {"stopwords", p.stopwords},
            {"lexicons", Pairs(p.lexicons, "file", "fingerprint")},
            {"options", options}};
  if (p.run_facts) j["from_counts"] = p.from_counts;
  if (p.run_facts && p.run_seconds >= 0) j["run_seconds"] = R(p.run_seconds);
  return j;
}

}  // namespace

std::string ReportJson(const Report& r) {
  Json j = {{"schema", "kiji-report/1"},
            {"title", r.title},
            {"overview", OverviewJson(r.overview)},
            {"sectors", SectorsJson(r.sectors)},
            {"keywords", KeywordsJson(r.keywords)},
            {"network", NetworkJson(r.network)},
            {"speakers", SpeakersJson(r.speakers)},
            {"articles", ArticlesJson(r.articles)},
            {"provenance", ProvenanceJson(r.provenance)}};
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace kiji
