// ArticleSummary: what `kiji report` keeps of one analyzed article — its
// ArticleRecord (a few hundred bytes of metadata, its sectors, statements,
// term and compound counts) and lexicon indices — so that the Document
// (tokens) can be dropped as soon as it is summarized. Summarize() runs on a
// worker thread; pure, thread-safe.
#ifndef KIJI_REPORT_ARTICLE_SUMMARY_H_
#define KIJI_REPORT_ARTICLE_SUMMARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/article_record.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "kiji/report.h"
#include "kiji/status.h"
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

struct ArticleSummary {
  ArticleRecord record;           // what a counts file keeps of the article
  std::vector<uint32_t> sectors;  // lexicon indices of record.row.sectors
  std::vector<uint32_t> evidence_sectors;  // lexicon index of each record.evidence
  // TermInterner::Hash() of each term of record.terms, computed on the
  // worker; empty when not computed (the aggregate then hashes them).
  std::vector<uint64_t> term_hashes;
  // TermTable::KeyHash() of each compound of record.compounds, the same way.
  std::vector<uint64_t> compound_hashes;
  bool kept = true;  // passes --sector / --from / --to
};

struct SummaryContext {
  const SectorLexicon* sectors = nullptr;
  const QuoteLexicon* quotes = nullptr;
  const TermExtractor* terms = nullptr;
  const ReportOptions* options = nullptr;
};

/// Fills record->unigrams, terms and compounds from the article's tokens
/// (summary_terms.cc): what TermCounts::Add() would count of it. When
/// `term_hashes` is not null, appends TermInterner::Hash() of each term of
/// record->terms, in its order; `compound_hashes` the same for compounds.
void CountArticleTerms(const Document& doc, const TermExtractor& terms, ArticleRecord* record,
                       std::vector<uint64_t>* term_hashes = nullptr,
                       std::vector<uint64_t>* compound_hashes = nullptr);

/// Summarizes one analyzed article (sets `kept` from the options' filters;
/// statements, terms and compounds only of kept articles).
ArticleSummary Summarize(const Document& doc, const SummaryContext& ctx);

/// The same without the options' filters (`kept`, statements, terms and
/// compounds of every article): what the analysis cache keeps.
ArticleSummary SummarizeAll(const Document& doc, const SummaryContext& ctx);

/// Sets s->kept from the options' filters and drops what Summarize() leaves
/// out of an article that is not kept: SummarizeAll then ApplyFilters gives
/// Summarize().
void ApplyFilters(const ReportOptions& options, ArticleSummary* s);

/// The id, title, date (and its origin), source and URL of record rows.
void FillArticleMetadata(const Article& a, ArticleRow* row);

/// The summary of a record read from counts: the same as Summarize() gave
/// for its article. An error when it names a sector the lexicon lacks.
Result<ArticleSummary> SummaryOfRecord(ArticleRecord record, const SectorLexicon& lexicon,
                                       const ReportOptions& options);

}  // namespace kiji::report

#endif  // KIJI_REPORT_ARTICLE_SUMMARY_H_
