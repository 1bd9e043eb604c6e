// Scanning one unit (a sentence, or sentences joined by an open quotation)
// for the markers of a statement, left to right.
#include <iterator>
#include <string>

#include "kiji/utf8.h"
#include "speakers/statement_finder.h"

namespace kiji::internal {
namespace {

// A quotation of at least this many characters is speech even without a
// verb: longer than a nickname with a copula (「ごっちゃん」).
constexpr uint32_t kSpeechMinChars = 8;
// The parenthesized note after a quotation that may name its speaker
// ((田中氏), (近所の主婦)) is looked for within 12 tokens; an unnamed source
// there is a short phrase of at most 8 tokens.
constexpr uint32_t kSpeakerNoteTokens = 12;
constexpr uint32_t kSourceNoteTokens = 8;
// Tokens before a statement noun searched for a list lead (次のような,
// 以下の): the longest, 以下のような, is four IPADIC tokens.
constexpr uint32_t kListLeadTokens = 4;
// At most 4 coordinated sources before one によると (A・B・C・Dによると).
constexpr uint32_t kCoordinatedSources = 3;
// A short form of a name (テセ of チョン・テセ, 吉田 of 吉田麻也) is at most 2 tokens.
constexpr uint32_t kShortNameTokens = 2;
// そう語るのは / そう話してくれたのは: tokens between the verb and のは.
constexpr uint32_t kCleftTokens = 3;

}  // namespace

void StatementFinder::FindInUnit(uint32_t fs, uint32_t ls, uint32_t content_first,
                                 uint32_t content_last) {
  const std::vector<Sentence>& sents = doc_.sentences;
  // Reset field by field: the vectors keep their storage from unit to unit.
  Unit& s = unit_;
  s.pairs.clear();
  s.waiting.clear();
  s.found.clear();
  s.hearsay = 0;
  s.after_according = false;
  s.fs = fs, s.ls = ls;
  s.content_first = content_first;
  s.ub = sents[fs].token_begin, s.ue = sents[ls].token_end;
  s.boundary = s.ub;
  // Brackets: interiors are marked; top-level 「」 pairs are direct-quote candidates.
  std::vector<uint32_t>& stack = open_brackets_;
  stack.clear();
  for (uint32_t i = s.ub; i < s.ue; ++i) {
    if (!stack.empty()) flags_[i] |= kInside;
    if (flags_[i] & kOpen) {
      stack.push_back(i);
    } else if ((flags_[i] & kCloseBracket) && !stack.empty()) {
      if (stack.size() == 1) flags_[i] &= ~kInside;
      if (stack.size() == 1 && Is(t_[stack[0]], "「")) s.pairs.emplace_back(stack[0], i);
      stack.pop_back();
    }
  }
  for (uint32_t i = s.ub; i < s.ue; ++i) {
    if ((flags_[i] & (kInside | kMarker)) != kMarker) continue;
    uint32_t next = i;
    if (FindAccordingTo(i, &next) || FindAccordingFrame(i, &next) || FindQuotativeTo(i, &next) || FindAnnouncement(i, &next) ||
        FindQuotativeYou(i, &next) || FindStatementNoun(i, &next) || FindQuotedBy(i, &next) ||
        FindQuoteOfSpeakerNoun(i, &next) ||
        FindBracketQuote(i, &next)) {
      i = next;
    }
  }
  // Only worth looking for when a quotation on its own line comes next or
  // came just before.
  const bool quote_next = ls + 1 < sents.size() &&
                          sents[ls + 1].token_begin < sents[ls + 1].token_end &&
                          (flags_[sents[ls + 1].token_begin] & kOpen);
  // 三浦氏は大喜び。…を振り返って「…」とコメント。: a quote with a reporting
  // verb and no subject in the next sentence is the topic's too.
  const bool quote_in_next = ls + 1 < sents.size() && HasOpenBracket(sents[ls + 1]);
  if (s.found.empty() && (quote_next || orphan_ || quote_in_next)) {
    // 派遣社員の睦美さんは疑問を投げかける。「…」: a person who is the topic
    // of a sentence without a statement is the one the next quote belongs to.
    std::optional<Mention> m = PersonTopic(s.ub, s.ue);
    const bool topic_only = !(quote_next || orphan_);
    // A topic alone must be named: 彼女は in a plot summary is a character.
    if (m && m->type == SpeakerType::kPerson && (!topic_only || m->ref == Mention::Ref::kName)) {
      ReportingConstruction c;
      c.marker = m->begin;
      c.speaker = std::move(m);
      c.announce = true;
      c.topic_only = topic_only;
      s.found.push_back(std::move(c));
    }
  }
  for (const ReportingConstruction& c : s.found) Attribute(c, content_first, content_last);
}

// What a sentence without a statement is about, for the quote after it:
// its topic (the first は), after a lead that is a place of its own (16日の
// 放送では、); else a named person who is its only subject (山田花子が後輩を
// 紹介した。) or all of it (かつて同僚だった田中一郎。).
std::optional<Mention> StatementFinder::PersonTopic(uint32_t ub, uint32_t ue) const {
  uint32_t from = ub;
  for (uint32_t q = ub; q + 2 < ue && !IsPredicate(t_[q]); ++q) {
    if (IsParticle(t_[q], "で") && IsParticle(t_[q + 1], "は")) {
      from = IsComma(t_[q + 2]) ? q + 3 : q + 2;
      break;
    }
  }
  uint32_t after;
  if (std::optional<Mention> m = SpeakerPhrase(from, ue, &after)) return m;
  uint32_t subject = 0, subjects = 0;
  for (uint32_t q = from; q < ue; ++q) {
    if (flags_[q] & kInside) continue;
    if ((IsParticle(t_[q], "が") || IsParticle(t_[q], "は")) &&
        !t_[q].Has(TokenTrait::kConjunctiveParticle)) {
      subject = q;
      ++subjects;
    }
  }
  std::optional<Mention> m;
  if (subjects == 1 && IsParticle(t_[subject], "が")) {
    m = speakers_.MentionBefore(from, subject);
  } else if (subjects == 0 && ue > from + 1 && IsEnd(t_[ue - 1])) {
    m = speakers_.MentionBefore(from, ue - 1);
    if (m && m->end != ue - 1) m.reset();
  }
  if (!m || m->type != SpeakerType::kPerson || m->ref != Mention::Ref::kName) return std::nullopt;
  return m;
}

bool StatementFinder::HasOpenBracket(const Sentence& x) const {
  for (uint32_t k = x.token_begin; k < x.token_end; ++k) {
    if (flags_[k] & kOpen) return true;
  }
  return false;
}

const std::pair<uint32_t, uint32_t>* StatementFinder::PairClosing(uint32_t close) const {
  for (const auto& p : unit_.pairs) {
    if (p.second == close) return &p;
  }
  return nullptr;
}

void StatementFinder::Advance(uint32_t end) {
  Unit& s = unit_;
  s.boundary = end;
  if (end < s.ue && IsComma(t_[end])) {
    s.boundary = end + 1;
  } else if (end + 1 < s.ue && IsComma(t_[end + 1])) {
    s.boundary = end + 2;
  } else if (end + 2 < s.ue && IsParticle(t_[end + 1], "も") && IsComma(t_[end + 2])) {
    s.boundary = end + 3;  // …としつつも、
  }
}

void StatementFinder::Push(ReportingConstruction c) {
  // A speaker named inside a によると sentence may be carried on.
  if (c.speaker) unit_.after_according = false;
  unit_.found.push_back(std::move(c));
}

bool StatementFinder::Accept(ReportingConstruction c, uint32_t end, uint32_t* next) {
  Push(std::move(c));
  unit_.waiting.clear();
  Advance(end);
  *next = end - 1;
  return true;
}

// X氏によると、… / Xによれば、… / X曰く、…: the rest of the sentence.
bool StatementFinder::FindAccordingTo(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  const uint32_t ue = s.ue;
  const bool iwaku = IsIwaku(t_[i]) && i > s.boundary && i + 1 < ue;
  if (!iwaku && (!IsParticle(t_[i], "に") || i + 2 >= ue || t_[i + 1].lemma != "よる" ||
                 t_[i + 1].pos_class != PosClass::kVerb)) {
    return false;
  }
  uint32_t e = 0;
  if (iwaku) {
    e = i + 1;
  } else if (Is(t_[i + 1], "よる") && Is(t_[i + 2], "と")) {
    e = i + 3;
  } else if (Is(t_[i + 1], "より") && Is(t_[i + 2], "ます") && i + 3 < ue && Is(t_[i + 3], "と")) {
    e = i + 4;
  } else if (Is(t_[i + 1], "よれ") && Is(t_[i + 2], "ば")) {
    e = i + 3;
  }
  // …によると思う ("depends on") is not a source.
  if (!e || (e < ue && t_[e].pos_class == PosClass::kVerb)) return true;
  std::optional<Mention> m = AccordingToSource(s.boundary, i);
  if (!m) return true;
  ReportingConstruction c;
  c.kind = StatementKind::kAccordingTo;
  c.marker = i;
  c.verb = iwaku ? "曰く" : Is(t_[i + 1], "よれ") ? "によれば" : "によると";
  c.speaker = std::move(m);
  c.qb = e < ue && IsComma(t_[e]) ? e + 1 : e;
  c.qe = ue;
  while (c.qe > c.qb && IsEnd(t_[c.qe - 1])) --c.qe;
  if (c.qb >= c.qe) return true;
  s.boundary = c.qb;
  // What follows is the source's, unless it names its own speaker; a person
  // cited so speaks the quotes without a subject of their own (鳩山幹事長は…。
  // それによると、「…」と驚き).
  const bool person = c.speaker->type == SpeakerType::kPerson;
  PushPerSource(std::move(c));
  s.after_according = !person;
  *next = e - 1;
  return true;
}

// 朝日新聞と読売新聞によると / 共同・時事によると / A、Bによれば: one record per
// coordinated source, first source first.
void StatementFinder::PushPerSource(ReportingConstruction c) {
  Unit& s = unit_;
  // 共同通信・時事通信 parsed as one organization: two when each side is one.
  const Mention& whole = *c.speaker;
  std::vector<Mention> sources{whole};
  for (uint32_t k = whole.begin + 1; whole.type == SpeakerType::kOrganization && k + 1 < whole.end;
       ++k) {
    if (!Is(t_[k], "・")) continue;
    std::optional<Mention> left = speakers_.MentionBefore(whole.begin, k);
    std::optional<Mention> right = speakers_.MentionBefore(k + 1, whole.end);
    if (left && right && left->type == whole.type && right->type == whole.type &&
        left->begin == whole.begin && right->begin == k + 1) {
      sources = {std::move(*right), std::move(*left)};  // right to left, as below
    }
    break;
  }
  for (uint32_t k = 0; k < kCoordinatedSources; ++k) {
    const uint32_t j = sources.back().begin;
    if (j < s.ub + 2 || (flags_[j - 1] & kInside)) break;
    // 「…」と山田と佐藤は語った: the quotative と after the quote joins nothing.
    if (c.marker < j && j - 1 <= c.marker) break;
    const Token& joiner = t_[j - 1];
    if (!(Is(joiner, "・") || Is(joiner, "、") || IsParticle(joiner, "と") ||
          IsParticle(joiner, "や") || Is(joiner, "及び") || Is(joiner, "並びに") ||
          Is(joiner, "/"))) {
      break;
    }
    std::optional<Mention> m = speakers_.MentionBefore(s.ub, j - 1);
    // 部長・野中さん: a title and a name are one person, not two sources.
    if (!m || m->type != sources.back().type || m->ref != sources.back().ref || m->end != j - 1) {
      break;
    }
    sources.push_back(std::move(*m));
  }
  // One record per source; the records copy `c` without its speaker, and
  // the last takes `c` itself.
  c.speaker.reset();
  for (auto it = sources.rbegin(); it != sources.rend(); ++it) {
    ReportingConstruction one = std::next(it) == sources.rend() ? std::move(c) : c;
    one.speaker = std::move(*it);
    s.found.push_back(std::move(one));
  }
}

// Xの報道では、… / 警察の調べでは、… / Xによる推定では、…: according_to with
// the frame as its verb; the rest of the sentence.
bool StatementFinder::FindAccordingFrame(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  const uint32_t ue = s.ue;
  if (i + 2 >= ue || i < s.boundary + 2 || !Is(t_[i + 1], "で") || !IsParticle(t_[i + 2], "は") ||
      !lex_.InContextList(t_[i].surface, ContextList::kAccordingNoun)) {
    return false;
  }
  uint32_t src_end;
  std::string frame;
  if (IsParticle(t_[i - 1], "の")) {
    src_end = i - 1;
    frame = "の";
  } else if (t_[i - 1].lemma == "よる" && i >= s.boundary + 3 && IsParticle(t_[i - 2], "に")) {
    src_end = i - 2;
    frame = "による";
  } else if (Is(t_[i - 1], "による") && t_[i - 1].pos_class == PosClass::kParticle) {
    src_end = i - 1;  // IPADIC: による is one particle
    frame = "による";
  } else {
    return false;
  }
  std::optional<Mention> m = FrameSource(s.boundary, src_end);
  if (!m) return false;
  ReportingConstruction c;
  c.kind = StatementKind::kAccordingTo;
  c.marker = i;
  c.verb = frame + std::string(t_[i].surface) + "では";
  c.speaker = std::move(m);
  const uint32_t e = i + 3;
  c.qb = e < ue && IsComma(t_[e]) ? e + 1 : e;
  c.qe = ue;
  while (c.qe > c.qb && IsEnd(t_[c.qe - 1])) --c.qe;
  if (c.qb >= c.qe) return false;
  s.boundary = c.qb;
  PushPerSource(std::move(c));
  s.after_according = true;
  *next = i + 2;
  return true;
}

// 住民から「…」と通報があった: the speaker is the Xから phrase before the
// quote (or the と at token i); false when there is none.
bool StatementFinder::TakeKaraSource(const std::pair<uint32_t, uint32_t>* pair, uint32_t i,
                                     ReportingConstruction* c) {
  Unit& s = unit_;
  uint32_t after = s.boundary;
  c->speaker = SourceFromKara(s.boundary, pair ? pair->first : i, &after);
  if (!c->speaker) return false;
  if (!pair) s.boundary = after;  // the reported clause starts after 住民から、
  return true;
}

// …と V, 「…」と V, …との見方を V
bool StatementFinder::FindQuotativeTo(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  const Token& k = t_[i];
  if (!IsParticle(k, "と") || i == s.hearsay || i <= s.ub) return false;
  const auto* pair = PairClosing(i - 1);
  // 「…」「…」などと: など between the quotes and と.
  if (!pair && i >= s.ub + 2 && Is(t_[i - 1], "など")) pair = PairClosing(i - 2);
  // 増税は避けられない、と首相は述べた: a comma between the clause and と.
  const bool comma = !pair && i >= s.ub + 2 && IsComma(t_[i - 1]) && IsPredicate(t_[i - 2]);
  const Token& prev = t_[comma ? i - 2 : i - 1];
  const bool numeric = prev.pos_class == PosClass::kNumeral || IsDateOrTime(prev.pos_class) ||
                       (prev.pos_class == PosClass::kSuffix && i >= s.ub + 2 &&
                        t_[i - 2].pos_class == PosClass::kNumeral);
  if (!pair && !IsPredicate(prev) && prev.pos_class != PosClass::kAdjectivalNoun && !numeric) {
    return true;
  }
  std::optional<ReportingConstruction> c = ReportingPredicateAfterTo(i, s.ue, pair != nullptr);
  uint32_t end = 0;
  if (!c) {
    // 「…」と称える声が相次いだ / 「…」と気を引き締めた / Xから「…」と訊かれ
    if (pair && !FindQuestion(*pair, i, next) && !FindQuotedReaction(*pair, next) &&
        !FindVenueQuotes(*pair, i, next)) {
      FindInterviewQuote(*pair, i, next);
    }
    return true;
  }
  if (c->source_kara && !c->speaker && !TakeKaraSource(pair, i, &*c)) return true;
  if (!PredicateEndsStatement(c->chain_end, s.ue, &end, &s.hearsay)) {
    if (pair && ReportFollows(end)) return PushNestedQuote(std::move(*c), *pair, end, next);
    // 「…」という声が上がった: a quote as a noun phrase.
    if (pair && c->verb == "言う" && FindQuotedReaction(*pair, next)) return true;
    // …と話す住民もいた / 「…」と語る田中さんは: the verb describes its speaker.
    if (c->speaker || end == 0 || end >= s.ue) return true;
    c->speaker = HeadOfRelativeClause(&end);
    // 「…」「…」と、日本を称賛する声が目立った: the verb describes the reactions.
    if (!c->speaker && pair) FindQuotedReaction(*pair, next);
    if (!c->speaker) return true;
  }
  // …しようとする is an attempt, not a statement.
  if (c->verb == "する" && prev.pos_class == PosClass::kAuxiliary &&
      (Is(prev, "う") || Is(prev, "よう"))) {
    return true;
  }
  bool ok;
  if (pair) {
    c->kind = StatementKind::kDirect;
    if (!c->speaker) {
      uint32_t after;
      c->speaker = SpeakerPhrase(s.boundary, pair->first, &after, true);
    }
    c->qb = pair->first + 1;
    c->qe = pair->second;
    // 山田選手が引退を表明した。産経新聞によると、「…」と話している: the
    // person the sentence before is about speaks a quote the outlet reports.
    // Only for an outlet's report: 関係者によると、「…」 are the source's words.
    c->announced_person = s.after_according && !c->speaker && announced_ &&
                          announced_->speaker_type == SpeakerType::kPerson &&
                          s.content_first <= announced_content_ + 1 && OutletReports();
    ok = c->qb < c->qe && !(s.after_according && !c->speaker && !c->announced_person);
  } else {
    ok = ReportedClause(&*c, comma ? i - 1 : i);
  }
  // A construction without a source still ends its clause.
  if (ok) {
    if (pair) PushWaitingQuotes(*c);
    // 「…」と山田と佐藤は振り返る: one record per person named after the quote;
    // 朝日新聞と読売新聞は…と報じた: per person or organization named before it.
    const bool after = c->speaker && c->speaker->begin > i;
    const SpeakerType type = c->speaker ? c->speaker->type : SpeakerType::kDescription;
    if (c->speaker && ((after && pair && type == SpeakerType::kPerson) ||
                       (!after && type != SpeakerType::kDescription))) {
      if (c->speaker) unit_.after_according = false;
      PushPerSource(std::move(*c));
    } else {
      Push(std::move(*c));
    }
  }
  s.waiting.clear();
  Advance(end);
  *next = end - 1;
  return true;
}

// 「…」「…」と話した: the quotes just before the one of direct statement `c`
// share its attribution.
void StatementFinder::PushWaitingQuotes(const ReportingConstruction& c) {
  for (const auto& p : unit_.waiting) {
    ReportingConstruction w = c;
    w.qb = p.first + 1;
    w.qe = p.second;
    w.marker = p.second;
    unit_.found.push_back(std::move(w));
  }
}

// Whether the last によると of the unit cites an organization (an outlet).
bool StatementFinder::OutletReports() const {
  for (auto it = unit_.found.rbegin(); it != unit_.found.rend(); ++it) {
    if (it->kind == StatementKind::kAccordingTo) {
      return it->speaker && it->speaker->type == SpeakerType::kOrganization;
    }
  }
  return false;
}

// …と語ったと伝えた: the statement is reported by the と + reporting verb
// after it.
bool StatementFinder::ReportFollows(uint32_t end) const {
  return end < unit_.ue && IsParticle(t_[end], "と") &&
         ReportingPredicateAfterTo(end, unit_.ue, false).has_value();
}

// 共同通信は、警察官が「…」と語ったと伝えた: the quote is a statement of its
// own, inside the report that the next と ends. The boundary stays where it
// is, so that the report is found from the same place at its own と. Only
// with a speaker in the clause: the context's speaker is the reporter's.
bool StatementFinder::PushNestedQuote(ReportingConstruction c,
                                      const std::pair<uint32_t, uint32_t>& pair, uint32_t end,
                                      uint32_t* next) {
  Unit& s = unit_;
  uint32_t after;
  if (!c.speaker) c.speaker = SpeakerPhrase(s.boundary, pair.first, &after, true);
  if (!c.speaker) return true;
  // The report's own topic (北海新聞は、漁師が「…」と話したと伝えた) is the
  // reporter, not the speaker of the quote.
  if (std::optional<Mention> reporter = SpeakerPhrase(s.boundary, pair.first, &after);
      reporter && reporter->begin == c.speaker->begin) {
    return true;
  }
  c.kind = StatementKind::kDirect;
  c.nested = true;
  c.qb = pair.first + 1;
  c.qe = pair.second;
  PushWaitingQuotes(c);  // 「…」「…」と語ったと伝えた
  s.waiting.clear();
  s.found.push_back(std::move(c));
  *next = end - 1;
  return true;
}

// 「…」と語る田中さんは / …と話す住民もいた: the noun phrase the reporting
// verb modifies (starting at *end) names the speaker: a person before は, が,
// も, に, a comma or the sentence end, an unnamed source before は, が or も.
// *end moves past it.
std::optional<Mention> StatementFinder::HeadOfRelativeClause(uint32_t* end) const {
  const uint32_t ue = unit_.ue;
  const uint32_t b = *end;
  if (!IsNominal(t_[b])) return std::nullopt;
  uint32_t q = b;
  while (q < ue && (IsNominal(t_[q]) || IsJoiner(t_[q]))) ++q;
  if (q >= ue) return std::nullopt;
  const Token& k = t_[q];
  const bool subject = IsParticle(k, "も") || IsParticle(k, "が") || IsParticle(k, "は");
  // 「…」と語る俊輔だった。: a copula after the person ends the sentence too.
  const bool copula = k.pos_class == PosClass::kAuxiliary && (k.lemma == "だ" || k.lemma == "です");
  const bool person_ends = subject || IsParticle(k, "に") || IsComma(k) || IsEnd(k) || copula;
  std::optional<Mention> m = speakers_.MentionBefore(b, q);
  // 「…」と語るテセは: a bare name MeCab does not tag as a person is one when
  // the article named that person in full before (チョン・テセ).
  if ((!m || m->begin != b || m->type != SpeakerType::kPerson) && person_ends &&
      q - b <= kShortNameTokens) {
    Mention n = PlainMention(SpeakerType::kPerson, b, q);
    if (CountCodePoints(n.name) >= 2 && speakers_.ShortFormOfPersonBefore(n.name, b)) {
      n.ref = Mention::Ref::kName;
      m = std::move(n);
    }
  }
  if (!m || m->begin != b) return std::nullopt;
  if (!(m->type == SpeakerType::kDescription && subject) &&
      !(m->type == SpeakerType::kPerson && person_ends)) {
    return std::nullopt;
  }
  *end = q;
  return m;
}

// 山田さんはこう語る。 / 次のように述べた。: the speaker of a quotation on its
// own in the sentence before or after.
bool StatementFinder::FindAnnouncement(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  if ((Is(t_[i], "こう") || Is(t_[i], "そう")) && FindCleftSpeaker(i, next)) return true;
  uint32_t p;
  if (Is(t_[i], "こう")) {
    p = i + 1;
  } else if (Is(t_[i], "よう") && i >= s.ub + 2 && IsParticle(t_[i - 1], "の") &&
             (Is(t_[i - 2], "次") || Is(t_[i - 2], "以下") || Is(t_[i - 2], "この"))) {
    p = i + 1;
    if (p < s.ue && IsParticle(t_[p], "に")) ++p;
  } else {
    return false;
  }
  VerbMatch vm = MatchReportingVerb(p, s.ue, kFrameTo);
  uint32_t end = 0;
  if (!vm.verb || !PredicateEndsStatement(vm.last, s.ue, &end, &s.hearsay)) return true;
  uint32_t after;
  std::optional<Mention> m = SpeakerPhrase(s.boundary, i, &after, true);
  if (!m) return true;
  ReportingConstruction c;
  c.marker = i;
  c.verb = vm.verb->verb;
  c.speaker = std::move(m);
  c.announce = true;
  s.found.push_back(std::move(c));
  Advance(end);
  *next = end - 1;
  return true;
}

// 「…」\nそう語るのは、交際3年の彼氏がいるサトミさん（30歳）。 / こう話すのは
// 校長の佐竹悦子さんだ。\n「…」: a cleft sentence that starts with そう / こう
// and a reporting verb before のは names the speaker of the quotation alone
// before it; with こう and no such quotation, of the one after it. At most kCleftTokens tokens (auxiliaries,
// て + くれる) stand between the verb and のは.
bool StatementFinder::FindCleftSpeaker(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  if (i != doc_.sentences[s.fs].token_begin) return false;
  VerbMatch vm = MatchReportingVerb(i + 1, s.ue, kFrameTo);
  if (!vm.verb) return false;
  uint32_t no = vm.last + 1;
  while (no < s.ue && no <= vm.last + kCleftTokens && !Is(t_[no], "の") && IsPredicate(t_[no])) ++no;
  if (no + 2 >= s.ue || !Is(t_[no], "の") || !IsParticle(t_[no + 1], "は")) return false;
  uint32_t b = no + 2;
  if (IsComma(t_[b])) ++b;
  uint32_t e = b;
  while (e < s.ue && !IsEnd(t_[e]) && !IsComma(t_[e]) && !Is(t_[e], "(") && !Is(t_[e], "だ") &&
         !Is(t_[e], "です")) {
    ++e;
  }
  std::optional<Mention> m = speakers_.MentionBefore(b, e);
  if (!m || m->end != e || m->type == SpeakerType::kOrganization) return false;
  ReportingConstruction c;
  c.marker = i;
  c.verb = vm.verb->verb;
  c.speaker = std::move(m);
  c.announce = true;
  c.cleft = true;
  c.cleft_back = Is(t_[i], "そう");
  s.found.push_back(std::move(c));
  Advance(e);
  *next = e - 1;
  return true;
}

// …ように V / …よう V
bool StatementFinder::FindQuotativeYou(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  if (!Is(t_[i], "よう")) return false;
  if (i <= s.boundary || !IsPredicate(t_[i - 1])) return true;
  uint32_t p = i + 1;
  if (p < s.ue && IsParticle(t_[p], "に")) ++p;
  VerbMatch vm = MatchReportingVerb(p, s.ue, kFrameYou);
  uint32_t end = 0;
  if (!vm.verb || !PredicateEndsStatement(vm.last, s.ue, &end, &s.hearsay)) return true;
  ReportingConstruction c;
  c.marker = i;
  c.verb = vm.verb->verb;
  if (ReportedClause(&c, i)) Push(std::move(c));
  Advance(end);
  *next = end - 1;
  return true;
}

// …する考えを V / 次のような方向性を V (and the bullets that follow)
bool StatementFinder::FindStatementNoun(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  const Token& k = t_[i];
  if (i + 2 >= s.ue || !IsParticle(t_[i + 1], "を")) return false;
  uint32_t nb = i;  // first token of the statement noun (方向 of 方向性)
  if (!lex_.IsStatementNoun(k.surface) && i > s.ub &&
      lex_.IsStatementNoun(std::string(t_[i - 1].surface) + std::string(k.surface))) {
    nb = i - 1;
  }
  if (nb <= s.ub || (nb == i && !lex_.IsStatementNoun(k.surface)) ||
      (nb >= s.ub + 2 && IsParticle(t_[nb - 1], "の") && Is(t_[nb - 2], "と"))) {
    return false;
  }
  VerbMatch vm = MatchReportingVerb(i + 2, s.ue, kFrameNoun);
  uint32_t end = 0;
  std::string noun;
  for (uint32_t j = nb; j <= i; ++j) noun += t_[j].surface;
  if (!vm.verb || !lex_.NounTakesVerb(noun, vm.verb->verb) ||
      !PredicateEndsStatement(vm.last, s.ue, &end, &s.hearsay)) {
    return true;
  }
  ReportingConstruction c;
  c.marker = i;
  c.verb = vm.verb->verb;
  std::string lead;
  for (uint32_t j = nb > s.ub + kListLeadTokens ? nb - kListLeadTokens : s.ub; j < nb; ++j) {
    lead += t_[j].surface;
  }
  const bool list = lead.ends_with("次のような") || lead.ends_with("以下のような") ||
                    lead.ends_with("以下の") || lead.ends_with("次の");
  if (list) {
    const std::vector<Sentence>& sents = doc_.sentences;
    uint32_t b = s.ls + 1;
    while (b < sents.size() && sents[b].kind == BlockKind::kBullet) ++b;
    if (b == s.ls + 1) return true;
    c.bullets = true;
    c.bullet_first = s.ls + 1;
    c.bullet_last = b - 1;
    uint32_t after;
    c.speaker = SpeakerPhrase(s.boundary, nb, &after);
  } else if (!IsPredicate(t_[nb - 1]) || !ReportedClause(&c, nb)) {
    return true;
  }
  if (s.after_according && !c.speaker) return true;
  Push(std::move(c));
  Advance(end);
  *next = end - 1;
  return true;
}

// X氏は「…」。 / 「…」。 / 「…」(X氏) / 「…」として
bool StatementFinder::FindBracketQuote(uint32_t i, uint32_t* next) {
  Unit& s = unit_;
  const uint32_t ue = s.ue;
  if (!IsClose(t_[i]) || (i + 1 < ue && Is(t_[i + 1], "と"))) return false;
  const auto* pair = PairClosing(i);
  if (!pair || pair->second == pair->first + 1) return true;
  // Followed by another quotation: attributed with the last one of the run.
  uint32_t n = i + 1;
  if (n < ue && IsComma(t_[n])) ++n;
  if (n < ue && Is(t_[n], "「")) {
    s.waiting.push_back(*pair);
    return true;
  }
  const bool end_or_note = i + 1 == ue || IsEnd(t_[i + 1]) || Is(t_[i + 1], "(") ||
                          (Is(t_[i + 1], "として") && t_[i + 1].pos_class == PosClass::kParticle);
  // 「…」「…」など、批判の声が相次いだ (short quotes too: 「ショック」)
  if (!end_or_note && FindQuotedReaction(*pair, next)) return true;
  if (!s.waiting.empty() && !(i + 2 < ue && Is(t_[i + 1], "など") && Is(t_[i + 2], "と"))) {
    s.waiting.clear();
  }
  ReportingConstruction c;
  c.kind = StatementKind::kDirect;
  c.marker = i;
  c.qb = pair->first + 1;
  c.qe = i;
  if (!QuotesSpeech(c)) return true;
  uint32_t after;
  if (i + 1 < ue && Is(t_[i + 1], "(")) {
    if (!SpeakerInParentheses(i, &c)) return true;
  } else if (i + 1 < ue && Is(t_[i + 1], "として") && t_[i + 1].pos_class == PosClass::kParticle) {
    // 「…かけられない」として、…: the quote is given as the speaker's reason
    // or stance; 「責任ある大国」として (as a …) is not.
    const Token& last = t_[i - 1];
    if (!IsPredicate(last) && !IsEnd(last)) return true;
    c.verb = "する";
    if (pair->first > s.boundary + 1 && IsParticle(t_[pair->first - 1], "から")) {
      c.speaker = speakers_.MentionBefore(s.boundary, pair->first - 1);  // Xから「…」として
    }
    if (!c.speaker) c.speaker = SpeakerPhrase(s.boundary, pair->first, &after, true);
  } else if (i + 1 == ue || IsEnd(t_[i + 1])) {
    c.speaker = SpeakerPhrase(s.boundary, pair->first, &after, true);
    if (!c.speaker && pair->first != s.boundary) return true;
  } else {
    return true;
  }
  if (s.after_according && !c.speaker) return true;
  Push(std::move(c));
  Advance(i + 1);
  *next = i;
  return true;
}

// Speech has a verb or adjective, a sentence end, or is longer than a
// nickname with a copula (「ごっちゃん」).
bool StatementFinder::QuotesSpeech(const ReportingConstruction& c) const {
  if (CountCodePoints(doc_.Original(t_[c.qb - 1].byte_end, t_[c.qe].byte_begin)) >=
      kSpeechMinChars) {
    return true;
  }
  for (uint32_t j = c.qb; j < c.qe; ++j) {
    if (t_[j].pos_class == PosClass::kVerb || t_[j].pos_class == PosClass::kAdjective ||
        IsEnd(t_[j]) || (IsPredicate(t_[j]) && j > c.qb + 1)) {
      return true;
    }
  }
  return false;
}

// 「…」(田中氏) / 「…」(近所の主婦): the speaker in parentheses after the
// quote closing at token i. False when the note names no speaker.
bool StatementFinder::ShortFormOfSpeech(uint32_t close, const Mention& m) const {
  const auto* pair = PairClosing(close);
  if (!pair || !LongEnoughForSpeech(*pair)) return false;
  const Token& last = t_[close - 1];
  if (!IsPredicate(last) && !IsEnd(last)) return false;
  return speakers_.ShortFormOfPersonBefore(m.name, m.begin);
}

bool StatementFinder::SpeakerInParentheses(uint32_t i, ReportingConstruction* c) const {
  const uint32_t ue = unit_.ue;
  const uint32_t b = i + 2;
  uint32_t r = b;
  // IPADIC may glue the closing parenthesis to what follows: ")。"
  while (r < ue && r < b + kSpeakerNoteTokens && !t_[r].surface.starts_with(")")) ++r;
  if (r >= ue || !t_[r].surface.starts_with(")")) return false;
  std::optional<Mention> m = speakers_.MentionBefore(b, r);
  // A person or an unnamed source; 「…」(ライブドアニュース) names where a
  // title or headline comes from, not who spoke.
  if (m && ((m->begin != b && m->type != SpeakerType::kPerson) ||
            m->type == SpeakerType::kOrganization)) {
    m.reset();
  }
  // A bare name is an author: 「東京ラブストーリー」（柴門ふみ）; a speaker
  // carries an honorific or title: (田中氏), (Yさん), or is the short form of
  // a person the article named before, after words long enough for speech
  // that end in a predicate: 「…楽しめればいいかなと思ってます」（仲田）.
  if (m && m->ref == Mention::Ref::kName && m->honorific.empty() && !ShortFormOfSpeech(i, *m)) {
    return false;
  }
  if (!m) {
    m = SourceNote(b, r);
    if (!m) return false;
  }
  c->speaker = std::move(m);
  return true;
}

// (近所の主婦), (関係者): a short nominal note whose head is an unnamed
// source describes the speaker; a topic label (財政再建) does not.
std::optional<Mention> StatementFinder::SourceNote(uint32_t b, uint32_t r) const {
  bool nominal = r - b <= kSourceNoteTokens;
  for (uint32_t j = b; j < r && nominal; ++j) {
    nominal = IsNominal(t_[j]) || IsParticle(t_[j], "の");
  }
  if (!nominal || r == b || !IsNominal(t_[r - 1])) return std::nullopt;
  SpeakerWordClass cls;
  if (lex_.SpeakerWordSuffix(t_[r - 1].surface, &cls).empty() ||
      cls != SpeakerWordClass::kDescription) {
    return std::nullopt;
  }
  Mention m;
  m.begin = b;
  m.end = r;
  m.name = std::string(doc_.Original(t_[b].byte_begin, t_[r - 1].byte_end));
  return m;
}

}  // namespace kiji::internal
