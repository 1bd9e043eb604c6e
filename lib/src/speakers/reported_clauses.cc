// The reported clause and who speaks it: the speaker's は/が phrase, the
// source of …によると, and what is left out at the start of a clause
// (conjunctions, dates, venues).
#include <string>

#include "speakers/statement_finder.h"

namespace kiji::internal {
namespace {

// How much of a clause lead is looked up as a connective: 8 characters of
// kana or kanji (24 bytes of UTF-8), more than the longest (これに対して).
constexpr size_t kConnectiveLeadBytes = 24;
// A note in parentheses before …によると (（対象：女性810名）) is looked for
// within 16 tokens; a title in brackets before a source (「ドーン」紙) within 10.
constexpr uint32_t kSourceNoteParenTokens = 16;
constexpr uint32_t kBracketedTitleTokens = 10;
// A date or time before a comma at the start of a clause (5月12日(UTC-4)、)
// is at most 12 tokens; a longer lead is a phrase, not a date.
constexpr uint32_t kDateLeadTokens = 12;
// How far back the document of 論評では may be named.
constexpr uint32_t kDocumentSentences = 2;

// A token that reads as a name: a proper noun, an unknown word that is not a
// number, or katakana / Latin (IDC, スポニチ).
bool ReadsAsName(const Token& t) {
  if (IsTextUnit(t.pos_class)) return false;  // UTC, JST
  return t.pos_class == PosClass::kProperNoun ||
         (t.unknown && t.pos_class != PosClass::kNumeral && t.pos_class != PosClass::kSymbol) ||
         IsKatakanaOrLatin(t.surface);
}

}  // namespace

// The speaker's は/が/も phrase in [from, to). Before a reported clause the
// first は decides: a speaker there is the subject, any other topic belongs
// to the clause itself (このサミットは…といいます), and a が phrase counts only
// when no は follows. Before 「…」 the nearest speaker phrase wins (…と面談し、
// 当麻市長は「…」と話した).
std::optional<Mention> StatementFinder::SpeakerPhrase(uint32_t from, uint32_t to, uint32_t* after,
                                                      bool direct) const {
  std::optional<Mention> best, ga;
  uint32_t best_after = 0, ga_after = 0;
  uint32_t best_ga = 0;  // the が of `best` when a が phrase gave it (direct), else 0
  for (uint32_t q = from; q < to; ++q) {
    if ((flags_[q] & kInside) || Is(t_[q], "(")) continue;
    const bool wa = IsParticle(t_[q], "は") || IsParticle(t_[q], "も");
    if (!wa && !IsParticle(t_[q], "が")) continue;
    if (t_[q].Has(TokenTrait::kConjunctiveParticle)) continue;  // …になったが、
    std::optional<Mention> m = speakers_.MentionBefore(from, q);
    uint32_t a = q + 1;
    if (a < to && IsComma(t_[a])) ++a;
    if (!m && direct && wa && a == to) m = SplitNameTopic(from, q);  // 剛力彩芽は「…」
    if (!m && direct && a == to) m = KatakanaNameTopic(from, q);     // フナキは「…」
    // NHKでは選定理由について「…」としている: an organization with では speaks
    // for itself, when no predicate stands between it and the quote (旧武生市
    // では、…を残すため、…を「…」とした is a naming; 石川県では…応援し、あるファン
    // が「…」 someone else's words).
    if (!m && direct && IsParticle(t_[q], "は") && q > from + 1 && IsParticle(t_[q - 1], "で") &&
        !PredicateIn(q, to)) {
      m = speakers_.MentionBefore(from, q - 1);
      if (m && m->type != SpeakerType::kOrganization) m.reset();
    }
    // …は論評を発表した。論評では「…」 / 声明では、…としている
    if (!m && IsParticle(t_[q], "は") && q > from + 1 && IsParticle(t_[q - 1], "で")) {
      m = DocumentIssuer(from, q - 1);
    }
    if (wa) {
      if (m) {
        best = std::move(m);
        best_after = a;
        best_ga = 0;
        if (!direct) break;
      } else if (!direct) {
        break;
      } else if (best_ga != 0 && GaInsideTopic(best_ga, q)) {
        // プラティニ会長が本命と目されていることについては「…」: the が
        // phrase is inside the topic, not the quote's speaker.
        best.reset();
        best_ga = 0;
      }
      continue;
    }
    // A が phrase before a verb is that verb's subject (読売新聞が報じたような);
    // a person or description marked by が before a reported clause is usually
    // inside it (清春が…と報じている); before 「…」 a person is the speaker.
    // 佐藤が慌てて「…」 / 山田が笑いながら「…」: a verb in its て or ながら
    // form runs straight into the quote; the が phrase is its speaker's.
    if (m && direct && q + 1 < to && t_[q + 1].pos_class == PosClass::kVerb) {
      if (const uint32_t e = AdverbialVerbEnd(q + 1, to); e == to) a = e;
    }
    if (!m || (q + 1 < to && t_[q + 1].pos_class == PosClass::kVerb && a != to)) continue;
    // An unnamed source right before the quote speaks it too: 関係者が「…」と話した.
    const bool described = direct && m->type == SpeakerType::kDescription && a == to;
    if (m->type != SpeakerType::kOrganization && !(direct && m->type == SpeakerType::kPerson) &&
        !described) {
      continue;
    }
    if (direct) {
      best = std::move(m);
      best_after = a;
      best_ga = q;
    } else if (!ga) {
      ga = std::move(m);
      ga_after = a;
    }
  }
  if (!best && ga) {
    best = std::move(ga);
    best_after = ga_after;
  }
  if (best) *after = best_after;
  return best;
}

// 共同通信によると、水泳の山田花子選手が…と発表した: in a によると sentence
// the outlet is named already, and a person opening the clause with が is
// the subject of the reporting verb, when no subject stands between と and
// that verb (…死去したと、親族が発表した) and the verb is not one of the
// clause (…ことを発表した reports no words), nor …としている, the outlet's
// own summary (…、カダフィ氏が拘束され…としている). The person's name must
// be tagged as one: 男子ゴルフ選手が is not a person named.
std::optional<Mention> StatementFinder::PersonOpeningClause(const ReportingConstruction& c,
                                                            uint32_t from, uint32_t qe,
                                                            uint32_t* after) const {
  if (!IsParticle(t_[c.marker], "と") || c.verb == "する") return std::nullopt;
  for (uint32_t k = c.marker + 1; k < c.chain_end && k < unit_.ue; ++k) {
    if (IsParticle(t_[k], "が") || IsParticle(t_[k], "は")) return std::nullopt;
  }
  uint32_t q = from;
  while (q < qe && ((flags_[q] & kInside) || !IsParticle(t_[q], "が"))) ++q;
  if (q >= qe) return std::nullopt;
  std::optional<Mention> m = speakers_.MentionBefore(from, q);
  if (!m || m->type != SpeakerType::kPerson || m->ref != Mention::Ref::kName) return std::nullopt;
  bool tagged = false;
  for (uint32_t k = m->begin; k < q; ++k) tagged = tagged || IsPersonName(t_[k]);
  for (uint32_t k = from; k < m->begin && tagged; ++k) {
    tagged = IsNominal(t_[k]) || IsParticle(t_[k], "の") || IsComma(t_[k]);
  }
  if (!tagged) return std::nullopt;
  *after = q + 1 < qe && IsComma(t_[q + 1]) ? q + 2 : q + 1;
  return m;
}

// The token after a verb at `v` in its て or ながら form (慌てて, 笑いながら,
// with a comma after it), or 0 when it is in another form: 報じたように「
// is a report of its own.
uint32_t StatementFinder::AdverbialVerbEnd(uint32_t v, uint32_t to) const {
  uint32_t k = v + 1;
  while (k < to && (t_[k].pos_class == PosClass::kAuxiliary ||
                    (t_[k].pos_class == PosClass::kVerb && t_[k].Has(TokenTrait::kDependent)))) {
    ++k;
  }
  if (k >= to || !(IsParticle(t_[k], "て") || IsParticle(t_[k], "で") || Is(t_[k], "ながら"))) {
    return 0;
  }
  ++k;
  if (k < to && IsComma(t_[k])) ++k;
  return k;
}

// The issuer of the document that tokens [from, end) name (論評, 同声明,
// この記事): the subject of one of the two sentences before that names the
// same document (朝鮮中央通信は…論評を発表した。 / 山田花子が…と題した記事
// を投稿し), an organization or a named person.
std::optional<Mention> StatementFinder::DocumentIssuer(uint32_t from, uint32_t end) const {
  if (end <= from || end - from > 2) return std::nullopt;
  const std::string_view noun = t_[end - 1].surface;
  if (!lex_.InContextList(noun, ContextList::kDocumentNoun)) return std::nullopt;
  if (end - from == 2 && !Is(t_[from], "同") && !Is(t_[from], "この") && !Is(t_[from], "その")) {
    return std::nullopt;
  }
  const uint32_t sentence = t_[from].sentence;
  for (uint32_t back = 1; back <= kDocumentSentences && back <= sentence; ++back) {
    const Sentence& before = doc_.sentences[sentence - back];
    for (uint32_t p = before.token_begin; p < before.token_end; ++p) {
      if ((flags_[p] & kInside) || t_[p].surface != noun) continue;
      uint32_t after;
      std::optional<Mention> m = SpeakerPhrase(before.token_begin, p, &after, true);
      if (m && (m->type == SpeakerType::kOrganization ||
                (m->type == SpeakerType::kPerson && m->ref == Mention::Ref::kName))) {
        return m;
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// A predicate among tokens (from, to), outside brackets.
bool StatementFinder::PredicateIn(uint32_t from, uint32_t to) const {
  for (uint32_t k = from + 1; k < to; ++k) {
    if (!(flags_[k] & kInside) && IsPredicate(t_[k])) return true;
  }
  return false;
}

// The が at token `ga` is inside the topic phrase that the は at `wa` ends
// (日本政府が…を示したことについては): a predicate between them and no comma.
bool StatementFinder::GaInsideTopic(uint32_t ga, uint32_t wa) const {
  for (uint32_t k = ga + 1; k < wa; ++k) {
    if (!(flags_[k] & kInside) && IsComma(t_[k])) return false;
  }
  return PredicateIn(ga, wa);
}

// The source of …によると ending before token `end`: the nearest speaker in
// a chain of の phrases (聯合ニュースの別の記事 -> 聯合ニュース), else the noun
// phrase itself as a description (外務省大臣会見記録).
std::optional<Mention> StatementFinder::AccordingToSource(uint32_t from, uint32_t end) const {
  end = EndBeforeNote(from, end);
  // それによると / これによると: the topic of the sentence before (鳩山幹事長は
  // …コメントを出した。それによると、…).
  if (end == from + 1 && (Is(t_[from], "それ") || Is(t_[from], "これ"))) {
    const uint32_t sentence = t_[from].sentence;
    if (sentence == 0 || from != doc_.sentences[sentence].token_begin) return std::nullopt;
    const Sentence& before = doc_.sentences[sentence - 1];
    uint32_t after;
    std::optional<Mention> topic = SpeakerPhrase(before.token_begin, before.token_end, &after);
    if (!topic || topic->type == SpeakerType::kDescription) return std::nullopt;
    TakeBracketedName(before.token_begin, topic->end, &*topic);  // 「スクープ」紙は
    return topic;  // the mention is the topic's, in the sentence before
  }
  if (end > from + 1 && Is(t_[end - 1], "など")) --end;  // 警察などによると
  if (SourceIsClause(from, end)) return SubjectOfClause(from, end);
  if (std::optional<Mention> m = speakers_.MentionBefore(from, end)) {
    TakeBracketedName(from, end, &*m);
    return m;
  }
  // 「デイリー・メール」によると: the name in brackets is the source.
  if (IsClose(t_[end - 1])) {
    if (std::optional<Mention> m = NamedSourceBefore(from, end)) return m;
  }
  if (std::optional<Mention> m = SourceBeforeNo(from, end)) return m;
  return SourceNounPhrase(from, end);
}

// A note in parentheses before に is not the source: 意識調査（対象：女性810名）によれば.
uint32_t StatementFinder::EndBeforeNote(uint32_t from, uint32_t end) const {
  if (end <= from + 1 || !t_[end - 1].surface.ends_with(")")) return end;
  uint32_t o = end - 1;
  while (o > from && o + kSourceNoteParenTokens > end && !t_[o].surface.starts_with("(")) --o;
  return t_[o].surface.starts_with("(") && o > from ? o : end;
}

// 産経新聞が…と伝えたところによると, 統計局が発表したデータによると: the
// source is a clause (it ends in a dependent noun, or in た before nouns).
bool StatementFinder::SourceIsClause(uint32_t from, uint32_t end) const {
  uint32_t head = end;
  while (head > from && IsNominal(t_[head - 1])) --head;
  return end > from &&
         (t_[end - 1].Has(TokenTrait::kDependent) ||
          (head > from && head < end && t_[head - 1].pos_class == PosClass::kAuxiliary &&
           Is(t_[head - 1], "た")));
}

// The subject of such a clause is the source: its first が or は phrase.
std::optional<Mention> StatementFinder::SubjectOfClause(uint32_t from, uint32_t end) const {
  for (uint32_t q = from; q + 1 < end; ++q) {
    if (IsParticle(t_[q], "が") || IsParticle(t_[q], "は")) return speakers_.MentionBefore(from, q);
  }
  return std::nullopt;
}

// 英字紙「ドーン」紙によれば: the name in brackets belongs to the source.
void StatementFinder::TakeBracketedName(uint32_t from, uint32_t end, Mention* m) const {
  if (m->ref != Mention::Ref::kPlain || m->begin <= from + 1 || !IsClose(t_[m->begin - 1])) return;
  uint32_t o = m->begin - 1;
  while (o > from && o + kBracketedTitleTokens > m->begin && !IsOpen(t_[o])) --o;
  if (!IsOpen(t_[o])) return;
  while (o > from && IsNominal(t_[o - 1])) --o;
  m->begin = o;
  m->name = std::string(doc_.Original(t_[o].byte_begin, t_[end - 1].byte_end));
}

// The speaker or the name before an の of the source phrase: 聯合ニュースの
// 別の記事, 調査会社IDCの報告.
std::optional<Mention> StatementFinder::SourceBeforeNo(uint32_t from, uint32_t end) const {
  uint32_t c = end;
  while (c > from && (IsNominal(t_[c - 1]) || IsParticle(t_[c - 1], "の"))) {
    --c;
    if (!IsParticle(t_[c], "の") || c == from) continue;
    if (std::optional<Mention> m = NamedSourceBefore(from, c)) return m;
    uint32_t b = c;
    bool named = false;
    while (b > from && IsNominal(t_[b - 1])) {
      --b;
      named = named || ReadsAsName(t_[b]);
    }
    if (named && b < c) return PlainMention(SpeakerType::kOrganization, b, c);
  }
  return std::nullopt;
}

// The source ending before token `end` of a frame X の NOUN: a speaker
// mention, the name in 「X」, or the X of Xから (Xからの発表 -> X).
std::optional<Mention> StatementFinder::NamedSourceBefore(uint32_t from, uint32_t end) const {
  if (end > from + 1 && IsParticle(t_[end - 1], "から")) --end;
  if (end > from + 2 && IsClose(t_[end - 1])) {
    uint32_t o = end - 1;
    while (o > from && o + kBracketedTitleTokens > end && !IsOpen(t_[o])) --o;
    if (IsOpen(t_[o]) && o + 1 < end - 1) {
      return PlainMention(SpeakerType::kOrganization, o + 1, end - 1);  // 「X」の調査
    }
  }
  return speakers_.MentionBefore(from, end);
}

// Xの報道では / 警察の調べでは / Xによる推定では: the source ending before
// token `end`, which must name someone (今回の調査では names no one).
std::optional<Mention> StatementFinder::FrameSource(uint32_t from, uint32_t end) const {
  end = EndBeforeNote(from, end);
  if (end > from + 1 && Is(t_[end - 1], "など")) --end;
  if (end <= from) return std::nullopt;
  if (std::optional<Mention> m = NamedSourceBefore(from, end)) {
    TakeBracketedName(from, end, &*m);
    return m;
  }
  uint32_t b = end;
  bool named = false;
  while (b > from && IsNominal(t_[b - 1])) {
    --b;
    named = named || ReadsAsName(t_[b]);
  }
  if (!named || b == end) return std::nullopt;
  return PlainMention(SpeakerType::kOrganization, b, end);
}

// The noun phrase before に itself, with a title in brackets before it
// (「アウトルック」誌によると). A name (スポニチ, CNN, 日刊スポーツ) is a
// publisher; a common noun (調査, 記事) describes the source.
std::optional<Mention> StatementFinder::SourceNounPhrase(uint32_t from, uint32_t end) const {
  uint32_t b = end;
  while (b > from && IsNominal(t_[b - 1])) --b;
  if (b == end) return std::nullopt;
  if (b > from + 1 && IsClose(t_[b - 1])) {
    uint32_t o = b - 1;
    while (o > from && o + kBracketedTitleTokens > b && !IsOpen(t_[o])) --o;
    if (IsOpen(t_[o])) {
      b = o;
      while (b > from && IsNominal(t_[b - 1])) --b;
    }
  }
  bool named = false;
  for (uint32_t k = b; k < end; ++k) named = named || ReadsAsName(t_[k]);
  return PlainMention(named ? SpeakerType::kOrganization : SpeakerType::kDescription, b, end);
}

// 住民から、…と通報があった: the speaker of a report noun is the phrase before
// から in [from, to); *after is where the clause after it starts.
std::optional<Mention> StatementFinder::SourceFromKara(uint32_t from, uint32_t to,
                                                       uint32_t* after) const {
  for (uint32_t q = from; q < to; ++q) {
    if ((flags_[q] & kInside) || !IsParticle(t_[q], "から")) continue;
    std::optional<Mention> m = speakers_.MentionBefore(from, q);
    if (!m) continue;
    uint32_t a = q + 1;
    if (a < to && (IsParticle(t_[a], "は") || IsParticle(t_[a], "も"))) ++a;
    if (a < to && IsComma(t_[a])) ++a;
    *after = a;
    return m;
  }
  return std::nullopt;
}

Mention StatementFinder::PlainMention(SpeakerType type, uint32_t b, uint32_t e) const {
  Mention m;
  m.ref = Mention::Ref::kPlain;
  m.type = type;
  m.begin = b;
  m.end = e;
  m.name = std::string(doc_.Original(t_[b].byte_begin, t_[e - 1].byte_end));
  return m;
}

// Skips a leading conjunction (また、) and a venue phrase (会見で、 / 記者団に対し、).
uint32_t StatementFinder::SkipClauseLead(uint32_t from, uint32_t to) const {
  while (from < to && (t_[from].pos_class == PosClass::kConjunction || IsComma(t_[from]))) {
    ++from;
  }
  uint32_t comma = from;
  while (comma < to && !IsComma(t_[comma]) && !IsOpen(t_[comma])) ++comma;
  if (comma >= to || comma == from || !IsComma(t_[comma])) return from;
  // A connective before the comma: さらに、 / 一方で、 / その上で、 / これに対し、
  std::string lead;
  for (uint32_t k = from; k < comma && lead.size() < kConnectiveLeadBytes; ++k) {
    lead += t_[k].surface;
  }
  if (lex_.InContextList(lead, ContextList::kConnective)) {
    return SkipClauseLead(comma + 1, to);
  }
  // A date or time: 11日、 / 5月12日(UTC-4)、 / 23日午後、
  bool date = comma - from <= kDateLeadTokens, number = false, unit = false;
  for (uint32_t k = from; k < comma && date; ++k) {
    const Token& x = t_[k];
    date = IsNominal(x) || x.pos_class == PosClass::kSymbol || Is(x, "(") || Is(x, ")");
    if (IsDateOrTime(x.pos_class)) {
      date = number = unit = true;
      continue;
    }
    number = number || x.pos_class == PosClass::kNumeral;
    unit = unit || Is(x, "日") || Is(x, "月") || Is(x, "年") || Is(x, "時") || Is(x, "午後") ||
           Is(x, "午前") || Is(x, "頃");
  }
  if (date && number && unit) return SkipClauseLead(comma + 1, to);
  const Token& end = t_[comma - 1];
  // …インタビューに応じ、 / 記者の質問に答え、
  const bool answered = end.lemma == "応じる" || end.lemma == "答える";
  bool venue_end = Is(end, "に対し") || Is(end, "に対して") || Is(end, "で") || Is(end, "では") ||
                   IsParticle(end, "に") || answered;
  if (!venue_end) return from;
  // 記者団に対し、 is a venue; 局長が支援表明に対し、 is part of the clause.
  bool subject = false;
  for (uint32_t k = from; k < comma; ++k) {
    subject = subject || IsParticle(t_[k], "が") || IsParticle(t_[k], "は");
  }
  if (subject) return from;
  bool venue = Is(end, "に対し") || Is(end, "に対して");
  // 会談で、 / 18日の定例記者会見で、: an occasion, made only of nouns
  // (記者団に、 needs a venue word, checked below).
  if (Is(end, "で") && !answered) {
    venue = true;
    for (uint32_t k = from; k + 1 < comma && venue; ++k) {
      venue = IsNominal(t_[k]) || IsParticle(t_[k], "の");
    }
  }
  for (uint32_t k = from; k < comma && !venue; ++k) {
    const SpeakerWordClass* cls = lex_.FindSpeakerWord(t_[k].surface);
    if (!cls && k + 1 < comma) {  // 記者 + 団
      cls = lex_.FindSpeakerWord(std::string(t_[k].surface) + std::string(t_[k + 1].surface));
    }
    venue = cls && *cls == SpeakerWordClass::kVenue;
  }
  return venue ? comma + 1 : from;
}

bool StatementFinder::ReportedClause(ReportingConstruction* c, uint32_t qe) {
  Unit& s = unit_;
  uint32_t from = s.boundary;
  // …という。 reports what the article heard; its topic is not the speaker.
  if (!c->speaker && c->verb != "言う") {
    uint32_t after = from;
    if (std::optional<Mention> m = SpeakerPhrase(s.boundary, qe, &after)) {
      c->speaker = std::move(m);
      from = after;
    } else if (s.after_according && (m = PersonOpeningClause(*c, s.boundary, qe, &after))) {
      c->speaker = std::move(m);
      from = after;
    }
  }
  if (s.after_according && !c->speaker) return false;
  // …という。 with no source of its own is hearsay: it continues a report
  // (an earlier によると, a statement before it), it is not one.
  if (c->verb == "言う" && !c->speaker) return false;
  c->qb = SkipClauseLead(from, qe);
  c->qe = qe;
  return c->qb < qe;
}

}  // namespace kiji::internal
