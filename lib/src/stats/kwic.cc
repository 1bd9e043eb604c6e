#include "kiji/kwic.h"

#include <algorithm>

#include "kiji/enum_names.h"
#include "kiji/normalize.h"
#include "text/icu_text.h"

namespace kiji {
namespace {

// Byte offset `count` code points before `pos` in UTF-8 `text` (or 0).
size_t BackCodePoints(std::string_view text, size_t pos, uint32_t count) {
  while (pos > 0 && count > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
    --count;
  }
  return pos;
}

// Byte offset `count` code points after `pos` (or the end).
size_t ForwardCodePoints(std::string_view text, size_t pos, uint32_t count) {
  while (pos < text.size() && count > 0) {
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    --count;
  }
  return pos;
}

}  // namespace

namespace {
constexpr auto kKwicMatchNames = MakeEnumNames<KwicMatch>(
    {{KwicMatch::kLemma, "lemma"}, {KwicMatch::kSurface, "surface"}, {KwicMatch::kRegex, "regex"}});
}  // namespace

bool ParseKwicMatch(std::string_view s, KwicMatch* out) { return kKwicMatchNames.Parse(s, out); }

Result<KwicSearcher> KwicSearcher::Create(KwicOptions options) {
  if (options.pattern.empty()) return Status::InvalidArgument("the KWIC pattern is empty");
  KwicSearcher s;
  if (options.match == KwicMatch::kRegex) {
    KIJI_ASSIGN_OR_RETURN(s.regex_, internal::Utf8Regex::Compile(options.pattern));
  } else {
    s.normalized_ = NormalizeString(options.pattern);
  }
  s.options_ = std::move(options);
  return s;
}

bool KwicSearcher::Matches(const Token& t) const {
  switch (options_.match) {
    case KwicMatch::kLemma:
      return t.lemma == normalized_;
    case KwicMatch::kSurface:
      return t.surface == normalized_;
    case KwicMatch::kRegex:
      return regex_->Search(t.surface);
  }
  return false;
}

std::vector<KwicHit> KwicSearcher::Search(const Document& doc) const {
  std::vector<KwicHit> hits;
  const std::string_view text = doc.article->text;
  const size_t n = doc.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.pos_class == PosClass::kWhitespace || !Matches(t)) continue;
    KwicHit h;
    h.sentence = t.sentence;
    h.token = static_cast<uint32_t>(i);
    h.start = t.start;
    h.end = t.end;
    size_t left_begin, right_end;
    if (options_.window_chars > 0) {
      left_begin = BackCodePoints(text, t.byte_begin, options_.window_chars);
      right_end = ForwardCodePoints(text, t.byte_end, options_.window_chars);
    } else {
      const size_t w = options_.window_tokens;
      left_begin = w == 0 ? t.byte_begin : doc.tokens[i >= w ? i - w : 0].byte_begin;
      right_end = w == 0 ? t.byte_end : doc.tokens[std::min(n - 1, i + w)].byte_end;
      left_begin = std::min<size_t>(left_begin, t.byte_begin);
      right_end = std::max<size_t>(right_end, t.byte_end);
    }
    h.left = text.substr(left_begin, t.byte_begin - left_begin);
    h.keyword = doc.OriginalText(t);
    h.right = text.substr(t.byte_end, right_end - t.byte_end);
    hits.push_back(h);
  }
  return hits;
}

}  // namespace kiji
