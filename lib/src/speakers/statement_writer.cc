#include "kiji/statement_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "kiji/enum_names.h"
#include "kiji/output.h"
#include "kiji/row_writer.h"
#include "kiji/utf8.h"

namespace kiji {
namespace {

// A value as a JSON string. `plain`: copied as it is when it needs no
// escape, its UTF-8 checked once for the whole output by the caller; else
// through the shared JSON writer (output.h), which also replaces invalid
// UTF-8 (a file name that is not UTF-8 becomes U+FFFD, the one rule of
// every JSON writer).
void JsonValue(std::string_view value, std::string* out, bool plain = false) {
  if (!plain || !AppendPlainJsonString(value, out)) AppendJsonString(value, out);
}

void Json(std::string_view key, std::string_view value, std::string* out, bool plain = false) {
  out->append(",\"").append(key).append("\":");
  JsonValue(value, out, plain);
}

void Json(std::string_view key, uint32_t value, std::string* out) {
  const fmt::format_int digits(value);  // on the stack: no string per number
  out->append(",\"").append(key).append("\":").append(digits.data(), digits.size());
}

std::vector<std::string> StatementColumns() {
  return {"article", "kind",          "quote",        "quote_start", "quote_end",
          "speaker", "speaker_type",  "mention",      "mention_start", "mention_end",
          "honorific", "reading",     "role",         "verb",        "sentence"};
}

std::vector<std::string> SummaryColumns() {
  return {"speaker", "type", "role", "statements", "verbs", "articles"};
}

RowOptions RowOptionsOf(StatementFormat format, bool header) {
  return {format == StatementFormat::kCsv ? RowFormat::kCsv : RowFormat::kTsv, header};
}

void AppendJsonStatement(std::string_view article, const Statement& s, bool plain,
                         std::string* out) {
  out->append("{\"article\":");
  JsonValue(article, out, plain);
  Json("kind", StatementKindName(s.kind), out, plain);
  Json("quote", s.quote, out, plain);
  Json("quote_start", s.quote_start, out);
  Json("quote_end", s.quote_end, out);
  Json("speaker", s.speaker, out, plain);
  Json("speaker_type", SpeakerTypeName(s.speaker_type), out, plain);
  Json("mention", s.mention, out, plain);
  Json("mention_start", s.mention_start, out);
  Json("mention_end", s.mention_end, out);
  Json("honorific", s.honorific, out, plain);
  Json("reading", s.reading, out, plain);
  Json("role", s.role, out, plain);
  Json("verb", s.verb, out, plain);
  Json("sentence", s.sentence, out);
  out->append("}\n");
}

void AppendStatementRow(std::string_view article, const Statement& s, RowWriter& w,
                        std::string* out) {
  w.Str(article).Str(StatementKindName(s.kind)).Str(s.quote).Int(s.quote_start).Int(s.quote_end);
  w.Str(s.speaker).Str(SpeakerTypeName(s.speaker_type)).Str(s.mention);
  w.Int(s.mention_start).Int(s.mention_end).Str(s.honorific).Str(s.reading).Str(s.role);
  w.Str(s.verb).Int(s.sentence).End(out);
}

constexpr auto kStatementFormatNames = MakeEnumNames<StatementFormat>(
    {{StatementFormat::kJsonl, "jsonl"}, {StatementFormat::kTsv, "tsv"}, {StatementFormat::kCsv, "csv"}});

}  // namespace

bool ParseStatementFormat(std::string_view s, StatementFormat* out) {
  return kStatementFormatNames.Parse(s, out);
}

std::string StatementHeader(StatementFormat format) {
  if (format == StatementFormat::kJsonl) return "";
  return RowWriter(RowOptionsOf(format, true), StatementColumns()).Header();
}

void AppendStatementArticleId(StatementFormat format, std::string_view article,
                              std::string* out) {
  switch (format) {
    case StatementFormat::kJsonl:
      JsonValue(article, out);
      break;
    case StatementFormat::kTsv:
      AppendTsvField(article, out);
      break;
    case StatementFormat::kCsv:
      AppendCsvField(article, out);
      break;
  }
}

void AppendStatements(std::string_view article, const std::vector<Statement>& statements,
                      StatementFormat format, std::string* out) {
  if (format == StatementFormat::kJsonl) {
    // Written plain, then checked once: every string sits between ASCII
    // quotes, so a broken UTF-8 sequence in one is broken in the whole.
    const size_t from = out->size();
    for (const Statement& s : statements) AppendJsonStatement(article, s, true, out);
    if (!FindInvalidUtf8(std::string_view(*out).substr(from))) return;
    out->resize(from);
    for (const Statement& s : statements) AppendJsonStatement(article, s, false, out);
    return;
  }
  RowWriter w(RowOptionsOf(format, false), StatementColumns());
  for (const Statement& s : statements) AppendStatementRow(article, s, w, out);
}

void SpeakerSummary::AddOne(std::string_view article, std::string_view speaker,
                            std::string_view type, std::string_view role, std::string_view verb) {
  Row& r = rows_[{std::string(speaker), std::string(type)}];
  if (!role.empty()) r.roles.emplace(role);
  ++r.statements;
  ++r.verbs[std::string(verb.empty() ? "-" : verb)];
  r.articles.emplace(article);
}

void SpeakerSummary::Add(std::string_view article, const std::vector<Statement>& statements) {
  for (const Statement& s : statements) {
    AddOne(article, s.speaker, SpeakerTypeName(s.speaker_type), s.role, s.verb);
  }
}

void SpeakerSummary::Encode(std::string_view article, const std::vector<Statement>& statements,
                            std::string* out) {
  RowWriter w({RowFormat::kTsv, false}, {"article", "speaker", "type", "role", "verb"});
  for (const Statement& s : statements) {
    w.Str(article).Str(s.speaker).Str(SpeakerTypeName(s.speaker_type)).Str(s.role).Str(s.verb);
    w.End(out);
  }
}

void SpeakerSummary::AddEncoded(std::string_view encoded) {
  size_t pos = 0;
  while (pos < encoded.size()) {
    size_t nl = encoded.find('\n', pos);
    if (nl == std::string_view::npos) nl = encoded.size();
    std::string_view line = encoded.substr(pos, nl - pos);
    pos = nl + 1;
    std::string f[5];
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= line.size() && n < 5; ++i) {
      if (i == line.size() || line[i] == '\t') {
        f[n++] = UnescapeTsvField(line.substr(start, i - start));
        start = i + 1;
      }
    }
    if (n == 5) AddOne(f[0], f[1], f[2], f[3], f[4]);
  }
}

void SpeakerSummary::Merge(const SpeakerSummary& other) {
  for (const auto& [key, o] : other.rows_) {
    Row& r = rows_[key];
    r.roles.insert(o.roles.begin(), o.roles.end());
    r.statements += o.statements;
    for (const auto& [verb, n] : o.verbs) r.verbs[verb] += n;
    r.articles.insert(o.articles.begin(), o.articles.end());
  }
}

std::string SpeakerSummary::Header(StatementFormat format) {
  if (format == StatementFormat::kJsonl) return "";
  return RowWriter(RowOptionsOf(format, true), SummaryColumns()).Header();
}

void SpeakerSummary::Append(StatementFormat format, std::string* out) const {
  std::vector<const std::pair<const std::pair<std::string, std::string>, Row>*> order;
  for (const auto& e : rows_) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return a->second.statements > b->second.statements;
  });
  RowWriter rows(RowOptionsOf(format, false), SummaryColumns());
  for (const auto* e : order) {
    const auto& [key, r] = *e;
    std::string role;  // the longest role given: the most informative one
    for (const std::string& x : r.roles) {
      if (x.size() > role.size()) role = x;
    }
    // Verbs by frequency, then name.
    std::vector<std::pair<std::string, size_t>> verbs(r.verbs.begin(), r.verbs.end());
    std::stable_sort(verbs.begin(), verbs.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (format == StatementFormat::kJsonl) {
      out->append("{\"speaker\":");
      AppendJsonString(key.first, out);
      Json("type", key.second, out);
      Json("role", role, out);
      Json("statements", static_cast<uint32_t>(r.statements), out);
      out->append(",\"verbs\":{");
      for (size_t i = 0; i < verbs.size(); ++i) {
        if (i) out->push_back(',');
        AppendJsonString(verbs[i].first, out);
        out->append(fmt::format(":{}", verbs[i].second));
      }
      out->append("}");
      Json("articles", static_cast<uint32_t>(r.articles.size()), out);
      out->append("}\n");
    } else {
      std::string joined;
      for (size_t i = 0; i < verbs.size(); ++i) {
        if (i) joined.push_back(',');
        joined += fmt::format("{}:{}", verbs[i].first, verbs[i].second);
      }
      rows.Str(key.first).Str(key.second).Str(role).Int(r.statements).Str(joined);
      rows.Int(r.articles.size()).End(out);
    }
  }
}

}  // namespace kiji
