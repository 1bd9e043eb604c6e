// Signatures for the duplicate rules: XXH3-128 of the normalized text and
// MinHash over its character 5-grams. xxHash (Debian libxxhash-dev) is a
// well-tested, fast, stable hash: the signatures are cached across runs, so
// they must not change with the compiler or the platform, which
// std::hash does not promise.
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

#include "check/file_check.h"
#include "kiji/normalize.h"
#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

// Shingles are character 5-grams: long enough that unrelated Japanese news
// shares few of them, short enough that an edited sentence still shares most.
constexpr size_t kShingleChars = 5;

// The text the duplicate rules compare: the blocks (title, headings,
// paragraphs, bullets) normalized, without the reference footer, which
// articles of one publisher share.
std::string ComparedText(const Article& a) {
  std::string joined;
  for (const Block& b : a.blocks) {
    joined.append(a.BlockText(b));
    joined.push_back('\n');
  }
  return NormalizeString(joined);
}

// Fixed multipliers and offsets of the hash family h_i(x) = (a_i x + b_i) >> 32
// (a_i odd): the same on every run, as the signatures are cached.
struct HashFamily {
  std::array<uint64_t, kMinHashFunctions> a, b;
  HashFamily() {
    const uint64_t seed = 0x6B696A69636B;  // "kijick"
    for (size_t i = 0; i < kMinHashFunctions; ++i) {
      a[i] = XXH3_64bits_withSeed(&i, sizeof(i), seed) | 1;
      b[i] = XXH3_64bits_withSeed(&i, sizeof(i), seed + 1);
    }
  }
};

std::vector<uint64_t> ShinglesOf(const std::string& text) {
  // Code point starts, white space left out.
  std::vector<size_t> starts;
  std::string compact;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t at = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x3000) continue;
    starts.push_back(compact.size());
    compact.append(text, at, pos - at);
  }
  std::vector<uint64_t> out;
  if (starts.size() < kShingleChars) return out;
  starts.push_back(compact.size());
  out.reserve(starts.size());
  for (size_t i = 0; i + kShingleChars < starts.size(); ++i) {
    out.push_back(XXH3_64bits(compact.data() + starts[i], starts[i + kShingleChars] - starts[i]));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<uint64_t> ShingleSet(const Article& a) { return ShinglesOf(ComparedText(a)); }

std::vector<uint32_t> MinHash(const std::vector<uint64_t>& shingles) {
  static const HashFamily family;
  if (shingles.empty()) return {};
  std::vector<uint32_t> sig(kMinHashFunctions, std::numeric_limits<uint32_t>::max());
  for (uint64_t x : shingles) {
    for (size_t i = 0; i < kMinHashFunctions; ++i) {
      const auto h = static_cast<uint32_t>((family.a[i] * x + family.b[i]) >> 32);
      sig[i] = std::min(sig[i], h);
    }
  }
  return sig;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

namespace {

// Folds every character 5-gram of `text` (white space left out) into a
// MinHash signature as it is read, without the shingle set: the minimum over
// the repeated shingles is the minimum over the set, so the signature is the
// one MinHash(ShinglesOf(text)) gives, in memory independent of the text.
std::vector<uint32_t> StreamedMinHash(const std::string& text) {
  static const HashFamily family;
  std::vector<uint32_t> sig(kMinHashFunctions, std::numeric_limits<uint32_t>::max());
  std::array<std::string_view, kShingleChars> window;  // the last code points, oldest first
  size_t seen = 0, pos = 0;
  std::string gram;
  while (pos < text.size()) {
    const size_t at = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x3000) continue;
    std::move(window.begin() + 1, window.end(), window.begin());
    window.back() = std::string_view(text).substr(at, pos - at);
    if (++seen < kShingleChars) continue;
    gram.clear();
    for (std::string_view cp : window) gram.append(cp);
    const uint64_t x = XXH3_64bits(gram.data(), gram.size());
    for (size_t i = 0; i < kMinHashFunctions; ++i) {
      const auto h = static_cast<uint32_t>((family.a[i] * x + family.b[i]) >> 32);
      sig[i] = std::min(sig[i], h);
    }
  }
  if (seen < kShingleChars) return {};
  return sig;
}

}  // namespace

ArticleSignature SignArticle(const Article& a) {
  ArticleSignature s;
  s.line = static_cast<uint32_t>(a.line);
  const std::string text = ComparedText(a);
  const XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  s.exact_hi = h.high64;
  s.exact_lo = h.low64;
  s.minhash = StreamedMinHash(text);
  return s;
}

}  // namespace kiji::internal
