#include "sectors/phrase_matcher.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/hand_doc.h"

namespace {

using kiji::PhraseMatcher;

// "phrase@begin-end" for every match in sentence 0.
std::vector<std::string> Find(const PhraseMatcher& m, const kiji::Document& doc) {
  std::vector<PhraseMatcher::Match> found;
  const kiji::Sentence& s = doc.sentences[0];
  m.FindAll(doc.SentenceTokens(s), s.token_begin, &found);
  std::vector<std::string> out;
  for (const auto& f : found) {
    out.push_back(m.key(f.phrase) + "@" + std::to_string(f.token_begin) + "-" +
                  std::to_string(f.token_end));
  }
  return out;
}

}  // namespace

TEST_CASE("phrases match concatenated surfaces or lemmas on token boundaries") {
  PhraseMatcher m;
  m.Add("協力する");
  m.Add("インド");
  m.Add("持続可能な発展");
  m.Add("Belt and Road");
  m.Add("安全保障");
  m.Freeze();
  struct Case {
    std::vector<std::string> tokens;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {{"協力", "し/する", "た/た"}, {"協力する@0-2"}},  // 協力し -> 協力する
      {{"協力", "する"}, {"協力する@0-2"}},
      {{"協力した/協力する"}, {"協力する@0-1"}},  // one token (UniDic-like)
      {{"協力", "を", "する"}, {}},               // not contiguous
      {{"インドネシア"}, {}},                     // never inside a token
      {{"インド", "ネシア"}, {"インド@0-1"}},
      {{"持続", "可能", "な/だ", "発展"}, {"持続可能な発展@0-4"}},      // surfaces carry な
      {{"持続", "可能な/可能だ/adj", "発展"}, {"持続可能な発展@0-3"}},  // Juman fused na-adjective
      {{"Belt", " / /ws", "AND", "road"}, {"beltandroad@0-4"}},         // spaces and case ignored
      {{"安全", "保障"}, {"安全保障@0-2"}},
      {{"安全保障"}, {"安全保障@0-1"}},
      {{"社会", "保障"}, {}},
  };
  for (const Case& c : cases) {
    auto h = kiji::testing::MakeDoc({c.tokens});
    INFO(h->article->text);
    CHECK(Find(m, h->doc) == c.want);
  }
}

TEST_CASE("nested and overlapping phrases are all reported, in order") {
  PhraseMatcher m;
  uint32_t a = m.Add("安全");
  uint32_t b = m.Add("安全保障");
  uint32_t c = m.Add("保障");
  CHECK(m.Add("安全") == a);  // same key, same id
  m.Freeze();
  CHECK(a != b);
  CHECK(b != c);
  auto h = kiji::testing::MakeDoc({{"安全", "保障", "と", "安全"}});
  CHECK(Find(m, h->doc) ==
        std::vector<std::string>{"安全@0-1", "安全保障@0-2", "保障@1-2", "安全@3-4"});
}

TEST_CASE("matches stay inside the sentence they are asked for") {
  PhraseMatcher m;
  m.Add("税関協力");
  m.Freeze();
  auto h = kiji::testing::MakeDoc({{"税関"}, {"協力"}, {"税関", "協力"}});
  std::vector<PhraseMatcher::Match> found;
  for (const kiji::Sentence& s : h->doc.sentences) {
    m.FindAll(h->doc.SentenceTokens(s), s.token_begin, &found);
  }
  REQUIRE(found.size() == 1);
  CHECK(found[0].token_begin == 2);  // document token indices
  CHECK(found[0].token_end == 4);
}

TEST_CASE("Key drops ASCII spaces and lowercases ASCII letters only") {
  CHECK(PhraseMatcher::Key("Belt and Road") == "beltandroad");
  CHECK(PhraseMatcher::Key("一帯一路") == "一帯一路");
  CHECK(PhraseMatcher::Key("   ").empty());
}
