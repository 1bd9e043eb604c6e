// Report: the data model of `kiji report`, one plain struct per section.
//
// A Report is what one pass over a corpus (or merged counts) yields: the
// builder (kiji/report_builder.h) fills it, the writers turn it into JSON
// ("schema": "kiji-report/1", docs/report.md), Markdown or HTML. Everything a
// chart shows is a number here, so every format can print the data behind it.
//
// Conventions for every section:
//   - Articles are referred to by `article`, an index into Report::articles
//     (input order); ArticleRow::id is the stable name (file path or JSON id).
//     The HTML anchor of article i is "article-<i>" (1-based in the page is
//     the renderer's business; the index here is 0-based).
//   - Sectors are referred to by their lexicon id ("trade"); Sectors::sectors
//     holds every cooperation sector of the lexicon in lexicon order
//     (off-topic genres are never listed), and that order also indexes the
//     co-occurrence matrix and SectorMonth::articles.
//   - Months are "YYYY-MM"; dates are "YYYY-MM-DD".
//   - Spans (start, end) are half-open Unicode code points into the
//     article's original text, as everywhere in kiji.
//   - Lists are sorted by the key their comment names, ties by term / name
//     in code point order, so a Report is the same for any -j.
//   - Table lengths are capped by ReportOptions (`--top`).
// Plain data: copyable, no invariants beyond the comments.
#ifndef KIJI_REPORT_H_
#define KIJI_REPORT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiji {

// ---------------------------------------------------------------- options

struct ReportOptions {
  std::string title;            // --title; empty: "kiji report"
  size_t top = 20;              // --top: length of term and speaker tables
  std::string sector;           // --sector ID: only articles tagged with it; empty: all
  std::string from, to;         // --from / --to YYYY-MM-DD (inclusive); empty: open.
                                // With either, undated articles are left out.
  size_t article_keywords = 5;  // keywords per ArticleRow
  size_t sector_keywords = 10;  // keywords per sector (G2)
  size_t evidence_per_sector = 3;
  size_t quotes_per_speaker = 3;
  size_t quoted_speakers = 10;   // leading speakers that get sample quotes
  size_t collocation_nodes = 5;  // leading terms whose collocates are listed
  size_t collocates = 5;         // collocates per leading term
  // Collocates of the leading terms: 0 (default) by articles holding both
  // terms (cheap: from the per-article summaries); N > 0 by co-occurrence
  // within N kept terms in a sentence (counts every pair of the corpus:
  // several times slower and memory that grows with the pairs).
  int window = 0;
  size_t network_nodes = 30;     // node cap of the co-occurrence network
  size_t network_edges = 60;     // edges kept (top by Jaccard)
  bool timing = true;            // record run time (off: --no-timing, for goldens)
};

// ---------------------------------------------------------------- overview

struct MonthCount {
  std::string month;      // "YYYY-MM"
  uint64_t articles = 0;  // dated articles of that month
};

struct NamedCount {
  std::string name;
  uint64_t articles = 0;
};

struct Overview {
  uint64_t articles = 0;    // articles in the report (after --sector/--from/--to)
  uint64_t sentences = 0;   // sentences (titles and headings included)
  uint64_t tokens = 0;      // MeCab tokens
  uint64_t terms = 0;       // unigram term occurrences (N of every statistic)
  uint64_t characters = 0;  // code points of the articles' original texts
  uint64_t dated_articles = 0;
  std::string first_date;  // earliest "YYYY-MM-DD"; empty when no article is dated
  std::string last_date;   // latest
  // Every month from first_date's to last_date's, ascending, months without
  // articles included (articles = 0): the bars of the per-month chart.
  std::vector<MonthCount> per_month;
  // Where dates came from, by articles descending: name is "livedoor" (the
  // livedoor date line), "jsonl" (the record's "date"), "text" (a date written
  // in the first paragraph, 2025年6月17日) or "none" (undated).
  std::vector<NamedCount> date_origins;
  // Sources / publishers, by articles descending: the "Reference(s):" footer's
  // publisher, the livedoor URL host, or JSON Lines "source"; articles
  // without one are counted under "" (shown as "unknown").
  std::vector<NamedCount> sources;
};

// ---------------------------------------------------------------- sectors

struct KeynessTerm {
  std::string term;
  uint64_t target = 0;     // occurrences in the target (sector / corpus)
  uint64_t reference = 0;  // occurrences in the reference (rest / --reference)
  double g2 = 0;           // signed log-likelihood (keyness.h)
  double log_ratio = 0;    // binary log of the ratio of relative frequencies
  double p = 1;            // p-value of |g2|
};

struct EvidenceSentence {
  uint32_t article = 0;            // index into Report::articles
  std::string text;                // the sentence, original text
  uint32_t start = 0, end = 0;     // the sentence's span in the article
  std::vector<std::string> terms;  // lexicon terms that matched in it, in text order
};

struct SpeakerCount {
  std::string name;         // SpeakerRow::name
  uint64_t statements = 0;  // statements in the sector's articles
};

struct SectorSummary {
  std::string id;         // lexicon id ("trade")
  std::string label_ja;   // 貿易
  std::string label_en;   // Trade
  uint64_t articles = 0;  // articles tagged with it
  double share = 0;       // articles / Overview::articles (0 when none)
  // Top terms of its articles against the other articles by signed G2
  // (over-represented only, g2 > 0), at most sector_keywords.
  std::vector<KeynessTerm> keywords;
  // Speakers quoted in its articles, by statements descending, at most top.
  std::vector<SpeakerCount> speakers;
  // The highest-scoring evidence sentences: the sentence with the most
  // evidence hits of each of its first tagged articles in input order, at
  // most evidence_per_sector, one per article.
  std::vector<EvidenceSentence> evidence;
};

struct SectorMonth {
  std::string month;               // "YYYY-MM", same months as Overview::per_month
  std::vector<uint64_t> articles;  // per sector, indexed like Sectors::sectors
};

struct Sectors {
  std::vector<SectorSummary> sectors;  // every cooperation sector, lexicon order
  // cooccurrence[i][j]: articles tagged with both sectors i and j; the
  // diagonal is SectorSummary::articles. Square, sectors.size() wide.
  std::vector<std::vector<uint64_t>> cooccurrence;
  std::vector<SectorMonth> per_month;  // empty when no article is dated
  uint64_t untagged_articles = 0;      // articles with no sector
};

// ---------------------------------------------------------------- keywords

struct TermRow {
  std::string term;
  uint64_t tf = 0;   // occurrences
  uint64_t df = 0;   // articles holding it
  double tfidf = 0;  // tf * ln(articles / df) (frequency.h Idf)
};

struct CompoundRow {
  std::string term;     // the parts concatenated (中央アジア地域)
  std::string parts;    // the parts separated by spaces
  uint32_t length = 0;  // number of parts
  uint64_t freq = 0;
  uint64_t df = 0;
  double flr = 0;  // FLR score (flr.h)
};

struct Collocate {
  std::string term;
  uint64_t freq = 0;  // articles holding both (window 0), or co-occurrences in the window
  double log_dice = 0;
  double pmi = 0;
};

struct LeadingTerm {
  std::string term;  // one of the leading terms by frequency
  uint64_t tf = 0;
  std::vector<Collocate> collocates;  // by log-Dice descending
};

struct Keywords {
  std::vector<TermRow> by_frequency;      // tf descending
  std::vector<TermRow> by_df;             // df descending, then tf descending
  std::vector<TermRow> by_tfidf;          // tfidf descending
  std::vector<CompoundRow> compounds;     // compounds of 2+ parts, flr descending
  std::vector<LeadingTerm> collocations;  // the first collocation_nodes of by_frequency
  // --reference: what was given (path or counts file), empty when none; then
  // its totals and the corpus's over-represented terms (g2 > 0, descending).
  std::string reference;
  uint64_t reference_articles = 0;
  uint64_t reference_terms = 0;
  std::vector<KeynessTerm> keyness;
};

// ---------------------------------------------------------------- network

struct NetworkNode {
  std::string term;
  uint64_t tf = 0;      // frequency (node size)
  uint64_t df = 0;      // articles holding it
  double x = 0, y = 0;  // layout by kiji, both in [0, 1]; deterministic
};

struct NetworkEdge {
  uint32_t source = 0, target = 0;  // indices into Network::nodes, source < target
  uint64_t articles = 0;            // articles holding both terms
  double jaccard = 0;               // articles / articles holding either
};

struct Network {
  // The network_nodes most frequent terms (by tf, like Keywords::by_frequency).
  std::vector<NetworkNode> nodes;
  // The network_edges pairs of nodes with the highest Jaccard (ties: more
  // articles, then node indices), jaccard > 0 only.
  std::vector<NetworkEdge> edges;
};

// ---------------------------------------------------------------- speakers

struct Quote {
  uint32_t article = 0;         // index into Report::articles
  std::string kind;             // "direct", "indirect", "according_to"
  std::string text;             // the quote, original text
  std::string verb;             // reporting verb (dictionary form); may be empty
  uint32_t start = 0, end = 0;  // the quote's span in the article
};

struct SpeakerRow {
  std::string name;  // fullest form the articles use (崔征), or the description
  std::string type;  // "person", "organization", "description"
  std::string role;  // most frequent non-empty role; may be empty
  uint64_t statements = 0;
  uint64_t articles = 0;
  std::vector<NamedCount> sectors;  // sectors of its articles, articles descending
  // The first quotes_per_speaker statements in input order; only for the
  // first quoted_speakers rows, empty for the others.
  std::vector<Quote> quotes;
};

// ---------------------------------------------------------------- articles

struct ArticleRow {
  std::string id;  // file path as given, or the JSON record's "id"
  std::string title;
  std::string date;         // "YYYY-MM-DD" or ""
  std::string date_origin;  // as Overview::date_origins
  std::string source;       // publisher or ""
  std::string url;          // may be empty
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t characters = 0;
  std::vector<std::string> sectors;   // tagged sector ids, by score descending
  std::vector<std::string> keywords;  // top article_keywords by TF-IDF (smooth IDF, log TF)
  std::vector<std::string> speakers;  // speakers quoted, by statements descending
};

// ---------------------------------------------------------------- provenance

struct Provenance {
  std::string kiji_version;
  std::string mecab_version;
  std::string dictionary;              // layout ("ipadic", "unidic", ...)
  std::string dictionary_fingerprint;  // fingerprint.h
  std::string terms;                   // domain terms identity ("none" without)
  std::string stopwords;               // stopwords fingerprint ("none" without)
  // Sector lexicon and quote lexicon files: (file name, fingerprint).
  std::vector<std::pair<std::string, std::string>> lexicons;
  // The options that shape the content (top, sector, from, to, reference,
  // window, ...), as (name, value) in name order. Never -j: it does not
  // change the report.
  std::vector<std::pair<std::string, std::string>> options;
  // Facts of the run rather than of the corpus: whether the report was built
  // from counts (--counts) rather than articles, and the wall-clock run time
  // in seconds (-1: not measured). Both are written only when run_facts
  // (ReportOptions::timing; off with --no-timing), so that reports of the
  // same corpus are identical bytes however they were built.
  bool run_facts = true;
  bool from_counts = false;
  double run_seconds = -1;
};

// ---------------------------------------------------------------- report

struct Report {
  std::string title;
  Overview overview;
  Sectors sectors;
  Keywords keywords;
  Network network;
  std::vector<SpeakerRow> speakers;  // statements descending, at most top
  std::vector<ArticleRow> articles;  // every article of the report, input order
  Provenance provenance;
};

// ---------------------------------------------------------------- writers

enum class ReportFormat { kHtml, kMarkdown, kJson };

/// Parses "html", "md" / "markdown", "json".
bool ParseReportFormat(std::string_view s, ReportFormat* out);
/// The format a file name implies (.html/.htm, .md/.markdown, .json); false
/// when the extension is none of them.
bool ReportFormatOfPath(std::string_view path, ReportFormat* out);

/// JSON, "schema": "kiji-report/1" (docs/report.md), one object, 2-space
/// indented, newline-terminated.
std::string ReportJson(const Report& report);
/// Markdown: the same content, charts as tables.
std::string ReportMarkdown(const Report& report);

}  // namespace kiji

#endif  // KIJI_REPORT_H_
