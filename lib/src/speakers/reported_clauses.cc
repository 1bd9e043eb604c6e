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
  for (uint32_t q = from; q < to; ++q) {
    if ((flags_[q] & kInside) || Is(t_[q], "(")) continue;
    const bool wa = IsParticle(t_[q], "は") || IsParticle(t_[q], "も");
    if (!wa && !IsParticle(t_[q], "が")) continue;
    if (t_[q].Has(TokenTrait::kConjunctiveParticle)) continue;  // …になったが、
    std::optional<Mention> m = speakers_.MentionBefore(from, q);
    uint32_t a = q + 1;
    if (a < to && IsComma(t_[a])) ++a;
    if (wa) {
      if (m) {
        best = std::move(m);
        best_after = a;
        if (!direct) break;
      } else if (!direct) {
        break;
      }
      continue;
    }
    // A が phrase before a verb is that verb's subject (読売新聞が報じたような);
    // a person or description marked by が before a reported clause is usually
    // inside it (清春が…と報じている); before 「…」 a person is the speaker.
    if (!m || (q + 1 < to && t_[q + 1].pos_class == PosClass::kVerb)) continue;
    if (m->type != SpeakerType::kOrganization && !(direct && m->type == SpeakerType::kPerson)) {
      continue;
    }
    if (direct) {
      best = std::move(m);
      best_after = a;
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

// The source of …によると ending before token `end`: the nearest speaker in
// a chain of の phrases (聯合ニュースの別の記事 -> 聯合ニュース), else the noun
// phrase itself as a description (外務省大臣会見記録).
std::optional<Mention> StatementFinder::AccordingToSource(uint32_t from, uint32_t end) const {
  // A note in parentheses before に is not the source: 意識調査（対象：女性810名）によれば.
  if (end > from + 1 && t_[end - 1].surface.ends_with(")")) {
    uint32_t o = end - 1;
    while (o > from && o + 16 > end && !t_[o].surface.starts_with("(")) --o;
    if (t_[o].surface.starts_with("(") && o > from) end = o;
  }
  // 産経新聞が…と伝えたところによると, 統計局が発表したデータによると: the
  // subject of the clause is the source.
  uint32_t head = end;
  while (head > from && IsNominal(t_[head - 1])) --head;
  if (end > from && (t_[end - 1].Has(TokenTrait::kDependent) ||
                     (head > from && head < end && t_[head - 1].pos_class == PosClass::kAuxiliary &&
                      Is(t_[head - 1], "た")))) {
    for (uint32_t q = from; q + 1 < end; ++q) {
      if (IsParticle(t_[q], "が") || IsParticle(t_[q], "は")) {
        if (std::optional<Mention> m = speakers_.MentionBefore(from, q)) return m;
        break;
      }
    }
    return std::nullopt;
  }
  if (std::optional<Mention> m = speakers_.MentionBefore(from, end)) {
    // 英字紙「ドーン」紙によれば: the name in brackets belongs to the source.
    if (m->ref == Mention::Ref::kPlain && m->begin > from + 1 && IsClose(t_[m->begin - 1])) {
      uint32_t o = m->begin - 1;
      while (o > from && o + 10 > m->begin && !IsOpen(t_[o])) --o;
      if (IsOpen(t_[o])) {
        while (o > from && IsNominal(t_[o - 1])) --o;
        m->begin = o;
        m->name = std::string(doc_.Original(t_[o].byte_begin, t_[end - 1].byte_end));
      }
    }
    return m;
  }
  uint32_t c = end;
  while (c > from && (IsNominal(t_[c - 1]) || IsParticle(t_[c - 1], "の"))) {
    --c;
    if (IsParticle(t_[c], "の") && c > from) {
      if (std::optional<Mention> m = speakers_.MentionBefore(from, c)) return m;
      // 調査会社IDCの報告: a name before の is the source.
      uint32_t b = c;
      bool named = false;
      while (b > from && IsNominal(t_[b - 1])) {
        --b;
        named = named || t_[b].pos_class == PosClass::kProperNoun ||
                (t_[b].unknown && t_[b].pos_class != PosClass::kNumeral) ||
                IsKatakanaOrLatin(t_[b].surface);
      }
      if (named && b < c) {
        Mention m;
        m.ref = Mention::Ref::kPlain;
        m.type = SpeakerType::kOrganization;
        m.begin = b;
        m.end = c;
        m.name = std::string(doc_.Original(t_[b].byte_begin, t_[c - 1].byte_end));
        return m;
      }
    }
  }
  uint32_t b = end;
  while (b > from && IsNominal(t_[b - 1])) --b;
  if (b == end) return std::nullopt;
  if (b > from + 1 && IsClose(t_[b - 1])) {  // 「アウトルック」誌によると
    uint32_t o = b - 1;
    while (o > from && o + 10 > b && !IsOpen(t_[o])) --o;
    if (IsOpen(t_[o])) {
      b = o;
      while (b > from && IsNominal(t_[b - 1])) --b;
    }
  }
  Mention m;
  m.ref = Mention::Ref::kPlain;
  // A name (スポニチ, CNN, 日刊スポーツ) is a publisher; a common noun
  // (調査, 記事) describes the source.
  m.type = SpeakerType::kDescription;
  for (uint32_t k = b; k < end; ++k) {
    if (t_[k].pos_class == PosClass::kProperNoun ||
        (t_[k].unknown && t_[k].pos_class != PosClass::kNumeral) ||
        IsKatakanaOrLatin(t_[k].surface)) {
      m.type = SpeakerType::kOrganization;
    }
  }
  m.begin = b;
  m.end = end;
  m.name = std::string(doc_.Original(t_[b].byte_begin, t_[end - 1].byte_end));
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
  bool date = comma - from <= 12, number = false, unit = false;
  for (uint32_t k = from; k < comma && date; ++k) {
    const Token& x = t_[k];
    date = IsNominal(x) || x.pos_class == PosClass::kSymbol || Is(x, "(") || Is(x, ")");
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
    }
  }
  if (s.after_according && !c->speaker) return false;
  c->qb = SkipClauseLead(from, qe);
  c->qe = qe;
  return c->qb < qe;
}

}  // namespace kiji::internal
