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

uint32_t Aggregate::FindTerm(std::string_view term) const { return terms_.Find(term); }

void Aggregate::AddSpeakers(const ArticleSummary& s, uint32_t article) {
  std::map<std::pair<std::string, std::string>, uint64_t> in_article;
  for (const RecordStatement& st : s.record.statements) {
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
      for (const std::string& id : s.record.row.sectors) ++sp.sectors[id];
    }
    for (uint32_t sector : s.sectors) ++sector_speakers_[sector][st.speaker];
  }
}

namespace {

// How many keys ahead of the one added the table slot is prefetched: the
// corpus tables outgrow the caches, and each key would otherwise wait for
// its slot's cache miss.
constexpr size_t kPrefetchAhead = 8;

// The hashes of `keys`: the ones the worker computed, or computed here
// into *scratch (summaries read from counts files have none).
const std::vector<uint64_t>& KeyHashes(const std::vector<std::pair<std::string, uint64_t>>& keys,
                                       const std::vector<uint64_t>& computed,
                                       std::vector<uint64_t>* scratch) {
  if (computed.size() == keys.size()) return computed;
  scratch->clear();
  for (const auto& kv : keys) scratch->push_back(TermTable::KeyHash(kv.first));
  return *scratch;
}

}  // namespace

void Aggregate::AddCounts(const ArticleSummary& s) {
  TermIdCounts terms;
  terms.reserve(s.record.terms.size());
  std::vector<uint64_t> scratch;
  const std::vector<uint64_t>& term_hashes = KeyHashes(s.record.terms, s.term_hashes, &scratch);
  for (size_t i = 0; i < s.record.terms.size(); ++i) {
    if (i + kPrefetchAhead < term_hashes.size()) terms_.Prefetch(term_hashes[i + kPrefetchAhead]);
    const auto& [term, count] = s.record.terms[i];
    const uint32_t id = terms_.Intern(term, term_hashes[i]);
    if (id == term_tf_.size()) term_tf_.push_back(0), term_df_.push_back(0);
    term_tf_[id] += count;
    ++term_df_[id];
    terms.emplace_back(id, static_cast<uint32_t>(count));
  }
  std::sort(terms.begin(), terms.end());
  article_terms_.push_back(std::move(terms));
  const std::vector<uint64_t>& compound_hashes =
      KeyHashes(s.record.compounds, s.compound_hashes, &scratch);
  for (size_t i = 0; i < s.record.compounds.size(); ++i) {
    if (i + kPrefetchAhead < compound_hashes.size()) {
      compounds_.Prefetch(compound_hashes[i + kPrefetchAhead]);
    }
    const auto& [key, count] = s.record.compounds[i];
    compounds_.Add(key, compound_hashes[i], count, 1);
  }
  unigrams_ += s.record.unigrams;
  article_unigrams_.push_back(s.record.unigrams);
  article_sectors_.push_back(s.sectors);
}

void Aggregate::Add(ArticleSummary s) {
  if (!s.kept) return;
  const uint32_t article = static_cast<uint32_t>(rows_.size());
  const ArticleRow& row = s.record.row;
  ++overview_.articles;
  overview_.sentences += row.sentences;
  overview_.tokens += row.tokens;
  overview_.characters += row.characters;
  ++origins_[row.date_origin];
  ++sources_[row.source];
  std::string month = row.date.empty() ? "" : row.date.substr(0, 7);
  if (!month.empty()) {
    ++overview_.dated_articles;
    ++months_[month];
    if (overview_.first_date.empty() || row.date < overview_.first_date) {
      overview_.first_date = row.date;
    }
    overview_.last_date = std::max(overview_.last_date, row.date);
    auto& per_sector = sector_months_[month];
    per_sector.resize(lexicon_.sectors().size(), 0);
    for (uint32_t sector : s.sectors) ++per_sector[sector];
  }
  for (uint32_t a : s.sectors) {
    for (uint32_t b : s.sectors) ++sector_pairs_[a][b];
  }
  for (size_t i = 0; i < s.record.evidence.size(); ++i) {
    auto& list = sector_evidence_[s.evidence_sectors[i]];
    if (list.size() >= options_.evidence_per_sector) continue;
    list.push_back(std::move(s.record.evidence[i].sentence));
    list.back().article = article;
  }
  AddSpeakers(s, article);
  AddCounts(s);
  // Speakers of the row, by statements in the article (descending), then name.
  std::map<std::string, uint64_t> by_name;
  for (const RecordStatement& st : s.record.statements) ++by_name[st.speaker];
  std::vector<std::pair<std::string, uint64_t>> names(by_name.begin(), by_name.end());
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  ArticleRow& out = s.record.row;
  for (auto& [name, n] : names) out.speakers.push_back(name);
  rows_.push_back(std::move(out));
}

}  // namespace kiji::report
