#include "kiji/token_writer.h"

#include <fmt/format.h>

#include "analysis/pos_class_names.h"
#include "analysis/raw_feature.h"
#include "kiji/enum_names.h"
#include "kiji/output.h"

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

void AppendTsv(const Document& doc, std::string* out) {
  const std::string& id = doc.article->id;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    size_t index = 0;
    for (const Token& t : doc.SentenceTokens(s)) {
      AppendTsvField(id, out);
      fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t", si, index++);
      AppendTsvField(doc.OriginalText(t), out);
      out->push_back('\t');
      AppendTsvField(t.surface, out);
      out->push_back('\t');
      AppendTsvField(t.lemma, out);
      out->push_back('\t');
      AppendTsvField(t.reading, out);
      out->push_back('\t');
      out->append(PosClassName(t.pos_class));
      for (std::string_view p : t.pos) {
        out->push_back('\t');
        AppendTsvField(p, out);
      }
      out->push_back('\t');
      AppendTsvField(t.conj_type, out);
      out->push_back('\t');
      AppendTsvField(t.conj_form, out);
      fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t{}\n", t.unknown ? 1 : 0, t.start, t.end);
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
                                                               {TokenFormat::kJsonl, "jsonl"}});
}  // namespace

bool ParseTokenFormat(std::string_view name, TokenFormat* out) {
  return kTokenFormatNames.Parse(name, out);
}

std::string_view TokenTsvHeader() {
  return "article\tsentence\ttoken\tsurface\tnormalized\tlemma\treading\tpos_class\tpos1\tpos2\t"
         "pos3\tpos4\tconj_type\tconj_form\tunknown\tstart\tend\n";
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
      AppendTsv(doc, out);
      break;
    case TokenFormat::kJsonl:
      AppendJsonl(doc, out);
      break;
  }
}

}  // namespace kiji
