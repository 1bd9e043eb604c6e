// QuoteLexicon: the word lists the statement finder (statements.h) runs on.
//
// Six data files in dictionaries/ (formats in dictionaries/README.md and
// docs/formats.md), loaded and validated once at start, errors "PATH:LINE:
// message":
//   speech_verbs.tsv     reporting verbs in dictionary form, the frames each
//                        takes (…と V, …ように V, …との見方を V) and other
//                        spellings (みる for 見る);
//   statement_nouns.tsv  nouns that carry reported content (見方, 考え, 方針),
//                        optionally only with some verbs (こと: 報じる, 発表する);
//   honorifics.tsv       name suffixes: polite (さん, 氏) or titles (大統領);
//   speaker_words.tsv    heads of organizations (省, 新聞), unnamed sources
//                        (関係者, 女性), pronouns (彼) and venues (会見);
//   speaker_context.tsv  context words: connectives, time words, words that
//                        are not roles, country abbreviations, plural
//                        endings, media heads, words joining a predicate;
//   source_aliases.tsv   short names of outlets and organizations and their
//                        full names (日経 -> 日本経済新聞).
// Words are NFKC-normalized on load, as token surfaces are. Immutable after
// Load(); thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(kiji::QuoteLexicon lex,
//                         kiji::QuoteLexicon::Load(kiji::QuoteLexiconPaths::In("dictionaries")));
//   const kiji::SpeechVerb* v = lex.FindVerb("述べる");
#ifndef KIJI_QUOTE_LEXICON_H_
#define KIJI_QUOTE_LEXICON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kiji/status.h"

namespace kiji {

/// Constructions a reporting verb takes (bit set).
enum SpeechFrame : uint8_t {
  kFrameTo = 1,    // 「…」と V, …と V
  kFrameYou = 2,   // …ように V, …よう V
  kFrameNoun = 4,  // …との見方を V, …する考えを V
  kFrameObject = 8,  // …と喜びを V, …と声明を V: と + an object noun of speech (support verbs)
  kFrameQuote = 16,  // 「…」と V only: a reaction to words quoted (意気込む, 苦笑いする)
};

struct SpeechVerb {
  std::string verb;  // dictionary form as printed ("述べる", "指摘する")
  uint8_t frames = 0;
  std::string predicate_class;  // the @class it is listed under (speech, assessment, …)
};

enum class HonorificKind : uint8_t { kPolite, kTitle };
enum class SpeakerWordClass : uint8_t { kOrganization, kDescription, kPronoun, kVenue };

/// The lists of speaker_context.tsv (dictionaries/README.md says what each is for).
enum class ContextList : uint8_t {
  kConnective,
  kClauseJoin,
  kTimeWord,
  kNotRole,
  kCountryAbbreviation,
  kPluralSuffix,
  kMediaHead,
  kSpeechObject,   // 喜び, 理由, 容疑: object nouns of …と NOUN を V (support verbs)
  kReportNoun,     // 通報, 電話: …と通報があった, 「…」という声
  kReactionNoun,   // 声, 意見, 反応: 「…」「…」などの声が相次いだ
  kOnlineVenue,    // ネット, 掲示板, コメント欄: where quoted reactions are posted
  kAccordingNoun,  // 報道, 調べ, 説明: Xの報道では, 警察の調べでは (according_to frames)
  kTitleSuffix,    // 長, 官, 員, 相: an organization's 教育長, 報道官 (productive titles)
  kArticleAnaphor,  // 記事, 同記事: the outlet named before
  kDualAnaphor,     // 両紙, 両者: the two sources named before
  kNotSpeech,       // なる, 呼ぶ, 題する: after 「…」と, the words are a name or a topic
  kMannerAdverb,    // キッパリ, ポツリ: 「…」とキッパリ。 ends a statement without a verb
  kMannerNoun,      // 苦笑い, 一言: 「…」と苦笑い。 ends a statement without a verb
  kQuestionVerb,    // 訊く, 尋ねる: Xから「…」と訊かれる is X's question
  kRolePrefix,      // エース, FW: エース・ダルビッシュ is a role and a name, not a full name
  kOrganizationPart,  // チェーン, スポーツ: ハンバーガーチェーン・ウェンディーズ is no person
  kSurnameTitle,      // 監督, 会長: a kanji place name before them is a surname (岡田監督)
  kOutletHead,        // 紙, 版, サイト: 英紙「ガーディアン」, Web版「…」 name an outlet in brackets
  kDocumentNoun,      // 論評, 声明, 記事: 論評では「…」 is the issuer's, named with it before
};

/// A full name for a short one (source_aliases.tsv).
struct SourceAlias {
  std::string full;
  bool always = false;  // false: only when the article writes the full name
};

struct QuoteLexiconPaths {
  std::string verbs, statement_nouns, honorifics, speaker_words, context_words, aliases;
  /// The six default file names in folder `dir`.
  static QuoteLexiconPaths In(const std::string& dir);
};

/// The contents of the six files, each with the path that names it in errors
/// (an empty `aliases` text: no aliases).
struct QuoteLexiconTexts {
  struct File {
    std::string path, text;
  };
  File verbs, statement_nouns, honorifics, speaker_words, context_words, aliases;
};

class QuoteLexicon {
 public:
  QuoteLexicon() = default;
  /// Reads and validates the six files.
  static Result<QuoteLexicon> Load(const QuoteLexiconPaths& paths);
  /// Validates already-read texts.
  static Result<QuoteLexicon> Parse(const QuoteLexiconTexts& texts);

  /// A verb by any of its spellings ("見る", "みる", "指摘する"); null if none.
  const SpeechVerb* FindVerb(std::string_view form) const;
  bool IsStatementNoun(std::string_view noun) const { return nouns_.find(noun) != nouns_.end(); }
  /// True when statement noun `noun` may report with `verb` (a noun listed
  /// without verbs takes every verb with the noun frame).
  bool NounTakesVerb(std::string_view noun, std::string_view verb) const;
  /// Honorifics longest first, for matching at a token boundary.
  const std::vector<std::pair<std::string, HonorificKind>>& honorifics() const {
    return honorifics_;
  }
  const HonorificKind* FindHonorific(std::string_view word) const;
  /// True when `piece` ends some honorific (所長 -> 長, 所長): a cheap test
  /// before trying token concatenations.
  bool EndsHonorific(std::string_view piece) const;
  const SpeakerWordClass* FindSpeakerWord(std::string_view word) const;
  /// Organization or description word that `noun` ends with (longest), or
  /// empty; *cls receives its class.
  std::string_view SpeakerWordSuffix(std::string_view noun, SpeakerWordClass* cls) const;
  /// False when no speaker word and no alias ends with the last code point
  /// of `word`: a cheap test before the lookups above.
  bool MayEndSourceWord(std::string_view word) const;

  /// True when `word` is in context list `list`.
  bool InContextList(std::string_view word, ContextList list) const;

  /// The full name for short name `alias` (日経), or null.
  const SourceAlias* FindAlias(std::string_view alias) const;

  size_t verb_count() const { return verbs_.size(); }

 private:
  Status ParseVerbs(std::string_view text, const std::string& path);
  Status ParseStatementNouns(std::string_view text, const std::string& path);
  Status ParseHonorifics(std::string_view text, const std::string& path);
  Status ParseSpeakerWords(std::string_view text, const std::string& path);
  Status ParseContextWords(std::string_view text, const std::string& path);
  Status ParseAliases(std::string_view text, const std::string& path);

  // A cheap test before a hash lookup in one word set: the code points that
  // end its words and the length of its longest word. A word whose last code
  // point ends no word of the set is not in it and ends none of its words;
  // most token surfaces fail so, before they are hashed.
  class WordEnds {
   public:
    void Add(std::string_view word);
    /// False when no word of the set ends with the last code point of `s`.
    bool MayEnd(std::string_view s) const {
      if (s.empty() || last_.empty()) return false;
      const uint32_t bit = LastCodePointBit(s);
      return (last_[bit / 64] >> (bit % 64)) & 1u;
    }
    /// False when `s` can be neither a word of the set nor the end of one.
    bool MayHold(std::string_view s) const { return s.size() <= longest_ && MayEnd(s); }
    size_t longest() const { return longest_; }

   private:
    // The code point itself in the BMP, 0 past it. REQUIRES: `word` is valid
    // UTF-8 and not empty. Read from the last bytes, without a decoding loop:
    // most words end with a three-byte kana or kanji.
    static uint32_t LastCodePointBit(std::string_view word) {
      const auto* p = reinterpret_cast<const unsigned char*>(word.data());
      const size_t n = word.size();
      const uint32_t last = p[n - 1];
      if (last < 0x80) return last;
      if (n >= 3 && (p[n - 3] & 0xF0) == 0xE0) {
        return (uint32_t{p[n - 3] & 0x0Fu} << 12) | (uint32_t{p[n - 2] & 0x3Fu} << 6) |
               (last & 0x3F);
      }
      if (n >= 2 && (p[n - 2] & 0xE0) == 0xC0) {
        return (uint32_t{p[n - 2] & 0x1Fu} << 6) | (last & 0x3F);
      }
      return 0;  // a four-byte sequence
    }

    std::vector<uint64_t> last_;  // a bit per BMP code point; bit 0 for any past it
    size_t longest_ = 0;          // bytes
  };

  // Lookups by string_view without building a std::string (C++20
  // heterogeneous lookup): these run for many tokens of every article, with
  // XXH3, which hashes words of a few bytes in a third of std::hash's time.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const;
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;

  std::vector<SpeechVerb> verbs_;
  Map<size_t> verb_forms_;               // spelling -> verbs_ index
  Map<std::vector<std::string>> nouns_;  // noun -> verbs, or none
  std::vector<std::pair<std::string, HonorificKind>> honorifics_;
  Map<HonorificKind> honorific_index_;
  Map<bool> honorific_ends_;  // every code-point suffix of every honorific
  WordEnds honorific_filter_;
  Map<SpeakerWordClass> speaker_words_;
  WordEnds speaker_word_filter_;
  WordEnds source_word_filter_;  // speaker words and aliases
  Map<uint32_t> context_words_;  // word -> bit (1 << ContextList) per list
  WordEnds context_word_filter_;
  Map<SourceAlias> aliases_;
  WordEnds alias_filter_;
};

}  // namespace kiji

#endif  // KIJI_QUOTE_LEXICON_H_
