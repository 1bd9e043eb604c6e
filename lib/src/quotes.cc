// The statement extractor: reporting constructions, quote spans, speakers.
//
// Each sentence (or run of sentences joined by a quotation that stays open
// across them) is scanned once, left to right, for the markers of a
// statement: a quotative と / よう(に) / との before a reporting verb, a
// statement noun (見方, 考え) before を + verb, によると / によれば, and 「…」 that
// ends a sentence or is followed by (X氏). A construction whose verb is
// followed by more clause (…と思うと話した, …といった分野) is nested or
// attributive, not a statement of its own; a passive (…と指摘されている) has no
// source. The reported clause starts after the previous statement of the
// sentence, the speaker's は/が phrase, a leading conjunction and a venue
// phrase (会見で、). With no speaker in the sentence, the speaker of a
// statement in the same or previous sentence carries over (Japanese drops the
// subject); with none there either, nothing is reported.
#include "kiji/quotes.h"

#include <algorithm>
#include <optional>

#include "speakers.h"

namespace kiji {

std::string_view StatementKindName(StatementKind k) {
  switch (k) {
    case StatementKind::kDirect: return "direct";
    case StatementKind::kIndirect: return "indirect";
    case StatementKind::kAccordingTo: return "according_to";
  }
  return "";
}

std::string_view SpeakerTypeName(SpeakerType t) {
  switch (t) {
    case SpeakerType::kPerson: return "person";
    case SpeakerType::kOrganization: return "organization";
    case SpeakerType::kDescription: return "description";
  }
  return "";
}

namespace {

using internal::Is;
using internal::IsParticle;
using internal::Mention;

bool IsOpen(const Token& t) { return Is(t, "「") || Is(t, "『"); }
bool IsClose(const Token& t) { return Is(t, "」") || Is(t, "』"); }
// IPADIC may glue a sentence end to symbols before it: ")。"
bool IsEnd(const Token& t) {
  return t.surface.ends_with("。") || Is(t, "!") || Is(t, "?") || Is(t, "．");
}
bool IsComma(const Token& t) { return t.surface.ends_with("、"); }
bool IsPredicate(const Token& t) {
  return t.pos_class == PosClass::kVerb || t.pos_class == PosClass::kAuxiliary ||
         t.pos_class == PosClass::kAdjective;
}

struct VerbMatch {
  const SpeechVerb* verb = nullptr;
  uint32_t last = 0;  // last token of the verb
};

// One statement found, before its speaker is known.
struct Construction {
  StatementKind kind = StatementKind::kIndirect;
  uint32_t marker = 0;           // と / よう / noun / に(よると) / 」
  uint32_t qb = 0, qe = 0;       // quote tokens [qb, qe); unused when bullets
  bool bullets = false;          // quote is the bullet list after the sentence
  uint32_t bullet_first = 0, bullet_last = 0;  // sentences
  std::string verb;
  uint32_t chain_end = 0;        // first token after the verb and its auxiliaries
  std::optional<Mention> speaker;
};

class Extractor {
 public:
  Extractor(const Document& doc, const QuoteLexicon& lex)
      : doc_(doc), t_(doc.tokens), lex_(lex), speakers_(doc, lex) {}
  std::vector<Statement> Run();

 private:
  void Unit(uint32_t first_sentence, uint32_t last_sentence, uint32_t content_first,
            uint32_t content_last);
  VerbMatch MatchVerb(uint32_t v, uint32_t ue, uint8_t frame) const;
  // Checks what follows a verb: false for passives, conditionals and verbs
  // that modify a noun or feed another quotation; sets *end to the first
  // token after the verb's auxiliaries.
  bool Final(uint32_t last, uint32_t ue, uint32_t* end, uint32_t* hearsay) const;
  std::optional<Construction> AfterTo(uint32_t i, uint32_t ue) const;
  std::optional<Mention> Subject(uint32_t from, uint32_t to, uint32_t* after,
                                 bool direct = false) const;
  uint32_t SkipLead(uint32_t from, uint32_t to) const;
  std::optional<Mention> Source(uint32_t from, uint32_t end) const;
  bool HeadingLike(uint32_t s) const;
  void Emit(const Construction& c, uint32_t content_first, uint32_t content_last);

  const Document& doc_;
  const std::vector<Token>& t_;
  const QuoteLexicon& lex_;
  internal::SpeakerIndex speakers_;
  // Per token, filled in one pass: kInside (within 「」『』 at any depth),
  // kOpen, kClose, kMarker (could start a construction: に, と, よう, a
  // noun before を, a closing bracket). Most tokens are none of these, and
  // the scan skips them without touching the Token.
  enum : uint8_t { kInside = 1, kOpen = 2, kCloseBracket = 4, kMarker = 8 };
  std::vector<uint8_t> flags_;
  std::vector<Statement> out_;
  std::optional<Statement> last_;  // the previous statement, for carry-over
  uint32_t last_content_ = 0;      // content-sentence index of last_
};

VerbMatch Extractor::MatchVerb(uint32_t v, uint32_t ue, uint8_t frame) const {
  std::string prefix;
  for (uint32_t n = 1; n <= 3 && v + n <= ue; ++n) {
    const Token& last = t_[v + n - 1];
    if (last.pos_class == PosClass::kVerb) {
      const SpeechVerb* sv = lex_.FindVerb(prefix + std::string(last.lemma));
      if (sv && (sv->frames & frame)) return {sv, v + n - 1};
    }
    if (n == 1 && last.pos[1] == "サ変接続" &&
        (v + 1 == ue || IsEnd(t_[v + 1]) || IsComma(t_[v + 1]))) {
      const SpeechVerb* sv = lex_.FindVerb(std::string(last.surface) + "する");
      if (sv && (sv->frames & frame)) return {sv, v};  // 体言止め: 「…」とコメント。
    }
    if (IsEnd(last) || IsComma(last)) break;
    prefix += last.surface;
  }
  return {};
}

bool Extractor::Final(uint32_t last, uint32_t ue, uint32_t* end, uint32_t* hearsay) const {
  uint32_t j = last + 1;
  if (j < ue && (t_[j].lemma == "れる" || t_[j].lemma == "られる" || t_[j].lemma == "せる" ||
                 t_[j].lemma == "させる")) {
    return false;  // passive or causative: …と指摘されている, …とみられる
  }
  while (j < ue) {
    const Token& k = t_[j];
    // Juman makes ました a verbal suffix (動詞性接尾辞) rather than an auxiliary.
    if (k.pos_class == PosClass::kAuxiliary ||
        (k.pos_class == PosClass::kVerb && k.pos[1] == "非自立") ||
        (k.pos_class == PosClass::kSuffix && k.pos[1] == "動詞性接尾辞")) {
      ++j;
    } else if (IsParticle(k, "て") || IsParticle(k, "で")) {
      if (j + 1 < ue && IsParticle(t_[j + 1], "も")) return false;  // …と言っても
      ++j;
    } else if (IsParticle(k, "ば")) {
      return false;  // …と言えば
    } else {
      break;
    }
  }
  *end = j;
  if (j >= ue) return true;
  const Token& k = t_[j];
  if (IsEnd(k) || IsComma(k) || IsClose(k) || Is(k, "(")) return true;
  static const std::string_view kJoin[] = {"が", "けど", "けれど", "けれども", "し", "ものの",
                                           "ので", "から", "ながら", "上", "うえ", "ほか",
                                           "一方", "など", "際"};
  for (std::string_view w : kJoin) {
    if (k.surface == w) return true;
  }
  // …と語ったことから、…: the statement is the cause of what follows (but
  // …と述べたことを明らかにした reports it again).
  if (Is(k, "こと") && j + 1 < ue &&
      (IsParticle(t_[j + 1], "から") || IsParticle(t_[j + 1], "で") ||
       IsParticle(t_[j + 1], "が") || IsParticle(t_[j + 1], "は") ||
       IsParticle(t_[j + 1], "も"))) {
    return true;
  }
  // …と話したという。 / …と述べたとのことだ: hearsay around a statement.
  if (Is(k, "と") && j + 1 < ue &&
      (t_[j + 1].lemma == "いう" || t_[j + 1].lemma == "言う" || Is(t_[j + 1], "の"))) {
    *hearsay = j;
    return true;
  }
  return false;
}

// …と [X氏は] V / …との見方を V, for the と at token i.
std::optional<Construction> Extractor::AfterTo(uint32_t i, uint32_t ue) const {
  Construction c;
  c.marker = i;
  uint32_t p = i + 1;
  if (p < ue && IsParticle(t_[p], "の")) {
    uint32_t e = p + 1;
    while (e < ue && internal::IsNominal(t_[e])) ++e;
    if (e == p + 1 || e + 1 >= ue || !IsParticle(t_[e], "を")) return std::nullopt;
    std::string noun(t_[e - 1].surface);
    if (!lex_.IsStatementNoun(noun) && e - p >= 3) noun = std::string(t_[e - 2].surface) + noun;
    if (!lex_.IsStatementNoun(noun)) return std::nullopt;
    VerbMatch vm = MatchVerb(e + 1, ue, kFrameNoun);
    if (!vm.verb || !lex_.NounTakesVerb(noun, vm.verb->verb)) return std::nullopt;
    c.verb = vm.verb->verb;
    c.chain_end = vm.last;
    return c;
  }
  if (p < ue && IsParticle(t_[p], "も")) ++p;
  uint32_t speaker_particle = 0;
  for (uint32_t q = p; q < ue && q < p + 12; ++q) {
    VerbMatch vm = MatchVerb(q, ue, kFrameTo);
    if (vm.verb && vm.verb->verb == "する" && q != p) break;  // …と協議した
    if (vm.verb) {
      c.verb = vm.verb->verb;
      c.chain_end = vm.last;
      if (speaker_particle) c.speaker = speakers_.MentionBefore(p, speaker_particle);
      return c;
    }
    const Token& k = t_[q];
    if (IsPredicate(k) || IsEnd(k) || IsOpen(k) || IsClose(k) || Is(k, "と") || Is(k, "を")) {
      break;
    }
    if (!speaker_particle && (IsParticle(k, "は") || IsParticle(k, "が"))) speaker_particle = q;
  }
  return std::nullopt;
}

// The speaker's は/が/も phrase in [from, to). Before a reported clause the
// first は decides: a speaker there is the subject, any other topic belongs
// to the clause itself (このサミットは…といいます), and a が phrase counts only
// when no は follows. Before 「…」 the nearest speaker phrase wins (…と面談し、
// 当麻市長は「…」と話した).
std::optional<Mention> Extractor::Subject(uint32_t from, uint32_t to, uint32_t* after,
                                          bool direct) const {
  std::optional<Mention> best, ga;
  uint32_t best_after = 0, ga_after = 0;
  for (uint32_t q = from; q < to; ++q) {
    if ((flags_[q] & kInside) || Is(t_[q], "(")) continue;
    const bool wa = IsParticle(t_[q], "は") || IsParticle(t_[q], "も");
    if (!wa && !IsParticle(t_[q], "が")) continue;
    if (t_[q].pos[1] == "接続助詞") continue;  // …になったが、
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
std::optional<Mention> Extractor::Source(uint32_t from, uint32_t end) const {
  // 産経新聞が…と伝えたところによると, 統計局が発表したデータによると: the
  // subject of the clause is the source.
  uint32_t head = end;
  while (head > from && internal::IsNominal(t_[head - 1])) --head;
  if (end > from && (t_[end - 1].pos[1] == "非自立" ||
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
        while (o > from && internal::IsNominal(t_[o - 1])) --o;
        m->begin = o;
        m->name = std::string(doc_.Original(t_[o].byte_begin, t_[end - 1].byte_end));
      }
    }
    return m;
  }
  uint32_t c = end;
  while (c > from && (internal::IsNominal(t_[c - 1]) || IsParticle(t_[c - 1], "の"))) {
    --c;
    if (IsParticle(t_[c], "の") && c > from) {
      if (std::optional<Mention> m = speakers_.MentionBefore(from, c)) return m;
    }
  }
  uint32_t b = end;
  while (b > from && internal::IsNominal(t_[b - 1])) --b;
  if (b == end) return std::nullopt;
  if (b > from + 1 && IsClose(t_[b - 1])) {  // 「アウトルック」誌によると
    uint32_t o = b - 1;
    while (o > from && o + 10 > b && !IsOpen(t_[o])) --o;
    if (IsOpen(t_[o])) {
      b = o;
      while (b > from && internal::IsNominal(t_[b - 1])) --b;
    }
  }
  Mention m;
  m.ref = Mention::Ref::kPlain;
  // A name (スポニチ, CNN, 日刊スポーツ) is a publisher; a common noun
  // (調査, 記事) describes the source.
  m.type = SpeakerType::kDescription;
  for (uint32_t k = b; k < end; ++k) {
    if (t_[k].pos_class == PosClass::kProperNoun || t_[k].unknown ||
        internal::IsKatakanaOrLatin(t_[k].surface)) {
      m.type = SpeakerType::kOrganization;
    }
  }
  m.begin = b;
  m.end = end;
  m.name = std::string(doc_.Original(t_[b].byte_begin, t_[end - 1].byte_end));
  return m;
}

// Skips a leading conjunction (また、) and a venue phrase (会見で、 / 記者団に対し、).
uint32_t Extractor::SkipLead(uint32_t from, uint32_t to) const {
  while (from < to && (t_[from].pos_class == PosClass::kConjunction || IsComma(t_[from]))) {
    ++from;
  }
  uint32_t comma = from;
  while (comma < to && !IsComma(t_[comma]) && !IsOpen(t_[comma])) ++comma;
  if (comma >= to || comma == from || !IsComma(t_[comma])) return from;
  // A date or time: 11日、 / 5月12日(UTC-4)、 / 23日午後、
  bool date = comma - from <= 12, number = false, unit = false;
  for (uint32_t k = from; k < comma && date; ++k) {
    const Token& x = t_[k];
    date = internal::IsNominal(x) || x.pos_class == PosClass::kSymbol || Is(x, "(") ||
           Is(x, ")");
    number = number || x.pos_class == PosClass::kNumeral;
    unit = unit || Is(x, "日") || Is(x, "月") || Is(x, "年") || Is(x, "時") || Is(x, "午後") ||
           Is(x, "午前") || Is(x, "頃");
  }
  if (date && number && unit) return SkipLead(comma + 1, to);
  const Token& end = t_[comma - 1];
  bool venue_end = Is(end, "に対し") || Is(end, "に対して") || Is(end, "で") || Is(end, "では");
  if (!venue_end) return from;
  // 記者団に対し、 is a venue; 局長が支援表明に対し、 is part of the clause.
  bool subject = false;
  for (uint32_t k = from; k < comma; ++k) {
    subject = subject || IsParticle(t_[k], "が") || IsParticle(t_[k], "は");
  }
  if (subject) return from;
  bool venue = Is(end, "に対し") || Is(end, "に対して");
  // 会談で、 / 18日の定例記者会見で、: an occasion, made only of nouns.
  if (Is(end, "で")) {
    venue = true;
    for (uint32_t k = from; k + 1 < comma && venue; ++k) {
      venue = internal::IsNominal(t_[k]) || IsParticle(t_[k], "の");
    }
  }
  for (uint32_t k = from; k < comma && !venue; ++k) {
    const SpeakerWordClass* cls = lex_.FindSpeakerWord(t_[k].surface);
    venue = cls && *cls == SpeakerWordClass::kVenue;
  }
  return venue ? comma + 1 : from;
}

void Extractor::Unit(uint32_t fs, uint32_t ls, uint32_t content_first, uint32_t content_last) {
  const std::vector<Sentence>& sents = doc_.sentences;
  const uint32_t ub = sents[fs].token_begin, ue = sents[ls].token_end;
  // Brackets: interiors are marked; top-level 「」 pairs are direct-quote candidates.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::vector<uint32_t> stack;
  for (uint32_t i = ub; i < ue; ++i) {
    if (!stack.empty()) flags_[i] |= kInside;
    if (flags_[i] & kOpen) {
      stack.push_back(i);
    } else if ((flags_[i] & kCloseBracket) && !stack.empty()) {
      if (stack.size() == 1) flags_[i] &= ~kInside;
      if (stack.size() == 1 && Is(t_[stack[0]], "「")) pairs.emplace_back(stack[0], i);
      stack.pop_back();
    }
  }
  auto pair_closing = [&](uint32_t close) -> const std::pair<uint32_t, uint32_t>* {
    for (const auto& p : pairs) {
      if (p.second == close) return &p;
    }
    return nullptr;
  };
  std::vector<Construction> found;
  std::vector<std::pair<uint32_t, uint32_t>> waiting;  // quotes before a quote
  uint32_t boundary = ub, hearsay = 0;
  bool after_according = false;  // inside a によると sentence: a speaker must be named

  auto advance = [&](uint32_t end) {
    boundary = end;
    if (end < ue && IsComma(t_[end])) {
      boundary = end + 1;
    } else if (end + 1 < ue && IsComma(t_[end + 1])) {
      boundary = end + 2;
    }
  };
  // The reported clause [.., qe): after the boundary, the speaker's phrase,
  // a conjunction and a venue.
  auto clause = [&](Construction* c, uint32_t qe) {
    uint32_t from = boundary;
    // …という。 reports what the article heard; its topic is not the speaker.
    if (!c->speaker && c->verb != "言う") {
      uint32_t after = from;
      if (std::optional<Mention> m = Subject(boundary, qe, &after)) {
        c->speaker = std::move(m);
        from = after;
      }
    }
    if (after_according && !c->speaker) return false;
    c->qb = SkipLead(from, qe);
    c->qe = qe;
    return c->qb < qe;
  };
  for (uint32_t i = ub; i < ue; ++i) {
    if ((flags_[i] & (kInside | kMarker)) != kMarker) continue;
    const Token& k = t_[i];
    // X氏によると、… / Xによれば、…
    if (IsParticle(k, "に") && i + 2 < ue && t_[i + 1].lemma == "よる" &&
        t_[i + 1].pos_class == PosClass::kVerb) {
      uint32_t e = 0;
      if (Is(t_[i + 1], "よる") && Is(t_[i + 2], "と")) {
        e = i + 3;
      } else if (Is(t_[i + 1], "より") && Is(t_[i + 2], "ます") && i + 3 < ue &&
                 Is(t_[i + 3], "と")) {
        e = i + 4;
      } else if (Is(t_[i + 1], "よれ") && Is(t_[i + 2], "ば")) {
        e = i + 3;
      }
      // …によると思う ("depends on") is not a source.
      if (!e || (e < ue && t_[e].pos_class == PosClass::kVerb)) continue;
      std::optional<Mention> m = Source(boundary, i);
      if (!m) continue;
      Construction c;
      c.kind = StatementKind::kAccordingTo;
      c.marker = i;
      c.verb = Is(t_[i + 1], "よれ") ? "によれば" : "によると";
      c.speaker = std::move(m);
      c.qb = e < ue && IsComma(t_[e]) ? e + 1 : e;
      c.qe = ue;
      while (c.qe > c.qb && IsEnd(t_[c.qe - 1])) --c.qe;
      if (c.qb >= c.qe) continue;
      boundary = c.qb;
      found.push_back(std::move(c));
      after_according = true;  // what follows is the source's, unless it names its own speaker
      i = e - 1;
      continue;
    }
    // …と V, 「…」と V, …との見方を V
    if (IsParticle(k, "と") && i != hearsay && i > ub) {
      const auto* pair = pair_closing(i - 1);
      // 「…」「…」などと: など between the quotes and と.
      if (!pair && i >= ub + 2 && Is(t_[i - 1], "など")) pair = pair_closing(i - 2);
      const Token& prev = t_[i - 1];
      const bool numeric = prev.pos_class == PosClass::kNumeral ||
                           (prev.pos_class == PosClass::kSuffix && i >= ub + 2 &&
                            t_[i - 2].pos_class == PosClass::kNumeral);
      if (!pair && !IsPredicate(prev) && prev.pos_class != PosClass::kAdjectivalNoun &&
          !numeric) {
        continue;
      }
      std::optional<Construction> c = AfterTo(i, ue);
      uint32_t end = 0;
      if (!c || !Final(c->chain_end, ue, &end, &hearsay)) continue;
      // …しようとする is an attempt, not a statement.
      if (c->verb == "する" && prev.pos_class == PosClass::kAuxiliary &&
          (Is(prev, "う") || Is(prev, "よう"))) {
        continue;
      }
      bool ok;
      if (pair) {
        c->kind = StatementKind::kDirect;
        if (!c->speaker) {
          uint32_t after;
          c->speaker = Subject(boundary, pair->first, &after, true);
        }
        c->qb = pair->first + 1;
        c->qe = pair->second;
        ok = c->qb < c->qe && !(after_according && !c->speaker);
      } else {
        ok = clause(&*c, i);
      }
      // A construction without a source still ends its clause.
      if (ok) {
        // A speaker named inside a によると sentence may be carried on.
        if (c->speaker) after_according = false;
        // 「…」「…」と話した: the quotes just before share the attribution.
        if (pair) {
          for (const auto& p : waiting) {
            Construction w = *c;
            w.qb = p.first + 1;
            w.qe = p.second;
            w.marker = p.second;
            found.push_back(std::move(w));
          }
        }
        found.push_back(std::move(*c));
      }
      waiting.clear();
      advance(end);
      i = end - 1;
      continue;
    }
    // …ように V / …よう V
    if (Is(k, "よう") && i > boundary && IsPredicate(t_[i - 1])) {
      uint32_t p = i + 1;
      if (p < ue && IsParticle(t_[p], "に")) ++p;
      VerbMatch vm = MatchVerb(p, ue, kFrameYou);
      uint32_t end = 0;
      if (!vm.verb || !Final(vm.last, ue, &end, &hearsay)) continue;
      Construction c;
      c.marker = i;
      c.verb = vm.verb->verb;
      if (clause(&c, i)) {
        if (c.speaker) after_according = false;
        found.push_back(std::move(c));
      }
      advance(end);
      i = end - 1;
      continue;
    }
    // …する考えを V / 次のような方向性を V (and the bullets that follow)
    uint32_t nb = i;  // first token of the statement noun (方向 of 方向性)
    if (i + 2 < ue && IsParticle(t_[i + 1], "を") && !lex_.IsStatementNoun(k.surface) &&
        i > ub && lex_.IsStatementNoun(std::string(t_[i - 1].surface) + std::string(k.surface))) {
      nb = i - 1;
    }
    if (i + 2 < ue && nb > ub && IsParticle(t_[i + 1], "を") &&
        (nb < i || lex_.IsStatementNoun(k.surface)) &&
        !(nb >= ub + 2 && IsParticle(t_[nb - 1], "の") && Is(t_[nb - 2], "と"))) {
      VerbMatch vm = MatchVerb(i + 2, ue, kFrameNoun);
      uint32_t end = 0;
      std::string noun;
      for (uint32_t j = nb; j <= i; ++j) noun += t_[j].surface;
      if (!vm.verb || !lex_.NounTakesVerb(noun, vm.verb->verb) ||
          !Final(vm.last, ue, &end, &hearsay)) {
        continue;
      }
      Construction c;
      c.marker = i;
      c.verb = vm.verb->verb;
      std::string lead;
      for (uint32_t j = nb > ub + 4 ? nb - 4 : ub; j < nb; ++j) lead += t_[j].surface;
      const bool list = lead.ends_with("次のような") || lead.ends_with("以下のような") ||
                        lead.ends_with("以下の") || lead.ends_with("次の");
      if (list) {
        uint32_t s = ls + 1;
        while (s < sents.size() && sents[s].kind == BlockKind::kBullet) ++s;
        if (s == ls + 1) continue;
        c.bullets = true;
        c.bullet_first = ls + 1;
        c.bullet_last = s - 1;
        uint32_t after;
        c.speaker = Subject(boundary, nb, &after);
      } else if (!IsPredicate(t_[nb - 1]) || !clause(&c, nb)) {
        continue;
      }
      if (after_according && !c.speaker) continue;
      if (c.speaker) after_according = false;
      found.push_back(std::move(c));
      advance(end);
      i = end - 1;
      continue;
    }
    // X氏は「…」。 / 「…」。 / 「…」(X氏)
    if (IsClose(k) && !(i + 1 < ue && Is(t_[i + 1], "と"))) {
      const auto* pair = pair_closing(i);
      if (!pair || pair->second == pair->first + 1) continue;
      // Followed by another quotation: attributed with the last one of the run.
      uint32_t n = i + 1;
      if (n < ue && IsComma(t_[n])) ++n;
      if (n < ue && Is(t_[n], "「")) {
        waiting.push_back(*pair);
        continue;
      }
      if (!waiting.empty() && !(i + 2 < ue && Is(t_[i + 1], "など") && Is(t_[i + 2], "と"))) {
        waiting.clear();
      }
      Construction c;
      c.kind = StatementKind::kDirect;
      c.marker = i;
      c.qb = pair->first + 1;
      c.qe = i;
      bool speech = false;
      for (uint32_t j = c.qb; j < c.qe && !speech; ++j) speech = IsPredicate(t_[j]) || IsEnd(t_[j]);
      if (!speech) continue;
      if (i + 1 < ue && Is(t_[i + 1], "(")) {
        uint32_t r = i + 2;
        // IPADIC may glue the closing parenthesis to what follows: ")。"
        while (r < ue && r < i + 14 && !t_[r].surface.starts_with(")")) ++r;
        if (r >= ue || !t_[r].surface.starts_with(")")) continue;
        std::optional<Mention> m = speakers_.MentionBefore(i + 2, r);
        if (m && m->begin != i + 2 && m->type != SpeakerType::kPerson) m.reset();
        if (!m) {  // (近所の主婦): the whole note describes the speaker
          bool nominal = r - (i + 2) <= 8;
          for (uint32_t j = i + 2; j < r && nominal; ++j) {
            nominal = internal::IsNominal(t_[j]) || IsParticle(t_[j], "の");
          }
          if (!nominal || r == i + 2 || !internal::IsNominal(t_[r - 1])) continue;
          // …but only a source: (近所の主婦), (関係者), not a topic label (財政再建).
          SpeakerWordClass cls;
          if (lex_.SpeakerWordSuffix(t_[r - 1].surface, &cls).empty()) continue;
          m.emplace();
          m->begin = i + 2;
          m->end = r;
          m->name = std::string(doc_.Original(t_[i + 2].byte_begin, t_[r - 1].byte_end));
        }
        c.speaker = std::move(m);
      } else if (i + 1 < ue && Is(t_[i + 1], "として") && t_[i + 1].pos_class == PosClass::kParticle) {
        // 「…かけられない」として、…: the quote is given as the speaker's reason
        // or stance; 「責任ある大国」として (as a …) is not.
        const Token& last = t_[i - 1];
        if (!IsPredicate(last) && !IsEnd(last)) continue;
        uint32_t after;
        c.verb = "する";
        if (pair->first > boundary + 1 && IsParticle(t_[pair->first - 1], "から")) {
          c.speaker = speakers_.MentionBefore(boundary, pair->first - 1);  // Xから「…」として
        }
        if (!c.speaker) c.speaker = Subject(boundary, pair->first, &after, true);
      } else if (i + 1 == ue || IsEnd(t_[i + 1])) {
        uint32_t after;
        c.speaker = Subject(boundary, pair->first, &after, true);
        if (!c.speaker && pair->first != boundary) continue;
      } else {
        continue;
      }
      if (after_according && !c.speaker) continue;
      if (c.speaker) after_according = false;
      found.push_back(std::move(c));
      advance(i + 1);
    }
  }
  for (const Construction& c : found) Emit(c, content_first, content_last);
}

void Extractor::Emit(const Construction& c, uint32_t content_first, uint32_t content_last) {
  Statement s;
  s.kind = c.kind;
  uint32_t bb, be;
  if (c.bullets) {
    const Sentence& a = doc_.sentences[c.bullet_first];
    const Sentence& b = doc_.sentences[c.bullet_last];
    bb = a.byte_begin, be = b.byte_end, s.quote_start = a.start, s.quote_end = b.end;
  } else if (c.kind == StatementKind::kDirect) {
    bb = t_[c.qb - 1].byte_end, be = t_[c.qe].byte_begin;
    s.quote_start = t_[c.qb - 1].end, s.quote_end = t_[c.qe].start;
  } else {
    bb = t_[c.qb].byte_begin, be = t_[c.qe - 1].byte_end;
    s.quote_start = t_[c.qb].start, s.quote_end = t_[c.qe - 1].end;
  }
  s.quote = std::string(doc_.Original(bb, be));
  s.verb = c.verb;
  s.sentence = t_[c.marker].sentence;
  if (c.speaker) {
    speakers_.Resolve(*c.speaker, &s);
    // 同新聞, 同社, 同省: the organization last quoted with that ending.
    if (s.speaker_type == SpeakerType::kOrganization && s.speaker.starts_with("同") &&
        s.speaker.size() > 3) {
      std::string_view tail = std::string_view(s.speaker).substr(3);
      // 同紙 / 同誌 / 同局 name a newspaper, magazine or station whatever its name ends with.
      const bool media = tail == "紙" || tail == "誌" || tail == "局" || tail == "通信";
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        if (it->speaker_type == SpeakerType::kOrganization &&
            (it->speaker.ends_with(tail) || media) && !it->speaker.starts_with("同")) {
          s.speaker = it->speaker;
          s.role = it->role;
          break;
        }
      }
    }
  } else if (last_ && content_first <= last_content_ + 1 &&
             !(c.kind == StatementKind::kDirect &&
               last_->kind == StatementKind::kAccordingTo)) {
    // (A newspaper cited with によると is not the speaker of the quotes that follow.)
    s.speaker = last_->speaker;
    s.speaker_type = last_->speaker_type;
    s.mention = last_->mention;
    s.mention_start = last_->mention_start;
    s.mention_end = last_->mention_end;
    s.honorific = last_->honorific;
    s.reading = last_->reading;
    s.role = last_->role;
  } else {
    return;  // no source: the author's own voice
  }
  last_ = s;
  last_content_ = content_last;
  out_.push_back(std::move(s));
}

// A line that is one sentence with no sentence-final punctuation is a heading
// the article format could not mark ("エンジニアが見る産業の可能性 「土台づくりが進む」").
bool Extractor::HeadingLike(uint32_t s) const {
  const std::vector<Sentence>& sents = doc_.sentences;
  const Sentence& x = sents[s];
  if (x.kind != BlockKind::kParagraph || x.token_begin == x.token_end) return false;
  if ((s > 0 && sents[s - 1].line == x.line) ||
      (s + 1 < sents.size() && sents[s + 1].line == x.line)) {
    return false;
  }
  uint32_t e = x.token_end;
  while (e > x.token_begin + 1 && IsClose(t_[e - 1])) --e;
  return !IsEnd(t_[e - 1]);
}

std::vector<Statement> Extractor::Run() {
  flags_.assign(t_.size(), 0);
  bool any_marker = false;
  for (uint32_t i = 0; i < t_.size(); ++i) {
    const Token& k = t_[i];
    uint8_t f = 0;
    if (IsOpen(k)) {
      f = kOpen;
    } else if (IsClose(k)) {
      f = kCloseBracket | kMarker;
    } else if ((k.pos_class == PosClass::kParticle && (Is(k, "に") || Is(k, "と"))) ||
               Is(k, "よう") ||
               (i + 1 < t_.size() && t_[i + 1].pos_class == PosClass::kParticle &&
                Is(t_[i + 1], "を"))) {
      f = kMarker;
    }
    flags_[i] = f;
    any_marker = any_marker || f == kMarker || (f & kCloseBracket);
  }
  if (!any_marker) return {};
  const std::vector<Sentence>& sents = doc_.sentences;
  uint32_t content = 0;
  for (uint32_t s = 0; s < sents.size(); ++s) {
    if (sents[s].kind == BlockKind::kTitle || sents[s].kind == BlockKind::kHeading ||
        HeadingLike(s)) {
      continue;
    }
    // A quotation left open at the end of a sentence runs into the next ones
    // of the same block.
    uint32_t last = s;
    int depth = 0;
    for (uint32_t i = sents[s].token_begin; i < sents[s].token_end; ++i) {
      depth += (flags_[i] & kOpen) ? 1 : (flags_[i] & kCloseBracket) ? -1 : 0;
    }
    while (depth > 0 && last + 1 < sents.size() && last < s + 8 &&
           sents[last + 1].line == sents[s].line && sents[last + 1].kind == sents[s].kind) {
      ++last;
      for (uint32_t i = sents[last].token_begin; i < sents[last].token_end; ++i) {
        depth += (flags_[i] & kOpen) ? 1 : (flags_[i] & kCloseBracket) ? -1 : 0;
      }
    }
    if (depth > 0) last = s;
    const uint32_t first_content = content;
    content += last - s + 1;
    Unit(s, last, first_content, content - 1);
    s = last;
  }
  std::stable_sort(out_.begin(), out_.end(), [](const Statement& a, const Statement& b) {
    return a.quote_start < b.quote_start;
  });
  return std::move(out_);
}

}  // namespace

std::vector<Statement> ExtractStatements(const Document& doc, const QuoteLexicon& lexicon) {
  return Extractor(doc, lexicon).Run();
}

}  // namespace kiji
