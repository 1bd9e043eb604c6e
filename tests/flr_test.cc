#include "kiji/flr.h"

#include <doctest/doctest.h>

#include "stats_fixture.h"

using kiji::PosClass;

TEST_CASE("compound runs: prefix, suffix and nakaguro join nouns, dependent nouns break") {
  FakeDoc d("a", {{{"第", "第", PosClass::kPrefix},
                   {"中国", "中国", PosClass::kProperNoun},
                   {"・", "・", PosClass::kSymbol},
                   {"中央アジア", "中央アジア", PosClass::kProperNoun},
                   N("協力"),
                   N("センター"),
                   P("の"),
                   {"こと", "こと", PosClass::kNoun, "非自立"},
                   N("再生"),
                   {"可能", "可能", PosClass::kAdjectivalNoun},
                   N("エネルギー"),
                   {"的", "的", PosClass::kSuffix},
                   {"・", "・", PosClass::kSymbol},
                   P("を"),
                   {"的", "的", PosClass::kSuffix},
                   {"(", "(", PosClass::kNoun, "", true},
                   N("画面")}});
  auto runs = kiji::FindCompoundRuns(d.doc.tokens);
  REQUIRE(runs.size() == 3);  // "(" is an unknown punctuation "noun": not a part
  CHECK(runs[0] == std::pair<uint32_t, uint32_t>{0, 6});  // 第中国・中央アジア協力センター
  CHECK(runs[1] == std::pair<uint32_t, uint32_t>{8, 12});   // 再生可能エネルギー的
  CHECK(runs[2] == std::pair<uint32_t, uint32_t>{16, 17});  // 画面
}

TEST_CASE("FLR scores of hand-made compounds") {
  // Compounds and frequencies: 経済|協力 x2, 協力|合意 x1, 協力 x3.
  kiji::TermTable t;
  t.Add("経済\t協力", 2, 1);
  t.Add("協力\t合意", 1, 1);
  t.Add("協力", 3, 2);
  // Adjacency (tokens): 経済 FL 0 FR 2; 協力 FL 2 FR 1; 合意 FL 1 FR 0.
  auto rows = kiji::ScoreFlr(t);
  REQUIRE(rows.size() == 3);
  // 協力: LR = ((2+1)(1+1))^(1/2) = sqrt 6 = 2.449490; FLR = 3 x 2.449490 = 7.348469
  CHECK(rows[0].term == "協力");
  CHECK(rows[0].lr == doctest::Approx(2.4494897));
  CHECK(rows[0].flr == doctest::Approx(7.3484692));
  // 経済協力: LR = ((0+1)(2+1)(2+1)(1+1))^(1/4) = 18^(1/4) = 2.059767; FLR = 4.119534
  CHECK(rows[1].term == "経済協力");
  CHECK(rows[1].parts == "経済 協力");
  CHECK(rows[1].length == 2);
  CHECK(rows[1].flr == doctest::Approx(4.1195343));
  // 協力合意: LR = ((2+1)(1+1)(1+1)(0+1))^(1/4) = 12^(1/4) = 1.861210; FLR = 1.861210
  CHECK(rows[2].term == "協力合意");
  CHECK(rows[2].flr == doctest::Approx(1.8612097));
  // min_length 2 keeps the scores but drops the single noun.
  auto two = kiji::ScoreFlr(t, 2);
  REQUIRE(two.size() == 2);
  CHECK(two[0].flr == doctest::Approx(4.1195343));
}

TEST_CASE("ScoreFlr with top gives the first rows of the whole ranking, ties across the cut too") {
  // Many compounds of few parts and frequencies: many exact and near ties.
  kiji::TermTable t;
  const char* parts[] = {"経済", "協力", "合意", "中国", "地域", "開発"};
  for (int a = 0; a < 6; ++a) {
    for (int b = 0; b < 6; ++b) {
      t.Add(std::string(parts[a]) + "\t" + parts[b], 1 + (a * b) % 3, 1);
      if (b % 2 == 0) t.Add(std::string(parts[a]) + parts[b], 1 + a % 2, 1);  // one part
    }
  }
  const auto all = kiji::ScoreFlr(t, 1);
  for (size_t top : {1, 2, 3, 7, 20, 53, 54, 100}) {
    const auto head = kiji::ScoreFlr(t, 1, top);
    INFO("top " << top);
    REQUIRE(head.size() == std::min(top, all.size()));
    for (size_t i = 0; i < head.size(); ++i) {
      CHECK(head[i].term == all[i].term);
      CHECK(head[i].parts == all[i].parts);
      CHECK(head[i].flr == all[i].flr);
    }
  }
}
