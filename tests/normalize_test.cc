#include "kiji/normalize.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("Normalize applies NFKC and kiji's folding") {
  struct Case {
    const char* input;
    const char* expected;
  };
  const Case cases[] = {
      {"ＡＢＣ１２３", "ABC123"},
      {"ｶﾀｶﾅ", "カタカナ"},
      {"ｸﾞｰｸﾞﾙ", "グーグル"},
      {"㍿", "株式会社"},
      {"①㈱", "1(株)"},
      {"（中国）", "(中国)"},
      {"全角　空白", "全角 空白"},
      {"2025～2026年", "2025〜2026年"},  // FULLWIDTH TILDE
      {"2025〜2026年", "2025〜2026年"},  // WAVE DASH stays
      {"1~2", "1〜2"},                   // ASCII tilde joins the family
      {"A~B~C~D", "A〜B〜C〜D"},         // each '~' grows 1 -> 3 bytes
      {"■関連→記事", "■関連→記事"},      // U+2xxx symbols that fold nothing
      {"ゼロ\u200B幅", "ゼロ幅"},        // zero-width space dropped
      {"A\u2010B\u2212C\u2013D", "A-B-C-D"},
      {"ああ\u2014いい\u2500", "ああ―いい―"},
      {"「一帯一路」", "「一帯一路」"},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    CHECK(kiji::NormalizeString(c.input) == c.expected);
    kiji::NormalizedText mapped;  // the path with offset maps folds the same
    kiji::Normalize(c.input, &mapped);
    CHECK(mapped.text == c.expected);
  }
}

TEST_CASE("NormalizeString, without maps, gives the text Normalize gives") {
  // Folded characters at the ends and next to each other, NFKC expansions
  // and removals between them, and a long run with nothing to fold.
  const std::string inputs[] = {
      "~", "\u200B", "~\u200B~", "\uFEFFＡ～ｶﾞ㈱\u2212", "A\u2014\u2014B\u3030",
      std::string(5000, 'x') + "\u2010" + std::string(3, '~'), "",
  };
  for (const std::string& in : inputs) {
    INFO("input: " << in);
    kiji::NormalizedText mapped;
    kiji::Normalize(in, &mapped);
    CHECK(kiji::NormalizeString(in) == mapped.text);
  }
}

TEST_CASE("the offset map points back into the original text") {
  const std::string original = "ＡＢ㈱ｶﾞ。";
  kiji::NormalizedText n;
  kiji::Normalize(original, &n);
  REQUIRE(n.text == "AB(株)ガ。");
  REQUIRE(n.begin_of.size() == n.text.size() + 1);
  // "B" is normalized bytes [1,2) and original bytes [3,6).
  CHECK(n.OriginalBegin(1) == 3);
  CHECK(n.OriginalEnd(2) == 6);
  // "(株)" is normalized [2,7) and the original ㈱ is [6,9).
  CHECK(n.OriginalBegin(2) == 6);
  CHECK(n.OriginalEnd(7) == 9);
  // A span covering only "株" maps to the whole ㈱.
  CHECK(n.OriginalBegin(3) == 6);
  CHECK(n.OriginalEnd(6) == 9);
  // "ガ" (3 bytes) comes from the two half-width characters ｶﾞ (6 bytes).
  CHECK(original.substr(n.OriginalBegin(7), n.OriginalEnd(10) - n.OriginalBegin(7)) == "ｶﾞ");
  CHECK(n.OriginalEnd(n.text.size()) == original.size());
}

TEST_CASE("a fold that lengthens the text keeps what follows and its map") {
  const std::string original = "a~b~~c";
  kiji::NormalizedText n;
  kiji::Normalize(original, &n);
  REQUIRE(n.text == "a〜b〜〜c");
  REQUIRE(n.begin_of.size() == n.text.size() + 1);
  // "b" is normalized [4,5), original [2,3); "c" is normalized [11,12), original [5,6).
  CHECK(n.OriginalBegin(4) == 2);
  CHECK(n.OriginalEnd(5) == 3);
  CHECK(n.OriginalBegin(11) == 5);
  CHECK(n.OriginalEnd(12) == 6);
  // The second "〜" (normalized [5,8)) is the original "~" at [3,4).
  CHECK(n.OriginalBegin(5) == 3);
  CHECK(n.OriginalEnd(8) == 4);
}
