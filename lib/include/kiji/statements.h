// Attributed statements: who said what, in one analyzed article.
//
// ExtractStatements() finds the statements an article attributes to a source
// (a person, an organization or an unnamed source) and resolves who that is:
//   direct        「…」 attributed to a speaker: 「…」と話した, X氏は「…」と述べた,
//                 X氏は「…」。, 「…」(X氏), quotes that run over sentences, 『』
//                 nested in 「」;
//   indirect      a reported clause ending in と / ように / との before a
//                 reporting verb (…と指摘した, …と見ている, …としている,
//                 …との見方を示した, …する考えを示した), with the subject carried
//                 over from the previous sentence when the sentence has none;
//   according_to  X氏によると、… / Xによれば、… (the rest of the sentence).
// Not statements: 「」 that only mark a term or title, headings and titles,
// passives with no source (…と指摘されている), clauses with no speaker.
// The speaker is given in the fullest form the article uses (崔氏 -> 崔征,
// 同氏 -> the person meant), with its honorific, reading and role.
//
// All spans are half-open Unicode code points into the ORIGINAL article text
// (Token::start/end): the quote span cut from the article equals `quote`.
// Pure functions over a Document and a QuoteLexicon; thread-safe.
//
//   for (const kiji::Statement& s : kiji::ExtractStatements(doc, lexicon))
//     Print(s.speaker, s.quote, s.quote_start, s.quote_end);
#ifndef KIJI_STATEMENTS_H_
#define KIJI_STATEMENTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/quote_lexicon.h"
#include "kiji/token.h"

namespace kiji {

enum class StatementKind : uint8_t { kDirect, kIndirect, kAccordingTo };
enum class SpeakerType : uint8_t { kPerson, kOrganization, kDescription };

/// "direct", "indirect", "according_to" / "person", "organization", "description".
std::string_view StatementKindName(StatementKind k);
std::string_view SpeakerTypeName(SpeakerType t);

struct Statement {
  StatementKind kind = StatementKind::kIndirect;
  std::string quote;  // original text in [quote_start, quote_end)
  uint32_t quote_start = 0, quote_end = 0;
  std::string speaker;  // fullest form in the article ("崔征"), or the description
  SpeakerType speaker_type = SpeakerType::kPerson;
  std::string mention;  // the mention nearest the statement, as written ("崔氏")
  uint32_t mention_start = 0, mention_end = 0;
  std::string honorific;  // "氏", "国家主席"; may be empty
  std::string reading;    // from parentheses after the name ("Cui Zheng"); may be empty
  std::string role;       // title, occupation or affiliation; may be empty
  std::string verb;  // dictionary form, "によると" / "によれば", or empty (X氏は「…」。)
  uint32_t sentence = 0;  // index into Document::sentences of the reporting construction
};

/// The statements of `doc` in text order (by quote_start).
std::vector<Statement> ExtractStatements(const Document& doc, const QuoteLexicon& lexicon);

}  // namespace kiji

#endif  // KIJI_STATEMENTS_H_
