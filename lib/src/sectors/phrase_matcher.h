// PhraseMatcher: finds short phrases (lexicon terms) in token sequences,
// aligned with token boundaries, whatever the MeCab dictionary.
//
// Dictionaries cut the same text differently (安全保障 is one token in one
// dictionary and 安全|保障 in another; 協力した is 協力|し|た), so a phrase is
// not a list of tokens. It is a string, and it matches tokens[i, j) when it
// equals the concatenation of their forms, where each token contributes either
// its surface, its lemma or, for Juman's fused na-adjectives (可能な, lemma
// 可能だ), the stem 可能. Hence:
//   - 協力する matches 協力|し (surface 協力 + lemma する) and 協力|する;
//   - 持続可能な発展 matches 持続|可能|な|発展 through the surfaces;
//   - インド never matches inside the single token インドネシア.
// Keys ignore ASCII spaces (MeCab drops them between tokens, so "Belt and
// Road" is Belt|and|Road) and ASCII case. Matches never cross sentences.
//
// The phrases are kept sorted and bucketed by first code point, and the
// first two code points of every phrase are hashed: a token that starts no
// phrase costs one or two hash lookups; otherwise a walk from it
// narrows the range of phrases that start with what it has consumed so far
// (two binary searches per token), so tagging costs little next to MeCab.
//
// Build with Add() and then Freeze(); after Freeze() the object is immutable
// and FindAll() is thread-safe.
//
//   kiji::PhraseMatcher m;
//   uint32_t id = m.Add("協力する");
//   m.Freeze();
//   std::vector<kiji::PhraseMatcher::Match> found;
//   m.FindAll(doc.SentenceTokens(doc.sentences[0]), 0, &found);
#ifndef KIJI_SRC_SECTORS_PHRASE_MATCHER_H_
#define KIJI_SRC_SECTORS_PHRASE_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kiji/token.h"

namespace kiji {

class PhraseMatcher {
 public:
  struct Match {
    uint32_t phrase;       // id returned by Add()
    uint32_t token_begin;  // half-open token range, offset by `first_token`
    uint32_t token_end;
  };

  /// The matching key of a normalized phrase: ASCII spaces removed, ASCII
  /// letters lowercased. Empty when nothing is left.
  static std::string Key(std::string_view normalized);

  /// Adds a phrase (already normalized, see normalize.h) and returns its id;
  /// phrases with the same key share one id. REQUIRES: !Key(phrase).empty(),
  /// not frozen.
  uint32_t Add(std::string_view normalized);

  /// Sorts the phrases for matching. Call once, after the last Add().
  void Freeze();

  /// Appends to *out every match inside `tokens` (one sentence): all phrases
  /// at every start, overlapping and nested matches included, ordered by
  /// (token_begin, token_end, phrase). Token indices are offset by
  /// `first_token`. REQUIRES: frozen.
  void FindAll(std::span<const Token> tokens, uint32_t first_token, std::vector<Match>* out) const;

  size_t size() const { return keys_.size(); }
  /// The key of a phrase id.
  const std::string& key(uint32_t phrase) const { return keys_[phrase]; }

 private:
  bool MayStart(const Token& t) const;
  void Walk(std::span<const Token> tokens, size_t j, size_t lo, size_t hi, uint32_t begin,
            uint32_t first_token, std::string* buf, std::vector<Match>* out) const;

  std::vector<std::string> keys_;                  // by phrase id
  std::vector<uint32_t> sorted_;                   // phrase ids ordered by key
  std::unordered_map<std::string, uint32_t> ids_;  // key -> id, while building
  // First code point of a key -> its range [first, second) in sorted_.
  std::unordered_map<char32_t, std::pair<uint32_t, uint32_t>> by_first_;
  // Bit filters over the first code point and the first two code points of
  // every key (the quick test in MayStart).
  std::vector<uint64_t> first_one_, first_two_;
  bool frozen_ = false;
};

}  // namespace kiji

#endif  // KIJI_SRC_SECTORS_PHRASE_MATCHER_H_
