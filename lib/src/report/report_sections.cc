// The sections of a Report from the Aggregate and the merged TermCounts.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "kiji/collocations.h"
#include "kiji/flr.h"
#include "kiji/frequency.h"
#include "kiji/keyness.h"
#include "kiji/ranking.h"
#include "report/aggregate.h"

namespace kiji::report {
namespace {

// Counts by articles descending, then name.
std::vector<NamedCount> ByCount(const std::map<std::string, uint64_t>& m) {
  std::vector<NamedCount> out;
  for (const auto& [name, n] : m) out.push_back({name, n});
  std::stable_sort(out.begin(), out.end(),
                   [](const NamedCount& a, const NamedCount& b) { return a.articles > b.articles; });
  return out;
}

// "YYYY-MM" of every month from `first` to `last`.
std::vector<std::string> MonthRange(const std::string& first, const std::string& last) {
  std::vector<std::string> out;
  if (first.empty()) return out;
  int y = std::stoi(first.substr(0, 4)), m = std::stoi(first.substr(5, 2));
  const std::string end = last.substr(0, 7);
  for (std::string cur = first.substr(0, 7); cur <= end;) {
    out.push_back(cur);
    if (++m > 12) m = 1, ++y;
    cur = fmt::format("{:04}-{:02}", y, m);
  }
  return out;
}

std::vector<KeynessTerm> OverRepresented(const TermTable& target, uint64_t n1,
                                         const TermTable& reference, uint64_t n2, size_t top) {
  std::vector<KeynessTerm> out;
  if (n1 + n2 == 0) return out;
  for (const KeynessRow& r : KeynessTable(target, n1, reference, n2, 2)) {
    if (out.size() >= top || r.scores.g2 <= 0 || r.target == 0) break;
    out.push_back({std::string(r.term), r.target, r.reference, r.scores.g2, r.scores.log_ratio,
                   r.scores.p});
  }
  return out;
}

// A sector's over-represented terms against the rest of the corpus (total
// minus the sector), as OverRepresented(group, n1, rest, n2, top) ranks them:
// only the sector's terms can score g2 > 0, so only they are scored, and
// only the first `top` are sorted.
std::vector<KeynessTerm> SectorKeywords(const TermTable& group, uint64_t n1,
                                        const TermTable& total, uint64_t n, size_t top) {
  std::vector<KeynessTerm> out;
  if (n == 0) return out;
  const uint64_t n2 = n - n1;
  group.ForEach([&](std::string_view term, const TermEntry& e) {
    const uint64_t b = total.Find(term)->tf - e.tf;
    if (e.tf == 0 || e.tf + b < 2) return;
    const KeynessScores s = Keyness(e.tf, b, n1, n2);
    if (s.g2 > 0) out.push_back({std::string(term), e.tf, b, s.g2, s.log_ratio, s.p});
  });
  auto better = [](const KeynessTerm& x, const KeynessTerm& y) {
    return x.g2 != y.g2 ? x.g2 > y.g2 : x.term < y.term;
  };
  const size_t keep = std::min(top, out.size());
  std::partial_sort(out.begin(), out.begin() + keep, out.end(), better);
  out.resize(keep);
  return out;
}

}  // namespace

void BuildOverview(const Aggregate& agg, const TermCounts& counts, Overview* out) {
  *out = agg.overview();
  out->terms = counts.tokens();
  for (const std::string& month : MonthRange(out->first_date, out->last_date)) {
    auto it = agg.months().find(month);
    out->per_month.push_back({month, it == agg.months().end() ? 0 : it->second});
  }
  out->date_origins = ByCount(agg.origins());
  out->sources = ByCount(agg.sources());
}

void BuildSectors(const Aggregate& agg, const TermCounts& counts,
                  const std::vector<MonthCount>& months, Sectors* out) {
  const auto& sectors = agg.lexicon().sectors();
  const ReportOptions& opt = agg.options();
  const uint64_t articles = agg.overview().articles;
  std::vector<uint32_t> listed;  // lexicon indices of cooperation sectors
  for (uint32_t i = 0; i < sectors.size(); ++i) {
    if (!sectors[i].offtopic) listed.push_back(i);
  }
  for (uint32_t i : listed) {
    SectorSummary s;
    s.id = sectors[i].id;
    s.label_ja = sectors[i].label_ja;
    s.label_en = sectors[i].label_en;
    s.articles = agg.sector_pairs()[i][i];
    s.share = articles == 0 ? 0 : double(s.articles) / double(articles);
    if (auto g = counts.groups().find(s.id); g != counts.groups().end()) {
      s.keywords = SectorKeywords(g->second.terms, g->second.tokens, counts.terms(),
                                  counts.tokens(), opt.sector_keywords);
    }
    for (const NamedCount& c : ByCount(agg.sector_speakers()[i])) {
      if (s.speakers.size() >= opt.top) break;
      s.speakers.push_back({c.name, c.articles});
    }
    s.evidence = agg.sector_evidence()[i];
    out->sectors.push_back(std::move(s));
    std::vector<uint64_t> row;
    for (uint32_t j : listed) row.push_back(agg.sector_pairs()[i][j]);
    out->cooccurrence.push_back(std::move(row));
  }
  for (const MonthCount& m : months) {
    SectorMonth sm{m.month, std::vector<uint64_t>(listed.size(), 0)};
    if (auto it = agg.sector_months().find(m.month); it != agg.sector_months().end()) {
      for (size_t k = 0; k < listed.size(); ++k) sm.articles[k] = it->second[listed[k]];
    }
    out->per_month.push_back(std::move(sm));
  }
  uint64_t tagged = 0;
  for (const ArticleRow& r : agg.rows()) tagged += r.sectors.empty() ? 0 : 1;
  out->untagged_articles = articles - tagged;
}

void BuildKeywords(const Aggregate& agg, const TermCounts& counts,
                   const ReportReference& reference, Keywords* out) {
  const ReportOptions& opt = agg.options();
  // Rows are made only for the terms that rank in a table: the corpus has
  // hundreds of thousands of terms and each table shows opt.top of them.
  const std::vector<FrequencyRow> freq =
      FrequencyRows(counts.terms(), counts.tokens(), counts.articles(), 1);
  auto row = [&](size_t i) {
    const FrequencyRow& f = freq[i];
    return TermRow{std::string(f.term), f.tf, f.df, double(f.tf) * f.idf};
  };
  const size_t top = std::min(opt.top, freq.size());
  // The first `top` indices of `freq` by `before`, in order.
  auto first = [&](auto before) {
    std::vector<size_t> order(freq.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(),
                      [&](size_t a, size_t b) { return before(freq[a], freq[b]); });
    order.resize(top);
    return order;
  };
  for (size_t i : first(FrequencyBefore)) out->by_frequency.push_back(row(i));
  // By df, then the frequency order (tf, then term).
  for (size_t i : first([](const FrequencyRow& x, const FrequencyRow& y) {
         return x.df != y.df ? x.df > y.df : FrequencyBefore(x, y);
       })) {
    out->by_df.push_back(row(i));
  }
  // (top 0 would mean all rows to RankOrderTop; `top` then keeps none)
  std::vector<RankKey> keys;
  keys.reserve(freq.size());
  for (const FrequencyRow& f : freq) keys.push_back({double(f.tf) * f.idf, f.tf, f.term});
  const std::vector<size_t> by_tfidf = RankOrderTop(keys, std::max<size_t>(opt.top, 1));
  for (size_t k = 0; k < top && k < by_tfidf.size(); ++k) out->by_tfidf.push_back(row(by_tfidf[k]));
  for (size_t i = 0; i < out->by_frequency.size() && i < opt.collocation_nodes; ++i) {
    LeadingTerm lt{out->by_frequency[i].term, out->by_frequency[i].tf, {}};
    if (opt.window == 0) {
      lt.collocates = ArticleCollocates(agg, counts, lt.term);
      out->collocations.push_back(std::move(lt));
      continue;
    }
    CollocationQuery q;
    q.node = lt.term;
    q.min_freq = 2;
    q.top = opt.collocates;
    for (const CollocationRow& c : Collocations(counts, q)) {
      std::string_view other = c.terms[0] == lt.term ? c.terms[1] : c.terms[0];
      lt.collocates.push_back({std::string(other), c.freq, c.scores.log_dice, c.scores.pmi});
    }
    out->collocations.push_back(std::move(lt));
  }
  if (reference.counts != nullptr) {
    out->reference = reference.name;
    out->reference_articles = reference.counts->articles();
    out->reference_terms = reference.counts->tokens();
    out->keyness = OverRepresented(counts.terms(), counts.tokens(), reference.counts->terms(),
                                   reference.counts->tokens(), opt.top);
  }
}

void BuildCompounds(const TermCounts& counts, const ReportOptions& opt,
                    std::vector<CompoundRow>* out) {
  for (FlrRow& r : ScoreFlr(counts.compounds(), 2, std::max<size_t>(opt.top, 1))) {
    if (out->size() >= opt.top) break;
    out->push_back({r.term, r.parts, r.length, r.freq, r.df, r.flr});
  }
}

std::vector<Collocate> ArticleCollocates(const Aggregate& agg, const TermCounts& counts,
                                         const std::string& term) {
  const uint32_t x = agg.FindTerm(term);
  std::vector<Collocate> out;
  if (x == UINT32_MAX || agg.options().collocates == 0) return out;
  std::vector<uint64_t> both(agg.term_names().size(), 0);
  for (const TermIdCounts& terms : agg.article_terms()) {
    auto it = std::lower_bound(terms.begin(), terms.end(), std::make_pair(x, uint32_t{0}));
    if (it == terms.end() || it->first != x) continue;
    for (const auto& [id, n] : terms) both[id] += id == x ? 0 : 1;
  }
  // The document frequencies by id are the ones FillCounts() put into
  // counts.terms(); only the collocates that rank are made into rows.
  const std::vector<uint64_t>& df = agg.term_df();
  std::vector<uint32_t> ids;
  std::vector<CollocationScores> scores;
  std::vector<RankKey> keys;
  for (uint32_t y = 0; y < both.size(); ++y) {
    if (both[y] < 2) continue;
    ids.push_back(y);
    scores.push_back(PairScores(both[y], df[x], df[y], counts.articles()));
    keys.push_back({scores.back().log_dice, both[y], agg.term_names()[y]});
  }
  for (size_t i : RankOrderTop(keys, agg.options().collocates)) {
    const uint32_t y = ids[i];
    out.push_back({agg.term_names()[y], both[y], scores[i].log_dice, scores[i].pmi});
  }
  return out;
}

void BuildSpeakers(const Aggregate& agg, std::vector<SpeakerRow>* out) {
  std::vector<const SpeakerStats*> order;
  for (const auto& [key, s] : agg.speakers()) order.push_back(&s);
  std::stable_sort(order.begin(), order.end(), [](const SpeakerStats* a, const SpeakerStats* b) {
    return a->statements != b->statements ? a->statements > b->statements
                                          : a->articles > b->articles;
  });
  const ReportOptions& opt = agg.options();
  for (const SpeakerStats* s : order) {
    if (out->size() >= opt.top) break;
    SpeakerRow row{s->name, s->type, "", s->statements, s->articles, ByCount(s->sectors), {}};
    uint64_t best = 0;
    for (const auto& [role, n] : s->roles) {
      if (n > best) row.role = role, best = n;
    }
    if (out->size() < opt.quoted_speakers) row.quotes = s->quotes;
    out->push_back(std::move(row));
  }
}

void AddArticleKeywords(Aggregate& agg, const TermCounts& counts, size_t begin, size_t end) {
  const size_t top = agg.options().article_keywords;
  for (size_t i = begin; i < end && i < agg.rows().size(); ++i) {
    // TfIdf() of the article's terms against the corpus, with the document
    // frequencies the aggregate already holds by term id.
    std::vector<TfIdfRow> terms;
    terms.reserve(agg.article_terms()[i].size());
    for (const auto& [id, n] : agg.article_terms()[i]) {
      terms.push_back({agg.term_names()[id], n, agg.term_df()[id]});
    }
    ArticleRow& row = agg.mutable_rows()[i];
    for (TfIdfRow& t : RankTfIdf(std::move(terms), counts.articles(), TfScheme::kLog, top)) {
      row.keywords.push_back(std::move(t.term));
    }
  }
}

}  // namespace kiji::report
