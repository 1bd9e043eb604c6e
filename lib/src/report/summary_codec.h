// The per-article summary of `kiji report` as bytes, for the analysis
// cache: a warm report decodes each article's summary and adds it up,
// instead of decoding its tokens and summarizing them again.
//
// Only what the article's text and blocks decide is stored (the key of a
// cached value is their hash): sentence, token and character counts, the
// tagged sectors as lexicon indices with their evidence sentences, the
// statements, and the term and compound counts (sorted keys, each stored as
// the length of the prefix it shares with the previous one and the rest).
// The metadata (id, title, date, source, URL) comes from the Article each
// time, as two files with one text may differ in them. Summaries are
// stored unfiltered: --sector, --from and --to apply after decoding
// (ApplyFilters), so one entry serves every filter.
//
// DecodeSummary() checks every length, count and index and the order of
// the keys, and returns false for bytes it did not write (another version,
// damage), never reading out of bounds. Pure functions, thread-safe.
#ifndef KIJI_REPORT_SUMMARY_CODEC_H_
#define KIJI_REPORT_SUMMARY_CODEC_H_

#include <string>
#include <string_view>

#include "kiji/lexicon.h"
#include "report/article_summary.h"

namespace kiji::report {

/// Appends the encoding of an unfiltered summary (SummarizeAll) to *out.
void EncodeSummary(const ArticleSummary& s, std::string* out);

/// Fills *s from bytes EncodeSummary wrote, with the lexicon the summary was
/// made with: the sector ids, the term and compound hashes; the metadata of
/// record.row is left for FillArticleMetadata. False (and *s unspecified)
/// when the bytes do not decode or name a sector the lexicon lacks.
bool DecodeSummary(std::string_view bytes, const SectorLexicon& lexicon, ArticleSummary* s);

}  // namespace kiji::report

#endif  // KIJI_REPORT_SUMMARY_CODEC_H_
