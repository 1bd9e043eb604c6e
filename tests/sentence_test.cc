#include "text/sentence.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  for (const kiji::TextSpan& s : kiji::SplitSentences(text)) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("sentences split after terminators, not inside brackets") {
  struct Case {
    std::string input;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"晴れた。雨だ。", {"晴れた。", "雨だ。"}},
      {"彼は「行く。帰る。」と言った。次だ。", {"彼は「行く。帰る。」と言った。", "次だ。"}},
      {"本当か？ 本当だ！", {"本当か？", "本当だ！"}},
      {"本当か? 本当だ!", {"本当か?", "本当だ!"}},
      // A ? or ! inside a URL or a word does not end the sentence.
      {"https://a.jp/s?q=1&r=2を見た。次だ。", {"https://a.jp/s?q=1&r=2を見た。", "次だ。"}},
      {"本当?次だ。", {"本当?", "次だ。"}},
      {"「良い。」", {"「良い。」"}},
      {"A社(本社。東京)は発表した。以上。", {"A社(本社。東京)は発表した。", "以上。"}},
      {"『本。』と「言葉『内。』外。」だ。", {"『本。』と「言葉『内。』外。」だ。"}},
      // A 。 ending a name (モーニング娘。) before の, を or が ends no sentence;
      // が、 opens one.
      {"モーニング娘。の田中が歌った。次だ。", {"モーニング娘。の田中が歌った。", "次だ。"}},
      {"モーニング娘。が登場し、モーニング娘。を応援した。",
       {"モーニング娘。が登場し、モーニング娘。を応援した。"}},
      {"雨だった。が、試合は続いた。", {"雨だった。", "が、試合は続いた。"}},
      {"会談した。のちに声明が出た。", {"会談した。", "のちに声明が出た。"}},
      {"終わらない文", {"終わらない文"}},
      {"  前後の空白。  ", {"前後の空白。"}},
      {"", {}},
      // An opening bracket that never closes must not swallow the paragraph.
      {"「閉じない。次の文。", {"「閉じない。", "次の文。"}},
      {"えっ!?本当。", {"えっ!?", "本当。"}},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    CHECK(Split(c.input) == c.expected);
  }
}
