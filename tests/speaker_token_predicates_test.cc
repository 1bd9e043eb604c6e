#include "speakers/token_predicates.h"

#include <doctest/doctest.h>

namespace {

kiji::Token Make(std::string surface, kiji::PosClass pos) {
  kiji::Token t;
  t.surface = std::move(surface);
  t.pos_class = pos;
  return t;
}

}  // namespace

using kiji::PosClass;
using namespace kiji::internal;

TEST_CASE("SameReferentTail: the one rule for 同 + word") {
  CHECK(SameReferentTail("同社") == "社");
  CHECK(SameReferentTail("同大統領") == "大統領");
  CHECK(SameReferentTail("同") == "");      // 同 alone has no tail
  CHECK(SameReferentTail("共同") == "");    // 同 not in front
  CHECK(SameReferentTail("社") == "");
}

TEST_CASE("character classes of words") {
  CHECK(IsKatakanaOrLatin("トランプ"));
  CHECK(IsKatakanaOrLatin("W.Bush"));
  CHECK_FALSE(IsKatakanaOrLatin("トランプ氏"));
  CHECK_FALSE(IsKatakanaOrLatin(""));
  CHECK(IsKanji("習近平"));
  CHECK_FALSE(IsKanji("習さん"));
  CHECK_FALSE(IsKanji(""));
  CHECK(HasLetter("：A"));
  CHECK(HasLetter("々"));
  CHECK_FALSE(HasLetter("：「」123"));
  CHECK(IsOneKanji(Make("偉", PosClass::kAdjective)));
  CHECK_FALSE(IsOneKanji(Make("偉い", PosClass::kAdjective)));
}

TEST_CASE("token tests: nominal, comma, parenthesis, joiner") {
  CHECK(IsNominal(Make("外務省", PosClass::kProperNoun)));
  CHECK(IsNominal(Make("氏", PosClass::kSuffix)));
  CHECK_FALSE(IsNominal(Make(")、", PosClass::kNoun)));  // IPADIC's glued parenthesis
  CHECK_FALSE(IsNominal(Make("述べ", PosClass::kVerb)));
  CHECK(IsComma(Make("、", PosClass::kSymbol)));
  CHECK(IsComma(Make(")、", PosClass::kNoun)));
  CHECK(IsParen(Make("(", PosClass::kSymbol)));
  CHECK(IsParen(Make("33(", PosClass::kNoun)));
  CHECK(IsJoiner(Make("・", PosClass::kSymbol)));
  CHECK(IsJoiner(Make("＝", PosClass::kSymbol)));
  CHECK(IsParticle(Make("の", PosClass::kParticle), "の"));
  CHECK_FALSE(IsParticle(Make("の", PosClass::kNoun), "の"));
}
