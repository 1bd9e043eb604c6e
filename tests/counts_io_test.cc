#include "kiji/counts_io.h"

#include <doctest/doctest.h>

#include "stats_fixture.h"

namespace {

std::string Sample() {
  FakeDoc a("a", {{N("経済"), N("協力")}, {N("協\t力")}});
  kiji::CountOptions o;
  o.window = 2;
  o.compounds = true;
  kiji::TermCounts c(o, {{"dict.layout", "test"}});
  c.Add(a.doc, std::vector<std::string>{"g1"});
  return kiji::WriteCounts(c);
}

}  // namespace

TEST_CASE("counts files round-trip byte for byte, escapes included") {
  const std::string text = Sample();
  CHECK(text.rfind("kiji-counts\t1\nmeta\t", 0) == 0);
  CHECK(text.find("term\t1\t1\t協\\t力\n") != std::string::npos);
  CHECK(text.find("pair\t1\t1\t協力\t経済\n") != std::string::npos);
  CHECK(text.find("group\tg1\t1\t3\n") != std::string::npos);
  auto back = kiji::ParseCounts(text, "x.counts");
  REQUIRE(back.ok());
  CHECK(back->articles() == 1);
  CHECK(back->tokens() == 3);
  CHECK(back->terms().Find("協\t力") != nullptr);
  CHECK(kiji::WriteCounts(*back) == text);
}

TEST_CASE("damaged or foreign counts files are refused with PATH:LINE") {
  const std::string text = Sample();
  SUBCASE("not a counts file") {
    auto r = kiji::ParseCounts("hello\n", "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind("x:1: not a kiji counts file", 0) == 0);
  }
  SUBCASE("newer version") {
    auto r = kiji::ParseCounts("kiji-counts\t3\nend\t1\n", "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("version 3") != std::string::npos);
  }
  SUBCASE("truncated: no end line") {
    auto r = kiji::ParseCounts(text.substr(0, text.rfind("end\t")), "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("truncated") != std::string::npos);
  }
  SUBCASE("a line lost in the middle") {
    std::string t = text;
    const size_t p = t.find("term\t");
    t.erase(p, t.find('\n', p) + 1 - p);
    auto r = kiji::ParseCounts(t, "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("end line does not match") != std::string::npos);
  }
  SUBCASE("malformed record") {
    std::string t = text;
    t.replace(t.find("term\t1\t1"), 8, "term\tx\t1");
    auto r = kiji::ParseCounts(t, "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("malformed term record") != std::string::npos);
  }
}
