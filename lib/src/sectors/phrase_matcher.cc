#include "sectors/phrase_matcher.h"

#include <algorithm>
#include <cassert>
#include <tuple>

#include "kiji/utf8.h"

namespace kiji {
namespace {

// The key bytes of the first one and two code points of `s` (spaces
// skipped, ASCII lowercased), packed into integers for the quick test.
// Returns how many code points there are (0, 1 or 2). No decoding: the
// length of a UTF-8 sequence is in its lead byte.
inline int FirstCodePoints(std::string_view s, uint64_t* one, uint64_t* two) {
  // Most tokens are one kana or kanji, or start with two (three-byte code
  // points): their bytes are the key bytes, nothing to skip or fold.
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  if (s.size() >= 3 && (b[0] & 0xF0) == 0xE0) {
    *one = (uint64_t{b[0]} << 16) | (uint64_t{b[1]} << 8) | b[2];
    if (s.size() == 3) {
      *two = *one | (uint64_t{1} << 62);
      return 1;
    }
    if (s.size() >= 6 && (b[3] & 0xF0) == 0xE0) {
      *two = (*one << 24) | (uint64_t{b[3]} << 16) | (uint64_t{b[4]} << 8) | b[5] |
             (uint64_t{2} << 62);
      return 2;
    }
  }
  uint64_t packed = 0;
  int n = 0;
  size_t pos = 0;
  while (pos < s.size() && n < 2) {
    const unsigned char lead = static_cast<unsigned char>(s[pos]);
    if (lead == ' ') {
      ++pos;
      continue;
    }
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    for (size_t i = 0; i < len && pos < s.size(); ++i, ++pos) {
      unsigned char c = static_cast<unsigned char>(s[pos]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      packed = (packed << 8) | c;
    }
    if (++n == 1) *one = packed;
  }
  *two = packed | (static_cast<uint64_t>(n) << 62);  // never equal to a one-code-point value
  return n;
}

// The quick tests are bit tables (a one-hash Bloom filter): one memory
// access, and a false positive only costs the exact walk.
constexpr size_t kFilterBits = size_t{1} << 16;

size_t FilterSlot(uint64_t key) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 48) & (kFilterBits - 1);
}

inline bool TestBit(const std::vector<uint64_t>& bits, uint64_t key) {
  const size_t slot = FilterSlot(key);
  return (bits[slot / 64] >> (slot % 64)) & 1;
}

void SetBit(std::vector<uint64_t>& bits, uint64_t key) {
  const size_t slot = FilterSlot(key);
  bits[slot / 64] |= uint64_t{1} << (slot % 64);
}

void AppendKey(std::string_view s, std::string* out) {
  for (char c : s) {
    if (c == ' ') continue;
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
}

// Juman fuses na-adjectives with their copula: 可能な is one token with the
// lemma 可能だ, where IPADIC and UniDic give 可能|な. The stem (可能) lets
// 持続可能 match 持続|可能な too. Only adjective-like tokens have one.
std::string_view NaStem(const Token& t) {
  constexpr std::string_view kDa = "だ";
  if (t.pos_class != PosClass::kAdjective && t.pos_class != PosClass::kAdjectivalNoun &&
      t.pos_class != PosClass::kSuffix) {
    return {};
  }
  if (t.lemma.size() <= kDa.size() || !t.lemma.ends_with(kDa)) return {};
  return t.lemma.substr(0, t.lemma.size() - kDa.size());
}

}  // namespace

std::string PhraseMatcher::Key(std::string_view normalized) {
  std::string k;
  AppendKey(normalized, &k);
  return k;
}

uint32_t PhraseMatcher::Add(std::string_view normalized) {
  assert(!frozen_);
  std::string k = Key(normalized);
  assert(!k.empty());
  auto [it, fresh] = ids_.emplace(k, static_cast<uint32_t>(keys_.size()));
  if (fresh) keys_.push_back(std::move(k));
  return it->second;
}

void PhraseMatcher::Freeze() {
  first_one_.assign(kFilterBits / 64, 0);
  first_two_.assign(kFilterBits / 64, 0);
  sorted_.resize(keys_.size());
  for (uint32_t i = 0; i < sorted_.size(); ++i) sorted_[i] = i;
  std::sort(sorted_.begin(), sorted_.end(),
            [this](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  ids_.clear();
  // Keys sort bytewise, and UTF-8 keeps code point order, so the keys that
  // share a first code point are one range of sorted_.
  for (uint32_t i = 0; i < sorted_.size(); ++i) {
    size_t pos = 0;
    auto [it, fresh] = by_first_.emplace(DecodeUtf8(keys_[sorted_[i]], &pos), std::make_pair(i, i));
    it->second.second = i + 1;
    uint64_t one = 0, two = 0;
    const int n = FirstCodePoints(keys_[sorted_[i]], &one, &two);
    if (n >= 1) SetBit(first_one_, one);
    if (n == 2) SetBit(first_two_, two);
  }
  frozen_ = true;
}

void PhraseMatcher::FindAll(std::span<const Token> tokens, uint32_t first_token,
                            std::vector<Match>* out) const {
  assert(frozen_);
  if (sorted_.empty()) return;
  const size_t old_size = out->size();
  std::string buf;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].pos_class == PosClass::kWhitespace || !MayStart(tokens[i])) continue;
    buf.clear();
    Walk(tokens, i, 0, sorted_.size(), static_cast<uint32_t>(i), first_token, &buf, out);
  }
  // Surface and lemma paths can reach the same phrase over the same tokens.
  auto less = [](const Match& a, const Match& b) {
    return std::tie(a.token_begin, a.token_end, a.phrase) <
           std::tie(b.token_begin, b.token_end, b.phrase);
  };
  auto same = [](const Match& a, const Match& b) {
    return a.token_begin == b.token_begin && a.token_end == b.token_end && a.phrase == b.phrase;
  };
  std::sort(out->begin() + old_size, out->end(), less);
  out->erase(std::unique(out->begin() + old_size, out->end(), same), out->end());
}

// Whether some phrase starts with the first code point of one of the forms
// of `t`: the quick test that skips most tokens.
// A form can only start a phrase that it is a prefix of (tokens are consumed
// whole), so a form of two or more code points must share the phrase's first
// two, and a one-code-point form its first.
bool PhraseMatcher::MayStart(const Token& t) const {
  // The test looks only at a form's first two code points, so a lemma that
  // starts as the surface does (most do) is not tested again.
  uint64_t one = 0, two = 0;
  int n = FirstCodePoints(t.surface, &one, &two);
  if (n == 2 ? TestBit(first_two_, two) : n == 1 && TestBit(first_one_, one)) return true;
  uint64_t lemma_one = 0, lemma_two = 0;
  const int lemma_n = FirstCodePoints(t.lemma, &lemma_one, &lemma_two);
  if (lemma_n != n || lemma_one != one || lemma_two != two) {
    if (lemma_n == 2 ? TestBit(first_two_, lemma_two)
                     : lemma_n == 1 && TestBit(first_one_, lemma_one)) {
      return true;
    }
  }
  // A na-stem (可能 of 可能な, lemma 可能だ) may be one code point long.
  if (const std::string_view stem = NaStem(t); !stem.empty()) {
    n = FirstCodePoints(stem, &one, &two);
    if (n == 2 ? TestBit(first_two_, two) : n == 1 && TestBit(first_one_, one)) return true;
  }
  return false;
}

// Extends the match that started at token `begin` with token j. [lo, hi) is
// the range of sorted_ whose keys start with *buf.
void PhraseMatcher::Walk(std::span<const Token> tokens, size_t j, size_t lo, size_t hi,
                         uint32_t begin, uint32_t first_token, std::string* buf,
                         std::vector<Match>* out) const {
  if (j == tokens.size()) return;
  const Token& t = tokens[j];
  if (t.pos_class == PosClass::kWhitespace) {
    Walk(tokens, j + 1, lo, hi, begin, first_token, buf, out);
    return;
  }
  std::string_view forms[3] = {t.surface};
  int n_forms = 1;
  if (!t.lemma.empty() && t.lemma != t.surface) forms[n_forms++] = t.lemma;
  if (std::string_view stem = NaStem(t); !stem.empty()) forms[n_forms++] = stem;
  const size_t keep = buf->size();
  for (int f = 0; f < n_forms; ++f) {
    AppendKey(forms[f], buf);
    if (buf->size() == keep) continue;  // a space-only token adds nothing
    const std::string_view prefix = *buf;
    size_t form_lo = lo, form_hi = hi;
    if (keep == 0) {
      // First token: most tokens start no phrase at all, and one hash lookup
      // on the first code point says so.
      size_t pos = 0;
      auto range = by_first_.find(DecodeUtf8(prefix, &pos));
      if (range == by_first_.end()) {
        buf->resize(keep);
        continue;
      }
      form_lo = range->second.first;
      form_hi = range->second.second;
    }
    auto first = sorted_.begin() + static_cast<std::ptrdiff_t>(form_lo);
    auto last = sorted_.begin() + static_cast<std::ptrdiff_t>(form_hi);
    auto lo_it = std::lower_bound(first, last, prefix, [this](uint32_t id, std::string_view p) {
      return std::string_view(keys_[id]) < p;
    });
    auto hi_it = std::partition_point(lo_it, last, [this, prefix](uint32_t id) {
      return std::string_view(keys_[id]).starts_with(prefix);
    });
    if (lo_it != hi_it) {
      if (keys_[*lo_it] == prefix) {
        out->push_back({*lo_it, first_token + begin, first_token + static_cast<uint32_t>(j + 1)});
      }
      Walk(tokens, j + 1, static_cast<size_t>(lo_it - sorted_.begin()),
           static_cast<size_t>(hi_it - sorted_.begin()), begin, first_token, buf, out);
    }
    buf->resize(keep);
  }
}

}  // namespace kiji
