#include "kiji/token_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "analysis/pos_class_names.h"
#include "analysis/raw_feature.h"
#include "kiji/enum_names.h"
#include "kiji/output.h"
#include "kiji/row_writer.h"
#include "kiji/utf8.h"

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

// One row per token (CSV, and TSV's reference), through the shared row writer.
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

// The text fields of a TSV token row, in column order after the three numbers.
std::array<std::string_view, 11> TsvTextFields(const Document& doc, const Token& t) {
  return {doc.OriginalText(t), t.surface,  t.lemma,    t.reading,     PosClassName(t.pos_class),
          t.pos[0],            t.pos[1],   t.pos[2],   t.pos[3],      t.conj_type,
          t.conj_form};
}

char* WriteUint(uint64_t v, char* p) {
  const fmt::format_int digits(v);
  std::memcpy(p, digits.data(), digits.size());
  return p + digits.size();
}

// TSV rows written straight into *out, one resize per sentence to an upper
// bound and raw writes after it: through the generic row writer, field by
// field, formatting was four fifths of a warm `tokenize -f tsv`. The bytes
// are the row writer's (token_writer_test compares them).
void AppendTsvRows(const Document& doc, std::string* out) {
  std::string id;
  AppendTsvField(doc.article->id, &id);
  constexpr size_t kNumbersAndTabs = 4 * 20 + 18;  // 4 numbers, 16 tabs, the flag, NL
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[si]);
    size_t bound = 0;
    for (const Token& t : tokens) {
      bound += id.size() + kNumbersAndTabs;
      for (std::string_view f : TsvTextFields(doc, t)) bound += 2 * f.size();
    }
    const size_t begin = out->size();
    out->resize(begin + bound);
    char* p = out->data() + begin;
    size_t index = 0;
    for (const Token& t : tokens) {
      p = std::copy(id.begin(), id.end(), p);
      *p++ = '\t';
      p = WriteUint(si, p);
      *p++ = '\t';
      p = WriteUint(index++, p);
      for (std::string_view f : TsvTextFields(doc, t)) {
        *p++ = '\t';
        p = WriteTsvField(f, p);
      }
      *p++ = '\t';
      *p++ = t.unknown ? '1' : '0';
      *p++ = '\t';
      p = WriteUint(t.start, p);
      *p++ = '\t';
      p = WriteUint(t.end, p);
      *p++ = '\n';
    }
    out->resize(static_cast<size_t>(p - out->data()));
  }
}

// Appends JSON strings: in the fast mode as they are when they need no escape
// (UTF-8 checked once per record by the caller), else through AppendJsonString.
class JsonStrings {
 public:
  JsonStrings(std::string* out, bool fast) : out_(out), fast_(fast) {}
  void Str(std::string_view s) {
    if (!fast_ || !AppendPlainJsonString(s, out_)) AppendJsonString(s, out_);
  }
  void Raw(std::string_view s) { out_->append(s); }
  void Uint(uint64_t v) {
    const fmt::format_int digits(v);
    out_->append(digits.data(), digits.size());
  }

 private:
  std::string* out_;
  bool fast_;
};

void AppendJsonlRecord(const Document& doc, JsonStrings w) {
  const Article& a = *doc.article;
  w.Raw("{\"article\":");
  w.Str(a.id);
  w.Raw(",\"title\":");
  w.Str(a.title);
  w.Raw(",\"sentences\":[");
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    w.Raw(si > 0 ? ",{\"index\":" : "{\"index\":");
    w.Uint(si);
    w.Raw(",\"kind\":\"");
    w.Raw(BlockKindName(s.kind));
    w.Raw("\",\"start\":");
    w.Uint(s.start);
    w.Raw(",\"end\":");
    w.Uint(s.end);
    w.Raw(",\"text\":");
    w.Str(doc.OriginalText(s));
    w.Raw(",\"tokens\":[");
    bool first = true;
    for (const Token& t : doc.SentenceTokens(s)) {
      w.Raw(first ? "{\"surface\":" : ",{\"surface\":");
      first = false;
      w.Str(doc.OriginalText(t));
      w.Raw(",\"normalized\":");
      w.Str(t.surface);
      w.Raw(",\"lemma\":");
      w.Str(t.lemma);
      w.Raw(",\"reading\":");
      w.Str(t.reading);
      w.Raw(",\"pos_class\":\"");
      w.Raw(PosClassName(t.pos_class));
      w.Raw("\",\"pos\":[");
      for (size_t i = 0; i < t.pos.size(); ++i) {
        if (i > 0) w.Raw(",");
        w.Str(t.pos[i]);
      }
      w.Raw("],\"conj_type\":");
      w.Str(t.conj_type);
      w.Raw(",\"conj_form\":");
      w.Str(t.conj_form);
      w.Raw(t.unknown ? ",\"unknown\":true,\"start\":" : ",\"unknown\":false,\"start\":");
      w.Uint(t.start);
      w.Raw(",\"end\":");
      w.Uint(t.end);
      w.Raw("}");
    }
    w.Raw("]}");
  }
  w.Raw("]}\n");
}

// One JSON record per article. Strings go out as they are and the record's
// UTF-8 is checked once (a third of the writer's time was checking each
// string on its own); a record with a broken sequence is written again
// through AppendJsonString, which replaces it, so the bytes never differ.
void AppendJsonl(const Document& doc, std::string* out) {
  const size_t begin = out->size();
  AppendJsonlRecord(doc, JsonStrings(out, true));
  if (!FindInvalidUtf8(std::string_view(*out).substr(begin)).has_value()) return;
  out->resize(begin);
  AppendJsonlRecord(doc, JsonStrings(out, false));
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
      AppendTsvRows(doc, out);
      break;
    case TokenFormat::kCsv:
      AppendRows(doc, format, out);
      break;
    case TokenFormat::kJsonl:
      AppendJsonl(doc, out);
      break;
  }
}

}  // namespace kiji
