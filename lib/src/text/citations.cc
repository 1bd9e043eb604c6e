#include "text/citations.h"

#include <algorithm>
#include <functional>
#include <string>

namespace kiji {
namespace {

constexpr std::string_view kStop = "。";
// A publisher name is short: the date must follow within this many bytes.
constexpr size_t kMaxPublisherBytes = 150;

// A needle found by Boyer-Moore-Horspool, its skip table built once:
// string_view::find stops at every byte equal to the needle's first, and
// the lead bytes of kanji and kana (E3, E5, E6, E9) are most bytes of a
// Japanese paragraph (glibc's memmem was still a tenth of a warm-cache run).
class Needle {
 public:
  explicit Needle(std::string_view n) : needle_(n), search_(needle_.begin(), needle_.end()) {}
  size_t size() const { return needle_.size(); }
  // s.find(needle, pos).
  size_t In(std::string_view s, size_t pos = 0) const {
    if (pos > s.size()) return std::string_view::npos;
    const auto hit = search_(s.begin() + pos, s.end()).first;
    return hit == s.end() ? std::string_view::npos : static_cast<size_t>(hit - s.begin());
  }

 private:
  std::string needle_;
  std::boyer_moore_horspool_searcher<std::string::const_iterator> search_;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Consumes 1 to `max` ASCII digits at *pos.
bool Digits(std::string_view s, size_t* pos, size_t max) {
  size_t n = 0;
  while (*pos < s.size() && IsDigit(s[*pos]) && n < max) ++*pos, ++n;
  return n > 0;
}

bool Literal(std::string_view s, size_t* pos, std::string_view lit) {
  if (s.substr(*pos, lit.size()) != lit) return false;
  *pos += lit.size();
  return true;
}

// "2005年12月11日" or "2008年6月5日閲覧", exactly the whole of `s`.
bool IsDate(std::string_view s) {
  size_t p = 0;
  if (!Digits(s, &p, 4) || p != 4 || !Literal(s, &p, "年") || !Digits(s, &p, 2) ||
      !Literal(s, &p, "月") || !Digits(s, &p, 2) || !Literal(s, &p, "日")) {
    return false;
  }
  Literal(s, &p, "閲覧");
  return p == s.size();
}

// Whether "PUBLISHER、DATE。" starts at `pos`.
bool PublisherAndDate(std::string_view s, size_t pos) {
  const size_t stop = s.find(kStop, pos);
  if (stop == std::string_view::npos || stop - pos > kMaxPublisherBytes) return false;
  const std::string_view seg = s.substr(pos, stop - pos);
  const size_t comma = seg.rfind("、");
  return comma != std::string_view::npos && comma > 0 &&
         IsDate(seg.substr(comma + std::string_view("、").size()));
}

// The start of the sentence that holds the title opened at `open`.
size_t SentenceStart(std::string_view s, size_t open) {
  const size_t stop = s.substr(0, open).rfind(kStop);
  return stop == std::string_view::npos ? 0 : stop + kStop.size();
}

size_t FirstCitation(std::string_view s) {
  struct Quote {
    std::string_view open;
    Needle closing;  // the closing quote and 。
  };
  static const Quote kQuotes[] = {{"『", Needle("』。")}, {"\"", Needle("\"。")}};
  size_t best = std::string_view::npos;
  for (const Quote& q : kQuotes) {
    for (size_t c = q.closing.In(s); c != std::string_view::npos && c < best;
         c = q.closing.In(s, c + 1)) {
      if (!PublisherAndDate(s, c + q.closing.size())) continue;
      const size_t open = s.substr(0, c).rfind(q.open);
      if (open == std::string_view::npos) continue;
      best = std::min(best, SentenceStart(s, open));
      break;
    }
  }
  return best;
}

}  // namespace

size_t CitationTail(std::string_view paragraph) {
  size_t tail = FirstCitation(paragraph);
  static const Needle kBoxes[] = {Needle("最近の記事"), Needle("外部リンク"), Needle("情報源:"),
                                  Needle("情報源："), Needle("関連記事")};
  for (const Needle& box : kBoxes) tail = std::min(tail, box.In(paragraph));
  return tail;
}

}  // namespace kiji
