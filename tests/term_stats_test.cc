#include "kiji/term_stats.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <random>

#include "kiji/counts_io.h"
#include "stats_fixture.h"

using kiji::PosClass;

namespace {

const std::map<std::string, std::string> kIdentity = {{"dict.layout", "test"}};

// Two articles (a, b) of the tiny corpus used below.
//   a: 経済 協力 を 進める / 協力 合意        (source S1)
//   b: 協力 経済                              (source S2)
struct Tiny {
  FakeDoc a{
      "a", {{N("経済"), N("協力"), P("を"), V("進め", "進める")}, {N("協力"), N("合意")}}, "S1"};
  FakeDoc b{"b", {{N("協力"), N("経済")}}, "S2"};
};

uint64_t Tf(const kiji::TermTable& t, std::string_view k) {
  const kiji::TermEntry* e = t.Find(k);
  return e ? e->tf : 0;
}
uint64_t Df(const kiji::TermTable& t, std::string_view k) {
  const kiji::TermEntry* e = t.Find(k);
  return e ? e->df : 0;
}

}  // namespace

TEST_CASE("TermCounts counts term and document frequencies of a hand-made corpus") {
  Tiny c;
  kiji::CountOptions o;
  kiji::TermCounts counts(o, kIdentity);
  counts.Add(c.a.doc, {});
  counts.Add(c.b.doc, {});
  // Terms: a = 経済 協力 進める 協力 合意 (5), b = 協力 経済 (2).
  CHECK(counts.articles() == 2);
  CHECK(counts.tokens() == 7);
  CHECK(Tf(counts.terms(), "協力") == 3);
  CHECK(Df(counts.terms(), "協力") == 2);
  CHECK(Tf(counts.terms(), "経済") == 2);
  CHECK(Df(counts.terms(), "経済") == 2);
  CHECK(Tf(counts.terms(), "進める") == 1);
  CHECK(Tf(counts.terms(), "を") == 0);
  CHECK(counts.terms().size() == 4);
  CHECK(counts.pairs().size() == 0);  // window 0: no co-occurrence counts
  CHECK_FALSE(counts.has_pairs());
}

TEST_CASE("pairs, triples, groups and compounds of the hand-made corpus") {
  Tiny c;
  kiji::CountOptions o;
  o.window = 1;
  o.compounds = true;
  o.group_by = "source";
  SUBCASE("window 1: adjacent terms of one sentence, in code point order") {
    kiji::TermCounts counts(o, kIdentity);
    counts.Add(c.a.doc, std::vector<std::string>{"S1"});
    counts.Add(c.b.doc, std::vector<std::string>{"S2"});
    // a/1: (経済,協力) (協力,進める); a/2: (協力,合意); b: (協力,経済).
    // 協力 (U+5354) sorts before 合意 (U+5408), 経済 (U+7D4C), 進める (U+9032).
    CHECK(counts.pairs().size() == 3);
    CHECK(Tf(counts.pairs(), "協力\t経済") == 2);
    CHECK(Df(counts.pairs(), "協力\t経済") == 2);
    CHECK(Tf(counts.pairs(), "協力\t進める") == 1);
    CHECK(Tf(counts.pairs(), "協力\t合意") == 1);
    // Groups: S1 has a (5 terms), S2 has b (2 terms).
    REQUIRE(counts.groups().size() == 2);
    const kiji::GroupCounts& s1 = counts.groups().at("S1");
    CHECK(s1.articles == 1);
    CHECK(s1.tokens == 5);
    CHECK(Tf(s1.terms, "協力") == 2);
    CHECK(Tf(counts.groups().at("S2").terms, "協力") == 1);
    // Compounds: runs of nouns; を and 進める end a run.
    CHECK(counts.compounds().size() == 3);
    CHECK(Tf(counts.compounds(), "経済\t協力") == 1);
    CHECK(Tf(counts.compounds(), "協力\t合意") == 1);
    CHECK(Tf(counts.compounds(), "協力\t経済") == 1);
  }
  SUBCASE("window 2 adds (経済,進める); triples inside the window") {
    o.window = 2;
    o.triples = true;
    kiji::TermCounts counts(o, kIdentity);
    counts.Add(c.a.doc, {});
    counts.Add(c.b.doc, {});
    CHECK(counts.pairs().size() == 4);
    CHECK(Tf(counts.pairs(), "経済\t進める") == 1);
    CHECK(counts.triples().size() == 1);
    CHECK(Tf(counts.triples(), "協力\t経済\t進める") == 1);
  }
  SUBCASE("sentence mode equals the widest window here") {
    o.sentence = true;
    kiji::TermCounts counts(o, kIdentity);
    counts.Add(c.a.doc, {});
    CHECK(counts.pairs().size() == 4);
    CHECK(counts.metadata().at("counts.pairs") == "sentence");
  }
}

TEST_CASE("sentence mode counts a pair once per sentence, a window counts positions") {
  FakeDoc d("a", {{N("協力"), N("経済"), N("協力")}});
  kiji::CountOptions o;
  o.sentence = true;
  kiji::TermCounts by_sentence(o, kIdentity);
  by_sentence.Add(d.doc, {});
  CHECK(Tf(by_sentence.pairs(), "協力\t経済") == 1);
  o.sentence = false;
  o.window = 2;
  kiji::TermCounts by_window(o, kIdentity);
  by_window.Add(d.doc, {});
  // Positions (0,1) and (1,2) pair 協力 with 経済; (0,2) pairs 協力 with itself.
  CHECK(Tf(by_window.pairs(), "協力\t経済") == 2);
  CHECK(by_window.pairs().size() == 1);
}

TEST_CASE("Merge refuses counts made with other options or dictionaries") {
  kiji::CountOptions o;
  kiji::TermCounts a(o, kIdentity);
  kiji::CountOptions o2;
  o2.terms.by = kiji::TermField::kSurface;
  kiji::TermCounts b(o2, kIdentity);
  kiji::Status st = a.Merge(b);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("terms.by=surface") != std::string::npos);
  kiji::TermCounts c(o, {{"dict.layout", "unidic"}});
  CHECK_FALSE(a.Merge(c).ok());
  // dict.dir is informational: the same dictionary elsewhere merges.
  kiji::TermCounts d(o, {{"dict.layout", "test"}, {"dict.dir", "/elsewhere"}});
  kiji::TermCounts e(o, {{"dict.layout", "test"}, {"dict.dir", "/here"}});
  CHECK(d.Merge(e).ok());
}

// Property: any split of a corpus into shards, counted apart and merged in
// any order (directly or through counts files), gives the counts of one pass.
TEST_CASE("splitting a corpus and merging gives the same counts as one pass") {
  const std::vector<std::string> vocab = {"中国", "協力", "経済", "合意", "地域",
                                          "物流", "産業", "交流", "貿易", "安全"};
  std::mt19937 rng(12345);
  std::vector<std::unique_ptr<FakeDoc>> docs;
  for (int d = 0; d < 40; ++d) {
    std::vector<std::vector<FakeToken>> sentences;
    const int ns = 1 + static_cast<int>(rng() % 4);
    for (int s = 0; s < ns; ++s) {
      std::vector<FakeToken> toks;
      const int nt = 1 + static_cast<int>(rng() % 9);
      for (int t = 0; t < nt; ++t) {
        if (rng() % 5 == 0) {
          toks.push_back(P("の"));
        } else {
          toks.push_back(N(vocab[rng() % vocab.size()]));
        }
      }
      sentences.push_back(std::move(toks));
    }
    docs.push_back(
        std::make_unique<FakeDoc>("d" + std::to_string(d), sentences, d % 3 == 0 ? "S0" : "S1"));
  }
  kiji::CountOptions o;
  o.window = 3;
  o.triples = true;
  o.compounds = true;
  o.terms.ngram_max = 2;
  o.group_by = "source";
  auto count = [&](size_t b, size_t e) {
    kiji::TermCounts c(o, kIdentity);
    for (size_t i = b; i < e; ++i) {
      c.Add(docs[i]->doc, std::vector<std::string>{docs[i]->article.source});
    }
    return c;
  };
  const std::string whole = kiji::WriteCounts(count(0, docs.size()));
  for (int trial = 0; trial < 5; ++trial) {
    std::vector<size_t> cuts = {0, docs.size()};
    for (int k = 0; k < 1 + trial; ++k) cuts.push_back(rng() % docs.size());
    std::sort(cuts.begin(), cuts.end());
    std::vector<kiji::TermCounts> shards;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) shards.push_back(count(cuts[i], cuts[i + 1]));
    std::shuffle(shards.begin(), shards.end(), rng);
    kiji::TermCounts merged(o, kIdentity);
    kiji::TermCounts via_files(o, kIdentity);
    for (const kiji::TermCounts& s : shards) {
      REQUIRE(merged.Merge(s).ok());
      auto parsed = kiji::ParseCounts(kiji::WriteCounts(s), "shard");
      REQUIRE(parsed.ok());
      REQUIRE(via_files.Merge(*parsed).ok());
    }
    INFO("trial " << trial << ", " << shards.size() << " shards");
    CHECK(kiji::WriteCounts(merged) == whole);
    CHECK(kiji::WriteCounts(via_files) == whole);
  }
}

TEST_CASE("a table merged into a smaller one keeps every key and its counts") {
  // The big table's buckets hand their keys over in hash order; the small
  // one grows to take them (the merge is exact whatever the sizes).
  kiji::TermTable big, small, empty;
  for (int i = 0; i < 20000; ++i) big.Add("key" + std::to_string(i), i + 1, 1);
  for (int i = 0; i < 10; ++i) small.Add("key" + std::to_string(i * 1000), 5, 2);
  small.MergeFrom(big);
  empty.MergeFrom(big);
  CHECK(small.size() == 20000);
  CHECK(empty.size() == 20000);
  for (int i = 0; i < 20000; ++i) {
    const std::string k = "key" + std::to_string(i);
    const bool extra = i % 1000 == 0 && i < 10000;
    CHECK(Tf(small, k) == uint64_t(i + 1 + (extra ? 5 : 0)));
    CHECK(Df(small, k) == (extra ? 3u : 1u));
    CHECK(Tf(empty, k) == uint64_t(i + 1));
  }
}

TEST_CASE("adding with a caller's KeyHash counts as adding without one") {
  kiji::TermTable plain, hashed;
  for (int i = 0; i < 5000; ++i) {
    const std::string k = "語" + std::to_string(i % 1700);
    plain.Add(k, 2, 1);
    hashed.Prefetch(kiji::TermTable::KeyHash(k));  // a hint: changes nothing
    hashed.Add(k, kiji::TermTable::KeyHash(k), 2, 1);
  }
  CHECK(hashed.size() == plain.size());
  for (int i = 0; i < 1700; ++i) {
    const std::string k = "語" + std::to_string(i);
    CHECK(Tf(hashed, k) == Tf(plain, k));
    CHECK(Df(hashed, k) == Df(plain, k));
  }
  CHECK(kiji::TermTable::KeyHash("") != 0);
}
