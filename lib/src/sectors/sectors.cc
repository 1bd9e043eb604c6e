#include "kiji/sectors.h"

#include <algorithm>
#include <map>
#include <optional>
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
          doc.Original(first.byte_begin, last.byte_end),
          doc.sentences[sentence].kind == BlockKind::kTitle};
}

bool IsSurface(const Document& doc, uint32_t token, std::string_view s) {
  return token < doc.tokens.size() && doc.tokens[token].surface == s;
}

// One word in brackets: an abbreviation or the name it stands for (IEA,
// 国際エネルギー機関). A phrase with spaces (一帯一路(Belt and Road)) is a
// translation and still counts as a mention of its own: the seed article
// 001 names its belt_and_road thread only that way.
bool IsOneWord(std::string_view text) {
  return text.find(' ') == std::string_view::npos && text.find("\u3000") == std::string_view::npos;
}

// A word that fills a bracket right after another hit is the same mention
// spelled twice, 国際エネルギー機関（IEA） or IEA（国際エネルギー機関）: it
// counts once, with the heavier spelling of the two in their sector
// (ジンバブエ準備銀行（中央銀行） counts as 中央銀行). `kept` is sorted by
// position.
void DropBracketedAbbreviations(const Document& doc, const SectorLexicon& lex,
                                std::vector<SectorHit>* kept, SectorHits* out) {
  std::vector<SectorHit> rest;
  for (const SectorHit& h : *kept) {
    const bool bracketed = h.token_begin > 0 && IsSurface(doc, h.token_begin - 1, "(") &&
                           IsSurface(doc, h.token_end, ")") && IsOneWord(h.text);
    std::optional<size_t> name, same_sector;
    for (size_t i = 0; bracketed && i < rest.size(); ++i) {
      if (rest[i].token_end + 1 != h.token_begin) continue;
      name = i;
      if (lex.entries()[rest[i].entry].sector == lex.entries()[h.entry].sector) same_sector = i;
    }
    if (!name) {
      rest.push_back(h);
    } else if (same_sector &&
               lex.entries()[h.entry].weight > lex.entries()[rest[*same_sector].entry].weight) {
      out->cancelled.push_back({rest[*same_sector], CancelReason::kSameMention, h.entry});
      rest[*same_sector] = h;
    } else {
      out->cancelled.push_back({h, CancelReason::kSameMention, rest[*name].entry});
    }
  }
  *kept = std::move(rest);
}

bool IsLemma(const Document& doc, uint32_t token, std::string_view s) {
  return token < doc.tokens.size() && doc.tokens[token].lemma == s;
}

// A hit that names where the sentence's information comes from
// (国連によると, 日本外務省によれば, 国連の調べでは, WHOの発表によると) is a
// source, not what the sentence is about: every Wikinews sentence starts so.
// `after` is the token right after the hit.
bool NamesTheSource(const Document& doc, uint32_t after) {
  uint32_t t = after;
  bool report_noun = false;
  if (IsSurface(doc, t, "の")) {
    for (std::string_view n : {"発表", "調べ", "調査", "報告", "まとめ"}) {
      if (IsSurface(doc, t + 1, n)) report_noun = true;
    }
    if (!report_noun) return false;
    t += 2;
    if (IsSurface(doc, t, "で") && IsSurface(doc, t + 1, "は")) return true;
  }
  const bool yoru = IsLemma(doc, t + 1, "よる") || IsSurface(doc, t + 1, "よる") ||
                    IsSurface(doc, t + 1, "よれ");
  return IsSurface(doc, t, "に") && yoru &&
         (IsSurface(doc, t + 2, "と") || IsSurface(doc, t + 2, "ば"));
}

bool HasNearPhrase(const LexiconEntry& entry, const std::vector<uint32_t>& phrases) {
  return std::any_of(entry.near.begin(), entry.near.end(),
                     [&](uint32_t p) { return Contains(phrases, p); });
}

// The first of `phrases` that `list` holds.
std::optional<uint32_t> FirstListed(const std::vector<uint32_t>& list,
                                    const std::vector<uint32_t>& phrases) {
  for (uint32_t p : phrases) {
    if (Contains(list, p)) return p;
  }
  return std::nullopt;
}

// The first of `list` that the sorted `phrases` hold.
std::optional<uint32_t> FirstInSorted(const std::vector<uint32_t>& list,
                                      const std::vector<uint32_t>& phrases) {
  for (uint32_t p : list) {
    if (std::binary_search(phrases.begin(), phrases.end(), p)) return p;
  }
  return std::nullopt;
}

// Step 1 for one sentence: `matches` are all phrase matches in it.
// `headline` holds the phrases of the headline: the field a headline names
// is the context of every sentence of the story (駅 and 車両 in a story
// headlined 鉄道), so it meets a near requirement and an unless context as
// the sentence itself does (a film's 映画 in its headline cancels 戦争 in
// every sentence of its plot).
// `article` holds the phrases of the whole text (headline and body, sorted)
// for the article-wide unless contexts (`*ミサイル`).
void SentenceHits(const Document& doc, const SectorLexicon& lex, uint32_t sentence,
                  std::span<const PhraseMatcher::Match> matches,
                  const std::vector<uint32_t>& headline, const std::vector<uint32_t>& article,
                  SectorHits* out) {
  const bool in_title = doc.sentences[sentence].kind == BlockKind::kTitle;
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
      if (!near_ok && !in_title && HasNearPhrase(entry, headline)) {
        near_ok = true;
        hit.near_headline = true;
      }
      const std::optional<uint32_t> headline_unless =
          in_title ? std::nullopt : FirstListed(entry.unless, headline);
      const std::optional<uint32_t> article_unless = FirstInSorted(entry.unless_article, article);
      if (!in_title && NamesTheSource(doc, m.token_end)) {
        out->cancelled.push_back({hit, CancelReason::kSource, 0});
      } else if (cancel) {
        out->cancelled.push_back({hit, CancelReason::kUnless, cancel->phrase});
      } else if (headline_unless) {
        out->cancelled.push_back({hit, CancelReason::kUnless, *headline_unless});
      } else if (article_unless) {
        out->cancelled.push_back({hit, CancelReason::kUnless, *article_unless});
      } else if (!near_ok) {
        out->cancelled.push_back({hit, CancelReason::kNoNear, 0});
      } else {
        live.push_back(hit);
      }
    }
  }
  // Longer hits win over the hits nested in them or overlapping them, in any
  // sector: a name (欧州安全保障協力機構, 石油輸出国機構) is an entry of its
  // own, and the words inside it do not count again. Hits over the same
  // tokens (one term listed in two sectors) are kept together.
  std::stable_sort(live.begin(), live.end(), [](const SectorHit& a, const SectorHit& b) {
    return a.token_end - a.token_begin > b.token_end - b.token_begin;
  });
  std::vector<SectorHit> kept;
  for (const SectorHit& h : live) {
    auto winner = std::find_if(kept.begin(), kept.end(), [&](const SectorHit& k) {
      const bool same_span = k.token_begin == h.token_begin && k.token_end == h.token_end;
      const bool same_sector = lex.entries()[k.entry].sector == lex.entries()[h.entry].sector;
      return (!same_span || same_sector) &&
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
  DropBracketedAbbreviations(doc, lex, &kept, out);
  out->hits.insert(out->hits.end(), kept.begin(), kept.end());
}

// A term repeated in an article counts more, but with diminishing weight:
// each repetition adds half the weight, up to the third occurrence, so one
// word said many times cannot make a sector alone.
constexpr double kRepeatBonus = 0.5;
constexpr uint32_t kMaxCountedRepeats = 3;

double Contribution(double weight, uint32_t n) {
  return weight * (1 + kRepeatBonus * (std::min<uint32_t>(n, kMaxCountedRepeats) - 1));
}

void CollectSentences(SectorScore* s) {
  for (const SectorHit& h : s->evidence) s->sentences.push_back(h.sentence);
  std::sort(s->sentences.begin(), s->sentences.end());
  s->sentences.erase(std::unique(s->sentences.begin(), s->sentences.end()), s->sentences.end());
}

// A strong term said once in the sector's only sentence is a passing
// mention (the IMF named in a list of donors). Two strong mentions (a name
// said twice, a name and its translation, two names) or one in the headline
// are evidence enough.
bool HasStrongTerm(const SectorScore& s, const SectorLexicon& lexicon) {
  uint32_t strong = 0;
  for (const SectorHit& h : s.evidence) {
    if (lexicon.entries()[h.entry].weight < kStrongWeight) continue;
    if (h.in_title) return true;
    ++strong;
  }
  return strong >= 2;
}

// What a sector's entries score besides the one that contributes most: a
// word repeated all through the text (貧困, 金利) with a weak word once
// beside it is one term, whatever the count of entries says.
double ScoreBesidesStrongest(const SectorScore& s) {
  double strongest = 0;
  for (const EntryScore& e : s.entries) strongest = std::max(strongest, e.contribution);
  return s.score - strongest;
}

// A distinctive term named in the headline and said again in two sentences
// of the body, each time in its own context, is the story's subject (a
// nuclear test headlined 核実験 and told with it all through): it counts as
// several terms, in a text that is not partly a genre's (`genre` is the
// highest score of any genre, whatever its spread).
bool HasStoryTerm(const SectorScore& s, const SectorLexicon& lexicon, double genre) {
  if (genre + 1e-9 >= kStoryTermMaxGenre) return false;
  for (const EntryScore& e : s.entries) {
    if (lexicon.entries()[e.entry].weight + 1e-9 < kStoryTermWeight) continue;
    bool headline = false;
    std::vector<uint32_t> body;
    for (const SectorHit& h : s.evidence) {
      if (h.entry != e.entry) continue;
      if (h.in_title) {
        headline = true;
      } else if (!h.near_headline && !Contains(body, h.sentence)) {
        body.push_back(h.sentence);
      }
    }
    if (headline && body.size() >= kStoryTermBodySentences) return true;
  }
  return false;
}

// What a sector's hits that `keep` accepts score together.
template <typename Keep>
double ScoreOfHits(const SectorScore& s, const SectorLexicon& lexicon, Keep keep) {
  std::map<uint32_t, uint32_t> entry_hits;
  for (const SectorHit& h : s.evidence) {
    if (keep(h)) ++entry_hits[h.entry];
  }
  double score = 0;
  for (const auto& [entry, n] : entry_hits) {
    score += Contribution(lexicon.entries()[entry].weight, n);
  }
  return score;
}

// What a sector scores from the hits that stand in their own sentences
// (not counting the hits that only the headline's context let in).
double ScoreOwnContext(const SectorScore& s, const SectorLexicon& lexicon) {
  return ScoreOfHits(s, lexicon, [](const SectorHit& h) { return !h.near_headline; });
}

// A sector that is the subject of the text (a terror trial full of court
// words is still about security) is not silenced by a genre: it is in the
// headline and all through the body. A film whose plot is oil has the film
// in its headline. The headline's context does not make a clear subject of
// its own (a film headlined 米軍…戦闘 lets every 攻撃 of its plot in).
bool ClearSubject(const SectorScore& s, const SectorLexicon& lexicon) {
  const bool headline = std::any_of(s.evidence.begin(), s.evidence.end(),
                                    [](const SectorHit& h) { return h.in_title; });
  return headline && ScoreOwnContext(s, lexicon) + 1e-9 >= kClearSubjectScore &&
         s.sentences.size() >= kClearSubjectSentences;
}

// The strongest off-topic genre: an article about a football match or a
// film names 防衛 or IMF in passing, and the sector must beat the genre. A
// genre counts only with several terms in several sentences: one World Cup
// sentence in a referendum story, or 歌手 in an opera obituary, silences
// nothing.
double StrongestGenre(const std::map<uint32_t, SectorScore>& by_sector,
                      const SectorLexicon& lexicon) {
  double offtopic = 0;
  for (const auto& [sector, s] : by_sector) {
    if (!lexicon.sectors()[sector].offtopic) continue;
    if (s.entries.size() < kOfftopicMinTerms || s.sentences.size() < kOfftopicMinSentences) {
      continue;
    }
    offtopic = std::max(offtopic, s.score);
  }
  return offtopic;
}

bool GenreCounts(const SectorScore& s, const SectorLexicon& lexicon) {
  return lexicon.sectors()[s.sector].offtopic && s.entries.size() >= kOfftopicMinTerms &&
         s.sentences.size() >= kOfftopicMinSentences && s.score + 1e-9 >= kOfftopicMinScore;
}

// Whether a genre that frames its article (lexicon.h) names it in the
// headline: a film review headlined 映画, a gadget column headlined 節電 …
// with its product.
bool FramesArticle(const SectorScore& s, const SectorLexicon& lexicon) {
  return lexicon.sectors()[s.sector].frames_article &&
         std::any_of(s.evidence.begin(), s.evidence.end(),
                     [](const SectorHit& h) { return h.in_title; });
}

// The sentences that hold evidence of a genre that counts: a film's
// sentences that name its space probe, a review's sentences that quote the
// prices its app shows. A genre that frames the article from its headline
// holds every sentence: the plot told without a film word is the film's.
std::vector<uint32_t> GenreSentences(const std::map<uint32_t, SectorScore>& by_sector,
                                     const SectorLexicon& lexicon, uint32_t sentences) {
  std::vector<uint32_t> out;
  for (const auto& [sector, s] : by_sector) {
    if (!GenreCounts(s, lexicon)) continue;
    if (FramesArticle(s, lexicon)) {
      out.resize(sentences);
      for (uint32_t i = 0; i < sentences; ++i) out[i] = i;
      return out;
    }
    out.insert(out.end(), s.sentences.begin(), s.sentences.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// What a sector scores from its hits outside the genre's sentences: a
// sector that is only spoken of in the genre's terms (the plot of a film,
// the battery of a gadget) is the genre's, not a subject of its own; nor
// do the hits that only the headline's context let in count against it.
double ScoreOutside(const SectorScore& s, const std::vector<uint32_t>& genre_sentences,
                    const SectorLexicon& lexicon) {
  return ScoreOfHits(s, lexicon, [&](const SectorHit& h) {
    return !h.near_headline &&
           !std::binary_search(genre_sentences.begin(), genre_sentences.end(), h.sentence);
  });
}

// Whether some sector beats the genre on its own ground: a trial about a
// withdrawal of troops has more security outside its court sentences than
// court words, so the article is the security story's, and its court words
// silence none of the sectors it tells through the trial.
bool GenreOutscored(const std::map<uint32_t, SectorScore>& by_sector, double offtopic,
                    const std::vector<uint32_t>& genre_sentences, const SectorLexicon& lexicon) {
  return std::any_of(by_sector.begin(), by_sector.end(), [&](const auto& entry) {
    const SectorScore& s = entry.second;
    return !lexicon.sectors()[s.sector].offtopic &&
           ScoreOutside(s, genre_sentences, lexicon) + 1e-9 >= offtopic;
  });
}

}  // namespace

namespace {
constexpr auto kCancelReasonNames =
    MakeEnumNames<CancelReason>({{CancelReason::kUnless, "unless"},
                                 {CancelReason::kNoNear, "no-near"},
                                 {CancelReason::kOverlapped, "overlapped"},
                                 {CancelReason::kSameMention, "same-mention"},
                                 {CancelReason::kSource, "source"}});
}  // namespace

std::string_view CancelReasonName(CancelReason v) { return kCancelReasonNames.Name(v); }

namespace {
// The phrases found in the headline sentences.
std::vector<uint32_t> HeadlinePhrases(const Document& doc, const SectorLexicon& lexicon) {
  std::vector<uint32_t> out;
  std::vector<PhraseMatcher::Match> matches;
  for (const Sentence& s : doc.sentences) {
    if (s.kind != BlockKind::kTitle) continue;
    matches.clear();
    lexicon.matcher().FindAll(doc.SentenceTokens(s), s.token_begin, &matches);
    for (const auto& m : matches) out.push_back(m.phrase);
  }
  return out;
}
}  // namespace

SectorHits FindSectorHits(const Document& doc, const SectorLexicon& lexicon) {
  SectorHits out;
  const std::vector<uint32_t> headline = HeadlinePhrases(doc, lexicon);
  // Every sentence's matches first (ends[i]: where sentence i's end), so
  // that the phrases of the whole text are known to each sentence.
  std::vector<PhraseMatcher::Match> matches;
  std::vector<size_t> ends(doc.sentences.size(), 0);
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // Source lists and related-link boxes are not evidence.
    if (s.kind != BlockKind::kReference) {
      lexicon.matcher().FindAll(doc.SentenceTokens(s), s.token_begin, &matches);
    }
    ends[si] = matches.size();
  }
  std::vector<uint32_t> article;
  article.reserve(matches.size());
  for (const auto& m : matches) article.push_back(m.phrase);
  std::sort(article.begin(), article.end());
  article.erase(std::unique(article.begin(), article.end()), article.end());
  size_t begin = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    std::span<const PhraseMatcher::Match> mine(matches.data() + begin, ends[si] - begin);
    if (!mine.empty()) SentenceHits(doc, lexicon, si, mine, headline, article, &out);
    begin = ends[si];
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
  for (auto& [sector, s] : by_sector) CollectSentences(&s);
  const double offtopic = StrongestGenre(by_sector, lexicon);
  uint32_t sentences = 0;
  for (const SectorHit& h : hits) sentences = std::max(sentences, h.sentence + 1);
  const std::vector<uint32_t> genre_sentences = GenreSentences(by_sector, lexicon, sentences);
  const bool genre_dominates =
      offtopic >= kOfftopicMinScore &&
      !GenreOutscored(by_sector, offtopic, genre_sentences, lexicon);
  double any_genre = 0;
  for (const auto& [sector, s] : by_sector) {
    if (lexicon.sectors()[sector].offtopic) any_genre = std::max(any_genre, s.score);
  }
  std::vector<SectorScore> out;
  for (auto& [sector, s] : by_sector) {
    const bool genre = lexicon.sectors()[sector].offtopic;
    // Scores are sums of a few decimals; compare with a little slack so that
    // 1.5 + 1.5 reaches a threshold of 3 whatever the rounding.
    const bool outscored = genre_dominates &&
                           offtopic >= kOfftopicRatio * ScoreOutside(s, genre_sentences, lexicon) &&
                           !ClearSubject(s, lexicon);
    s.outscored_by = outscored && !genre ? offtopic : 0;
    const bool spread = s.sentences.size() >= options.min_sentences || HasStrongTerm(s, lexicon);
    const bool several_terms =
        (s.entries.size() >= options.min_terms &&
         (options.min_terms < 2 || ScoreBesidesStrongest(s) + 1e-9 >= options.min_other_score)) ||
        HasStoryTerm(s, lexicon, any_genre);
    s.tagged = !genre && s.score + 1e-9 >= options.min_score && several_terms && spread &&
               s.outscored_by == 0;
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
    // One sentence is all the spread a sentence has.
    SectorOptions one = options;
    one.min_sentences = 1;
    out.push_back({sentence, ScoreSectors(lists.first, lists.second, lexicon, one)});
  }
  return out;
}

}  // namespace kiji
