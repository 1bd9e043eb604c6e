#include "kiji/token_writer.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "analysis/pos_class_names.h"
#include "analysis/raw_feature.h"
#include "kiji/enum_names.h"
#include "kiji/output.h"
#include "kiji/row_writer.h"

namespace kiji {
namespace {

void AppendMecab(const Document& doc, std::string* out) {
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : doc.SentenceTokens(s)) {
      out->append(t.surface);
      out->push_back('\t');
      out->append(internal::RawFeature::Of(t));
      out->push_back('\n');
    }
    out->append("EOS\n");
  }
}

void AppendWakati(const Document& doc, std::string* out) {
  for (const Sentence& s : doc.sentences) {
    bool first = true;
    for (const Token& t : doc.SentenceTokens(s)) {
      if (!first) out->push_back(' ');
      out->append(t.surface);
      first = false;
    }
    out->push_back('\n');
  }
}

std::vector<std::string> TokenColumns() {
  return {"article", "sentence",  "token",     "surface", "normalized", "lemma",
          "reading", "pos_class", "pos1",      "pos2",    "pos3",       "pos4",
          "conj_type", "conj_form", "unknown", "start",   "end"};
}

RowOptions TokenRowOptions(TokenFormat format, bool header) {
  return {format == TokenFormat::kCsv ? RowFormat::kCsv : RowFormat::kTsv, header};
}

// One row per token (TSV or CSV), through the shared row writer.
void AppendRows(const Document& doc, TokenFormat format, std::string* out) {
  RowWriter w(TokenRowOptions(format, false), TokenColumns());
  const std::string& id = doc.article->id;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    size_t index = 0;
    for (const Token& t : doc.SentenceTokens(doc.sentences[si])) {
      w.Str(id).Int(si).Int(index++).Str(doc.OriginalText(t)).Str(t.surface).Str(t.lemma);
      w.Str(t.reading).Str(PosClassName(t.pos_class));
      for (std::string_view p : t.pos) w.Str(p);
      w.Str(t.conj_type).Str(t.conj_form).Bool(t.unknown).Int(t.start).Int(t.end).End(out);
    }
  }
}

void AppendJsonl(const Document& doc, std::string* out) {
  const Article& a = *doc.article;
  out->append("{\"article\":");
  AppendJsonString(a.id, out);
  out->append(",\"title\":");
  AppendJsonString(a.title, out);
  out->append(",\"sentences\":[");
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (si > 0) out->push_back(',');
    fmt::format_to(std::back_inserter(*out),
                   "{{\"index\":{},\"kind\":\"{}\",\"start\":{},\"end\":{},\"text\":", si,
                   BlockKindName(s.kind), s.start, s.end);
    AppendJsonString(doc.OriginalText(s), out);
    out->append(",\"tokens\":[");
    bool first = true;
    for (const Token& t : doc.SentenceTokens(s)) {
      if (!first) out->push_back(',');
      first = false;
      out->append("{\"surface\":");
      AppendJsonString(doc.OriginalText(t), out);
      out->append(",\"normalized\":");
      AppendJsonString(t.surface, out);
      out->append(",\"lemma\":");
      AppendJsonString(t.lemma, out);
      out->append(",\"reading\":");
      AppendJsonString(t.reading, out);
      fmt::format_to(std::back_inserter(*out), ",\"pos_class\":\"{}\",\"pos\":[",
                     PosClassName(t.pos_class));
      for (size_t i = 0; i < t.pos.size(); ++i) {
        if (i > 0) out->push_back(',');
        AppendJsonString(t.pos[i], out);
      }
      out->append("],\"conj_type\":");
      AppendJsonString(t.conj_type, out);
      out->append(",\"conj_form\":");
      AppendJsonString(t.conj_form, out);
      fmt::format_to(std::back_inserter(*out), ",\"unknown\":{},\"start\":{},\"end\":{}}}",
                     t.unknown, t.start, t.end);
    }
    out->append("]}");
  }
  out->append("]}\n");
}

}  // namespace

std::string_view PosClassName(PosClass c) { return kPosClassNames.Name(c); }

namespace {
constexpr auto kTokenFormatNames = MakeEnumNames<TokenFormat>({{TokenFormat::kMecab, "mecab"},
                                                               {TokenFormat::kWakati, "wakati"},
                                                               {TokenFormat::kTsv, "tsv"},
                                                               {TokenFormat::kCsv, "csv"},
                                                               {TokenFormat::kJsonl, "jsonl"}});
}  // namespace

bool ParseTokenFormat(std::string_view name, TokenFormat* out) {
  return kTokenFormatNames.Parse(name, out);
}

std::string TokenHeader(TokenFormat format) {
  if (format != TokenFormat::kTsv && format != TokenFormat::kCsv) return "";
  return RowWriter(TokenRowOptions(format, true), TokenColumns()).Header();
}

void AppendTokens(const Document& doc, TokenFormat format, std::string* out) {
  switch (format) {
    case TokenFormat::kMecab:
      AppendMecab(doc, out);
      break;
    case TokenFormat::kWakati:
      AppendWakati(doc, out);
      break;
    case TokenFormat::kTsv:
    case TokenFormat::kCsv:
      AppendRows(doc, format, out);
      break;
    case TokenFormat::kJsonl:
      AppendJsonl(doc, out);
      break;
  }
}

}  // namespace kiji
