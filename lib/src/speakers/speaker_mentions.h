// Private to the statement finder (statement_finder.h): speaker mentions in an analyzed article.
//
// A mention is the noun phrase that names who speaks: a name with its
// reading and honorific (崔征(Cui Zheng)氏, 習近平国家主席, Zhalynさん), an
// anaphor (同氏, 同大統領, 彼), a bare title (首相), an organization
// (中国外務省, CGTN) or an unnamed source (関係者, 現地の女性). SpeakerMentions
// parses mentions from tokens and resolves them against the persons the whole
// article names, so that 崔氏 becomes 崔征 with the reading and role the
// article gave at the first, fuller mention.
#ifndef KIJI_SRC_SPEAKERS_SPEAKER_MENTIONS_H_
#define KIJI_SRC_SPEAKERS_SPEAKER_MENTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/quote_lexicon.h"
#include "kiji/statements.h"
#include "kiji/token.h"
#include "speakers/token_predicates.h"

namespace kiji::internal {

struct Mention {
  enum class Ref : uint8_t { kName, kAnaphor, kTitleOnly, kPlain };
  Ref ref = Ref::kPlain;
  SpeakerType type = SpeakerType::kDescription;
  uint32_t begin = 0, end = 0;  // token range as written (name .. honorific)
  std::string name;             // the name or noun phrase without honorific
  std::string honorific;
  HonorificKind honorific_kind = HonorificKind::kPolite;
  std::string reading;
  std::string role;
};

class SpeakerMentions {
 public:
  SpeakerMentions(const Document& doc, const QuoteLexicon& lexicon);

  /// Parses the mention that ends right before token `end` and starts at or
  /// after token `limit`; nullopt when the phrase there names no speaker.
  std::optional<Mention> MentionBefore(uint32_t limit, uint32_t end) const;

  /// Fills the speaker fields of *s (speaker, type, mention and its span,
  /// honorific, reading, role) from `m`.
  void Resolve(const Mention& m, Statement* s) const;

  /// True when a person named before token `before` has a longer name that
  /// starts or ends with `name` (仲田 of 仲田歩夢).
  /// Also true when a foreign name with a middle dot before `before` starts
  /// or ends with it (テセ of チョン・テセ).
  bool ShortFormOfPersonBefore(std::string_view name, uint32_t before) const;
  /// Tokens [begin, end) are such a short form as a speaker: proper nouns or
  /// unknown words of two code points or more; of a dotted name, its last part.
  bool ShortFormOfPersonNamed(uint32_t begin, uint32_t end) const;

  /// True when `name` is written before token `before` next to an
  /// organization word across a middle dot (ハンバーガーチェーン・ウェンディーズ).
  bool DottedWithOrganizationBefore(std::string_view name, uint32_t before) const;

  /// A person or organization the article names, at token `token`.
  struct NamedSource {
    std::string name;
    SpeakerType type = SpeakerType::kOrganization;
    uint32_t token = 0;
  };
  /// The named persons and organizations of the article, in text order, at
  /// least every one that begins before token `before` (source_names.cc;
  /// found only as far into the article as asked).
  const std::vector<NamedSource>& SourcesBefore(uint32_t before) const;

 private:
  struct Person {
    std::string name, honorific, reading, role;
    uint32_t token = 0;  // where the mention starts
  };
  bool NameLike(const Token& t) const;
  bool RolePart(std::string_view part) const;
  bool OrganizationPart(std::string_view part) const;
  bool LongerNameOf(std::string_view full, std::string_view name) const;
  std::string DottedNameBefore(std::string_view name, uint32_t before) const;
  // The tokens whose surface holds a middle dot, in text order, at least
  // those before token `before` (found only as far as asked): the only ones
  // a dotted name can be written with, so the two Dotted* searches need not
  // walk every token before `before`.
  const std::vector<uint32_t>& DottedTokensBefore(uint32_t before) const;
  bool MayNameOrganization(uint32_t limit, uint32_t end) const;  // source_names.cc
  void AddOrganization(const Mention& m) const;                   // source_names.cc
  void IndexSourcesOf(const Sentence& s) const;                   // source_names.cc
  bool OrganizationWord(std::string_view word) const;
  // The honorific ending at token `end` (exclusive): its first token, or end.
  uint32_t HonorificBefore(uint32_t limit, uint32_t end, std::string* word,
                           HonorificKind* kind) const;
  std::string RoleBefore(uint32_t begin) const;
  std::optional<SpeakerWordClass> PhraseClass(uint32_t c, uint32_t k, bool org_pos) const;
  bool ProductiveTitle(uint32_t c, uint32_t k) const;
  bool OrganizationOfRegion(uint32_t c, uint32_t k) const;
  bool TitleAfterName(uint32_t c, uint32_t k) const;

  // The steps of MentionBefore (speaker_mentions.cc), right to left.
  struct MentionParse;
  uint32_t EndBeforeAge(uint32_t limit, uint32_t end) const;
  std::optional<Mention> AnaphorAtEnd(const MentionParse& p) const;
  void TakeTitlePrefix(MentionParse* p) const;
  void TakeReading(MentionParse* p) const;
  void TakeNounsBeforeTitle(MentionParse* p) const;
  void FindNameBegin(MentionParse* p) const;
  bool ExtendsNameLeft(const MentionParse& p, uint32_t b) const;
  bool PlaceSurname(uint32_t k, std::string_view title) const;
  void TakeChineseName(MentionParse* p) const;
  void DropWordsBeforeName(MentionParse* p) const;
  Mention NamedMention(const MentionParse& p) const;
  std::optional<Mention> BracketedMention(const MentionParse& p) const;
  bool EndsWithOutletHead(std::string_view word) const;  // 英紙, Web版
  std::optional<Mention> NounPhraseMention(const MentionParse& p) const;
  // The original text of tokens [begin, end): a view into the article, so
  // that a test of its length or its letters copies nothing.
  std::string_view Text(uint32_t begin, uint32_t end) const;
  const Person* Referent(uint32_t before, std::string_view title) const;
  const Person* Fullest(std::string_view name) const;

  // Fills persons_, in text order, with the persons of every sentence;
  // IndexPersonsBefore only with those of the sentences that begin before
  // token `before` (every person mention that begins before it). A quote
  // early in an article needs no index of the rest.
  void IndexPersons() const;
  void IndexPersonsBefore(uint32_t before) const;
  void IndexPersonsOf(const Sentence& s) const;

  const Document& doc_;
  const QuoteLexicon& lex_;
  mutable uint32_t indexed_sentences_ = 0;
  mutable bool indexing_ = false;  // persons_ grows: mentions see those before them
  mutable std::vector<Person> persons_;  // in text order
  mutable uint32_t dotted_scanned_ = 0;  // tokens looked at for dotted_
  mutable std::vector<uint32_t> dotted_;
  mutable uint32_t sourced_sentences_ = 0;
  mutable size_t sourced_persons_ = 0;         // persons_ already in sources_
  mutable std::vector<NamedSource> sources_;  // in text order
};

}  // namespace kiji::internal

#endif  // KIJI_SRC_SPEAKERS_SPEAKER_MENTIONS_H_
