#include "kiji/sectors.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "kiji/enum_names.h"
#include "sectors/phrase_matcher.h"

namespace kiji {
namespace {

bool Contains(const std::vector<uint32_t>& v, uint32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool Overlaps(uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) { return b1 < e2 && b2 < e1; }

SectorHit MakeHit(const Document& doc, uint32_t entry, uint32_t sentence, uint32_t tb,
                  uint32_t te) {
  const Token& first = doc.tokens[tb];
  const Token& last = doc.tokens[te - 1];
  return {entry,
          sentence,
          tb,
          te,
          first.start,
          last.end,
          doc.Original(first.byte_begin, last.byte_end)};
}

// Step 1 for one sentence: `matches` are all phrase matches in it.
void SentenceHits(const Document& doc, const SectorLexicon& lex, uint32_t sentence,
                  const std::vector<PhraseMatcher::Match>& matches, SectorHits* out) {
  std::vector<SectorHit> live;
  for (const auto& m : matches) {
    for (uint32_t e : lex.EntriesOfPhrase(m.phrase)) {
      const LexiconEntry& entry = lex.entries()[e];
      SectorHit hit = MakeHit(doc, e, sentence, m.token_begin, m.token_end);
      const PhraseMatcher::Match* cancel = nullptr;
      bool near_ok = entry.near.empty();
      for (const auto& o : matches) {
        if (!cancel && Contains(entry.unless, o.phrase)) cancel = &o;
        // A near phrase must be another word, not part of the hit itself
        // (研究 does not vouch for 研究者).
        if (!near_ok && Contains(entry.near, o.phrase) &&
            !Overlaps(o.token_begin, o.token_end, m.token_begin, m.token_end)) {
          near_ok = true;
        }
      }
      if (cancel) {
        out->cancelled.push_back({hit, CancelReason::kUnless, cancel->phrase});
      } else if (!near_ok) {
        out->cancelled.push_back({hit, CancelReason::kNoNear, 0});
      } else {
        live.push_back(hit);
      }
    }
  }
  // Within a sector, longer hits win over the hits nested in them.
  std::stable_sort(live.begin(), live.end(), [](const SectorHit& a, const SectorHit& b) {
    return a.token_end - a.token_begin > b.token_end - b.token_begin;
  });
  std::vector<SectorHit> kept;
  for (const SectorHit& h : live) {
    const uint32_t sector = lex.entries()[h.entry].sector;
    auto winner = std::find_if(kept.begin(), kept.end(), [&](const SectorHit& k) {
      return lex.entries()[k.entry].sector == sector &&
             Overlaps(k.token_begin, k.token_end, h.token_begin, h.token_end);
    });
    if (winner != kept.end()) {
      out->cancelled.push_back({h, CancelReason::kOverlapped, winner->entry});
    } else {
      kept.push_back(h);
    }
  }
  std::sort(kept.begin(), kept.end(), [](const SectorHit& a, const SectorHit& b) {
    return std::tie(a.token_begin, a.token_end, a.entry) <
           std::tie(b.token_begin, b.token_end, b.entry);
  });
  out->hits.insert(out->hits.end(), kept.begin(), kept.end());
}

double Contribution(double weight, uint32_t n) {
  return weight * (1 + 0.5 * (std::min<uint32_t>(n, 3) - 1));
}

}  // namespace

namespace {
constexpr auto kCancelReasonNames =
    MakeEnumNames<CancelReason>({{CancelReason::kUnless, "unless"},
                                 {CancelReason::kNoNear, "no-near"},
                                 {CancelReason::kOverlapped, "overlapped"}});
}  // namespace

std::string_view CancelReasonName(CancelReason v) { return kCancelReasonNames.Name(v); }

SectorHits FindSectorHits(const Document& doc, const SectorLexicon& lexicon) {
  SectorHits out;
  std::vector<PhraseMatcher::Match> matches;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    matches.clear();
    lexicon.matcher().FindAll(doc.SentenceTokens(s), s.token_begin, &matches);
    if (!matches.empty()) SentenceHits(doc, lexicon, si, matches, &out);
  }
  return out;
}

std::vector<SectorScore> ScoreSectors(std::span<const SectorHit> hits,
                                      std::span<const CancelledHit> cancelled,
                                      const SectorLexicon& lexicon, const SectorOptions& options) {
  std::map<uint32_t, SectorScore> by_sector;
  std::map<uint32_t, uint32_t> entry_hits;  // entry -> hits
  for (const SectorHit& h : hits) {
    const uint32_t sector = lexicon.entries()[h.entry].sector;
    SectorScore& s = by_sector[sector];
    s.sector = sector;
    s.evidence.push_back(h);
    ++s.hits;
    ++entry_hits[h.entry];
  }
  for (const CancelledHit& c : cancelled) {
    const uint32_t sector = lexicon.entries()[c.hit.entry].sector;
    SectorScore& s = by_sector[sector];
    s.sector = sector;
    s.cancelled.push_back(c);
  }
  for (const auto& [entry, n] : entry_hits) {
    SectorScore& s = by_sector[lexicon.entries()[entry].sector];
    const double c = Contribution(lexicon.entries()[entry].weight, n);
    s.entries.push_back({entry, n, c});
    s.score += c;
  }
  // The strongest off-topic genre: an article about a football match or a
  // film names 防衛 or IMF in passing, and the sector must beat the genre.
  double offtopic = 0;
  for (const auto& [sector, s] : by_sector) {
    if (lexicon.sectors()[sector].offtopic) offtopic = std::max(offtopic, s.score);
  }
  std::vector<SectorScore> out;
  for (auto& [sector, s] : by_sector) {
    for (const SectorHit& h : s.evidence) {
      if (s.sentences.empty() || s.sentences.back() != h.sentence)
        s.sentences.push_back(h.sentence);
    }
    std::sort(s.sentences.begin(), s.sentences.end());
    s.sentences.erase(std::unique(s.sentences.begin(), s.sentences.end()), s.sentences.end());
    // Scores are sums of a few decimals; compare with a little slack so that
    // 1.5 + 1.5 reaches a threshold of 3 whatever the rounding.
    const bool outscored = offtopic >= kOfftopicMinScore && offtopic >= kOfftopicRatio * s.score;
    s.outscored_by = outscored && !lexicon.sectors()[sector].offtopic ? offtopic : 0;
    s.tagged = !lexicon.sectors()[sector].offtopic && s.score + 1e-9 >= options.min_score &&
               s.entries.size() >= options.min_terms && s.outscored_by == 0;
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const SectorScore& a, const SectorScore& b) {
    if (a.tagged != b.tagged) return a.tagged;
    if (a.score != b.score) return a.score > b.score;
    return a.sector < b.sector;
  });
  return out;
}

std::vector<SectorScore> TagSectors(const Document& doc, const SectorLexicon& lexicon,
                                    const SectorOptions& options) {
  SectorHits h = FindSectorHits(doc, lexicon);
  return ScoreSectors(h.hits, h.cancelled, lexicon, options);
}

std::vector<SentenceSectors> TagSentenceSectors(const Document& doc, const SectorLexicon& lexicon,
                                                const SectorOptions& options) {
  SectorHits h = FindSectorHits(doc, lexicon);
  std::map<uint32_t, std::pair<std::vector<SectorHit>, std::vector<CancelledHit>>> by_sentence;
  for (const SectorHit& hit : h.hits) by_sentence[hit.sentence].first.push_back(hit);
  for (const CancelledHit& c : h.cancelled) by_sentence[c.hit.sentence].second.push_back(c);
  std::vector<SentenceSectors> out;
  for (auto& [sentence, lists] : by_sentence) {
    out.push_back({sentence, ScoreSectors(lists.first, lists.second, lexicon, options)});
  }
  return out;
}

}  // namespace kiji
