// libFuzzer target: normalization with its offset map, then sentence
// splitting, on arbitrary valid UTF-8. Every mapped offset stays inside the
// original text on a code point boundary, the map never runs backwards, and
// every sentence span cuts back a non-empty piece of the original.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiji/normalize.h"
#include "kiji/utf8.h"
#include "text/sentence.h"

namespace {

bool IsBoundary(std::string_view s, size_t i) {
  return i == s.size() || (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
}

void Require(bool ok) {
  if (!ok) std::abort();
}

// The map of n onto `original`: sizes, bounds, boundaries, order.
void CheckMap(std::string_view original, const kiji::NormalizedText& n) {
  Require(n.begin_of.size() == n.text.size() + 1 && n.end_of.size() == n.text.size() + 1);
  // Removed characters (a zero-width space, a BOM) may start or end the
  // original: the map then starts after them or ends before them.
  size_t last_begin = 0;
  for (size_t i = 0; i <= n.text.size(); ++i) {
    if (!IsBoundary(n.text, i)) continue;
    const size_t b = n.OriginalBegin(i), e = n.OriginalEnd(i);
    Require(b <= e && e <= original.size());
    Require(IsBoundary(original, b) && IsBoundary(original, e));
    Require(b >= last_begin);  // the map never runs backwards
    last_begin = b;
  }
}

// A span of n.text cut back from the original: inside it, valid UTF-8, and
// not empty when the span is not.
void CheckCutBack(std::string_view original, const kiji::NormalizedText& n, size_t begin,
                  size_t end) {
  Require(begin < end && end <= n.text.size());
  Require(IsBoundary(n.text, begin) && IsBoundary(n.text, end));
  const size_t b = n.OriginalBegin(begin), e = n.OriginalEnd(end);
  Require(b < e && e <= original.size());
  Require(!kiji::FindInvalidUtf8(original.substr(b, e - b)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string original(reinterpret_cast<const char*>(data), size);
  if (kiji::FindInvalidUtf8(original)) return 0;  // Normalize REQUIRES valid UTF-8
  kiji::NormalizedText n;
  kiji::Normalize(original, &n);
  Require(!kiji::FindInvalidUtf8(n.text));
  CheckMap(original, n);
  if (!n.text.empty()) CheckCutBack(original, n, 0, n.text.size());
  size_t last_end = 0;
  for (const kiji::TextSpan& s : kiji::SplitSentences(n.text)) {
    Require(s.begin >= last_end);  // in order, never overlapping
    last_end = s.end;
    CheckCutBack(original, n, s.begin, s.end);
  }
  return 0;
}
