#include "kiji/kwic_filter.h"

#include <fmt/format.h>

#include <algorithm>

#include "kiji/sectors.h"
#include "kiji/statements.h"

namespace kiji {

Result<KwicFilter> KwicFilter::Create(KwicFilterOptions options) {
  if (options.sectors) {
    const auto& all = options.sectors->sectors();
    const bool known =
        std::any_of(all.begin(), all.end(), [&](const auto& s) { return s.id == options.sector; });
    if (!known) {
      return Status::InvalidArgument(
          fmt::format("unknown sector '{}' (see dictionaries/sectors.tsv)", options.sector));
    }
  }
  return KwicFilter(std::move(options));
}

std::vector<bool> KwicFilter::SentencesInSector(const Document& doc) const {
  std::vector<bool> in_sector(doc.sentences.size(), false);
  for (const SentenceSectors& s :
       TagSentenceSectors(doc, *opt_.sectors, {kSentenceMinScore, kSentenceMinTerms})) {
    for (const SectorScore& sc : s.sectors) {
      if (sc.tagged && opt_.sectors->sectors()[sc.sector].id == opt_.sector) {
        in_sector[s.sentence] = true;
      }
    }
  }
  return in_sector;
}

std::vector<std::pair<uint32_t, uint32_t>> KwicFilter::SpeakerQuoteSpans(
    const Document& doc) const {
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const Statement& st : ExtractStatements(doc, *opt_.quotes)) {
    if (st.speaker == opt_.speaker || st.mention == opt_.speaker) {
      spans.emplace_back(st.quote_start, st.quote_end);
    }
  }
  return spans;
}

std::vector<KwicHit> KwicFilter::Apply(const Document& doc, std::vector<KwicHit> hits) const {
  if (hits.empty() || (!opt_.sectors && !opt_.quotes)) return hits;
  const std::vector<bool> sentence_ok = opt_.sectors ? SentencesInSector(doc) : std::vector<bool>{};
  const auto quote_spans =
      opt_.quotes ? SpeakerQuoteSpans(doc) : std::vector<std::pair<uint32_t, uint32_t>>{};
  std::vector<KwicHit> kept;
  for (KwicHit& h : hits) {
    if (opt_.sectors && !sentence_ok[h.sentence]) continue;
    if (opt_.quotes && std::none_of(quote_spans.begin(), quote_spans.end(), [&](const auto& q) {
          return q.first <= h.start && h.end <= q.second;
        })) {
      continue;
    }
    kept.push_back(std::move(h));
  }
  return kept;
}

}  // namespace kiji
