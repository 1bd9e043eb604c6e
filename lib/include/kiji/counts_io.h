// The counts file: TermCounts written as versioned, sorted, line-based text,
// so `kiji count` shards can be stored, shipped and merged (`kiji merge`),
// and every statistic can start from them instead of from articles.
//
// Grammar (docs/formats.md "Counts files"); fields TAB-separated and escaped
// as in every kiji TSV (\\ \t \n \r):
//
//   file     := "kiji-counts" TAB version NL { meta } totals { group } { record } end
//   meta     := "meta" TAB key TAB value NL          (sorted by key)
//   totals   := "articles" TAB n NL "tokens" TAB n NL
//   group    := "group" TAB name TAB articles TAB tokens NL   (sorted by name)
//   record   := kind TAB tf TAB df TAB field { TAB field } NL
//   kind     := "term" | "pair" | "triple" | "compound" | "gterm"
//   end      := "end" TAB number-of-lines-before-this-one NL
//   (version 2: { article-record } between the records and end, see below)
//
// term: one field (the term); gterm: group, term; pair: two terms; triple:
// three; compound: its parts. Records come in that kind order, each kind
// sorted by its fields. Equal counts give byte-identical files, so merging
// shards reproduces one run exactly. The "end" line detects truncated files.
//
// Version 2 adds article records (`kiji count --report`, article_record.h):
// after the compound records, for each article in input order, an
// "article" line and its "asector", "evidence", "statement", "aterm" and
// "acompound" lines (docs/formats.md "Article records"). A file holds them
// for every article counted or for none. WriteCounts() writes version 1 when
// there are no article records, so such files read as before; readers take
// versions 1 and 2 and refuse a newer one.
// Pure functions; thread-safe.
//
//   std::string text = kiji::WriteCounts(counts);
//   KIJI_ASSIGN_OR_RETURN(kiji::TermCounts back, kiji::ParseCounts(text, "a.counts"));
#ifndef KIJI_COUNTS_IO_H_
#define KIJI_COUNTS_IO_H_

#include <string>
#include <string_view>
#include <vector>

#include "kiji/status.h"
#include "kiji/term_stats.h"

namespace kiji {

/// The newest format version: the one WriteCounts() writes for counts with
/// article records (version 1 without them).
inline constexpr int kCountsFormatVersion = 2;

/// Serializes `counts` (deterministic: sorted).
std::string WriteCounts(const TermCounts& counts);

/// Parses a counts file; errors are "PATH:LINE: message".
Result<TermCounts> ParseCounts(std::string_view text, const std::string& path);

/// Reads and parses a counts file.
Result<TermCounts> ReadCountsFile(const std::string& path);

/// True when `bytes` starts like a counts file ("kiji-counts\t").
bool LooksLikeCounts(std::string_view bytes);

/// True when the file at `path` starts like a counts file.
bool IsCountsFile(const std::string& path);

/// Reads counts files and merges them; a file whose metadata differ from the
/// first one's is an error naming both files.
Result<TermCounts> ReadCounts(const std::vector<std::string>& paths);

}  // namespace kiji

#endif  // KIJI_COUNTS_IO_H_
