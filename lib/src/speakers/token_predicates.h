// Private to the speaker stage: tests on one token or one word that the
// statement finder and the speaker-mention parser share. Dictionary
// differences are already hidden in Token's pos_class and traits.
#ifndef KIJI_SRC_SPEAKERS_TOKEN_PREDICATES_H_
#define KIJI_SRC_SPEAKERS_TOKEN_PREDICATES_H_

#include <string_view>

#include "kiji/token.h"

namespace kiji::internal {

inline bool Is(const Token& t, std::string_view s) { return t.surface == s; }
inline bool IsParticle(const Token& t, std::string_view s) {
  return t.pos_class == PosClass::kParticle && t.surface == s;
}
/// Noun, proper noun, suffix, prefix or numeral (not a parenthesis).
/// Inline: the index scans call it for nearly every token of an article.
inline bool IsNominal(const Token& t) {
  switch (t.pos_class) {
    case PosClass::kNoun:
    case PosClass::kProperNoun:
    case PosClass::kSuffix:
    case PosClass::kPrefix:
    case PosClass::kNumeral:
      // IPADIC tags ASCII parentheses as nouns, and glues them: ")、"
      return !t.surface.starts_with("(") && !t.surface.starts_with(")");
    default:
      return false;
  }
}
/// A comma, or a token IPADIC glued to one: "、", ")、".
inline bool IsComma(const Token& t) { return t.surface.ends_with("、"); }
/// A parenthesis, or a token that starts or ends with one.
inline bool IsParen(const Token& t) {
  return t.surface.starts_with("(") || t.surface.starts_with(")") || t.surface.ends_with("(");
}
/// The dots and equals signs that join parts of a name: ドナルド・トランプ.
inline bool IsJoiner(const Token& t) { return Is(t, "・") || Is(t, "=") || Is(t, "＝"); }

// Proper-noun subclasses, the same under every dictionary (TokenTrait).
inline bool IsPersonName(const Token& t) { return t.Has(TokenTrait::kPersonName); }
// 曰く / いわく: X曰く、… cites X as によると does.
inline bool IsIwaku(const Token& t) {
  return t.pos_class == PosClass::kNoun && (t.surface == "曰く" || t.surface == "いわく");
}
inline bool IsOrganizationName(const Token& t) { return t.Has(TokenTrait::kOrganization); }
inline bool IsPlaceName(const Token& t) { return t.Has(TokenTrait::kPlaceName); }

/// Every code point katakana, ー, Latin, '-' or '.'; false when empty.
bool IsKatakanaOrLatin(std::string_view s);
/// Every code point a CJK ideograph; false when empty.
bool IsKanji(std::string_view s);
/// One kanji alone: 偉 of 李偉, 菅 of 菅義偉.
bool IsOneKanji(const Token& t);
/// Some code point is a letter: kana, kanji, 々 or Latin.
bool HasLetter(std::string_view s);

/// The word after a leading 同 ("the same …": 同社 -> 社, 同大統領 -> 大統領),
/// or empty when `word` is not 同 followed by something. The one rule for
/// words that point back instead of naming.
inline std::string_view SameReferentTail(std::string_view word) {
  constexpr std::string_view kSame = "同";
  return word.size() > kSame.size() && word.starts_with(kSame) ? word.substr(kSame.size())
                                                               : std::string_view();
}

}  // namespace kiji::internal

#endif  // KIJI_SRC_SPEAKERS_TOKEN_PREDICATES_H_
