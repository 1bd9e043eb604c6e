// ReportJson: the "kiji-report/1" JSON document (docs/report.md), written
// as it goes (base/json_writer.h): the same bytes nlohmann's dump(2) gave
// for the document tree, at a tenth of the cost (a serial step after the
// parallel sections).
#include <fmt/format.h>

#include <cstdlib>

#include "base/json_writer.h"
#include "kiji/report.h"

namespace kiji {
namespace {

// Scores rounded to 6 significant digits: short, stable numbers.
double R(double v) { return std::strtod(fmt::format("{:.6g}", v).c_str(), nullptr); }

// Writes `items` as an array, each by `write(item)`.
template <typename T, typename F>
void Array(JsonWriter& w, std::string_view key, const std::vector<T>& items, const F& write) {
  w.Key(key);
  w.BeginArray();
  for (const T& item : items) write(item);
  w.EndArray();
}

void Counts(JsonWriter& w, std::string_view key, const std::vector<NamedCount>& v) {
  Array(w, key, v, [&](const NamedCount& c) {
    w.BeginObject();
    w.Member("name", c.name);
    w.Member("articles", c.articles);
    w.EndObject();
  });
}

void Months(JsonWriter& w, const std::vector<MonthCount>& v) {
  Array(w, "per_month", v, [&](const MonthCount& m) {
    w.BeginObject();
    w.Member("month", m.month);
    w.Member("articles", m.articles);
    w.EndObject();
  });
}

void OverviewJson(JsonWriter& w, const Overview& o) {
  w.Key("overview");
  w.BeginObject();
  w.Member("articles", o.articles);
  w.Member("sentences", o.sentences);
  w.Member("tokens", o.tokens);
  w.Member("terms", o.terms);
  w.Member("characters", o.characters);
  w.Member("dated_articles", o.dated_articles);
  w.Member("first_date", o.first_date);
  w.Member("last_date", o.last_date);
  Months(w, o.per_month);
  Counts(w, "date_origins", o.date_origins);
  Counts(w, "sources", o.sources);
  w.EndObject();
}

void KeynessJson(JsonWriter& w, std::string_view key, const std::vector<KeynessTerm>& v) {
  Array(w, key, v, [&](const KeynessTerm& k) {
    w.BeginObject();
    w.Member("term", k.term);
    w.Member("target", k.target);
    w.Member("reference", k.reference);
    w.Member("g2", R(k.g2));
    w.Member("log_ratio", R(k.log_ratio));
    w.Member("p", R(k.p));
    w.EndObject();
  });
}

void SectorJson(JsonWriter& w, const SectorSummary& s) {
  w.BeginObject();
  w.Member("id", s.id);
  w.Member("label_ja", s.label_ja);
  w.Member("label_en", s.label_en);
  w.Member("articles", s.articles);
  w.Member("share", R(s.share));
  KeynessJson(w, "keywords", s.keywords);
  Array(w, "speakers", s.speakers, [&](const SpeakerCount& c) {
    w.BeginObject();
    w.Member("name", c.name);
    w.Member("statements", c.statements);
    w.EndObject();
  });
  Array(w, "evidence", s.evidence, [&](const EvidenceSentence& e) {
    w.BeginObject();
    w.Member("article", e.article);
    w.Member("text", e.text);
    w.Member("start", e.start);
    w.Member("end", e.end);
    w.Member("terms", e.terms);
    w.EndObject();
  });
  w.EndObject();
}

void SectorsJson(JsonWriter& w, const Sectors& s) {
  w.Key("sectors");
  w.BeginObject();
  Array(w, "sectors", s.sectors, [&](const SectorSummary& x) { SectorJson(w, x); });
  Array(w, "cooccurrence", s.cooccurrence, [&](const std::vector<uint64_t>& row) {
    w.BeginArray();
    for (uint64_t n : row) w.Uint(n);
    w.EndArray();
  });
  Array(w, "per_month", s.per_month, [&](const SectorMonth& m) {
    w.BeginObject();
    w.Member("month", m.month);
    Array(w, "articles", m.articles, [&](uint64_t n) { w.Uint(n); });
    w.EndObject();
  });
  w.Member("untagged_articles", s.untagged_articles);
  w.EndObject();
}

void TermRows(JsonWriter& w, std::string_view key, const std::vector<TermRow>& v) {
  Array(w, key, v, [&](const TermRow& t) {
    w.BeginObject();
    w.Member("term", t.term);
    w.Member("tf", t.tf);
    w.Member("df", t.df);
    w.Member("tfidf", R(t.tfidf));
    w.EndObject();
  });
}

void CollocationsJson(JsonWriter& w, const std::vector<LeadingTerm>& v) {
  Array(w, "collocations", v, [&](const LeadingTerm& l) {
    w.BeginObject();
    w.Member("term", l.term);
    w.Member("tf", l.tf);
    Array(w, "collocates", l.collocates, [&](const Collocate& c) {
      w.BeginObject();
      w.Member("term", c.term);
      w.Member("freq", c.freq);
      w.Member("log_dice", R(c.log_dice));
      w.Member("pmi", R(c.pmi));
      w.EndObject();
    });
    w.EndObject();
  });
}

void KeywordsJson(JsonWriter& w, const Keywords& k) {
  w.Key("keywords");
  w.BeginObject();
  TermRows(w, "by_frequency", k.by_frequency);
  TermRows(w, "by_df", k.by_df);
  TermRows(w, "by_tfidf", k.by_tfidf);
  Array(w, "compounds", k.compounds, [&](const CompoundRow& c) {
    w.BeginObject();
    w.Member("term", c.term);
    w.Member("parts", c.parts);
    w.Member("length", c.length);
    w.Member("freq", c.freq);
    w.Member("df", c.df);
    w.Member("flr", R(c.flr));
    w.EndObject();
  });
  CollocationsJson(w, k.collocations);
  w.Member("reference", k.reference);
  w.Member("reference_articles", k.reference_articles);
  w.Member("reference_terms", k.reference_terms);
  KeynessJson(w, "keyness", k.keyness);
  w.EndObject();
}

void NetworkJson(JsonWriter& w, const Network& n) {
  w.Key("network");
  w.BeginObject();
  Array(w, "nodes", n.nodes, [&](const NetworkNode& x) {
    w.BeginObject();
    w.Member("term", x.term);
    w.Member("tf", x.tf);
    w.Member("df", x.df);
    w.Member("x", R(x.x));
    w.Member("y", R(x.y));
    w.EndObject();
  });
  Array(w, "edges", n.edges, [&](const NetworkEdge& e) {
    w.BeginObject();
    w.Member("source", e.source);
    w.Member("target", e.target);
    w.Member("articles", e.articles);
    w.Member("jaccard", R(e.jaccard));
    w.EndObject();
  });
  w.EndObject();
}

void SpeakersJson(JsonWriter& w, const std::vector<SpeakerRow>& v) {
  Array(w, "speakers", v, [&](const SpeakerRow& s) {
    w.BeginObject();
    w.Member("name", s.name);
    w.Member("type", s.type);
    w.Member("role", s.role);
    w.Member("statements", s.statements);
    w.Member("articles", s.articles);
    Counts(w, "sectors", s.sectors);
    Array(w, "quotes", s.quotes, [&](const Quote& q) {
      w.BeginObject();
      w.Member("article", q.article);
      w.Member("kind", q.kind);
      w.Member("text", q.text);
      w.Member("verb", q.verb);
      w.Member("start", q.start);
      w.Member("end", q.end);
      w.EndObject();
    });
    w.EndObject();
  });
}

void ArticlesJson(JsonWriter& w, const std::vector<ArticleRow>& v) {
  Array(w, "articles", v, [&](const ArticleRow& r) {
    w.BeginObject();
    w.Member("id", r.id);
    w.Member("title", r.title);
    w.Member("date", r.date);
    w.Member("date_origin", r.date_origin);
    w.Member("source", r.source);
    w.Member("url", r.url);
    w.Member("sentences", r.sentences);
    w.Member("tokens", r.tokens);
    w.Member("characters", r.characters);
    w.Member("sectors", r.sectors);
    w.Member("keywords", r.keywords);
    w.Member("speakers", r.speakers);
    w.EndObject();
  });
}

void ProvenanceJson(JsonWriter& w, const Provenance& p) {
  w.Key("provenance");
  w.BeginObject();
  w.Member("kiji_version", p.kiji_version);
  w.Member("mecab_version", p.mecab_version);
  w.Member("dictionary", p.dictionary);
  w.Member("dictionary_fingerprint", p.dictionary_fingerprint);
  w.Member("terms", p.terms);
  w.Member("stopwords", p.stopwords);
  Array(w, "lexicons", p.lexicons, [&](const std::pair<std::string, std::string>& l) {
    w.BeginObject();
    w.Member("file", l.first);
    w.Member("fingerprint", l.second);
    w.EndObject();
  });
  w.Key("options");
  w.BeginObject();
  for (const auto& [k, v] : p.options) w.Member(k, v);
  w.EndObject();
  if (p.run_facts) w.Member("from_counts", p.from_counts);
  if (p.run_facts && p.run_seconds >= 0) w.Member("run_seconds", R(p.run_seconds));
  w.EndObject();
}

}  // namespace

std::string ReportJson(const Report& r) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Member("schema", "kiji-report/1");
  w.Member("title", r.title);
  OverviewJson(w, r.overview);
  SectorsJson(w, r.sectors);
  KeywordsJson(w, r.keywords);
  NetworkJson(w, r.network);
  SpeakersJson(w, r.speakers);
  ArticlesJson(w, r.articles);
  ProvenanceJson(w, r.provenance);
  w.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace kiji
