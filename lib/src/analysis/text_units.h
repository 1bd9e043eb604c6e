// Dates, times, URLs and e-mail addresses: spans of normalized text that
// are one unit each, whatever MeCab would make of their characters.
//
// MeCab splits 2025年6月17日 into six tokens (2025 年 6 月 17 日) and
// https://www.example.com/a into letters and symbols, so that statistics on
// news count 月, UTC, http and com as words. The analyzer constrains each
// span found here to one token and gives it a PosClass of its own (date,
// time, url, email), which the statistics do not count by default.
//
// Input is NFKC-normalized text (ASCII digits and letters). Recognized
// (docs/formats.md, "Dates, times, URLs and e-mail addresses"):
//   dates  2025年6月17日, 2025年6月, 6月17日, 6月, 2025年, 2025年度,
//          令和7年6月17日 (era years, 元年), 2025/06/17, 2025-06-17,
//          2025.6.17, a weekday after a day (6月17日(火)), a day alone
//          before a time or a time zone (13日2時53分, 29日(UTC-3));
//   times  17:30, 17:30:05, 3時, 3時半, 午後3時15分20秒, 23時36分, with a
//          time zone right after them (17:30UTC, 23時36分(UTC+9)), and a
//          time zone alone (UTC+9, JST; 17:30 UTC is two time units: no
//          unit holds white space);
//   urls   http://..., https://..., www.example.com/...;
//   email  name@example.co.jp.
// Not recognized: durations (3時間, 30分間, 2000年間), decades (2000年代).
#ifndef KIJI_SRC_ANALYSIS_TEXT_UNITS_H_
#define KIJI_SRC_ANALYSIS_TEXT_UNITS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kiji::internal {

enum class TextUnit : uint8_t { kNone, kDate, kTime, kUrl, kEmail };

struct UnitSpan {
  size_t begin, end;  // bytes into the text
  TextUnit unit;
  bool operator==(const UnitSpan&) const = default;
};

/// The units of `text`, in text order, not overlapping.
std::vector<UnitSpan> FindTextUnits(std::string_view text);

}  // namespace kiji::internal

#endif  // KIJI_SRC_ANALYSIS_TEXT_UNITS_H_
