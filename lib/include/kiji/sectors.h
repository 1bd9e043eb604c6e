// Cooperation-sector tagging: which sectors an article (or a sentence) speaks
// of, how strongly, and where.
//
// Pure functions over an analyzed Document and a SectorLexicon (lexicon.h);
// no MeCab, no I/O, thread-safe. Three steps:
//   1. FindSectorHits(): every lexicon term found in each sentence
//      (PhraseMatcher: by surface or lemma, on token boundaries), minus the
//      hits an `unless` context in the same sentence or in the headline
//      cancels (社会保障 for 保障; a `*phrase` context anywhere in the text), the hits whose `near` requirement is
//      met neither in the sentence nor in the headline, and hits inside a longer hit of any
//      sector (安全 inside 安全保障, 安全保障 inside 欧州安全保障協力機構). Cancelled hits are kept
//      for --explain.
//   2. ScoreSectors(): per sector, each entry contributes
//        weight x (1 + 0.5 x (min(n, 3) - 1))        for n hits of the entry,
//      i.e. its weight for the first hit, half of it for the second and third,
//      nothing more after that, so one repeated word cannot carry a sector.
//   3. A sector is *tagged* when score >= min_score and at least min_terms
//      different entries have counted hits, the entries besides the
//      strongest scoring at least min_other_score. The article-level
//      defaults (5, 2 and 2) need two different terms of the sector,
//      together worth more than a strong term: a substantial treatment, not
//      a passing mention, and not one word repeated (a film's "IMF" team,
//      the "第7鉱区" of a title, 貧困 all through an essay), unless that
//      word is the story's: a distinctive term (weight >= 2.5) in the
//      headline and in two sentences of the body counts for two (核実験)
//      when no genre scores 3. Sentence
//      level defaults to 2 and 1 (one term: nothing need score beside
//      it). Finally the sector must not be outscored
//      by an off-topic genre of the lexicon (@offtopic: sports,
//      entertainment, accidents, crime) in the same text: a genre that
//      scores at least 6 and at least 1.5 times the sector's score silences
//      it, so that a match report or a film's plot does not become
//      "security" or "finance", while news that merely mentions an arrest
//      keeps its sectors. A genre declared to frame its article (sports,
//      entertainment, products: lexicon.h) and named in the headline
//      holds every sentence. Genres themselves are never tagged.
//
//   std::vector<kiji::SectorScore> tags = kiji::TagSectors(doc, lexicon, {});
//   for (const auto& s : tags) if (s.tagged) Use(lexicon.sectors()[s.sector].id, s.score);
#ifndef KIJI_SECTORS_H_
#define KIJI_SECTORS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "kiji/lexicon.h"
#include "kiji/token.h"

namespace kiji {

inline constexpr double kArticleMinScore = 5;
inline constexpr uint32_t kArticleMinTerms = 2;
inline constexpr double kSentenceMinScore = 2;
// What the sector's other entries must score besides its strongest one: one
// word repeated all through an essay (貧困, 食中毒, 金利) with a weak word
// once beside it is one term, not two. Only applies when min_terms asks
// for more than one term.
inline constexpr double kArticleMinOtherScore = 2;
// An off-topic genre silences a sector when it is itself substantial (score
// >= 6) and at least 1.5 times the sector's score.
inline constexpr double kOfftopicMinScore = 6;
inline constexpr double kOfftopicRatio = 1.5;
inline constexpr uint32_t kSentenceMinTerms = 1;
// An article-level sector needs evidence in two sentences or one strong term
// (weight >= 3): passing mentions, one word in each of a few sentences, do not add up to a
// subject.
inline constexpr uint32_t kArticleMinSentences = 2;
inline constexpr double kStrongWeight = 3;
// A genre counts only with two different terms in two sentences, and it
// never silences a clear subject: a sector in the headline that scores >= 8
// in >= 3 sentences.
inline constexpr uint32_t kOfftopicMinTerms = 2;
inline constexpr uint32_t kOfftopicMinSentences = 2;
inline constexpr double kClearSubjectScore = 8;
inline constexpr uint32_t kClearSubjectSentences = 3;
// A distinctive term (weight >= 2.5) that names the story in its headline
// and is said again in at least two sentences of the body carries the
// sector on its own: the two-term rule is for a word repeated through an
// essay, not for the subject a headline names (核実験, 健康被害 told all
// through). Only in a text with little of any genre (every genre scores
// below 3): a recall notice with its accident words, a lawsuit with its
// court words or a gadget column keep the two-term rule.
inline constexpr double kStoryTermWeight = 2.5;
inline constexpr uint32_t kStoryTermBodySentences = 2;
inline constexpr double kStoryTermMaxGenre = 3;

struct SectorOptions {
  // A sector is tagged when its score reaches this (default 5, article level).
  double min_score = kArticleMinScore;
  // ... and hits of at least this many different entries (default 2).
  uint32_t min_terms = kArticleMinTerms;
  // ... and evidence in this many sentences, or a strong term (default 2;
  // TagSentenceSectors uses 1).
  uint32_t min_sentences = kArticleMinSentences;
  // ... and, when min_terms >= 2, the entries other than the strongest score
  // at least this (default 2: a clear term, or two weak ones).
  double min_other_score = kArticleMinOtherScore;
};

/// One match of a lexicon entry.
struct SectorHit {
  uint32_t entry = 0;                       // index into SectorLexicon::entries()
  uint32_t sentence = 0;                    // index into Document::sentences
  uint32_t token_begin = 0, token_end = 0;  // range in Document::tokens
  uint32_t start = 0, end = 0;              // code points into Article::text
  std::string_view text;                    // the original text of the span
  bool in_title = false;                    // in the article's title (headline)
  // Its `near` requirement was met only by the headline, not by its sentence.
  bool near_headline = false;
};

enum class CancelReason {
  kUnless,       // an `unless` context is in the same sentence (by: phrase)
  kNoNear,       // no `near` phrase in the sentence, outside the hit itself
  kOverlapped,   // inside or across a longer hit of any sector (by: entry)
  kSameMention,  // the bracketed abbreviation right after a matched name:
                 // 国際エネルギー機関（IEA） (by: the name's entry)
  kSource,       // names the source of the sentence: 国連によると, 外務省の発表では
};
// "unless", "no-near", "overlapped", "same-mention", "source"
std::string_view CancelReasonName(CancelReason r);

struct CancelledHit {
  SectorHit hit;
  CancelReason reason = CancelReason::kUnless;
  uint32_t by = 0;  // phrase id (kUnless) or entry index (kOverlapped)
};

struct SectorHits {
  std::vector<SectorHit> hits;  // ordered by position
  std::vector<CancelledHit> cancelled;
};

/// Step 1 over the whole document.
SectorHits FindSectorHits(const Document& doc, const SectorLexicon& lexicon);

struct EntryScore {
  uint32_t entry = 0;
  uint32_t hits = 0;
  double contribution = 0;
};

struct SectorScore {
  uint32_t sector = 0;  // index into SectorLexicon::sectors()
  double score = 0;
  uint32_t hits = 0;
  // score >= min_score && (entries.size() >= min_terms && score - the
  // strongest entry's contribution >= min_other_score, or a story term: a
  // distinctive one in the headline and in two body sentences, with
  // little of any genre) && (sentences.size()
  // >= min_sentences || a strong term) && outscored_by == 0
  bool tagged = false;
  double outscored_by = 0;          // score of the off-topic genre that silences it, or 0
  std::vector<SectorHit> evidence;  // ordered by position
  std::vector<uint32_t> sentences;  // sentences with evidence, ascending
  std::vector<EntryScore> entries;  // in lexicon order
  std::vector<CancelledHit> cancelled;
};

/// Steps 2 and 3 for any set of hits (an article's, a sentence's). Returns a
/// SectorScore for every sector with a hit or a cancelled hit: tagged ones
/// first, then by score (descending) and lexicon order.
std::vector<SectorScore> ScoreSectors(std::span<const SectorHit> hits,
                                      std::span<const CancelledHit> cancelled,
                                      const SectorLexicon& lexicon, const SectorOptions& options);

/// Article level: ScoreSectors over all of FindSectorHits(doc).
std::vector<SectorScore> TagSectors(const Document& doc, const SectorLexicon& lexicon,
                                    const SectorOptions& options);

struct SentenceSectors {
  uint32_t sentence = 0;
  std::vector<SectorScore> sectors;
};

/// Sentence level: ScoreSectors over each sentence's hits; sentences without
/// any hit or cancelled hit are left out.
std::vector<SentenceSectors> TagSentenceSectors(const Document& doc, const SectorLexicon& lexicon,
                                                const SectorOptions& options);

}  // namespace kiji

#endif  // KIJI_SECTORS_H_
