#include "kiji/frequency.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "stats_fixture.h"

TEST_CASE("IDF, smooth IDF and TF weights, computed by hand") {
  // ln(4 / 1) = 1.386294; ln(4 / 4) = 0.
  CHECK(kiji::Idf(4, 1) == doctest::Approx(1.3862944));
  CHECK(kiji::Idf(4, 4) == doctest::Approx(0.0));
  // Smooth: ln((1 + 4) / (1 + 1)) + 1 = ln 2.5 + 1 = 1.916291; df 0 -> ln 5 + 1.
  CHECK(kiji::SmoothIdf(4, 1) == doctest::Approx(1.9162907));
  CHECK(kiji::SmoothIdf(4, 0) == doctest::Approx(2.6094379));
  CHECK(kiji::TfWeight(kiji::TfScheme::kRaw, 3) == 3.0);
  // log: 1 + ln 3 = 2.098612.
  CHECK(kiji::TfWeight(kiji::TfScheme::kLog, 3) == doctest::Approx(2.0986123));
  CHECK(kiji::TfWeight(kiji::TfScheme::kBoolean, 3) == 1.0);
}

TEST_CASE("frequency, DF, share and IDF of the hand-made corpus") {
  // a: 経済 協力 協力 ; b: 協力 合意 ; c: 合意
  FakeDoc a("a", {{N("経済"), N("協力"), N("協力")}});
  FakeDoc b("b", {{N("協力"), N("合意")}});
  FakeDoc c("c", {{N("合意")}});
  kiji::TermCounts counts(kiji::CountOptions{}, {});
  counts.Add(a.doc, {});
  counts.Add(b.doc, {});
  counts.Add(c.doc, {});
  auto rows = kiji::FrequencyStats(counts.terms(), counts.tokens(), counts.articles(), 1);
  REQUIRE(rows.size() == 3);
  // 協力: tf 3, df 2, share 3/6 = 0.5, idf ln(3/2) = 0.405465.
  CHECK(rows[0].term == "協力");
  CHECK(rows[0].tf == 3);
  CHECK(rows[0].df == 2);
  CHECK(rows[0].share == doctest::Approx(0.5));
  CHECK(rows[0].idf == doctest::Approx(0.4054651));
  // 合意: tf 2, df 2; 経済: tf 1, df 1, share 1/6, idf ln 3 = 1.098612.
  CHECK(rows[1].term == "合意");
  CHECK(rows[2].term == "経済");
  CHECK(rows[2].share == doctest::Approx(1.0 / 6));
  CHECK(rows[2].idf == doctest::Approx(1.0986123));
  // min_freq 2 leaves 経済 out.
  CHECK(kiji::FrequencyStats(counts.terms(), 6, 3, 2).size() == 2);

  SUBCASE("TF-IDF of article a against the corpus") {
    // 協力: raw tf 2 x smooth idf (ln(4/3) + 1 = 1.287682) = 2.575364
    // 経済: raw tf 1 x (ln(4/2) + 1 = 1.693147) = 1.693147
    auto k = kiji::TfIdf({{"経済", 1}, {"協力", 2}}, counts.terms(), 3, kiji::TfScheme::kRaw, 0);
    REQUIRE(k.size() == 2);
    CHECK(k[0].term == "協力");
    CHECK(k[0].tfidf == doctest::Approx(2.5753641));
    CHECK(k[1].tfidf == doctest::Approx(1.6931472));
    // boolean TF: both tf 1, so 経済 (rarer) comes first.
    auto b2 =
        kiji::TfIdf({{"経済", 1}, {"協力", 2}}, counts.terms(), 3, kiji::TfScheme::kBoolean, 1);
    REQUIRE(b2.size() == 1);
    CHECK(b2[0].term == "経済");
  }

  SUBCASE("RankTfIdf of rows with their df ranks as TfIdf does") {
    // 協力 is in 2 of the 3 articles, 経済 in 1; an unseen term has df 0.
    std::vector<kiji::TfIdfRow> rows = {{"経済", 1, 1}, {"協力", 2, 2}, {"未知", 1, 0}};
    auto k = kiji::RankTfIdf(rows, 3, kiji::TfScheme::kRaw, 2);
    REQUIRE(k.size() == 2);
    CHECK(k[0].term == "協力");
    CHECK(k[0].tfidf == doctest::Approx(2.5753641));
    CHECK(k[1].term == "未知");  // ln(4/1) + 1 = 2.386294
    CHECK(k[1].idf == doctest::Approx(2.3862944));
    auto same = kiji::TfIdf({{"経済", 1}, {"協力", 2}, {"未知", 1}}, counts.terms(), 3,
                            kiji::TfScheme::kRaw, 0);
    auto ranked = kiji::RankTfIdf(rows, 3, kiji::TfScheme::kRaw, 0);
    REQUIRE(same.size() == ranked.size());
    for (size_t i = 0; i < same.size(); ++i) {
      CHECK(same[i].term == ranked[i].term);
      CHECK(same[i].tfidf == ranked[i].tfidf);
    }
  }
}

TEST_CASE("FrequencyRows are FrequencyStats' rows before the sort") {
  kiji::TermTable t;
  for (int i = 0; i < 300; ++i) t.Add("語" + std::to_string(i), 1 + i % 7, 1 + i % 3);
  auto rows = kiji::FrequencyRows(t, 1000, 10, 2);
  auto sorted = kiji::FrequencyStats(t, 1000, 10, 2);
  REQUIRE(rows.size() == sorted.size());
  std::sort(rows.begin(), rows.end(), kiji::FrequencyBefore);
  for (size_t i = 0; i < rows.size(); ++i) {
    CHECK(rows[i].term == sorted[i].term);
    CHECK(rows[i].tf == sorted[i].tf);
    CHECK(rows[i].df == sorted[i].df);
    CHECK(rows[i].idf == sorted[i].idf);
    CHECK(rows[i].share == sorted[i].share);
  }
}
