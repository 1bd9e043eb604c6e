// Keyword in context: every token of a Document that matches a pattern, with
// the original text around it.
//
// A hit is one token or a run of tokens of one sentence. By lemma (the
// default), the pattern (NFKC-normalized) is the lemmas of consecutive
// tokens put together: 国際協力 finds 国際+協力, 協力する finds 協力+し(た).
// By surface (the pattern NFKC-normalized) or by regular expression (ICU
// syntax), the pattern is searched in the sentence's normalized text, across
// token boundaries (中央アジア諸国 finds 中央+アジア+諸国; `^` and `$` are
// the sentence's start and end), and each match is widened to the tokens it
// touches: 協力 by surface finds the token 協力者 whole. Context is a number of tokens on each side (within the article,
// across sentences) or, when `window_chars` > 0, a number of code points of
// the original text on each side. Spans are code points into the original
// text (docs/formats.md). KwicSearcher is immutable after Create() and
// thread-safe.
//
//   kiji::KwicOptions o;
//   o.pattern = "協力";
//   KIJI_ASSIGN_OR_RETURN(kiji::KwicSearcher s, kiji::KwicSearcher::Create(o));
//   for (const kiji::KwicHit& h : s.Search(doc)) Use(h.left, h.keyword, h.right);
#ifndef KIJI_KWIC_H_
#define KIJI_KWIC_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/status.h"
#include "kiji/token.h"

namespace kiji {

namespace internal {
class Utf8Regex;
}

enum class KwicMatch { kLemma, kSurface, kRegex };
/// Parses "lemma", "surface", "regex".
bool ParseKwicMatch(std::string_view s, KwicMatch* out);

struct KwicOptions {
  std::string pattern;                  // required
  KwicMatch match = KwicMatch::kLemma;  // default: by lemma
  uint32_t window_tokens = 5;           // tokens of context on each side
  uint32_t window_chars = 0;            // >0: code points of context instead
};

struct KwicHit {
  uint32_t sentence = 0;
  uint32_t token = 0;                     // first token, index in Document::tokens
  uint32_t token_end = 0;                 // one past the last token of the hit
  uint32_t start = 0, end = 0;            // code points into the original text
  std::string_view left, keyword, right;  // original text; views the Article
};

class KwicSearcher {
 public:
  static Result<KwicSearcher> Create(KwicOptions options);
  /// Hits in text order.
  std::vector<KwicHit> Search(const Document& doc) const;
  /// True when a single token matches: lemma equal to the pattern, or the
  /// pattern found in its surface (surface, regex).
  bool Matches(const Token& t) const;

 private:
  void SearchLemmas(const Document& doc, size_t b, size_t e, std::vector<KwicHit>* hits) const;
  void SearchText(const Document& doc, size_t b, size_t e, std::vector<KwicHit>* hits) const;
  KwicHit MakeHit(const Document& doc, size_t first, size_t last) const;

  KwicOptions options_;
  std::string normalized_;  // the pattern, normalized (lemma / surface)
  std::shared_ptr<const internal::Utf8Regex> regex_;
};

}  // namespace kiji

#endif  // KIJI_KWIC_H_
