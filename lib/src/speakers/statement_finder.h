// Private to the statement finder (statement_finder.cc, statement_markers.cc,
// reporting_predicates.cc, reported_clauses.cc): the StatementFinder runs over one Document.
//
// Run() flags the tokens that can start a statement, groups sentences into
// units (a quotation left open runs into the next sentences of its block) and
// searches each unit left to right (FindInUnit) (statement_markers.cc). At each marker it
// recognizes a ReportingConstruction: the reporting verb and what follows it
// (reporting_predicates.cc), the reported clause and its speaker (reported_clauses.cc). Attribute()
// resolves the speaker against the article's persons (speaker_mentions.h) or carries
// the previous one over, and appends the Statement.
#ifndef KIJI_SRC_SPEAKERS_STATEMENT_FINDER_H_
#define KIJI_SRC_SPEAKERS_STATEMENT_FINDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiji/quote_lexicon.h"
#include "kiji/statements.h"
#include "kiji/token.h"
#include "speakers/speaker_mentions.h"

namespace kiji::internal {

inline bool IsOpen(const Token& t) { return Is(t, "「") || Is(t, "『"); }
inline bool IsClose(const Token& t) { return Is(t, "」") || Is(t, "』"); }
// IPADIC may glue a sentence end to symbols before it: ")。"
inline bool IsEnd(const Token& t) {
  return t.surface.ends_with("。") || Is(t, "!") || Is(t, "?") || Is(t, "．");
}
// A verb, an adjective or what extends them: IPADIC's auxiliaries, and the
// verbal suffixes Juman and UniDic write instead (感じて + いる, 話し + ました).
inline bool IsPredicate(const Token& t) {
  return t.pos_class == PosClass::kVerb || t.pos_class == PosClass::kAuxiliary ||
         t.pos_class == PosClass::kAdjective || t.Has(TokenTrait::kVerbalSuffix);
}

/// An adverb or an adjective in its adverbial form (力強く, 明るく): it
/// modifies the verb after it and ends no clause.
inline bool IsAdverbial(const Token& t) {
  return t.pos_class == PosClass::kAdverb ||
         (t.pos_class == PosClass::kAdjective && t.surface.ends_with("く") &&
          t.lemma.ends_with("い"));
}

struct VerbMatch {
  const SpeechVerb* verb = nullptr;
  uint32_t last = 0;  // last token of the verb
};

// One statement found, before its speaker is known.
struct ReportingConstruction {
  StatementKind kind = StatementKind::kIndirect;
  uint32_t marker = 0;                         // と / よう / noun / に(よると) / 」
  uint32_t qb = 0, qe = 0;                     // quote tokens [qb, qe); unused when bullets
  bool bullets = false;                        // quote is the bullet list after the sentence
  uint32_t bullet_first = 0, bullet_last = 0;  // sentences
  std::string verb;
  uint32_t chain_end = 0;  // first token after the verb and its auxiliaries
  std::optional<Mention> speaker;
  bool announce = false;  // Xはこう語った: names the speaker of a quote around it
  bool cleft = false;       // そう / こう語るのはX: names the speaker of the quote before
  bool cleft_back = false;  // そう語るのはX: of the quote before only
  bool topic_only = false;  // 三浦氏は大喜び。: a person topic, for a quote with a verb next
  bool source_kara = false;  // …と通報があった: the speaker is the Xから of the clause
  bool question = false;  // Xから「…」と訊かれ: the asker's; no speaker carries over from it
  bool nested = false;    // 「…」と語ったと伝えた: inside a report; no speaker carries over from it
  bool announced_person = false;  // Xによると、「…」と話している: the person the sentence before is about
  bool unbracketed = false;  // direct, but [qb, qe) are the quote's own tokens (蜷川：…)
};

class StatementFinder {
 public:
  StatementFinder(const Document& doc, const QuoteLexicon& lex)
      : doc_(doc), t_(doc.tokens), lex_(lex), speakers_(doc, lex) {}
  std::vector<Statement> Run();

 private:
  // The unit being searched: tokens [ub, ue) of sentences [fs, ls].
  struct Unit {
    uint32_t fs = 0, ls = 0, ub = 0, ue = 0;
    uint32_t content_first = 0;  // content-sentence index of fs
    std::vector<std::pair<uint32_t, uint32_t>> pairs;    // top-level 「」 (open, close)
    std::vector<std::pair<uint32_t, uint32_t>> waiting;  // quotes before a quote
    std::vector<ReportingConstruction> found;
    uint32_t boundary = 0;         // where the next reported clause may start
    uint32_t hearsay = 0;          // a と that only wraps a statement (…と話したという)
    bool after_according = false;  // inside a によると sentence: a speaker must be named
  };

  // statement_markers.cc: one unit, and one kind of marker each. A Find* method returns
  // false when token i is not its kind of marker; otherwise it sets *next to
  // the last token it consumed.
  void FindInUnit(uint32_t fs, uint32_t ls, uint32_t content_first, uint32_t content_last);
  bool FindAccordingTo(uint32_t i, uint32_t* next);
  bool FindAccordingFrame(uint32_t i, uint32_t* next);
  bool FindQuotativeTo(uint32_t i, uint32_t* next);
  bool ReportFollows(uint32_t end) const;
  bool OutletReports() const;
  void PushWaitingQuotes(const ReportingConstruction& c);
  bool PushNestedQuote(ReportingConstruction c, const std::pair<uint32_t, uint32_t>& pair,
                       uint32_t end, uint32_t* next);
  bool TakeKaraSource(const std::pair<uint32_t, uint32_t>* pair, uint32_t i,
                      ReportingConstruction* c);
  bool FindQuotativeYou(uint32_t i, uint32_t* next);
  bool FindStatementNoun(uint32_t i, uint32_t* next);
  bool FindAnnouncement(uint32_t i, uint32_t* next);
  bool FindCleftSpeaker(uint32_t i, uint32_t* next);  // そう語るのは山田さん。
  bool FindBracketQuote(uint32_t i, uint32_t* next);
  bool QuotesSpeech(const ReportingConstruction& c) const;
  std::optional<Mention> HeadOfRelativeClause(uint32_t* end) const;
  bool SpeakerInParentheses(uint32_t i, ReportingConstruction* c) const;
  // 「…と思ってます」（仲田）: the bare name after the quote `close` ends is a
  // speaker (a short form of a person named before, after speech).
  bool ShortFormOfSpeech(uint32_t close, const Mention& m) const;
  std::optional<Mention> SourceNote(uint32_t b, uint32_t r) const;
  const std::pair<uint32_t, uint32_t>* PairClosing(uint32_t close) const;
  std::optional<Mention> PersonTopic(uint32_t ub, uint32_t ue) const;
  bool HasOpenBracket(const Sentence& x) const;  // a 「 outside any other bracket
  void Advance(uint32_t end);          // the next clause starts after `end` (and a comma)
  void Push(ReportingConstruction c);  // records a construction found
  // Records `c`, drops the waiting quotes and starts the next clause at
  // `end`, the token *next points before; always true (a rule's result).
  bool Accept(ReportingConstruction c, uint32_t end, uint32_t* next);
  void PushPerSource(ReportingConstruction c);  // one record per coordinated source
  bool ReportedClause(ReportingConstruction* c,
                      uint32_t qe);  // the reported clause ending before qe

  // quoted_reactions.cc: 「…」「…」などの声が相次いだ
  bool FindQuotedReaction(const std::pair<uint32_t, uint32_t>& pair, uint32_t* next);
  bool FindVenueQuotes(const std::pair<uint32_t, uint32_t>& pair, uint32_t i, uint32_t* next);
  std::optional<Mention> PostersFrom(uint32_t from, uint32_t to) const;
  std::optional<Mention> VenueRightBefore(uint32_t first) const;
  uint32_t ReactionNounAfter(uint32_t close) const;
  std::optional<Mention> OnlineVenue(uint32_t from, uint32_t to) const;
  bool NetBefore(uint32_t before) const;
  std::string LastVenueUsers() const;
  std::optional<std::pair<uint32_t, uint32_t>> BareQuoteLine(uint32_t k) const;
  uint32_t ReactionListStart() const;
  std::optional<Mention> VenueLineBefore(uint32_t k) const;
  void PushReactionLines(const ReportingConstruction& c, uint32_t first_sentence);
  void PushQuoteRun(ReportingConstruction c, const std::pair<uint32_t, uint32_t>& pair,
                    uint32_t marker);

  // interview_quotes.cc: 「…」と気を引き締めた, 「…」と口を開く松井, 「…」という坂本
  bool FindInterviewQuote(const std::pair<uint32_t, uint32_t>& pair, uint32_t i, uint32_t* next);
  bool FindQuestion(const std::pair<uint32_t, uint32_t>& pair, uint32_t i, uint32_t* next);
  bool FindMannerAdverb(const std::pair<uint32_t, uint32_t>& pair, uint32_t i, uint32_t* next);
  bool FindQuotedBy(uint32_t i, uint32_t* next);
  bool FindQuoteOfSpeakerNoun(uint32_t i, uint32_t* next);
  bool LongEnoughForSpeech(const std::pair<uint32_t, uint32_t>& pair) const;
  uint32_t MannerPredicate(uint32_t to) const;
  bool ChainedMannerEnds(uint32_t after, uint32_t* end) const;
  std::optional<Mention> HeadAfterRole(uint32_t* end) const;
  // 剛力彩芽は「…」: a name MeCab splits into common nouns, as the topic
  // [from, wa) right before a quote, when the article wrote it before.
  std::optional<Mention> SplitNameTopic(uint32_t from, uint32_t wa) const;
  std::optional<Mention> KatakanaNameTopic(uint32_t from, uint32_t wa) const;
  Mention PersonNamed(uint32_t b, uint32_t e, std::string_view name) const;
  // ・澤穂希（サッカー） on the line above a quotation alone on its line
  // (sentence `sentence`): the person the label names.
  std::optional<Mention> LabelLineBefore(uint32_t sentence) const;
  // The sentence of the line above sentence `sentence`, a quotation alone on
  // its line, when that line is one sentence and no quotation itself.
  std::optional<uint32_t> LineAboveQuote(uint32_t sentence) const;
  std::optional<Mention> OpenLineBefore(uint32_t sentence) const;

  // reporting_predicates.cc
  VerbMatch MatchReportingVerb(uint32_t v, uint32_t ue, uint8_t frame) const;
  // Checks what follows a verb: false for passives, conditionals and verbs
  // that modify a noun or feed another quotation; sets *end to the first
  // token after the verb's auxiliaries.
  bool PredicateEndsStatement(uint32_t last, uint32_t ue, uint32_t* end, uint32_t* hearsay) const;
  // `quote`: the と follows 「…」, so verbs of the quote frame count too.
  std::optional<ReportingConstruction> ReportingPredicateAfterTo(uint32_t i, uint32_t ue,
                                                                 bool quote) const;
  bool ObjectFrame(uint32_t p, uint32_t wo, uint32_t ue, ReportingConstruction* c) const;
  bool QuoteObjectFrame(uint32_t p, uint32_t wo, uint32_t ue, ReportingConstruction* c) const;
  bool ReportNounFrame(uint32_t p, uint32_t ue, ReportingConstruction* c) const;

  // reported_clauses.cc
  std::optional<Mention> SpeakerPhrase(uint32_t from, uint32_t to, uint32_t* after,
                                       bool direct = false) const;
  uint32_t SkipClauseLead(uint32_t from, uint32_t to) const;
  bool GaInsideTopic(uint32_t ga, uint32_t wa) const;
  bool PredicateIn(uint32_t from, uint32_t to) const;
  uint32_t AfterAdverbials(uint32_t q, uint32_t ue) const;
  std::optional<Mention> DocumentIssuer(uint32_t from, uint32_t end) const;
  bool AdverbOfReportingVerb(uint32_t q, uint32_t ue, uint8_t frames) const;
  uint32_t AdverbialVerbEnd(uint32_t v, uint32_t to) const;
  std::optional<Mention> PersonOpeningClause(const ReportingConstruction& c, uint32_t from,
                                             uint32_t qe, uint32_t* after) const;
  std::optional<Mention> AccordingToSource(uint32_t from, uint32_t end) const;
  uint32_t EndBeforeNote(uint32_t from, uint32_t end) const;
  bool SourceIsClause(uint32_t from, uint32_t end) const;
  std::optional<Mention> SubjectOfClause(uint32_t from, uint32_t end) const;
  void TakeBracketedName(uint32_t from, uint32_t end, Mention* m) const;
  std::optional<Mention> SourceBeforeNo(uint32_t from, uint32_t end) const;
  std::optional<Mention> SourceNounPhrase(uint32_t from, uint32_t end) const;
  std::optional<Mention> NamedSourceBefore(uint32_t from, uint32_t end) const;
  std::optional<Mention> FrameSource(uint32_t from, uint32_t end) const;
  Mention PlainMention(SpeakerType type, uint32_t b, uint32_t e) const;
  std::optional<Mention> SourceFromKara(uint32_t from, uint32_t to, uint32_t* after) const;

  // source_names.cc: the fullest name of a source (日経 -> 日本経済新聞, タイムズ ->
  // ニューヨーク・タイムズ, 同市教育委員会 -> 札幌市教育委員会, 記事 -> the outlet) and the
  // two sources of 両紙 / 両者 (empty when the speaker is not such an anaphor).
  void NameSource(uint32_t mention, Statement* s) const;
  std::string FullAlias(std::string_view name) const;
  bool WrittenInLongerName(std::string_view name, uint32_t mention) const;
  bool EndsWithMediaHead(std::string_view name) const;
  std::vector<SpeakerMentions::NamedSource> DualSources(const Statement& s, uint32_t mention) const;

  // transcript_lines.cc: 蜷川：今日は… / セルジオ「…」, one turn a line
  uint32_t TranscriptSeparator(uint32_t s, uint32_t* last) const;
  std::optional<Mention> TranscriptSpeaker(uint32_t b, uint32_t sep) const;
  std::optional<ReportingConstruction> TranscriptTurn(uint32_t s, uint32_t* last) const;
  bool HasTranscript() const;  // at least two turns
  // Records sentence `s` (content-sentence index `content`) as a turn, with
  // *last the last sentence of its line; false when it is not one.
  bool FindTranscriptLine(uint32_t s, uint32_t content, uint32_t* last);

  // statement_finder.cc
  uint8_t TokenFlags(uint32_t i) const;  // flags_[i], from the tokens alone
  bool LooksLikeHeading(uint32_t s) const;
  bool HeadingAbove(uint32_t sentence) const;
  bool CarriesSpeaker(const ReportingConstruction& c, uint32_t content_first) const;
  bool TakesSpeakerFromContext(const ReportingConstruction& c) const;
  bool SubjectBeforeQuote(const ReportingConstruction& c) const;
  bool OtherNameTopicBefore(const ReportingConstruction& c) const;  // REQUIRES: last_
  void Attribute(const ReportingConstruction& c, uint32_t content_first, uint32_t content_last);

  const Document& doc_;
  const std::vector<Token>& t_;
  const QuoteLexicon& lex_;
  SpeakerMentions speakers_;
  // Per token, filled in one pass: kInside (within 「」『』 at any depth),
  // kOpen, kCloseBracket, kMarker (could start a construction: に, と, よう, a
  // noun before を, a closing bracket). Most tokens are none of these, and
  // the scan skips them without touching the Token.
  enum : uint8_t { kInside = 1, kOpen = 2, kCloseBracket = 4, kMarker = 8 };
  std::vector<uint8_t> flags_;
  Unit unit_;
  std::vector<uint32_t> open_brackets_;  // FindInUnit's scratch stack
  std::vector<Statement> out_;
  std::optional<Statement> last_;  // the previous statement, for carry-over
  uint32_t last_content_ = 0;      // content-sentence index of last_
  // Xはこう語った。 and a quotation on its own next to it.
  std::optional<Statement> announced_;  // speaker fields and verb of the announcement
  uint32_t announced_content_ = 0;
  bool announced_topic_only_ = false;  // announced_ came from a topic, not from こう語る
  std::optional<Statement> orphan_;  // a quotation on its own that found no speaker
  uint32_t orphan_content_ = 0;
};

}  // namespace kiji::internal

#endif  // KIJI_SRC_SPEAKERS_STATEMENT_FINDER_H_
