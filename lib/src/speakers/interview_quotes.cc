// Interview quotes of sports and film web news (issue 12): a quote followed by
// と and a predicate that is not a reporting verb of the lists, but describes
// how the person said it, and a quote that names its speaker right after:
//   「…」と気を引き締めた。        the person of the sentence, or the one quoted last;
//   「…」と静かに口を開く松井。     the person the predicate modifies;
//   「…」という坂本。              the same with という;
//   「…」と坂本。                  the person after と ends the sentence;
//   「…」とキッパリ。              a manner adverb of speech and no verb.
// The quote must be long enough to be speech (not a name or a title), and
// the predicate must not name or describe the words instead (なる, 呼ぶ, 題する:
// not_speech in speaker_context.tsv); passives have no speaker.
#include "kiji/utf8.h"
#include "speakers/statement_finder.h"

namespace kiji::internal {
namespace {

// A quote of fewer code points is a name, a title or a catchword.
constexpr size_t kInterviewQuoteMinChars = 10;
// Tokens between と and the predicate: 気を引き締めた, 静かに口を開く.
constexpr uint32_t kMannerTokens = 6;
// A name split into common nouns (剛力 彩 芽): at most 3 tokens and 6 code points.
constexpr uint32_t kSplitNameTokens = 3;
constexpr size_t kSplitNameChars = 6;
// A foreign or stage name in katakana that IPADIC does not know (フナキ,
// エヴァ・グリーン, ジョン・ローゼングラント): at most this many tokens.
constexpr uint32_t kKatakanaNameTokens = 5;
// A speaker label line is at most one blank line above its quotation and
// holds at most 6 tokens of name (玉木 宏, 枝野 幸男 経済 産業 大臣).
constexpr uint32_t kLabelLineGap = 2;
constexpr uint32_t kLabelTokens = 6;

// A direct statement of the quote `pair` (bracket token indices) whose と is
// token `marker`.
ReportingConstruction DirectQuote(const std::pair<uint32_t, uint32_t>& pair, uint32_t marker) {
  ReportingConstruction c;
  c.kind = StatementKind::kDirect;
  c.marker = marker;
  c.qb = pair.first + 1;
  c.qe = pair.second;
  return c;
}

}  // namespace

bool StatementFinder::LongEnoughForSpeech(const std::pair<uint32_t, uint32_t>& pair) const {
  if (pair.second <= pair.first + 1) return false;
  return t_[pair.second].start - t_[pair.first].end >= kInterviewQuoteMinChars;
}

// The predicate after 「…」と (token `to`): its last verb token, or 0 when
// something else comes first (a subject, another quote, the sentence end).
uint32_t StatementFinder::MannerPredicate(uint32_t to) const {
  const uint32_t ue = unit_.ue;
  for (uint32_t k = to + 1; k < ue && k <= to + kMannerTokens; ++k) {
    const Token& t = t_[k];
    if ((flags_[k] & kOpen) || IsEnd(t) || IsComma(t) || IsClose(t)) return 0;
    if (IsParticle(t, "は") || IsParticle(t, "が") || IsParticle(t, "と")) return 0;
    if (t.pos_class != PosClass::kVerb) continue;
    if (lex_.InContextList(t.lemma, ContextList::kNotSpeech)) return 0;
    // する only after a noun of its own: 納得した, 口にする (not 「…」とした).
    if (t.lemma == "する" && (k == to + 1 || !IsNominal(t_[k - 1]))) return 0;
    return k;
  }
  return 0;
}

// 女優の青山花子 / 巨人の坂本 after a predicate: the person after a role and の.
std::optional<Mention> StatementFinder::HeadAfterRole(uint32_t* end) const {
  uint32_t k = *end;
  while (k < unit_.ue && k < *end + kMannerTokens && IsNominal(t_[k])) ++k;
  if (k == *end || k + 1 >= unit_.ue || !IsParticle(t_[k], "の")) return std::nullopt;
  uint32_t head = k + 1;
  std::optional<Mention> m = HeadOfRelativeClause(&head);
  if (!m || m->type != SpeakerType::kPerson) return std::nullopt;
  if (m->role.empty()) m->role = std::string(doc_.Original(t_[*end].byte_begin, t_[k - 1].byte_end));
  *end = head;
  return m;
}

// と納得した様子を見せた / と満足した表情を浮かべた: the manner predicate
// modifies a noun of speech or feeling (speech_object) that is the object of a
// second predicate, and that one ends the statement. `after` is the first
// token after the first predicate; *end is set past the second.
bool StatementFinder::ChainedMannerEnds(uint32_t after, uint32_t* end) const {
  const uint32_t ue = unit_.ue;
  if (after == 0 || after + 2 >= ue ||
      !lex_.InContextList(t_[after].surface, ContextList::kSpeechObject) ||
      !IsParticle(t_[after + 1], "を")) {
    return false;
  }
  const uint32_t v = after + 2;
  if (t_[v].pos_class != PosClass::kVerb || lex_.InContextList(t_[v].lemma, ContextList::kNotSpeech)) {
    return false;
  }
  uint32_t hearsay = 0, chain_end = 0;
  if (!PredicateEndsStatement(v, ue, &chain_end, &hearsay)) return false;
  *end = chain_end;
  return true;
}

// A person's name at tokens [b, e), as written.
Mention StatementFinder::PersonNamed(uint32_t b, uint32_t e, std::string_view name) const {
  Mention m;
  m.ref = Mention::Ref::kName;
  m.type = SpeakerType::kPerson;
  m.begin = b;
  m.end = e;
  m.name = std::string(name);
  return m;
}

// 剛力彩芽は「…」と述べた / 鬼奴は「…」とコメント: IPADIC splits many stage and
// given names into common nouns (剛力 彩 芽, 鬼 奴), so no name is seen. A run
// of 2 to kSplitNameTokens nouns of at most kSplitNameChars code points, kanji
// or kana, right before は and the quote, is taken as a person when the
// article wrote the same run before (in the headline or an earlier
// sentence): a name recurs, a phrase rarely. Not a speaker word or a word
// with a suffix (本作, 関係者, 同社), a time word, a pronoun first (彼女自身).
std::optional<Mention> StatementFinder::SplitNameTopic(uint32_t from, uint32_t wa) const {
  auto name_part = [this](uint32_t k) {
    const Token& t = t_[k];
    return t.pos_class == PosClass::kNoun && !t.unknown && !t.Has(TokenTrait::kDependent) &&
           !t.Has(TokenTrait::kAdverbial) && !t.Has(TokenTrait::kVerbalNoun);
  };
  uint32_t b = wa;
  if (b > from && t_[b - 1].pos_class == PosClass::kPronoun) --b;  // 鬼奴: a pronoun may end it
  while (b > from && wa - b < kSplitNameTokens && name_part(b - 1)) --b;
  // A longer noun run is a phrase (2 tokens at least: one noun is a word).
  if (wa - b < 2 || t_[b].pos_class == PosClass::kPronoun || (b > from && IsNominal(t_[b - 1]))) {
    return std::nullopt;
  }
  const std::string_view name = doc_.Original(t_[b].byte_begin, t_[wa - 1].byte_end);
  const size_t chars = CountCodePoints(name);
  if (chars < 2 || chars > kSplitNameChars || IsKatakanaOrLatin(name)) return std::nullopt;
  for (uint32_t k = b; k < wa; ++k) {
    if (!HasLetter(t_[k].surface) || lex_.FindSpeakerWord(t_[k].surface) ||
        lex_.InContextList(t_[k].surface, ContextList::kTimeWord) ||
        lex_.InContextList(t_[k].surface, ContextList::kNotRole)) {
      return std::nullopt;
    }
  }
  SpeakerWordClass cls;
  if (lex_.FindSpeakerWord(name) || !lex_.SpeakerWordSuffix(name, &cls).empty()) return std::nullopt;
  if (doc_.Original(0, t_[b].byte_begin).find(name) == std::string_view::npos) return std::nullopt;
  return PersonNamed(b, wa, name);
}

// フナキは「…」と語った / 女優のエヴァ・グリーンは「…」と話した: a name in
// katakana that IPADIC does not know, right before は or が and the quote, is
// a person. Only unknown words (a dictionary word such as チーム or メディア
// is a common noun), joined by middle dots or with a given name the
// dictionary knows (ジョン), at least one of them unknown; not a speaker word
// or an alias (an organization), and the whole noun phrase.
std::optional<Mention> StatementFinder::KatakanaNameTopic(uint32_t from, uint32_t wa) const {
  auto dot = [this](uint32_t k) { return Is(t_[k], "・") || Is(t_[k], "=") || Is(t_[k], "＝"); };
  auto name_part = [this, &dot](uint32_t k) {
    const Token& t = t_[k];
    return dot(k) || ((t.unknown || IsPersonName(t)) && IsKatakanaOrLatin(t.surface));
  };
  uint32_t b = wa;
  bool unknown = false;
  while (b > from && wa - b < kKatakanaNameTokens && name_part(b - 1)) {
    --b;
    unknown = unknown || t_[b].unknown;
  }
  if (b == wa || !unknown || dot(b) || dot(wa - 1) || (b > from && IsNominal(t_[b - 1]))) {
    return std::nullopt;
  }
  const std::string_view name = doc_.Original(t_[b].byte_begin, t_[wa - 1].byte_end);
  if (CountCodePoints(name) < 3 || static_cast<unsigned char>(name[0]) < 0x80) return std::nullopt;
  for (uint32_t k = b; k < wa; ++k) {
    if (lex_.FindSpeakerWord(t_[k].surface) || lex_.FindAlias(t_[k].surface)) return std::nullopt;
  }
  SpeakerWordClass cls;
  if (lex_.FindAlias(name) || !lex_.SpeakerWordSuffix(name, &cls).empty()) return std::nullopt;
  Mention m = PersonNamed(b, wa, name);
  // ウェンディーズ after ハンバーガーチェーン・ウェンディーズ: a company.
  if (speakers_.DottedWithOrganizationBefore(m.name, b)) {
    m.ref = Mention::Ref::kPlain;
    m.type = SpeakerType::kOrganization;
  }
  return m;
}

// 「…」と + a manner predicate, at the と (token i) after the quote `pair`.
bool StatementFinder::FindInterviewQuote(const std::pair<uint32_t, uint32_t>& pair, uint32_t i,
                                         uint32_t* next) {
  Unit& s = unit_;
  if (!LongEnoughForSpeech(pair)) return false;
  if (FindMannerAdverb(pair, i, next)) return true;
  const uint32_t v = MannerPredicate(i);
  if (v == 0) return false;
  ReportingConstruction c = DirectQuote(pair, i);
  // 口にする, 納得する: the noun and する as one verb.
  c.verb = t_[v].lemma;
  if (t_[v].lemma == "する" && v > i + 1 && t_[v - 1].pos_class == PosClass::kNoun) {
    c.verb = std::string(t_[v - 1].surface) + "する";
  }
  uint32_t end = 0;
  bool ends = PredicateEndsStatement(v, s.ue, &end, &s.hearsay);
  if (const uint32_t noun = end; !ends && ChainedMannerEnds(noun, &end)) {
    ends = true;
    c.verb = t_[noun + 2].lemma;  // the predicate that ends: 見せる of 様子を見せた
  }
  if (!ends) {
    if (end == 0 || end >= s.ue) return false;
    c.speaker = HeadOfRelativeClause(&end);  // 「…」と静かに口を開く松井
    if (!c.speaker) c.speaker = HeadAfterRole(&end);  // …と語った女優の青山花子
    if (!c.speaker || c.speaker->type != SpeakerType::kPerson) return false;
  } else {
    uint32_t after;
    c.speaker = SpeakerPhrase(s.boundary, pair.first, &after, true);
    if (c.speaker && c.speaker->type != SpeakerType::kPerson) return false;
  }
  if (s.after_according && !c.speaker) return false;
  return Accept(std::move(c), end, next);
}

// 「…」とキッパリ。 / 「…」とポツリ、 / 「…」と苦笑い。: a manner adverb or noun
// of speech (manner_adverb, manner_noun) right after the と ends the
// statement before the sentence end or a comma; so does 「…」とも。 (said
// too). The speaker is the person of the sentence or the one quoted last.
bool StatementFinder::FindMannerAdverb(const std::pair<uint32_t, uint32_t>& pair, uint32_t i,
                                       uint32_t* next) {
  Unit& s = unit_;
  const uint32_t a = i + 1;
  if (a + 1 > s.ue) return false;
  const bool also = IsParticle(t_[a], "も");
  if (!also && !lex_.InContextList(t_[a].surface, ContextList::kMannerAdverb) &&
      !lex_.InContextList(t_[a].surface, ContextList::kMannerNoun)) {
    return false;
  }
  // 「…」とも——。: a dash may trail the also-form.
  const bool dash = also && a + 1 < s.ue &&
                    (t_[a + 1].surface.starts_with("—") || t_[a + 1].surface.starts_with("―"));
  if (a + 1 < s.ue && !IsEnd(t_[a + 1]) && !dash && !(IsComma(t_[a + 1]) && !also)) return false;
  ReportingConstruction c = DirectQuote(pair, i);
  c.verb = also ? "言う" : std::string(t_[a].surface);
  uint32_t after;
  c.speaker = SpeakerPhrase(s.boundary, pair.first, &after, true);
  if (c.speaker && c.speaker->type != SpeakerType::kPerson) return false;
  if (s.after_according && !c.speaker) return false;
  return Accept(std::move(c), dash ? a + 2 : a + 1, next);
}

// 司会者から「…」と訊かれると、「…」と答えた: a question verb (question_verb)
// in the passive right after 「…」と, with Xから before the quote: the
// question is X's. The person asked stays the speaker of the answer, so no
// speaker carries over from the question.
bool StatementFinder::FindQuestion(const std::pair<uint32_t, uint32_t>& pair, uint32_t i,
                                   uint32_t* next) {
  Unit& s = unit_;
  const uint32_t v = i + 1;
  if (v + 1 >= s.ue || t_[v].pos_class != PosClass::kVerb ||
      !lex_.InContextList(t_[v].lemma, ContextList::kQuestionVerb) ||
      !(t_[v + 1].lemma == "れる" || t_[v + 1].lemma == "られる")) {
    return false;
  }
  uint32_t after;
  std::optional<Mention> asker = SourceFromKara(s.boundary, pair.first, &after);
  if (!asker) return false;
  ReportingConstruction c = DirectQuote(pair, i);
  c.verb = std::string(t_[v].lemma);
  c.speaker = std::move(asker);
  c.question = true;
  if (c.qb >= c.qe) return false;
  return Accept(std::move(c), v + 2, next);
}

// A cast or press-conference list names each speaker on a line of its own,
// then gives the words on the next (one blank line may stand between):
//   ・澤穂希（サッカー）      ■玉木宏（アレックス役）      【松山ケンイチからのコメント】
//   「…」                    「…」                       「…」
// The line before the quotation alone on its line (sentence `sentence`) is a
// speaker label when it is nothing but a person's name, with bullets or
// brackets around it, a note in parentheses after it, or からのコメント.
// A line with more (GK 川島永嗣 in a line-up, Man of the Match：本田) is no label.
std::optional<uint32_t> StatementFinder::LineAboveQuote(uint32_t sentence) const {
  const std::vector<Sentence>& sents = doc_.sentences;
  if (sentence == 0 || !BareQuoteLine(sentence)) return std::nullopt;
  const Sentence& x = sents[sentence - 1];
  if (x.line + kLabelLineGap < sents[sentence].line || x.kind == BlockKind::kTitle ||
      x.kind == BlockKind::kReference || (sentence >= 2 && sents[sentence - 2].line == x.line) ||
      BareQuoteLine(sentence - 1)) {
    return std::nullopt;
  }
  return sentence - 1;
}

std::optional<Mention> StatementFinder::LabelLineBefore(uint32_t sentence) const {
  const std::optional<uint32_t> above = LineAboveQuote(sentence);
  if (!above) return std::nullopt;
  const Sentence& x = doc_.sentences[*above];
  // (サッカー), (アップアップガールズ(仮)): IPADIC may glue brackets, "))".
  auto parens = [this](uint32_t k) {
    const std::string_view w = t_[k].surface;
    if (t_[k].pos_class != PosClass::kSymbol) return 0;
    if (w.find_first_not_of(')') == std::string_view::npos) return static_cast<int>(w.size());
    if (w.find_first_not_of('(') == std::string_view::npos) return -static_cast<int>(w.size());
    return 0;
  };
  uint32_t b = x.token_begin, e = x.token_end;
  while (b < e && t_[b].pos_class == PosClass::kSymbol && parens(b) == 0) ++b;
  while (e > b && t_[e - 1].pos_class == PosClass::kSymbol && parens(e - 1) <= 0) --e;
  if (e > b && parens(e - 1) > 0) {
    int depth = 0;
    uint32_t k = e;
    while (k > b) {
      --k;
      depth += parens(k);
      if (depth <= 0) break;
    }
    if (depth != 0) return std::nullopt;
    e = k;
  }
  if (e >= b + 4 && IsParticle(t_[e - 3], "から") && Is(t_[e - 2], "の") &&
      lex_.InContextList(t_[e - 1].surface, ContextList::kReportNoun)) {
    e -= 3;  // 松山ケンイチからのコメント
  }
  if (e <= b || e - b > kLabelTokens) return std::nullopt;
  for (uint32_t k = b; k < e; ++k) {
    if (t_[k].pos_class == PosClass::kSymbol || IsParticle(t_[k], "の")) return std::nullopt;
  }
  // GK　川島永嗣 (a line-up): a position or role before the name makes no label.
  if (lex_.InContextList(t_[b].surface, ContextList::kRolePrefix) ||
      t_[b].surface.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos) {
    return std::nullopt;
  }
  std::optional<Mention> m = speakers_.MentionBefore(b, e);
  if (!m || m->type != SpeakerType::kPerson || m->ref != Mention::Ref::kName || m->begin != b) {
    return std::nullopt;
  }
  return m;
}

// 津田大介氏も\n「…」 / ネット掲示板やTwitterでは\n「…」: the line above the
// quotation alone on its line (sentence `sentence`) is left open, ending in
// は or も (a comma or a dash may follow), and leads into it: a person or
// organization right before that particle, or the online venue the line
// names, is the speaker.
std::optional<Mention> StatementFinder::OpenLineBefore(uint32_t sentence) const {
  const std::optional<uint32_t> above = LineAboveQuote(sentence);
  if (!above) return std::nullopt;
  const Sentence& x = doc_.sentences[*above];
  uint32_t e = x.token_end;
  while (e > x.token_begin && (IsComma(t_[e - 1]) || t_[e - 1].surface.starts_with("—") ||
                               t_[e - 1].surface.starts_with("―"))) {
    --e;
  }
  if (e < x.token_begin + 2 || !(IsParticle(t_[e - 1], "は") || IsParticle(t_[e - 1], "も"))) {
    return std::nullopt;
  }
  for (uint32_t k = x.token_begin; k < e; ++k) {
    if (flags_[k] & (kOpen | kCloseBracket | kInside)) return std::nullopt;
  }
  if (std::optional<Mention> venue = OnlineVenue(x.token_begin, e)) return venue;
  uint32_t p = e - 1;  // では: IPADIC makes the で an auxiliary
  if (p > x.token_begin && Is(t_[p - 1], "で")) return std::nullopt;
  std::optional<Mention> m = speakers_.MentionBefore(x.token_begin, p);
  if (!m || m->type == SpeakerType::kDescription || m->end != p) return std::nullopt;
  return m;
}

// 「…」という坂本。 / 「…」という北澤氏に / 「…」と坂本。: at the closing
// bracket (token i); と needs the person to end the sentence.
bool StatementFinder::FindQuotedBy(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  if (!(flags_[i] & kCloseBracket) || i + 2 >= s.ue) return false;
  const bool iu = Is(t_[i + 1], "という");
  if (!iu && !IsParticle(t_[i + 1], "と")) return false;
  const auto* pair = PairClosing(i);
  if (!pair || !LongEnoughForSpeech(*pair)) return false;
  uint32_t end = i + 2;
  std::optional<Mention> m = HeadOfRelativeClause(&end);
  if (!m || m->type != SpeakerType::kPerson) return false;
  if (!iu && !(end < s.ue && IsEnd(t_[end]))) return false;
  ReportingConstruction c;
  c.kind = StatementKind::kDirect;
  c.marker = i;
  c.qb = pair->first + 1;
  c.qe = pair->second;
  c.verb = iu ? "言う" : "";
  c.speaker = std::move(m);
  return Accept(std::move(c), end, next);
}

// 「…」という吉田の言葉 / 「…」との山田選手のコメント / 山田選手の「…」という
// 言葉: a quote as a noun phrase whose speaker is the の phrase of a noun of
// something said (report_noun), at the closing bracket (token i).
bool StatementFinder::FindQuoteOfSpeakerNoun(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  if (!(flags_[i] & kCloseBracket) || i + 3 >= s.ue) return false;
  const auto* pair = PairClosing(i);
  if (!pair || pair->second <= pair->first + 1) return false;
  uint32_t j = i + 1;
  if (Is(t_[j], "という")) {
    ++j;
  } else if (IsParticle(t_[j], "と") && IsParticle(t_[j + 1], "の")) {
    j += 2;
  } else {
    return false;
  }
  auto report_noun = [this](uint32_t k) {
    return k < unit_.ue && IsNominal(t_[k]) &&
           lex_.InContextList(t_[k].surface, ContextList::kReportNoun) &&
           !(k + 1 < unit_.ue && IsNominal(t_[k + 1]));
  };
  std::optional<Mention> m;
  uint32_t noun = 0;
  if (report_noun(j) && pair->first >= s.boundary + 2 && IsParticle(t_[pair->first - 1], "の")) {
    m = speakers_.MentionBefore(s.boundary, pair->first - 1);  // 山田選手の「…」という言葉
    noun = j;
  } else {
    uint32_t q = j;
    while (q < s.ue && q < j + kMannerTokens && (IsNominal(t_[q]) || IsJoiner(t_[q]))) ++q;
    if (q > j && q + 1 < s.ue && IsParticle(t_[q], "の") && report_noun(q + 1)) {
      m = speakers_.MentionBefore(j, q);  // 「…」という吉田の言葉
      if (m && m->begin != j) m.reset();
      noun = q + 1;
    }
  }
  if (!m || m->ref == Mention::Ref::kAnaphor) return false;
  ReportingConstruction c;
  c.kind = StatementKind::kDirect;
  c.marker = i;
  c.qb = pair->first + 1;
  c.qe = pair->second;
  c.verb = std::string(t_[noun].surface);
  c.speaker = std::move(m);
  return Accept(std::move(c), noun + 1, next);
}

}  // namespace kiji::internal
