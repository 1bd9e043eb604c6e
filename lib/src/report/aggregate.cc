#include "report/aggregate.h"

#include <algorithm>

namespace kiji::report {

Aggregate::Aggregate(const SectorLexicon& lexicon, const ReportOptions& options)
    : lexicon_(lexicon), options_(options) {
  const size_t n = lexicon.sectors().size();
  sector_pairs_.assign(n, std::vector<uint64_t>(n, 0));
  sector_evidence_.resize(n);
  sector_speakers_.resize(n);
}

uint32_t Aggregate::TermId(const std::string& term) {
  auto [it, added] = term_ids_.try_emplace(term, static_cast<uint32_t>(term_names_.size()));
  if (added) term_names_.push_back(term);
  return it->second;
}

uint32_t Aggregate::FindTerm(std::string_view term) const {
  auto it = term_ids_.find(std::string(term));
  return it == term_ids_.end() ? UINT32_MAX : it->second;
}

void Aggregate::AddSpeakers(const ArticleSummary& s, uint32_t article) {
  std::map<std::pair<std::string, std::string>, uint64_t> in_article;
  for (const SummaryStatement& st : s.statements) {
    auto key = std::make_pair(st.speaker, st.type);
    SpeakerStats& sp = speakers_[key];
    sp.name = st.speaker;
    sp.type = st.type;
    ++sp.statements;
    if (!st.role.empty()) ++sp.roles[st.role];
    if (sp.quotes.size() < options_.quotes_per_speaker) {
      sp.quotes.push_back({article, st.kind, st.quote, st.verb, st.start, st.end});
    }
    if (in_article[key]++ == 0) {
      ++sp.articles;
      for (const std::string& id : s.row.sectors) ++sp.sectors[id];
    }
    for (uint32_t sector : s.sectors) ++sector_speakers_[sector][st.speaker];
  }
}

void Aggregate::Add(ArticleSummary s) {
  if (!s.kept) return;
  const uint32_t article = static_cast<uint32_t>(rows_.size());
  ++overview_.articles;
  overview_.sentences += s.row.sentences;
  overview_.tokens += s.row.tokens;
  overview_.characters += s.row.characters;
  ++origins_[s.row.date_origin];
  ++sources_[s.row.source];
  std::string month = s.row.date.empty() ? "" : s.row.date.substr(0, 7);
  if (!month.empty()) {
    ++overview_.dated_articles;
    ++months_[month];
    if (overview_.first_date.empty() || s.row.date < overview_.first_date) {
      overview_.first_date = s.row.date;
    }
    overview_.last_date = std::max(overview_.last_date, s.row.date);
    auto& per_sector = sector_months_[month];
    per_sector.resize(lexicon_.sectors().size(), 0);
    for (uint32_t sector : s.sectors) ++per_sector[sector];
  }
  for (uint32_t a : s.sectors) {
    for (uint32_t b : s.sectors) ++sector_pairs_[a][b];
  }
  for (SummaryEvidence& e : s.evidence) {
    auto& list = sector_evidence_[e.sector];
    if (list.size() >= options_.evidence_per_sector) continue;
    e.sentence.article = article;
    list.push_back(std::move(e.sentence));
  }
  AddSpeakers(s, article);
  TermIdCounts terms;
  terms.reserve(s.terms.size());
  for (const auto& [term, count] : s.terms) {
    terms.emplace_back(TermId(term), static_cast<uint32_t>(count));
  }
  std::sort(terms.begin(), terms.end());
  article_terms_.push_back(std::move(terms));
  // Speakers of the row, by statements in the article (descending), then name.
  std::map<std::string, uint64_t> by_name;
  for (const SummaryStatement& st : s.statements) ++by_name[st.speaker];
  std::vector<std::pair<std::string, uint64_t>> names(by_name.begin(), by_name.end());
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  for (auto& [name, n] : names) s.row.speakers.push_back(name);
  rows_.push_back(std::move(s.row));
}

}  // namespace kiji::report
