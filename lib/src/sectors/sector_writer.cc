#include "kiji/sector_writer.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include "kiji/enum_names.h"
#include "kiji/output.h"
#include "kiji/row_writer.h"

namespace kiji {
namespace {

std::string Joined(std::span<const uint32_t> ids, const SectorLexicon& lex) {
  std::string s;
  for (uint32_t p : ids) {
    if (!s.empty()) s.push_back('|');
    s += lex.PhraseText(p);
  }
  return s;
}

// What cancelled a hit, in words: "unless 社会保障", "no-near 税関|通関",
// "overlapped 安全保障".
std::string CancelCause(const CancelledHit& c, const SectorLexicon& lex) {
  switch (c.reason) {
    case CancelReason::kUnless:
      return "unless " + lex.PhraseText(c.by);
    case CancelReason::kNoNear:
      return "no-near " + Joined(lex.entries()[c.hit.entry].near, lex);
    case CancelReason::kOverlapped:
      return "overlapped " + lex.entries()[c.by].term;
    case CancelReason::kSameMention:
      return "same-mention " + lex.entries()[c.by].term;
    case CancelReason::kSource:
      return "source";
  }
  return "";
}

void AppendTsvExplain(const SectorScore& s, const SectorLexicon& lex, std::string* out) {
  const Sector& sector = lex.sectors()[s.sector];
  auto it = std::back_inserter(*out);
  if (sector.offtopic) {
    fmt::format_to(it, "# {}: off-topic genre, score {}, hits {}, terms {}\n", sector.id,
                   FormatScore(s.score), s.hits, s.entries.size());
  } else if (!s.tagged) {
    fmt::format_to(
        it, "# {}: not tagged, score {}, hits {}, terms {}{}\n", sector.id, FormatScore(s.score),
        s.hits, s.entries.size(),
        s.outscored_by > 0 ? ", outscored by off-topic " + FormatScore(s.outscored_by) : "");
  }
  for (const EntryScore& e : s.entries) {
    const LexiconEntry& entry = lex.entries()[e.entry];
    fmt::format_to(it, "# {}: +{} {} (weight {}, {} hits; {}:{})\n", sector.id,
                   FormatScore(e.contribution), entry.term, FormatScore(entry.weight), e.hits,
                   entry.path, entry.line);
  }
  for (const CancelledHit& c : s.cancelled) {
    fmt::format_to(it, "# {}: cancelled {} at {}-{} (sentence {}): {}\n", sector.id,
                   lex.entries()[c.hit.entry].term, c.hit.start, c.hit.end, c.hit.sentence,
                   CancelCause(c, lex));
  }
}

std::vector<std::string> SectorColumns() {
  return {"article", "sector", "label", "score", "hits", "sentences"};
}

RowOptions SectorRowOptions(SectorFormat format, bool header) {
  return {format == SectorFormat::kCsv ? RowFormat::kCsv : RowFormat::kTsv, header};
}

// One row per tagged sector (TSV or CSV); the --explain trace only in TSV.
void AppendRows(std::string_view id, std::span<const SectorScore> sectors,
                const SectorLexicon& lex, const SectorWriteOptions& options, std::string* out) {
  const bool explain = options.explain && options.format == SectorFormat::kTsv;
  RowWriter w(SectorRowOptions(options.format, false), SectorColumns());
  for (const SectorScore& s : sectors) {
    if (!s.tagged) continue;
    const Sector& sector = lex.sectors()[s.sector];
    w.Str(id).Str(sector.id).Str(sector.label_ja).Str(FormatScore(s.score)).Int(s.hits);
    w.Str(fmt::format("{}", fmt::join(s.sentences, ","))).End(out);
    if (explain) AppendTsvExplain(s, lex, out);
  }
  if (!explain) return;
  for (const SectorScore& s : sectors) {
    if (!s.tagged) AppendTsvExplain(s, lex, out);
  }
}

void AppendJsonSpan(const SectorHit& h, std::string* out) {
  out->append("{\"text\":");
  AppendJsonString(h.text, out);
  fmt::format_to(std::back_inserter(*out), ",\"start\":{},\"end\":{},\"sentence\":{}}}", h.start,
                 h.end, h.sentence);
}

void AppendJsonExplain(const SectorScore& s, const SectorLexicon& lex, std::string* out) {
  fmt::format_to(std::back_inserter(*out), ",\"explain\":{{\"offtopic\":{},\"outscored_by\":{},",
                 lex.sectors()[s.sector].offtopic, FormatScore(s.outscored_by));
  out->append("\"entries\":[");
  for (size_t i = 0; i < s.entries.size(); ++i) {
    const LexiconEntry& entry = lex.entries()[s.entries[i].entry];
    if (i > 0) out->push_back(',');
    out->append("{\"term\":");
    AppendJsonString(entry.term, out);
    fmt::format_to(std::back_inserter(*out), ",\"weight\":{},\"hits\":{},\"contribution\":{},",
                   FormatScore(entry.weight), s.entries[i].hits,
                   FormatScore(s.entries[i].contribution));
    out->append("\"source\":");
    AppendJsonString(fmt::format("{}:{}", entry.path, entry.line), out);
    out->push_back('}');
  }
  out->append("],\"cancelled\":[");
  for (size_t i = 0; i < s.cancelled.size(); ++i) {
    const CancelledHit& c = s.cancelled[i];
    if (i > 0) out->push_back(',');
    out->append("{\"term\":");
    AppendJsonString(lex.entries()[c.hit.entry].term, out);
    fmt::format_to(std::back_inserter(*out),
                   ",\"start\":{},\"end\":{},\"sentence\":{},\"reason\":\"{}\",\"by\":",
                   c.hit.start, c.hit.end, c.hit.sentence, CancelReasonName(c.reason));
    // The cause after its reason name: "unless 社会保障" gives "社会保障"; a
    // source has nothing after it and gives "".
    const std::string cause = CancelCause(c, lex);
    const size_t by = std::min(cause.size(), CancelReasonName(c.reason).size() + 1);
    AppendJsonString(std::string_view(cause).substr(by), out);
    out->push_back('}');
  }
  out->append("]}");
}

void AppendJsonSectors(std::span<const SectorScore> sectors, bool tagged, const SectorLexicon& lex,
                       bool explain, std::string* out) {
  out->push_back('[');
  bool first = true;
  for (const SectorScore& s : sectors) {
    if (s.tagged != tagged) continue;
    if (!first) out->push_back(',');
    first = false;
    const Sector& sector = lex.sectors()[s.sector];
    out->append("{\"id\":");
    AppendJsonString(sector.id, out);
    out->append(",\"label\":");
    AppendJsonString(sector.label_ja, out);
    fmt::format_to(std::back_inserter(*out), ",\"score\":{},\"hits\":{},\"evidence\":[",
                   FormatScore(s.score), s.hits);
    for (size_t i = 0; i < s.evidence.size(); ++i) {
      if (i > 0) out->push_back(',');
      AppendJsonSpan(s.evidence[i], out);
    }
    out->push_back(']');
    if (explain) AppendJsonExplain(s, lex, out);
    out->push_back('}');
  }
  out->push_back(']');
}

}  // namespace

namespace {
constexpr auto kSectorFormatNames =
    MakeEnumNames<SectorFormat>({{SectorFormat::kTsv, "tsv"},
                                 {SectorFormat::kCsv, "csv"},
                                 {SectorFormat::kJsonl, "jsonl"}});
}  // namespace

bool ParseSectorFormat(std::string_view name, SectorFormat* out) {
  return kSectorFormatNames.Parse(name, out);
}

std::string SectorHeader(SectorFormat format) {
  if (format == SectorFormat::kJsonl) return "";
  return RowWriter(SectorRowOptions(format, true), SectorColumns()).Header();
}

std::string FormatScore(double score) {
  std::string s = fmt::format("{:.2f}", std::round(score * 100) / 100);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

void AppendSectorArticleId(SectorFormat format, std::string_view id, std::string* out) {
  if (format == SectorFormat::kJsonl) {
    AppendJsonString(id, out);
    return;
  }
  if (format == SectorFormat::kCsv) {
    AppendCsvField(id, out);
  } else {
    AppendTsvField(id, out);
  }
}

void AppendArticleSectors(const Document& doc, const SectorLexicon& lexicon,
                          std::span<const SectorScore> sectors, const SectorWriteOptions& options,
                          std::string* out) {
  AppendArticleSectors(doc, doc.article->id, lexicon, sectors, options, out);
}

void AppendArticleSectors(const Document&, std::string_view id, const SectorLexicon& lexicon,
                          std::span<const SectorScore> sectors, const SectorWriteOptions& options,
                          std::string* out) {
  if (options.format != SectorFormat::kJsonl) {
    AppendRows(id, sectors, lexicon, options, out);
    return;
  }
  out->append("{\"article\":");
  AppendJsonString(id, out);
  out->append(",\"sectors\":");
  AppendJsonSectors(sectors, true, lexicon, options.explain, out);
  if (options.explain) {
    out->append(",\"below_threshold\":");
    AppendJsonSectors(sectors, false, lexicon, true, out);
  }
  out->append("}\n");
}

void AppendSentenceSectors(const Document& doc, const SectorLexicon& lexicon,
                           std::span<const SentenceSectors> sentences,
                           const SectorWriteOptions& options, std::string* out) {
  AppendSentenceSectors(doc, doc.article->id, lexicon, sentences, options, out);
}

void AppendSentenceSectors(const Document& doc, std::string_view id, const SectorLexicon& lexicon,
                           std::span<const SentenceSectors> sentences,
                           const SectorWriteOptions& options, std::string* out) {
  if (options.format != SectorFormat::kJsonl) {
    for (const SentenceSectors& s : sentences) {
      if (options.explain && options.format == SectorFormat::kTsv) {
        const Sentence& sent = doc.sentences[s.sentence];
        fmt::format_to(std::back_inserter(*out), "# sentence {} at {}-{}\n", s.sentence, sent.start,
                       sent.end);
      }
      AppendRows(id, s.sectors, lexicon, options, out);
    }
    return;
  }
  out->append("{\"article\":");
  AppendJsonString(id, out);
  out->append(",\"sentences\":[");
  bool first = true;
  for (const SentenceSectors& s : sentences) {
    const bool any_tagged = std::any_of(s.sectors.begin(), s.sectors.end(),
                                        [](const SectorScore& x) { return x.tagged; });
    if (!any_tagged && !options.explain) continue;
    if (!first) out->push_back(',');
    first = false;
    const Sentence& sent = doc.sentences[s.sentence];
    fmt::format_to(std::back_inserter(*out),
                   "{{\"sentence\":{},\"start\":{},\"end\":{},\"sectors\":", s.sentence, sent.start,
                   sent.end);
    AppendJsonSectors(s.sectors, true, lexicon, options.explain, out);
    if (options.explain) {
      out->append(",\"below_threshold\":");
      AppendJsonSectors(s.sectors, false, lexicon, true, out);
    }
    out->push_back('}');
  }
  out->append("]}\n");
}

}  // namespace kiji
