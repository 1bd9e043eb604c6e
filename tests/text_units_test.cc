// Recognizers of dates, times, URLs and e-mail addresses (analysis/text_units.h)
// on normalized text.
#include "analysis/text_units.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kiji::internal {
namespace {

struct Found {
  std::string text;
  TextUnit unit;
  bool operator==(const Found&) const = default;
};

std::vector<Found> Units(std::string_view s) {
  std::vector<Found> out;
  for (const UnitSpan& u : FindTextUnits(s)) {
    out.push_back({std::string(s.substr(u.begin, u.end - u.begin)), u.unit});
  }
  return out;
}

constexpr auto kD = TextUnit::kDate;
constexpr auto kT = TextUnit::kTime;
constexpr auto kU = TextUnit::kUrl;
constexpr auto kE = TextUnit::kEmail;

struct Case {
  const char* text;
  std::vector<Found> units;
};

TEST_CASE("dates, times, URLs and e-mail addresses are found whole") {
  const std::vector<Case> cases = {
      {"2025年6月17日に発表した", {{"2025年6月17日", kD}}},
      {"6月17日、東京で", {{"6月17日", kD}}},
      {"6月に", {{"6月", kD}}},
      {"2025年6月から", {{"2025年6月", kD}}},
      {"2025年の", {{"2025年", kD}}},
      {"2025年度の予算", {{"2025年度", kD}}},
      {"令和7年6月17日", {{"令和7年6月17日", kD}}},
      {"平成元年", {{"平成元年", kD}}},
      {"2025/06/17 更新", {{"2025/06/17", kD}}},
      {"2025-06-17", {{"2025-06-17", kD}}},
      {"6月17日(火)に", {{"6月17日(火)", kD}}},
      {"17:30に", {{"17:30", kT}}},
      {"17:30:05", {{"17:30:05", kT}}},
      {"午後3時に", {{"午後3時", kT}}},
      {"午前11時14分19秒", {{"午前11時14分19秒", kT}}},
      {"3時半", {{"3時半", kT}}},
      {"17:30 UTC", {{"17:30", kT}, {"UTC", kT}}},  // no white space inside a unit
      {"17:30UTC", {{"17:30UTC", kT}}},
      {"23時36分(UTC+9)", {{"23時36分(UTC+9)", kT}}},
      {"5月6日(UTC+9)", {{"5月6日(UTC+9)", kD}}},
      {"13日2時53分(UTC±0)", {{"13日", kD}, {"2時53分(UTC±0)", kT}}},
      {"29日(UTC-3)、", {{"29日(UTC-3)", kD}}},
      {"(UTC+9、以下同様)", {{"UTC+9", kT}}},
      {"2011年4月7日23時46分", {{"2011年4月7日", kD}, {"23時46分", kT}}},
      {"詳しくはhttps://example.com/a?b=1&c=2を参照", {{"https://example.com/a?b=1&c=2", kU}}},
      {"(http://news.livedoor.com/article/detail/5903225/)",
       {{"http://news.livedoor.com/article/detail/5903225/", kU}}},
      {"http://ja.wikipedia.org/wiki/A_(B).", {{"http://ja.wikipedia.org/wiki/A_(B)", kU}}},
      {"www.example.co.jpへ", {{"www.example.co.jp", kU}}},
      {"asahi.com『牛丼』", {{"asahi.com", kU}}},
      {"nikkansports.com/news", {{"nikkansports.com/news", kU}}},
      {"連絡先はa@b.jpまで", {{"a@b.jp", kE}}},
      {"hanako.yamada@example.co.jp.", {{"hanako.yamada@example.co.jp", kE}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Units(c.text) == c.units);
  }
}

TEST_CASE("durations, counts and look-alikes are not units") {
  for (const char* text : {"3時間", "30日間", "2000年代", "2000年間", "3日", "13月", "32日",
                           "3か月", "1:2", "ABC17:30", "x2025年", "12345年", "http://", "www.",
                           "a@b", "@user", "午後", "UTCD", "2025/13/01",
                           "Node.js", "3.5", "e.g.", "Ver.2"}) {
    CAPTURE(text);
    CHECK(Units(text).empty());
  }
}

TEST_CASE("units are in text order and do not overlap") {
  const auto units = FindTextUnits("6月17日17:30、6月18日、mail@example.jp、www.a.jp");
  REQUIRE(units.size() == 5);
  for (size_t i = 1; i < units.size(); ++i) CHECK(units[i - 1].end <= units[i].begin);
}

}  // namespace
}  // namespace kiji::internal
