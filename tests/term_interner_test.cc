// Tests of TermInterner (src/stats/term_interner.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kiji/term_stats.h"
#include "stats/term_interner.h"

using kiji::TermInterner;

namespace {

uint32_t Add(TermInterner& t, const std::string& term) {
  return t.Intern(term, TermInterner::Hash(term));
}

}  // namespace

TEST_CASE("TermInterner numbers terms in first-seen order and finds them again") {
  TermInterner t;
  CHECK(t.Find("協力") == UINT32_MAX);
  CHECK(Add(t, "協力") == 0);
  CHECK(Add(t, "貿易") == 1);
  CHECK(Add(t, "協力") == 0);
  CHECK(Add(t, "") == 2);
  CHECK(t.size() == 3);
  CHECK(t.names() == std::vector<std::string>{"協力", "貿易", ""});
  CHECK(t.Find("貿易") == 1);
  CHECK(t.Find("") == 2);
  CHECK(t.Find("協") == UINT32_MAX);
}

TEST_CASE("TermInterner keeps every id through growth") {
  TermInterner t;
  for (int i = 0; i < 20000; ++i) REQUIRE(Add(t, "語" + std::to_string(i)) == uint32_t(i));
  for (int i = 0; i < 20000; i += 997) CHECK(t.Find("語" + std::to_string(i)) == uint32_t(i));
  CHECK(t.Find("語20000") == UINT32_MAX);
  CHECK(t.names()[12345] == "語12345");
}

TEST_CASE("TermInterner tells terms apart when their hashes are the same") {
  // Intern() trusts the caller's hash, so two terms given one hash must
  // still get two ids (the bytes are compared).
  TermInterner t;
  CHECK(t.Intern("ア", 7) == 0);
  CHECK(t.Intern("イ", 7) == 1);
  CHECK(t.Intern("ア", 7) == 0);
  CHECK(t.Intern("イ", 7) == 1);
}

TEST_CASE("TermInterner::Hash is never 0 (0 marks an empty slot)") {
  for (const char* s : {"", "a", "協力", "\t"}) CHECK(TermInterner::Hash(s) != 0);
}

TEST_CASE("TermInterner keeps each term's hash by id, the one TermTable keys it by") {
  TermInterner t;
  Add(t, "協力");
  Add(t, "貿易");
  Add(t, "協力");
  REQUIRE(t.hashes().size() == 2);
  CHECK(t.hashes()[0] == kiji::TermTable::KeyHash("協力"));
  CHECK(t.hashes()[1] == kiji::TermTable::KeyHash("貿易"));
  // The prefetch hint changes nothing, on an empty interner too.
  TermInterner empty;
  empty.Prefetch(TermInterner::Hash("x"));
  t.Prefetch(TermInterner::Hash("x"));
  CHECK(t.Find("貿易") == 1);
}
