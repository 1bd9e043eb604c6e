// Talk transcripts of entertainment and sports web news (issue 12): an
// interview, a talk show or a stage greeting written as one line per turn,
// the speaker's name first:
//   蜷川：今日は来ていただいてありがとうございます。楽しかったかな？
//   セルジオ「もう一回開催すればいいと思います」
// Each line is a direct statement of the person it names: for NAME：, the
// rest of the line (its sentences, as one record, like an unbracketed
// quotation); for NAME「…」 ending the line, the text inside the brackets.
// A line counts only when the name is a person (a name the dictionary tags
// as one, or the short form of a person named before) and the article has
// at least kMinTranscriptLines of them: one "日時：…" or "・山田「…」" line is
// a field or a link, not a talk. The interviewer's unnamed turns (——…) are
// not statements.
#include "kiji/utf8.h"
#include "speakers/statement_finder.h"

namespace kiji::internal {
namespace {

// A talk has at least two turns written this way.
constexpr uint32_t kMinTranscriptLines = 2;
// A speaker's name is at most this many tokens (沢尻エリカ, 矢部浩之).
constexpr uint32_t kNameTokens = 3;
// Shorter turns are labels or fields (出演：山田).
constexpr size_t kMinTurnChars = 6;
// 山田「…」 needs as much as a quote of an interview (interview_quotes.cc).
constexpr size_t kMinBracketTurnChars = 10;

bool IsColon(const Token& t) { return Is(t, "：") || Is(t, ":"); }

// A turn is speech when it ends like a sentence: with a predicate, a final
// particle or an end mark, before any trailing note in parentheses (（笑）).
// A name, a title or a profile ends otherwise (“パラパラ”の悲劇, 会社員20代).
bool EndsLikeSpeech(const std::vector<Token>& t, uint32_t qb, uint32_t qe) {
  uint32_t e = qe;
  if (e > qb && t[e - 1].surface.ends_with(")")) {
    while (e > qb && !t[e - 1].surface.starts_with("(") && !t[e - 1].surface.ends_with("(")) --e;
    if (e > qb) --e;
  }
  if (e == qb) return false;
  const Token& last = t[e - 1];
  return IsPredicate(last) || last.pos_class == PosClass::kParticle || IsEnd(last) ||
         Is(last, "…");
}

}  // namespace

// The separator token (： or 「) after the name that starts sentence `s`,
// when `s` starts a line as a transcript turn; 0 otherwise. *last is set
// to the last sentence of the line.
uint32_t StatementFinder::TranscriptSeparator(uint32_t s, uint32_t* last) const {
  const std::vector<Sentence>& sents = doc_.sentences;
  const Sentence& x = sents[s];
  if (x.kind != BlockKind::kParagraph || x.token_begin == x.token_end) return 0;
  if (s > 0 && sents[s - 1].line == x.line) return 0;
  uint32_t k = x.token_begin;
  while (k < x.token_end && k < x.token_begin + kNameTokens && IsNominal(t_[k]) &&
         !IsParen(t_[k])) {
    ++k;
  }
  if (k == x.token_begin || k + 1 >= x.token_end) return 0;
  *last = s;
  while (*last + 1 < sents.size() && sents[*last + 1].line == x.line) ++*last;
  if (IsColon(t_[k])) return k;
  // 山田「…」: the bracket closes at the end of the line.
  const uint32_t e = sents[*last].token_end;
  return Is(t_[k], "「") && Is(t_[e - 1], "」") ? k : 0;
}

// The person named before the separator `sep` of a turn starting at `b`.
std::optional<Mention> StatementFinder::TranscriptSpeaker(uint32_t b, uint32_t sep) const {
  std::optional<Mention> m = speakers_.MentionBefore(b, sep);
  if (m && m->begin == b && m->type == SpeakerType::kPerson) return m;
  Mention plain = PlainMention(SpeakerType::kPerson, b, sep);
  if (speakers_.ShortFormOfPersonBefore(plain.name, b)) {
    plain.ref = Mention::Ref::kName;
    return plain;
  }
  return std::nullopt;
}

// Sentence `s` as a transcript turn, with *last the last sentence of its
// line; nullopt when `s` is not one.
std::optional<ReportingConstruction> StatementFinder::TranscriptTurn(uint32_t s,
                                                                     uint32_t* last) const {
  const uint32_t sep = TranscriptSeparator(s, last);
  if (sep == 0) return std::nullopt;
  ReportingConstruction c;
  c.kind = StatementKind::kDirect;
  c.marker = sep;
  c.qb = sep + 1;
  c.qe = doc_.sentences[*last].token_end;
  c.unbracketed = !Is(t_[sep], "「");
  if (!c.unbracketed) --c.qe;  // the closing bracket
  if (c.qe <= c.qb || !EndsLikeSpeech(t_, c.qb, c.qe) ||
      CountCodePoints(doc_.Original(t_[c.qb].byte_begin, t_[c.qe - 1].byte_end)) <
          (c.unbracketed ? kMinTurnChars : kMinBracketTurnChars)) {
    return std::nullopt;
  }
  c.speaker = TranscriptSpeaker(doc_.sentences[s].token_begin, sep);
  if (!c.speaker) return std::nullopt;
  return c;
}

bool StatementFinder::HasTranscript() const {
  uint32_t n = 0;
  for (uint32_t s = 0, last = 0; s < doc_.sentences.size() && n < kMinTranscriptLines; ++s) {
    if (TranscriptTurn(s, &last)) ++n;
  }
  return n >= kMinTranscriptLines;
}

bool StatementFinder::FindTranscriptLine(uint32_t s, uint32_t content, uint32_t* last) {
  std::optional<ReportingConstruction> c = TranscriptTurn(s, last);
  if (!c) return false;
  Attribute(*c, content, content + (*last - s));
  return true;
}

}  // namespace kiji::internal
