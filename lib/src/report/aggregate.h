// Aggregate: the state `kiji report` keeps between articles, on the calling
// thread, filled from ArticleSummary values in input order; and the section
// builders that turn it and the merged TermCounts into a Report.
#ifndef KIJI_REPORT_AGGREGATE_H_
#define KIJI_REPORT_AGGREGATE_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "kiji/lexicon.h"
#include "kiji/report.h"
#include "kiji/report_builder.h"
#include "kiji/term_stats.h"
#include "report/article_summary.h"
#include "stats/term_interner.h"

namespace kiji::report {

struct SpeakerStats {
  std::string name, type;
  uint64_t statements = 0, articles = 0;
  std::map<std::string, uint64_t> roles;
  std::map<std::string, uint64_t> sectors;  // sector id -> articles
  std::vector<Quote> quotes;                // the first ones, input order
};

// An article's distinct terms as (term id, count), sorted by id.
using TermIdCounts = std::vector<std::pair<uint32_t, uint32_t>>;

class Aggregate {
 public:
  Aggregate(const SectorLexicon& lexicon, const ReportOptions& options);
  /// Adds one summary (in input order); filtered-out articles are skipped.
  void Add(ArticleSummary s);

  const ReportOptions& options() const { return options_; }
  const SectorLexicon& lexicon() const { return lexicon_; }
  const Overview& overview() const { return overview_; }
  const std::map<std::string, uint64_t>& months() const { return months_; }
  const std::map<std::string, uint64_t>& origins() const { return origins_; }
  const std::map<std::string, uint64_t>& sources() const { return sources_; }
  const std::vector<ArticleRow>& rows() const { return rows_; }
  std::vector<ArticleRow>& mutable_rows() { return rows_; }
  const std::vector<TermIdCounts>& article_terms() const { return article_terms_; }
  const std::vector<std::string>& term_names() const { return terms_.names(); }
  /// TermTable::KeyHash() of each term, by id.
  const std::vector<uint64_t>& term_hashes() const { return terms_.hashes(); }
  /// Articles holding each term, by term id.
  const std::vector<uint64_t>& term_df() const { return term_df_; }
  const std::vector<std::vector<uint64_t>>& sector_pairs() const { return sector_pairs_; }
  const std::map<std::string, std::vector<uint64_t>>& sector_months() const {
    return sector_months_;
  }
  const std::vector<std::vector<EvidenceSentence>>& sector_evidence() const {
    return sector_evidence_;
  }
  const std::vector<std::map<std::string, uint64_t>>& sector_speakers() const {
    return sector_speakers_;
  }
  const std::map<std::pair<std::string, std::string>, SpeakerStats>& speakers() const {
    return speakers_;
  }
  /// The ids of a term, or UINT32_MAX.
  uint32_t FindTerm(std::string_view term) const;

  /// Fills `counts` (made with the report's CountOptions, empty) with what
  /// TermCounts::Add() of every kept article would have counted: terms,
  /// sector groups, compounds and totals, added up from the articles' rows
  /// (aggregate_counts.cc). Pairs are not in the rows. Moves the compound
  /// table into `counts`: call it once, after the last Add().
  void FillCounts(TermCounts* counts);

 private:
  void AddCounts(const ArticleSummary& s);
  void AddSpeakers(const ArticleSummary& s, uint32_t article);

  const SectorLexicon& lexicon_;
  ReportOptions options_;
  Overview overview_;
  std::map<std::string, uint64_t> months_, origins_, sources_;
  std::vector<ArticleRow> rows_;
  std::vector<TermIdCounts> article_terms_;
  TermInterner terms_;
  std::vector<uint64_t> term_tf_, term_df_;          // by term id
  std::vector<uint64_t> article_unigrams_;           // by article
  std::vector<std::vector<uint32_t>> article_sectors_;  // lexicon indices, by article
  uint64_t unigrams_ = 0;
  TermTable compounds_;
  std::vector<std::vector<uint64_t>> sector_pairs_;  // lexicon indices
  std::map<std::string, std::vector<uint64_t>> sector_months_;
  std::vector<std::vector<EvidenceSentence>> sector_evidence_;
  std::vector<std::map<std::string, uint64_t>> sector_speakers_;  // name -> statements
  std::map<std::pair<std::string, std::string>, SpeakerStats> speakers_;
};

/// Section builders (report_sections.cc, network.cc).
void BuildOverview(const Aggregate& agg, const TermCounts& counts, Overview* out);
void BuildSectors(const Aggregate& agg, const TermCounts& counts,
                  const std::vector<MonthCount>& months, Sectors* out);
/// Keywords but for the compounds: terms by frequency, df and TF-IDF,
/// collocations, keyness against the reference.
void BuildKeywords(const Aggregate& agg, const TermCounts& counts,
                   const ReportReference& reference, Keywords* out);
/// Keywords::compounds: compound terms by FLR.
void BuildCompounds(const TermCounts& counts, const ReportOptions& opt,
                    std::vector<CompoundRow>* out);
/// Collocates of `term` by articles holding both (log-Dice over document
/// frequencies, collocations.h PairScores with N = articles).
std::vector<Collocate> ArticleCollocates(const Aggregate& agg, const TermCounts& counts,
                                         const std::string& term);
void BuildSpeakers(const Aggregate& agg, std::vector<SpeakerRow>* out);
/// The keywords (TF-IDF) of the rows [begin, end): each row is written by
/// one call only, so calls on disjoint ranges may run side by side.
void AddArticleKeywords(Aggregate& agg, const TermCounts& counts, size_t begin, size_t end);
void BuildNetwork(const Aggregate& agg, const std::vector<TermRow>& by_frequency,
                  const ReportOptions& opt, Network* out);
/// Positions in [0, 1]^2 for the nodes (force-directed, fixed start and
/// iterations: deterministic).
void LayoutNetwork(Network* net);

}  // namespace kiji::report

#endif  // KIJI_REPORT_AGGREGATE_H_
