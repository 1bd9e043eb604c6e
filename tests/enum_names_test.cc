#include "kiji/enum_names.h"

#include <doctest/doctest.h>

#include "kiji/analyzer.h"
#include "kiji/article.h"
#include "kiji/term_selection.h"
#include "kiji/token.h"

namespace {

enum class Color { kRed, kGreen, kBlue };

constexpr auto kColors = kiji::MakeEnumNames<Color>(
    {{Color::kRed, "red"}, {Color::kGreen, "green"}, {Color::kGreen, "lime"}});

// Checked at compile time: the tables are constexpr.
static_assert(kColors.Name(Color::kGreen) == "green");
static_assert(kColors.entries().size() == 3);

// Out of the enum's order, or a value listed twice before its index: still
// the first name listed (Name answers by index only for the ordered prefix).
constexpr auto kShuffled = kiji::MakeEnumNames<Color>(
    {{Color::kGreen, "g1"}, {Color::kGreen, "g2"}, {Color::kRed, "r"}, {Color::kBlue, "b"}});
static_assert(kShuffled.Name(Color::kGreen) == "g1");
static_assert(kShuffled.Name(Color::kRed) == "r");
static_assert(kShuffled.Name(Color::kBlue) == "b");
constexpr auto kInOrderThenAlias = kiji::MakeEnumNames<Color>(
    {{Color::kRed, "red"}, {Color::kGreen, "green"}, {Color::kBlue, "blue"}, {Color::kRed, "r"}});
static_assert(kInOrderThenAlias.Name(Color::kBlue) == "blue");
static_assert(kInOrderThenAlias.Name(Color::kRed) == "red");

}  // namespace

TEST_CASE("names print the first entry of a value and parse every entry") {
  CHECK(kColors.Name(Color::kRed) == "red");
  CHECK(kColors.Name(Color::kGreen) == "green");  // first of its two names
  CHECK(kColors.Name(Color::kBlue).empty());      // not in the table
  Color c = Color::kRed;
  CHECK(kColors.Parse("lime", &c));
  CHECK(c == Color::kGreen);
  CHECK_FALSE(kColors.Parse("blue", &c));
  CHECK(c == Color::kGreen);  // untouched
  CHECK_FALSE(kColors.Parse("", &c));
}

TEST_CASE("every PosClass and TermField name parses back to its value") {
  for (int i = 0; i <= static_cast<int>(kiji::PosClass::kOther); ++i) {
    const auto pos = static_cast<kiji::PosClass>(i);
    const std::string_view name = kiji::PosClassName(pos);
    INFO(name);
    REQUIRE_FALSE(name.empty());
    kiji::PosClass back = kiji::PosClass::kOther;
    CHECK(kiji::ParsePosClass(name, &back));
    CHECK(back == pos);
  }
  for (auto f : {kiji::TermField::kSurface, kiji::TermField::kLemma, kiji::TermField::kReading}) {
    kiji::TermField back = kiji::TermField::kLemma;
    CHECK(kiji::ParseTermField(kiji::TermFieldName(f), &back));
    CHECK(back == f);
  }
  CHECK(kiji::DictLayoutName(kiji::DictLayout::kJuman) == "juman");
  CHECK(kiji::ArticleFormatName(kiji::ArticleFormat::kLivedoor) == "livedoor");
  CHECK(kiji::BlockKindName(kiji::BlockKind::kBullet) == "bullet");
}
