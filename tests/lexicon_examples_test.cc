#include "kiji/lexicon_examples.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

namespace {

std::shared_ptr<const kiji::Model> OpenDict(const std::string& dict) {
  kiji::ModelOptions o;
  o.dict = dict;
  auto m = kiji::Model::Open(o);
  return m.ok() ? *m : nullptr;
}

}  // namespace

TEST_CASE("every example of the shipped lexicon holds under every installed dictionary") {
  auto lex =
      kiji::SectorLexicon::Load({std::string(KIJI_SOURCE_DIR) + "/dictionaries/sectors.tsv"});
  REQUIRE(lex.ok());
  int dictionaries = 0;
  for (const char* dict : {"ipadic", "naist", "juman"}) {
    auto model = OpenDict(dict);
    if (!model) continue;  // naist and juman are optional
    ++dictionaries;
    INFO(dict);
    kiji::Analyzer analyzer(model);
    auto report = kiji::CheckLexiconExamples(*lex, &analyzer);
    REQUIRE(report.ok());
    CHECK(report->examples > lex->entries().size());
    for (const auto& f : report->failures) CHECK_MESSAGE(false, f.message);
  }
  CHECK(dictionaries >= 1);
}

TEST_CASE("failing examples are reported with the entry's FILE:LINE and the reason") {
  auto lex =
      kiji::SectorLexicon::Parse({{"mine.tsv",
                                   "@sector\tcustoms\t税関\tCustoms\tc\n"
                                   "customs\t協力\t0.5\t税関\t\t経済協力を進める\t税関の協力\n"
                                   "customs\tインド\t1\t\t\tインドネシアへ行く|インドへ行く\n"
                                   "customs\t保障\t1\t\t社会保障\t社会保障を充実させる\n"}});
  REQUIRE(lex.ok());
  auto model = OpenDict("ipadic");
  REQUIRE(model);
  kiji::Analyzer analyzer(model);
  auto report = kiji::CheckLexiconExamples(*lex, &analyzer);
  REQUIRE(report.ok());
  CHECK(report->entries == 3);
  CHECK(report->examples == 5);
  REQUIRE(report->failures.size() == 4);
  CHECK(report->failures[0].message ==
        "mine.tsv:2: customs '協力' does not fire on '経済協力を進める' (cancelled: no near "
        "phrase in the sentence)");
  CHECK(report->failures[1].message ==
        "mine.tsv:2: customs '協力' fires on must-not-match '税関の協力' (tokens "
        "税関|の|協力)");
  CHECK(report->failures[2].message ==
        "mine.tsv:3: customs 'インド' does not fire on 'インドネシアへ行く' (no match in "
        "tokens インドネシア|へ|行く)");
  CHECK(report->failures[3].message ==
        "mine.tsv:4: customs '保障' does not fire on '社会保障を充実させる' (cancelled by "
        "unless 社会保障)");
}
