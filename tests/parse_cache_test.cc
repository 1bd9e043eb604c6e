// The parse cache: exact-match lookups, constraints as part of the key, and
// the byte budget that bounds it.
#include "analysis/parse_cache.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using kiji::internal::ParseCache;
using kiji::internal::PathNode;
using kiji::internal::SpanConstraint;

namespace {

std::vector<PathNode> PathOf(size_t bytes) {
  return {{0, static_cast<uint32_t>(bytes), "名詞,一般", false}};
}

}  // namespace

TEST_CASE("a stored path is found again for the same sentence and constraints only") {
  ParseCache cache(8, 1 << 20);
  const std::string s = "中国と中央アジアの協力。";
  CHECK(cache.Find(s, {}) == nullptr);
  cache.Store(s, {}, PathOf(s.size()));
  const std::vector<PathNode>* hit = cache.Find(s, {});
  REQUIRE(hit != nullptr);
  CHECK(hit->size() == 1);
  CHECK((*hit)[0].end == s.size());
  CHECK(cache.hits() == 1);

  const SpanConstraint term[] = {{0, 6, nullptr, true}};
  CHECK(cache.Find(s, term) == nullptr);  // constraints are part of the key
  CHECK(cache.Find(s + "x", {}) == nullptr);
  CHECK(cache.hits() == 1);
}

TEST_CASE("sentences longer than kMaxSentenceBytes are not stored") {
  ParseCache cache(8, 1 << 20);
  const std::string s(ParseCache::kMaxSentenceBytes + 1, 'a');
  cache.Store(s, {}, PathOf(s.size()));
  CHECK(cache.Find(s, {}) == nullptr);
  CHECK(cache.stored_bytes() == 0);
}

TEST_CASE("the stored bytes never pass the budget") {
  const size_t budget = 4096;
  ParseCache cache(10, budget);
  for (int i = 0; i < 500; ++i) {
    const std::string s = "文" + std::to_string(i) + std::string(40, 'x');
    cache.Store(s, {}, PathOf(s.size()));
    CHECK(cache.stored_bytes() <= budget);
  }
  CHECK(cache.stored_bytes() > 0);
}
