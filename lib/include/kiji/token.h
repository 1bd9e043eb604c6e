// Token, Sentence and Document: what analysis produces for one article.
//
// Token fields are the same whatever the MeCab dictionary (IPADIC, NAIST-jdic,
// UniDic, Juman): one adapter (src/analysis/mecab_tagger.cc) fills them, and nothing
// downstream parses MeCab feature strings. Spans are given twice: bytes into
// Article::text for slicing, and Unicode code points into Article::text, the
// unit every output uses (docs/formats.md).
//
// A Document holds views into its Article, into its own normalized text and
// into the dictionary of the Model that made it: it is valid while the
// Article is unchanged, the Model is alive and the Document is not reused.
#ifndef KIJI_TOKEN_H_
#define KIJI_TOKEN_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/article.h"

namespace kiji {

/// Coarse part of speech, mapped from each dictionary's own tag set.
enum class PosClass : uint8_t {
  kNoun,            // common noun (名詞,一般 / 普通名詞 / サ変名詞 ...)
  kProperNoun,      // 固有名詞 and Juman's 人名/地名/組織名
  kPronoun,         // 代名詞, Juman 指示詞
  kNumeral,         // 数 / 数詞
  kVerb,            // 動詞
  kAdjective,       // 形容詞
  kAdjectivalNoun,  // UniDic 形状詞 (IPADIC tags these 名詞,形容動詞語幹)
  kAdverb,          // 副詞
  kPrenominal,      // 連体詞
  kConjunction,     // 接続詞
  kInterjection,    // 感動詞, フィラー
  kParticle,        // 助詞
  kAuxiliary,       // 助動詞, Juman 判定詞
  kPrefix,          // 接頭詞 / 接頭辞
  kSuffix,          // 接尾 / 接尾辞 (including IPADIC 名詞,接尾)
  kSymbol,          // 記号, 補助記号, 特殊
  kWhitespace,      // 空白
  kDate,            // 2025年6月17日, 6月17日, 2025/06/17 (one token, kiji's own)
  kTime,            // 17:30, 午後3時, 23時36分(UTC+9)
  kUrl,             // https://..., www.example.com
  kEmail,           // name@example.jp
  kOther,
};

/// True for a date or a time (text units kiji recognizes itself).
inline bool IsDateOrTime(PosClass c) { return c == PosClass::kDate || c == PosClass::kTime; }
/// True for the units kiji recognizes itself: date, time, url, email.
inline bool IsTextUnit(PosClass c) {
  return IsDateOrTime(c) || c == PosClass::kUrl || c == PosClass::kEmail;
}

/// "noun", "proper_noun", ... as used in output and in --pos.
std::string_view PosClassName(PosClass c);

/// Finer properties of a token that downstream stages need, the same under
/// every dictionary: the adapter derives them from each layout's own tags
/// (IPADIC 名詞,非自立 / UniDic 非自立可能 / Juman 形式名詞 are all kDependent),
/// so nothing else compares part-of-speech strings. A token has any number.
enum class TokenTrait : uint16_t {
  kDependent = 1 << 0,   // non-independent word: こと, の (nouns); いる, しまう (verbs)
  kAdverbial = 1 << 1,   // noun that can stand as an adverb: 今日, 現在, 以上
  kVerbalNoun = 1 << 2,  // noun that takes する: 発表, 研究
  kConjunctiveParticle = 1 << 3,  // が, て, ば, ので joining clauses
  kVerbalSuffix = 1 << 4,  // suffix that makes or extends a verb: れる, させる, いる (Juman)
  kPersonName = 1 << 5,    // part of a person's name
  kSurname = 1 << 6,       // family name (also kPersonName)
  kGivenName = 1 << 7,     // given name (also kPersonName)
  kPlaceName = 1 << 8,     // place name: 東京, 日本
  kCountry = 1 << 9,       // a country's name (also kPlaceName)
  kOrganization = 1 << 10,  // organization name: トヨタ, 国連
  kCounter = 1 << 11,       // counter after a numeral: 人, 個, 件
};

namespace internal {
struct RawFeature;
}  // namespace internal

struct Token {
  std::string_view surface;             // normalized form, as MeCab analysed it
  std::string_view lemma;               // dictionary (base) form; the surface when unknown
  std::string_view reading;             // reading as the dictionary gives it; may be empty
  std::array<std::string_view, 4> pos;  // POS levels; "*" becomes empty
  std::string_view conj_type;           // conjugation type (活用型); may be empty
  std::string_view conj_form;           // conjugation form (活用形); may be empty
  PosClass pos_class = PosClass::kOther;
  uint16_t traits = 0;                    // TokenTrait bits
  bool unknown = false;                   // not in the dictionary (MECAB_UNK_NODE)
  bool domain_term = false;               // forced to one token by the terms file
  uint32_t sentence = 0;                  // index into Document::sentences
  uint32_t byte_begin = 0, byte_end = 0;  // bytes into Article::text
  uint32_t start = 0, end = 0;            // code points into Article::text

  bool Has(TokenTrait t) const { return (traits & static_cast<uint16_t>(t)) != 0; }
  void Set(TokenTrait t) { traits |= static_cast<uint16_t>(t); }

 private:
  // The raw MeCab feature string, in the dictionary's own layout: only the
  // MeCab adapter and the `-f mecab` writer read it (analysis/raw_feature.h).
  friend struct internal::RawFeature;
  std::string_view feature_;
};

struct Sentence {
  BlockKind kind = BlockKind::kParagraph;
  uint32_t byte_begin = 0, byte_end = 0;    // bytes into Article::text
  uint32_t start = 0, end = 0;              // code points into Article::text
  uint32_t token_begin = 0, token_end = 0;  // range in Document::tokens
  uint32_t line = 0;                        // line in the source file
};

struct Document {
  const Article* article = nullptr;
  std::string normalized;  // normalized text of all sentences; tokens view it
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  // Strings that tokens view besides `normalized` and the dictionary: set
  // when the Document was restored from the analysis cache (src/cache/),
  // held on the heap so that views stay valid when the Document moves.
  std::shared_ptr<const std::string> strings;

  std::span<const Token> SentenceTokens(const Sentence& s) const {
    return std::span<const Token>(tokens).subspan(s.token_begin, s.token_end - s.token_begin);
  }
  /// The original text of a span (bytes into Article::text).
  std::string_view Original(uint32_t byte_begin, uint32_t byte_end) const {
    return std::string_view(article->text).substr(byte_begin, byte_end - byte_begin);
  }
  std::string_view OriginalText(const Token& t) const { return Original(t.byte_begin, t.byte_end); }
  std::string_view OriginalText(const Sentence& s) const {
    return Original(s.byte_begin, s.byte_end);
  }
};

}  // namespace kiji

#endif  // KIJI_TOKEN_H_
