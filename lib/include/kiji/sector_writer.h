// Writers for `kiji sectors`: TSV, CSV (both through RowWriter) and JSON
// Lines, article or sentence level, with an optional --explain trace (TSV and
// JSON Lines only: CSV rows are never interleaved with comment lines).
//
// Formats (docs/formats.md):
//   TSV, one row per tagged sector:
//     article<TAB>sector<TAB>label<TAB>score<TAB>hits<TAB>sentences
//   where sentences is the comma-separated list of sentence indices holding
//   evidence (at sentence level: the one sentence). With explain, each row is
//   followed by '#' lines naming the entries that fired and the hits that
//   were cancelled, and sectors that had hits but were not tagged follow as
//   '#' lines too; at sentence level each sentence's block starts with
//   "# sentence N at START-END".
//   JSONL, one object per article:
//     {"article": ID, "sectors": [{"id", "label", "score", "hits",
//      "evidence": [{"text", "start", "end", "sentence"}, ...]}, ...]}
//   At sentence level: {"article": ID, "sentences": [{"sentence", "start",
//   "end", "sectors": [...]}, ...]}. With explain, every sector object gets an
//   "explain" member and the article a "below_threshold" list.
// Scores are printed with at most two decimals. Pure functions; thread-safe.
//
//   std::string buf;
//   kiji::AppendArticleSectors(doc, lexicon, kiji::TagSectors(doc, lexicon, {}),
//                              {kiji::SectorFormat::kTsv, false}, &buf);
#ifndef KIJI_SECTOR_WRITER_H_
#define KIJI_SECTOR_WRITER_H_

#include <span>
#include <string>
#include <string_view>

#include "kiji/lexicon.h"
#include "kiji/sectors.h"
#include "kiji/token.h"

namespace kiji {

enum class SectorFormat { kTsv, kCsv, kJsonl };

/// Parses "tsv", "csv", "jsonl".
bool ParseSectorFormat(std::string_view name, SectorFormat* out);

struct SectorWriteOptions {
  SectorFormat format = SectorFormat::kTsv;
  bool explain = false;  // add the trace (see the file comment)
};

/// The TSV or CSV header line, with '\n'; "" for JSON Lines.
std::string SectorHeader(SectorFormat format);

/// "4.5", "3", "0.75": a score with at most two decimals.
std::string FormatScore(double score);

/// Appends the article-level result of one document.
void AppendArticleSectors(const Document& doc, const SectorLexicon& lexicon,
                          std::span<const SectorScore> sectors, const SectorWriteOptions& options,
                          std::string* out);

/// Appends the sentence-level result of one document.
void AppendSentenceSectors(const Document& doc, const SectorLexicon& lexicon,
                           std::span<const SentenceSectors> sentences,
                           const SectorWriteOptions& options, std::string* out);

/// The same two, naming the article `id` instead of doc.article->id.
void AppendArticleSectors(const Document& doc, std::string_view id, const SectorLexicon& lexicon,
                          std::span<const SectorScore> sectors, const SectorWriteOptions& options,
                          std::string* out);
void AppendSentenceSectors(const Document& doc, std::string_view id, const SectorLexicon& lexicon,
                           std::span<const SentenceSectors> sentences,
                           const SectorWriteOptions& options, std::string* out);

/// Appends an article id as the two write it (escaped or quoted for the
/// format), for the analysis cache (cached_output.h).
void AppendSectorArticleId(SectorFormat format, std::string_view id, std::string* out);

}  // namespace kiji

#endif  // KIJI_SECTOR_WRITER_H_
