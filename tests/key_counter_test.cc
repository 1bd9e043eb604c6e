// Per-article key counts of the report (report/key_counter.h).
#include "report/key_counter.h"

#include <doctest/doctest.h>

#include <map>
#include <random>

#include "stats/term_interner.h"

using kiji::report::KeyCounter;
using kiji::TermInterner;

TEST_CASE("KeyCounter counts each distinct key and sorts them by bytes") {
  KeyCounter c;
  for (std::string_view k : {"協力", "経済", "協力", "", "a", "協力", "経済"}) c.Add(k);
  std::vector<uint64_t> hashes;
  const auto sorted = c.Sorted(&hashes);
  REQUIRE(sorted.size() == 4);
  CHECK(sorted[0] == std::pair<std::string, uint64_t>{"", 1});
  CHECK(sorted[1] == std::pair<std::string, uint64_t>{"a", 1});
  CHECK(sorted[2] == std::pair<std::string, uint64_t>{"協力", 3});  // E5 8D 94 < E7 B5 8C
  CHECK(sorted[3] == std::pair<std::string, uint64_t>{"経済", 2});
  REQUIRE(hashes.size() == 4);
  for (size_t i = 0; i < sorted.size(); ++i) CHECK(hashes[i] == TermInterner::Hash(sorted[i].first));
}

TEST_CASE("KeyCounter agrees with a map on many keys, through its growth") {
  std::mt19937 rng(42);
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back("k" + std::to_string(rng() % 1200));
  KeyCounter c;
  std::map<std::string, uint64_t> expected;
  for (const std::string& k : keys) {
    c.Add(k);
    ++expected[k];
  }
  CHECK(c.size() == expected.size());
  const auto sorted = c.Sorted(nullptr);
  CHECK(std::vector<std::pair<std::string, uint64_t>>(expected.begin(), expected.end()) == sorted);
}
