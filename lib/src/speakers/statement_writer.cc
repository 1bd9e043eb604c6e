#include "kiji/statement_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "kiji/enum_names.h"
#include "kiji/output.h"
#include "kiji/utf8.h"

namespace kiji {
namespace {

// Most values need no escaping: copy them; hand the rest to the shared
// JSON writer (output.h), which also replaces invalid UTF-8 (a file name
// that is not UTF-8 becomes U+FFFD, the one rule of every JSON writer).
void JsonValue(std::string_view value, std::string* out) {
  bool non_ascii = false;
  for (char c : value) {
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
      AppendJsonString(value, out);
      return;
    }
    non_ascii = non_ascii || static_cast<unsigned char>(c) >= 0x80;
  }
  if (non_ascii && FindInvalidUtf8(value)) {
    AppendJsonString(value, out);
    return;
  }
  out->push_back('"');
  out->append(value);
  out->push_back('"');
}

void Json(std::string_view key, std::string_view value, std::string* out) {
  out->append(",\"").append(key).append("\":");
  JsonValue(value, out);
}

void Json(std::string_view key, uint32_t value, std::string* out) {
  out->append(",\"").append(key).append("\":").append(fmt::to_string(value));
}

void Tsv(std::string_view value, std::string* out) {
  out->push_back('\t');
  AppendTsvField(value, out);
}

constexpr auto kStatementFormatNames = MakeEnumNames<StatementFormat>(
    {{StatementFormat::kJsonl, "jsonl"}, {StatementFormat::kTsv, "tsv"}});

}  // namespace

bool ParseStatementFormat(std::string_view s, StatementFormat* out) {
  return kStatementFormatNames.Parse(s, out);
}

std::string_view StatementTsvHeader() {
  return "article\tkind\tquote\tquote_start\tquote_end\tspeaker\tspeaker_type\tmention\t"
         "mention_start\tmention_end\thonorific\treading\trole\tverb\tsentence\n";
}

void AppendStatements(std::string_view article, const std::vector<Statement>& statements,
                      StatementFormat format, std::string* out) {
  for (const Statement& s : statements) {
    if (format == StatementFormat::kJsonl) {
      out->append("{\"article\":");
      JsonValue(article, out);
      Json("kind", StatementKindName(s.kind), out);
      Json("quote", s.quote, out);
      Json("quote_start", s.quote_start, out);
      Json("quote_end", s.quote_end, out);
      Json("speaker", s.speaker, out);
      Json("speaker_type", SpeakerTypeName(s.speaker_type), out);
      Json("mention", s.mention, out);
      Json("mention_start", s.mention_start, out);
      Json("mention_end", s.mention_end, out);
      Json("honorific", s.honorific, out);
      Json("reading", s.reading, out);
      Json("role", s.role, out);
      Json("verb", s.verb, out);
      Json("sentence", s.sentence, out);
      out->append("}\n");
    } else {
      AppendTsvField(article, out);
      Tsv(StatementKindName(s.kind), out);
      Tsv(s.quote, out);
      out->append(fmt::format("\t{}\t{}", s.quote_start, s.quote_end));
      Tsv(s.speaker, out);
      Tsv(SpeakerTypeName(s.speaker_type), out);
      Tsv(s.mention, out);
      out->append(fmt::format("\t{}\t{}", s.mention_start, s.mention_end));
      Tsv(s.honorific, out);
      Tsv(s.reading, out);
      Tsv(s.role, out);
      Tsv(s.verb, out);
      out->append(fmt::format("\t{}\n", s.sentence));
    }
  }
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
  for (const Statement& s : statements) {
    AppendTsvField(article, out);
    Tsv(s.speaker, out);
    Tsv(SpeakerTypeName(s.speaker_type), out);
    Tsv(s.role, out);
    Tsv(s.verb, out);
    out->push_back('\n');
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

std::string_view SpeakerSummary::TsvHeader() {
  return "speaker\ttype\trole\tstatements\tverbs\tarticles\n";
}

void SpeakerSummary::Append(StatementFormat format, std::string* out) const {
  std::vector<const std::pair<const std::pair<std::string, std::string>, Row>*> order;
  for (const auto& e : rows_) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return a->second.statements > b->second.statements;
  });
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
      AppendTsvField(key.first, out);
      Tsv(key.second, out);
      Tsv(role, out);
      out->append(fmt::format("\t{}\t", r.statements));
      for (size_t i = 0; i < verbs.size(); ++i) {
        if (i) out->push_back(',');
        AppendTsvField(fmt::format("{}:{}", verbs[i].first, verbs[i].second), out);
      }
      out->append(fmt::format("\t{}\n", r.articles.size()));
    }
  }
}

}  // namespace kiji
