// FitConstraints: constraints met on the plain best path by keeping or
// merging its nodes, and the cases left to MeCab's constrained search.
#include "analysis/path_fit.h"

#include <doctest/doctest.h>

#include <vector>

using kiji::internal::FeatureMatches;
using kiji::internal::FitConstraints;
using kiji::internal::PathNode;
using kiji::internal::SpanConstraint;

namespace {

constexpr const char* kUnknownNoun = "名詞,一般,*,*,*,*,*";
constexpr const char* kNumber = "名詞,数,*,*,*,*,*";
constexpr const char* kSymbol = "記号,一般,*,*,*,*,*";

// A dictionary that knows no word: pieces keep their node's feature.
const kiji::internal::WordLookup kNoWords = [](uint32_t begin, uint32_t end) {
  return PathNode{begin, end, nullptr, true};
};

SpanConstraint Span(size_t begin, size_t end, const char* feature, bool has_letter = false) {
  SpanConstraint c{begin, end, feature, false};
  c.has_letter = has_letter;
  return c;
}

}  // namespace

TEST_CASE("a feature matches a constraint by whole leading fields") {
  CHECK(FeatureMatches(nullptr, kSymbol));
  CHECK(FeatureMatches("*", kSymbol));
  CHECK(FeatureMatches("記号", kSymbol));
  CHECK(FeatureMatches("記号,一般", kSymbol));
  CHECK_FALSE(FeatureMatches("記号,括弧開", kSymbol));
  CHECK_FALSE(FeatureMatches("名詞,数字", kNumber));  // a prefix of a field is not a field
}

TEST_CASE("nodes a constraint covers exactly become one unknown node with its feature") {
  // 2025|年|6|月 with a date constraint over all four, then "に".
  const std::vector<PathNode> plain = {
      {0, 4, kNumber, true}, {4, 7, "名詞,接尾", false}, {7, 8, kNumber, true},
      {8, 11, "名詞,一般", false}, {11, 14, "助詞", false}};
  const SpanConstraint term = Span(0, 11, "名詞,固有名詞");
  std::vector<PathNode> fitted;
  REQUIRE(FitConstraints(plain, {&term, 1}, kUnknownNoun, kNoWords, &fitted));
  REQUIRE(fitted.size() == 2);
  CHECK(fitted[0].begin == 0);
  CHECK(fitted[0].end == 11);
  CHECK(fitted[0].feature == term.feature);
  CHECK(fitted[0].unknown);
  CHECK(fitted[1].begin == 11);
  // A date is an unknown common noun with the full feature, as MeCab's
  // constrained search makes it.
  SpanConstraint date = Span(0, 11, "名詞,一般");
  date.unit = kiji::internal::TextUnit::kDate;
  REQUIRE(FitConstraints(plain, {&date, 1}, kUnknownNoun, kNoWords, &fitted));
  CHECK(fitted[0].feature == kUnknownNoun);
}

TEST_CASE("one node with the asked-for POS is kept, one with another POS is relabelled") {
  const std::vector<PathNode> plain = {{0, 1, kSymbol, true}, {1, 4, "名詞,一般", false}};
  std::vector<PathNode> fitted;
  const SpanConstraint any = Span(0, 1, "記号");
  REQUIRE(FitConstraints(plain, {&any, 1}, kUnknownNoun, kNoWords, &fitted));
  CHECK(fitted[0].feature == kSymbol);
  const SpanConstraint bracket = Span(0, 1, "記号,括弧開");
  REQUIRE(FitConstraints(plain, {&bracket, 1}, kUnknownNoun, kNoWords, &fitted));
  CHECK(fitted[0].feature == bracket.feature);
  CHECK(fitted[0].unknown);
  CHECK(fitted.size() == 2);
}

TEST_CASE("an unknown symbol group crossing a constraint is cut, its pieces looked up") {
  // ")、" read as one unknown node: ")" is the constraint, "、" a dictionary word.
  const std::vector<PathNode> plain = {{0, 4, kSymbol, true}, {4, 7, "助詞", false}};
  const char* comma = "記号,読点,*,*,*,*,、,、,、";
  const kiji::internal::WordLookup words = [&](uint32_t begin, uint32_t end) {
    return begin == 1 ? PathNode{begin, 4, comma, false} : PathNode{begin, end, nullptr, true};
  };
  const SpanConstraint close = Span(0, 1, "記号,括弧閉");
  std::vector<PathNode> fitted;
  REQUIRE(FitConstraints(plain, {&close, 1}, kUnknownNoun, words, &fitted));
  REQUIRE(fitted.size() == 3);
  CHECK(fitted[0].end == 1);
  CHECK(fitted[0].feature == close.feature);
  CHECK(fitted[1].begin == 1);
  CHECK(fitted[1].end == 4);
  CHECK(fitted[1].feature == comma);
  CHECK_FALSE(fitted[1].unknown);
  // A piece the dictionary does not know keeps the group's feature.
  const SpanConstraint late = Span(2, 4, "記号,一般");
  REQUIRE(FitConstraints(plain, {&late, 1}, kUnknownNoun, kNoWords, &fitted));
  CHECK(fitted[0].end == 2);
  CHECK(fitted[0].feature == kSymbol);
}

TEST_CASE("a dictionary word crossing a constraint leaves it to the constrained search") {
  const std::vector<PathNode> plain = {{0, 6, "名詞,一般", false}, {6, 9, "助詞", false}};
  const SpanConstraint half = Span(0, 3, "名詞,固有名詞");
  std::vector<PathNode> fitted;
  CHECK_FALSE(FitConstraints(plain, {&half, 1}, kUnknownNoun, kNoWords, &fitted));
}

TEST_CASE("Latin runs without a feature: letters make a noun, digits keep an unknown number") {
  // fc|2 and 3|.|5
  const std::vector<PathNode> plain = {{0, 2, "名詞,固有名詞,組織", true}, {2, 3, kNumber, true},
                                       {3, 6, "助詞", false},
                                       {6, 7, kNumber, true}, {7, 8, kSymbol, true},
                                       {8, 9, kNumber, true}};
  const SpanConstraint runs[] = {Span(0, 3, nullptr, true), Span(6, 9, nullptr)};
  std::vector<PathNode> fitted;
  REQUIRE(FitConstraints(plain, runs, kUnknownNoun, kNoWords, &fitted));
  REQUIRE(fitted.size() == 3);
  CHECK(fitted[0].feature == kUnknownNoun);
  CHECK(fitted[2].feature == kNumber);
  CHECK(fitted[2].end == 9);
  // A digit run that starts with a dictionary word is not guessed at.
  std::vector<PathNode> known = plain;
  known[3].unknown = false;
  CHECK_FALSE(FitConstraints(known, runs, kUnknownNoun, kNoWords, &fitted));
}

TEST_CASE("without constraints the plain path is the path") {
  const std::vector<PathNode> plain = {{0, 3, "名詞", false}, {3, 6, "助詞", false}};
  std::vector<PathNode> fitted = {{9, 9, nullptr, false}};
  REQUIRE(FitConstraints(plain, {}, kUnknownNoun, kNoWords, &fitted));
  CHECK(fitted.size() == 2);
  CHECK(fitted[1].begin == 3);
}
