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
      return t.surface.find(normalized_) != std::string_view::npos;
    case KwicMatch::kRegex:
      return regex_->Search(t.surface);
  }
  return false;
}

namespace {

// The normalized text of sentence tokens [b, e): tokens view doc.normalized
// (or, in hand-made documents, one contiguous text) in order.
std::string_view SentenceText(const Document& doc, size_t b, size_t e) {
  const char* first = doc.tokens[b].surface.data();
  const std::string_view last = doc.tokens[e - 1].surface;
  return std::string_view(first, static_cast<size_t>(last.data() + last.size() - first));
}

}  // namespace

// Lemma: runs of tokens whose lemmas, concatenated, are the pattern
// (国際+協力 for 国際協力, 協力+する for 協力する); white space is skipped.
void KwicSearcher::SearchLemmas(const Document& doc, size_t b, size_t e,
                                std::vector<KwicHit>* hits) const {
  for (size_t i = b; i < e; ++i) {
    if (doc.tokens[i].pos_class == PosClass::kWhitespace) continue;
    std::string_view rest = normalized_;
    size_t j = i;
    while (j < e && !rest.empty()) {
      const Token& t = doc.tokens[j];
      if (t.pos_class != PosClass::kWhitespace) {
        if (t.lemma.empty() || !rest.starts_with(t.lemma)) break;
        rest.remove_prefix(t.lemma.size());
      }
      ++j;
    }
    if (!rest.empty()) continue;
    hits->push_back(MakeHit(doc, i, j));
    i = j - 1;
  }
}

// Surface and regex: matches in the sentence's normalized text, each widened
// to the tokens it touches; a match inside the tokens of the previous hit
// adds nothing.
void KwicSearcher::SearchText(const Document& doc, size_t b, size_t e,
                              std::vector<KwicHit>* hits) const {
  const std::string_view text = SentenceText(doc, b, e);
  std::vector<std::pair<size_t, size_t>> found;
  if (options_.match == KwicMatch::kRegex) {
    found = regex_->FindAll(text);
  } else {
    for (size_t p = text.find(normalized_); p != std::string_view::npos;
         p = text.find(normalized_, p + normalized_.size())) {
      found.emplace_back(p, p + normalized_.size());
    }
  }
  size_t next = b;  // the first token a new hit may start at
  for (const auto& [mb, me] : found) {
    size_t first = next;
    auto offset = [&](size_t k) {
      return static_cast<size_t>(doc.tokens[k].surface.data() - text.data());
    };
    while (first < e && offset(first) + doc.tokens[first].surface.size() <= mb) ++first;
    size_t last = first;
    while (last < e && offset(last) < me) ++last;
    while (first < last && doc.tokens[first].pos_class == PosClass::kWhitespace) ++first;
    while (last > first && doc.tokens[last - 1].pos_class == PosClass::kWhitespace) --last;
    if (first >= last) continue;
    hits->push_back(MakeHit(doc, first, last));
    next = last;
  }
}

KwicHit KwicSearcher::MakeHit(const Document& doc, size_t first, size_t last) const {
  const std::string_view text = doc.article->text;
  const size_t n = doc.tokens.size();
  const Token& a = doc.tokens[first];
  const Token& z = doc.tokens[last - 1];
  KwicHit h;
  h.sentence = a.sentence;
  h.token = static_cast<uint32_t>(first);
  h.token_end = static_cast<uint32_t>(last);
  h.start = a.start;
  h.end = z.end;
  size_t left_begin, right_end;
  if (options_.window_chars > 0) {
    left_begin = BackCodePoints(text, a.byte_begin, options_.window_chars);
    right_end = ForwardCodePoints(text, z.byte_end, options_.window_chars);
  } else {
    const size_t w = options_.window_tokens;
    left_begin = w == 0 ? a.byte_begin : doc.tokens[first >= w ? first - w : 0].byte_begin;
    right_end = w == 0 ? z.byte_end : doc.tokens[std::min(n - 1, last - 1 + w)].byte_end;
    left_begin = std::min<size_t>(left_begin, a.byte_begin);
    right_end = std::max<size_t>(right_end, z.byte_end);
  }
  h.left = text.substr(left_begin, a.byte_begin - left_begin);
  h.keyword = doc.Original(a.byte_begin, z.byte_end);
  h.right = text.substr(z.byte_end, right_end - z.byte_end);
  return h;
}

std::vector<KwicHit> KwicSearcher::Search(const Document& doc) const {
  std::vector<KwicHit> hits;
  for (const Sentence& s : doc.sentences) {
    if (s.token_begin >= s.token_end) continue;
    if (options_.match == KwicMatch::kLemma) {
      SearchLemmas(doc, s.token_begin, s.token_end, &hits);
    } else {
      SearchText(doc, s.token_begin, s.token_end, &hits);
    }
  }
  return hits;
}

}  // namespace kiji
