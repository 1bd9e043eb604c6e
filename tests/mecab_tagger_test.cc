// The MeCab adapter's feature mapping: real feature strings of each
// dictionary layout (taken from `mecab -d /var/lib/mecab/dic/{ipadic-utf8,
// naist-jdic,juman-utf8}` and, for UniDic, the layout of tests/data/mecab_mini)
// become the same PosClass, traits, lemma, reading and conjugation.
#include "analysis/mecab_tagger.h"
#include "analysis/raw_feature.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kiji {
namespace {

using internal::FillFromFeature;

struct Case {
  DictLayout layout;
  const char* feature;
  PosClass pos_class;
  std::vector<TokenTrait> traits;
  const char* lemma;
  const char* reading;
  const char* conj_type;
  const char* conj_form;
};

uint16_t Bits(const std::vector<TokenTrait>& traits) {
  uint16_t b = 0;
  for (TokenTrait t : traits) b |= static_cast<uint16_t>(t);
  return b;
}

constexpr auto kIpa = DictLayout::kIpadic;
constexpr auto kUni = DictLayout::kUnidic;
constexpr auto kJum = DictLayout::kJuman;
using T = TokenTrait;
using P = PosClass;

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      // IPADIC (NAIST-jdic adds two fields after the pronunciation).
      {kIpa,
       "名詞,固有名詞,人名,姓,*,*,鈴木,スズキ,スズキ",
       P::kProperNoun,
       {T::kPersonName, T::kSurname},
       "鈴木",
       "スズキ",
       "",
       ""},
      {kIpa,
       "名詞,固有名詞,人名,名,*,*,一郎,イチロウ,イチロー",
       P::kProperNoun,
       {T::kPersonName, T::kGivenName},
       "一郎",
       "イチロウ",
       "",
       ""},
      {kIpa,
       "名詞,固有名詞,地域,国,*,*,日本,ニッポン,ニッポン,,",
       P::kProperNoun,
       {T::kPlaceName, T::kCountry},
       "日本",
       "ニッポン",
       "",
       ""},
      {kIpa,
       "名詞,固有名詞,地域,一般,*,*,東京,トウキョウ,トーキョー",
       P::kProperNoun,
       {T::kPlaceName},
       "東京",
       "トウキョウ",
       "",
       ""},
      {kIpa,
       "名詞,固有名詞,組織,*,*,*,トヨタ,トヨタ,トヨタ",
       P::kProperNoun,
       {T::kOrganization},
       "トヨタ",
       "トヨタ",
       "",
       ""},
      {kIpa,
       "名詞,サ変接続,*,*,*,*,発表,ハッピョウ,ハッピョー",
       P::kNoun,
       {T::kVerbalNoun},
       "発表",
       "ハッピョウ",
       "",
       ""},
      {kIpa,
       "名詞,非自立,一般,*,*,*,こと,コト,コト",
       P::kNoun,
       {T::kDependent},
       "こと",
       "コト",
       "",
       ""},
      {kIpa,
       "動詞,非自立,*,*,一段,連用形,いる,イ,イ,,",
       P::kVerb,
       {T::kDependent},
       "いる",
       "イ",
       "一段",
       "連用形"},
      {kIpa,
       "名詞,副詞可能,*,*,*,*,今日,キョウ,キョー",
       P::kNoun,
       {T::kAdverbial},
       "今日",
       "キョウ",
       "",
       ""},
      {kIpa,
       "助詞,接続助詞,*,*,*,*,ので,ノデ,ノデ",
       P::kParticle,
       {T::kConjunctiveParticle},
       "ので",
       "ノデ",
       "",
       ""},
      {kIpa, "助詞,連体化,*,*,*,*,の,ノ,ノ", P::kParticle, {}, "の", "ノ", "", ""},
      {kIpa,
       "動詞,接尾,*,*,一段,連用形,れる,レ,レ",
       P::kVerb,
       {T::kVerbalSuffix},
       "れる",
       "レ",
       "一段",
       "連用形"},
      {kIpa,
       "名詞,接尾,助数詞,*,*,*,人,ニン,ニン",
       P::kSuffix,
       {T::kCounter},
       "人",
       "ニン",
       "",
       ""},
      {kIpa, "名詞,数,*,*,*,*,三,サン,サン", P::kNumeral, {}, "三", "サン", "", ""},
      {kIpa,
       "動詞,自立,*,*,カ変・来ル,連用形,来る,キ,キ,き/来,",
       P::kVerb,
       {},
       "来る",
       "キ",
       "カ変・来ル",
       "連用形"},
      // Unknown words: IPADIC's unk.def gives 7 fields, no lemma or reading.
      {kIpa, "名詞,一般,*,*,*,*,*", P::kNoun, {}, "", "", "", ""},
      {kIpa, "名詞,固有名詞,人名,一般,*,*,*", P::kProperNoun, {T::kPersonName}, "", "", "", ""},
      // UniDic: pos1-4,cType,cForm,lForm,lemma,orth,pron,orthBase,...,kana(20).
      {kUni,
       "名詞,固有名詞,人名,姓,*,*,スズキ,鈴木,鈴木,スズキ,鈴木,スズキ,固,*,*,*,*,*,*,人名,"
       "スズキ,スズキ,スズキ,スズキ,0,*,*,1,1",
       P::kProperNoun,
       {T::kPersonName, T::kSurname},
       "鈴木",
       "スズキ",
       "",
       ""},
      {kUni,
       "名詞,固有名詞,人名,名,*,*,イチロウ,一郎,一郎,イチロー,一郎,イチロー,固,*,*,*,*,*,*,"
       "人名,イチロウ,イチロウ,イチロウ,イチロウ,2,*,*,1,1",
       P::kProperNoun,
       {T::kPersonName, T::kGivenName},
       "一郎",
       "イチロウ",
       "",
       ""},
      {kUni,
       "名詞,固有名詞,地名,国,*,*,ニッポン,日本,日本,ニッポン,日本,ニッポン,固,*,*,*,*,*,*,"
       "地名,ニッポン,ニッポン,ニッポン,ニッポン,2,*,*,1,1",
       P::kProperNoun,
       {T::kPlaceName, T::kCountry},
       "日本",
       "ニッポン",
       "",
       ""},
      {kUni,
       "名詞,普通名詞,サ変可能,*,*,*,ハッピョウ,発表,発表,ハッピョー,発表,ハッピョー,漢,*,*,*,"
       "*,*,*,体,ハッピョウ,ハッピョウ,ハッピョウ,ハッピョウ,0,C2,*,1,1",
       P::kNoun,
       {T::kVerbalNoun},
       "発表",
       "ハッピョウ",
       "",
       ""},
      {kUni,
       "名詞,普通名詞,副詞可能,*,*,*,キョウ,今日,今日,キョー,今日,キョー,和,*,*,*,*,*,*,体,"
       "キョウ,キョウ,キョウ,キョウ,1,C3,*,1,1",
       P::kNoun,
       {T::kAdverbial},
       "今日",
       "キョウ",
       "",
       ""},
      {kUni,
       "動詞,非自立可能,*,*,上一段-ア行,連用形-一般,イル,居る,い,イ,いる,イル,和,*,*,*,*,*,*,"
       "用,イ,イル,イ,イル,0,C4,*,1,1",
       P::kVerb,
       {T::kDependent},
       "いる",
       "イ",
       "上一段-ア行",
       "連用形-一般"},
      {kUni,
       "助詞,接続助詞,*,*,*,*,テ,て,て,テ,て,テ,和,*,*,*,*,*,*,助,テ,テ,テ,テ,*,"
       "動詞%F1,*,1,1",
       P::kParticle,
       {T::kConjunctiveParticle},
       "て",
       "テ",
       "",
       ""},
      {kUni,
       "接尾辞,名詞的,助数詞,*,*,*,ニン,人,人,ニン,人,ニン,漢,*,*,*,*,*,*,接尾体,ニン,ニン,"
       "ニン,ニン,*,C3,*,1,1",
       P::kSuffix,
       {T::kCounter},
       "人",
       "ニン",
       "",
       ""},
      {kUni,
       "接尾辞,動詞的,*,*,五段-ラ行,連用形-一般,ガル,がる,がり,ガリ,がる,ガル,和,*,*,*,*,*,*,"
       "接尾用,ガリ,ガル,ガリ,ガル,*,C1,*,1,1",
       P::kSuffix,
       {T::kVerbalSuffix},
       "がる",
       "ガリ",
       "五段-ラ行",
       "連用形-一般"},
      // UniDic unknown words (unk.def): 6 fields.
      {kUni, "名詞,普通名詞,一般,*,*,*", P::kNoun, {}, "", "", "", ""},
      {kUni, "補助記号,一般,*,*,*,*", P::kSymbol, {}, "", "", "", ""},
      // Juman: 品詞,細分類,活用型,活用形,原形,読み,意味情報.
      {kJum,
       "名詞,人名,*,*,鈴木,すずき,人名:日本:姓:1:0.00961",
       P::kProperNoun,
       {T::kPersonName, T::kSurname},
       "鈴木",
       "すずき",
       "",
       ""},
      {kJum,
       "名詞,人名,*,*,一郎,いちろう,人名:日本:名:14:0.00142",
       P::kProperNoun,
       {T::kPersonName, T::kGivenName},
       "一郎",
       "いちろう",
       "",
       ""},
      {kJum,
       "名詞,地名,*,*,日本,にほん,代表表記:日本/にほん 地名:国",
       P::kProperNoun,
       {T::kPlaceName, T::kCountry},
       "日本",
       "にほん",
       "",
       ""},
      {kJum,
       "名詞,地名,*,*,東京,とうきょう,代表表記:東京/とうきょう 地名:日本:都",
       P::kProperNoun,
       {T::kPlaceName},
       "東京",
       "とうきょう",
       "",
       ""},
      {kJum,
       "名詞,組織名,*,*,トヨタ,とよた,代表表記:トヨタ/とよた",
       P::kProperNoun,
       {T::kOrganization},
       "トヨタ",
       "とよた",
       "",
       ""},
      {kJum,
       "名詞,サ変名詞,*,*,発表,はっぴょう,代表表記:発表/はっぴょう 補文ト",
       P::kNoun,
       {T::kVerbalNoun},
       "発表",
       "はっぴょう",
       "",
       ""},
      {kJum, "名詞,形式名詞,*,*,こと,こと,*", P::kNoun, {T::kDependent}, "こと", "こと", "", ""},
      {kJum,
       "名詞,時相名詞,*,*,今日,きょう,代表表記:今日/きょう カテゴリ:時間",
       P::kNoun,
       {T::kAdverbial},
       "今日",
       "きょう",
       "",
       ""},
      {kJum,
       "名詞,副詞的名詞,*,*,ため,ため,代表表記:為/ため",
       P::kNoun,
       {T::kAdverbial},
       "ため",
       "ため",
       "",
       ""},
      {kJum,
       "助詞,接続助詞,*,*,が,が,連語",
       P::kParticle,
       {T::kConjunctiveParticle},
       "が",
       "が",
       "",
       ""},
      {kJum,
       "接尾辞,動詞性接尾辞,母音動詞,タ形,れる,れた,代表表記:れる/れる",
       P::kSuffix,
       {T::kVerbalSuffix},
       "れる",
       "れた",
       "母音動詞",
       "タ形"},
      {kJum,
       "接尾辞,名詞性名詞助数辞,*,*,人,り,連語",
       P::kSuffix,
       {T::kCounter},
       "人",
       "り",
       "",
       ""},
      {kJum,
       "動詞,*,カ変動詞来,タ系連用テ形,来る,きて,代表表記:来る/くる",
       P::kVerb,
       {},
       "来る",
       "きて",
       "カ変動詞来",
       "タ系連用テ形"},
      {kJum,
       "判定詞,*,判定詞,ダ列基本連体形,だ,な,連語",
       P::kAuxiliary,
       {},
       "だ",
       "な",
       "判定詞",
       "ダ列基本連体形"},
  };
  return cases;
}

TEST_CASE("FillFromFeature maps each layout's real features to the same properties") {
  for (const Case& c : Cases()) {
    CAPTURE(c.feature);
    Token t;
    FillFromFeature(c.layout, c.feature, &t);
    CHECK(PosClassName(t.pos_class) == PosClassName(c.pos_class));
    CHECK(t.traits == Bits(c.traits));
    CHECK(t.lemma == c.lemma);
    CHECK(t.reading == c.reading);
    CHECK(t.conj_type == c.conj_type);
    CHECK(t.conj_form == c.conj_form);
    CHECK(kiji::internal::RawFeature::Of(t) == c.feature);
  }
}

TEST_CASE("FillFromFeature clears '*' POS levels and keeps Juman's two levels") {
  Token t;
  FillFromFeature(DictLayout::kIpadic, "名詞,サ変接続,*,*,*,*,発表,ハッピョウ,ハッピョー", &t);
  CHECK(t.pos[0] == "名詞");
  CHECK(t.pos[1] == "サ変接続");
  CHECK(t.pos[2].empty());
  CHECK(t.pos[3].empty());
  Token j;
  FillFromFeature(DictLayout::kJuman, "名詞,人名,*,*,鈴木,すずき,人名:日本:姓:1:0.00961", &j);
  CHECK(j.pos[1] == "人名");
  CHECK(j.pos[2].empty());
}

TEST_CASE("LayoutFromFieldCount tells the layouts apart by a known word's fields") {
  CHECK(internal::LayoutFromFieldCount(9) == DictLayout::kIpadic);   // IPADIC
  CHECK(internal::LayoutFromFieldCount(11) == DictLayout::kIpadic);  // NAIST-jdic
  CHECK(internal::LayoutFromFieldCount(7) == DictLayout::kJuman);
  CHECK(internal::LayoutFromFieldCount(29) == DictLayout::kUnidic);
}

TEST_CASE("the symbol POS forced on ASCII punctuation is a symbol in every layout") {
  for (DictLayout layout : {kIpa, kUni, kJum}) {
    for (char c : {'!', '?', '.', '(', ')', '[', ']', '"', '%'}) {
      CAPTURE(c);
      Token t;
      internal::FillFromFeature(layout, internal::AsciiSymbolFeature(layout, c), &t);
      CHECK(t.pos_class == PosClass::kSymbol);
    }
  }
  CHECK(std::string(internal::AsciiSymbolFeature(kIpa, '(')) == "記号,括弧開");
  CHECK(std::string(internal::AsciiSymbolFeature(kIpa, ')')) == "記号,括弧閉");
  CHECK(std::string(internal::AsciiSymbolFeature(kUni, '!')) == "補助記号,一般");
  CHECK(std::string(internal::AsciiSymbolFeature(kJum, ']')) == "特殊,括弧終");
}

}  // namespace
}  // namespace kiji
