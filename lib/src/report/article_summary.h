// ArticleSummary: what `kiji report` keeps of one analyzed article — a few
// hundred bytes of metadata, its term counts, its sectors and statements —
// so that the Document (tokens) can be dropped as soon as it is summarized.
// Summarize() runs on a worker thread; pure, thread-safe.
#ifndef KIJI_REPORT_ARTICLE_SUMMARY_H_
#define KIJI_REPORT_ARTICLE_SUMMARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "kiji/report.h"
#include "kiji/term_selection.h"
#include "kiji/token.h"

namespace kiji::report {

/// The article's date as "YYYY-MM-DD" and where it came from ("livedoor",
/// "jsonl", "text", or "none" with an empty date). Metadata first (the
/// livedoor date line, JSON Lines "date"); else the first date written as
/// 2025年6月17日 in the first paragraph.
std::pair<std::string, std::string> ArticleDate(const Article& a);

/// True when `s` starts with YYYY-MM-DD (digits and dashes; "2012-09-01T...").
bool StartsWithIsoDate(std::string_view s);

/// "YYYY-MM-DD" of the first date written as 2025年6月17日 (ASCII or
/// full-width digits) in `text`, or "" when there is none.
std::string DateInText(std::string_view text);

/// The publisher: the "Reference(s):" footer's or JSON Lines "source"; for
/// livedoor the URL's host ("news.livedoor.com"); "" when unknown.
std::string ArticleSource(const Article& a);

/// The host of an http(s) URL ("https://a.b/c" -> "a.b"), or "".
std::string UrlHost(std::string_view url);

struct SummaryStatement {
  std::string speaker, type, role, kind, quote, verb;
  uint32_t start = 0, end = 0;
};

struct SummaryEvidence {
  uint32_t sector = 0;  // index into the lexicon's sectors
  EvidenceSentence sentence;  // article left 0: the builder sets it
};

struct ArticleSummary {
  ArticleRow row;                 // keywords and speakers filled by the builder
  std::vector<uint32_t> sectors;  // tagged sectors (lexicon indices), by score
  std::vector<SummaryEvidence> evidence;  // the best sentence of each tagged sector
  std::vector<SummaryStatement> statements;  // in text order
  std::vector<std::pair<std::string, uint64_t>> terms;  // sorted by term
  bool kept = true;  // passes --sector / --from / --to
};

struct SummaryContext {
  const SectorLexicon* sectors = nullptr;
  const QuoteLexicon* quotes = nullptr;
  const TermExtractor* terms = nullptr;
  const ReportOptions* options = nullptr;
};

/// Summarizes one analyzed article (sets `kept` from the options' filters).
ArticleSummary Summarize(const Document& doc, const SummaryContext& ctx);

}  // namespace kiji::report

#endif  // KIJI_REPORT_ARTICLE_SUMMARY_H_
