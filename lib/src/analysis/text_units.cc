#include "analysis/text_units.h"

#include <algorithm>
#include <array>

namespace kiji::internal {
namespace {

constexpr size_t kNo = static_cast<size_t>(-1);

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }

bool At(std::string_view s, size_t i, std::string_view lit) {
  return i <= s.size() && s.substr(i).starts_with(lit);
}

// After 1..max_digits ASCII digits at i whose value is in [lo, hi] and that
// no further digit follows, or kNo.
size_t Number(std::string_view s, size_t i, size_t max_digits, int lo, int hi) {
  size_t j = i;
  int v = 0;
  while (j < s.size() && IsDigit(s[j]) && j - i < max_digits) v = v * 10 + (s[j++] - '0');
  if (j == i || (j < s.size() && IsDigit(s[j])) || v < lo || v > hi) return kNo;
  return j;
}

// Number() followed by `unit` (年, 月, 日, 時 ...) that `not_after` (間, 代)
// does not follow: the end of the unit, or kNo.
size_t NumberWith(std::string_view s, size_t i, size_t max_digits, int lo, int hi,
                  std::string_view unit, std::string_view not_after = "間") {
  const size_t j = Number(s, i, max_digits, lo, hi);
  if (j == kNo || !At(s, j, unit)) return kNo;
  const size_t e = j + unit.size();
  if (At(s, e, not_after)) return kNo;
  return e;
}

// An era year: 令和7年, 平成元年.
size_t EraYear(std::string_view s, size_t i) {
  static constexpr std::array<std::string_view, 5> kEras = {"令和", "平成", "昭和", "大正",
                                                            "明治"};
  for (std::string_view era : kEras) {
    if (!At(s, i, era)) continue;
    const size_t j = i + era.size();
    if (At(s, j, "元年")) return j + std::string_view("元年").size();
    return NumberWith(s, j, 2, 1, 99, "年");
  }
  return kNo;
}

// 2025/06/17, 2025-06-17, 2025.6.17.
size_t NumericDate(std::string_view s, size_t i) {
  size_t j = Number(s, i, 4, 1000, 2999);
  if (j == kNo || j - i != 4 || j >= s.size()) return kNo;
  const char sep = s[j];
  if (sep != '/' && sep != '-' && sep != '.') return kNo;
  j = Number(s, j + 1, 2, 1, 12);
  if (j == kNo || j >= s.size() || s[j] != sep) return kNo;
  j = Number(s, j + 1, 2, 1, 31);
  if (j == kNo || (j < s.size() && (IsAlnum(s[j]) || s[j] == sep))) return kNo;
  return j;
}

// "(火)", "(火曜)", "(火曜日)" after a day.
size_t Weekday(std::string_view s, size_t i) {
  static constexpr std::array<std::string_view, 7> kDays = {"月", "火", "水", "木",
                                                            "金", "土", "日"};
  if (!At(s, i, "(")) return kNo;
  for (std::string_view d : kDays) {
    if (!At(s, i + 1, d)) continue;
    size_t j = i + 1 + d.size();
    if (At(s, j, "曜日")) {
      j += std::string_view("曜日").size();
    } else if (At(s, j, "曜")) {
      j += std::string_view("曜").size();
    }
    return At(s, j, ")") ? j + 1 : kNo;
  }
  return kNo;
}

// UTC, UTC+9, UTC-3, UTC±0, UTC+5:30, GMT, JST: the end of the zone or kNo.
size_t Zone(std::string_view s, size_t i) {
  if (!At(s, i, "UTC") && !At(s, i, "GMT") && !At(s, i, "JST")) return kNo;
  size_t j = i + 3;
  size_t sign = 0;
  if (At(s, j, "+") || At(s, j, "-")) sign = 1;
  if (At(s, j, "±")) sign = std::string_view("±").size();
  if (sign > 0) {
    const size_t h = Number(s, j + sign, 2, 0, 14);
    if (h != kNo) {
      j = h;
      if (At(s, j, ":")) {
        const size_t m = Number(s, j + 1, 2, 0, 59);
        if (m != kNo && m - j == 3) j = m;
      }
    }
  }
  if (j < s.size() && IsAlnum(s[j])) return kNo;
  return j;
}

// A time zone right after a date or time: "UTC", "UTC+9", "(UTC+9)".
// Returns the end of the zone, or `i` when none follows. Never across a
// space ("17:30 UTC" is two units): a token holds no white space, which
// n-gram terms use as their separator.
size_t ZoneAfter(std::string_view s, size_t i) {
  if (At(s, i, "(")) {
    const size_t z = Zone(s, i + 1);
    if (z != kNo && At(s, z, ")")) return z + 1;
    return i;
  }
  const size_t z = Zone(s, i);
  return z != kNo ? z : i;
}

// 17:30, 17:30:05.
size_t ClockTime(std::string_view s, size_t i) {
  size_t j = Number(s, i, 2, 0, 30);
  if (j == kNo || !At(s, j, ":")) return kNo;
  size_t m = Number(s, j + 1, 2, 0, 59);
  if (m == kNo || m - j != 3) return kNo;
  if (At(s, m, ":")) {
    const size_t sec = Number(s, m + 1, 2, 0, 60);
    if (sec != kNo && sec - m == 3) m = sec;
  }
  if (m < s.size() && (IsAlnum(s[m]) || s[m] == ':') && Zone(s, m) == kNo) return kNo;
  return m;
}

// 午後3時, 3時半, 23時36分, 14時28分1秒.
size_t KanjiTime(std::string_view s, size_t i) {
  size_t j = i;
  const bool half_day = At(s, j, "午前") || At(s, j, "午後");
  if (half_day) j += std::string_view("午前").size();
  if (half_day && ClockTime(s, j) != kNo) return ClockTime(s, j);
  j = NumberWith(s, j, 2, 0, 30, "時");
  if (j == kNo) return kNo;
  if (At(s, j, "半")) return j + std::string_view("半").size();
  const size_t m = NumberWith(s, j, 2, 0, 59, "分");
  if (m == kNo) return j;
  const size_t sec = NumberWith(s, m, 2, 0, 60, "秒");
  return sec == kNo ? m : sec;
}

size_t Time(std::string_view s, size_t i) {
  size_t e = ClockTime(s, i);
  if (e == kNo) e = KanjiTime(s, i);
  return e == kNo ? kNo : ZoneAfter(s, e);
}

// Year, month and day in kanji notation; a day alone only before a time
// or a time zone (13日2時53分, 29日(UTC-3)), else 3日 may be "three days".
size_t KanjiDate(std::string_view s, size_t i) {
  size_t j = EraYear(s, i);
  bool year = j != kNo, month = false;
  if (!year) {
    j = Number(s, i, 4, 1000, 2999);
    year = j != kNo && j - i == 4 && At(s, j, "年") && !At(s, j + 3, "間") && !At(s, j + 3, "代");
    j = year ? j + 3 : i;
  }
  const size_t m = NumberWith(s, j, 2, 1, 12, "月");
  if (m != kNo) {
    month = true;
    j = m;
  } else if (year) {
    return At(s, j, "度") ? j + std::string_view("度").size() : j;
  }
  const size_t d = NumberWith(s, j, 2, 1, 31, "日");
  if (d == kNo) return month ? j : kNo;
  if (!month && !year && Time(s, d) == kNo && ZoneAfter(s, d) == d) return kNo;
  const size_t w = Weekday(s, d);
  return w != kNo ? w : d;
}

size_t Date(std::string_view s, size_t i) {
  size_t e = NumericDate(s, i);
  if (e == kNo) e = KanjiDate(s, i);
  return e == kNo ? kNo : ZoneAfter(s, e);
}

bool IsUrlChar(char c) {
  if (IsAlnum(c)) return true;
  static constexpr std::string_view kMarks = "-._~:/?#[]@!$&'()*+,;=%";
  return kMarks.find(c) != std::string_view::npos;
}

// The end of a URL's characters from `i`, without trailing punctuation that
// ends the sentence around it (".", ",", ")" that opened before the URL).
size_t UrlTail(std::string_view s, size_t begin, size_t i) {
  while (i < s.size() && IsUrlChar(s[i])) ++i;
  while (i > begin) {
    const char c = s[i - 1];
    if (std::string_view(".,;:!?'").find(c) != std::string_view::npos) {
      --i;
    } else if (c == ')' || c == ']') {
      const char open = c == ')' ? '(' : '[';
      const std::string_view url = s.substr(begin, i - begin);
      if (std::count(url.begin(), url.end(), open) >= std::count(url.begin(), url.end(), c)) {
        break;
      }
      --i;
    } else {
      break;
    }
  }
  return i;
}

bool IsCommonTld(std::string_view label) {
  static constexpr std::array<std::string_view, 14> kTlds = {
      "com", "net", "org", "jp", "info", "biz", "edu", "gov", "uk", "cn", "kr", "tw", "io", "tv"};
  return std::find(kTlds.begin(), kTlds.end(), label) != kTlds.end();
}

size_t Url(std::string_view s, size_t i) {
  for (std::string_view scheme : {"https://", "http://", "ftp://"}) {
    if (!At(s, i, scheme)) continue;
    const size_t e = UrlTail(s, i, i + scheme.size());
    return e > i + scheme.size() ? e : kNo;
  }
  // www.example.com, or a host name alone (asahi.com, nikkansports.com):
  // labels joined by '.' that end in a common top-level domain.
  const bool www = At(s, i, "www.");
  size_t j = www ? i + 4 : i, dots = 0, last_label = j;
  while (j < s.size() && (IsAlnum(s[j]) || s[j] == '-' || (s[j] == '.' && j + 1 < s.size() &&
                                                           IsAlnum(s[j + 1])))) {
    if (s[j] == '.') {
      ++dots;
      last_label = j + 1;
    }
    ++j;
  }
  if (dots == 0) return kNo;
  if (!www && !IsCommonTld(s.substr(last_label, j - last_label))) return kNo;
  return At(s, j, "/") ? UrlTail(s, i, j) : j;
}

bool IsLocalChar(char c) {
  return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// The e-mail address around the '@' at `at`, starting at or after `floor`.
bool Email(std::string_view s, size_t at, size_t floor, UnitSpan* out) {
  size_t b = at;
  while (b > floor && IsLocalChar(s[b - 1])) --b;
  while (b < at && !IsAlnum(s[b])) ++b;
  if (b == at) return false;
  size_t e = at + 1, dots = 0;
  while (e < s.size() && (IsAlnum(s[e]) || s[e] == '-' ||
                          (s[e] == '.' && e + 1 < s.size() && IsAlnum(s[e + 1])))) {
    dots += s[e] == '.';
    ++e;
  }
  if (dots == 0 || !IsAlnum(s[e - 1])) return false;
  *out = {b, e, TextUnit::kEmail};
  return true;
}

// True when the character at i can start a date or time in kanji notation:
// the first character of an era name (EraYear) or 午 (午前, 午後). Every
// other non-ASCII character is passed over at once.
constexpr uint32_t Packed(std::string_view c) {  // a 3-byte UTF-8 character
  return static_cast<uint32_t>(static_cast<unsigned char>(c[0])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(c[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(c[2]));
}

bool MayStartKanjiUnit(std::string_view s, size_t i) {
  static constexpr std::array<uint32_t, 6> kStarts = {Packed("令"), Packed("平"), Packed("昭"),
                                                      Packed("大"), Packed("明"), Packed("午")};
  if (i + 3 > s.size()) return false;
  const uint32_t c = Packed(s.substr(i, 3));
  return std::find(kStarts.begin(), kStarts.end(), c) != kStarts.end();
}

// The unit starting at i, if any.
bool UnitAt(std::string_view s, size_t i, UnitSpan* out) {
  const bool word_start = i == 0 || !IsAlnum(s[i - 1]);
  if (!word_start) return false;
  const char c = s[i];
  size_t e = kNo;
  TextUnit unit = TextUnit::kNone;
  if (IsAlpha(c)) {
    e = Url(s, i);
    unit = TextUnit::kUrl;
    if (e == kNo && (c == 'U' || c == 'G' || c == 'J')) {
      e = Zone(s, i);
      unit = TextUnit::kTime;
    }
  } else if (IsDigit(c) || (static_cast<unsigned char>(c) >= 0x80 && MayStartKanjiUnit(s, i))) {
    e = Date(s, i);
    unit = TextUnit::kDate;
    if (e == kNo) {
      e = Time(s, i);
      unit = TextUnit::kTime;
    }
  }
  if (e == kNo || e == i) return false;
  *out = {i, e, unit};
  return true;
}

}  // namespace

std::vector<UnitSpan> FindTextUnits(std::string_view s) {
  std::vector<UnitSpan> units;
  size_t floor = 0;  // the end of the last unit
  for (size_t i = 0; i < s.size();) {
    UnitSpan u{};
    if (s[i] == '@' && Email(s, i, floor, &u)) {
      units.push_back(u);
      floor = i = u.end;
    } else if (UnitAt(s, i, &u)) {
      // An e-mail address may start with what looked like a URL (www.x@y.jp).
      if (u.unit == TextUnit::kUrl && u.end < s.size() && s[u.end] == '@') {
        ++i;
        continue;
      }
      units.push_back(u);
      floor = i = u.end;
    } else {
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
  }
  return units;
}

}  // namespace kiji::internal
