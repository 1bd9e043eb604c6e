// The reporting construction: which verb reports (述べる, 指摘する, とコメント。),
// and whether what follows it makes a statement of its own.
#include <string>

#include "speakers/statement_finder.h"

namespace kiji::internal {
namespace {

// A reporting verb is at most three tokens (明らか + に + する is looked up as
// 明らかにする); a longer chain is a phrase, not one verb.
constexpr uint32_t kVerbTokens = 3;
// After …と, the reporting verb comes within 12 tokens (…と記者団に対して
// 述べた); further on, the と belongs to something else.
constexpr uint32_t kToVerbWindowTokens = 12;
// Adverbs between an object and its verb: 喜びを改めて素直に語った.
constexpr uint32_t kAdverbialTokens = 3;
// The object of …と NOUN を V is a short noun phrase (その理由, 当時の様子,
// 複雑な心境): at most 6 tokens.
constexpr uint32_t kObjectTokens = 6;

}  // namespace

VerbMatch StatementFinder::MatchReportingVerb(uint32_t v, uint32_t ue, uint8_t frame) const {
  std::string prefix;
  for (uint32_t n = 1; n <= kVerbTokens && v + n <= ue; ++n) {
    const Token& last = t_[v + n - 1];
    if (last.pos_class == PosClass::kVerb) {
      const SpeechVerb* sv = lex_.FindVerb(prefix + std::string(last.lemma));
      if (sv && (sv->frames & frame)) return {sv, v + n - 1};
    }
    if (n == 1 && last.Has(TokenTrait::kVerbalNoun) &&
        (v + 1 == ue || IsEnd(t_[v + 1]) || IsComma(t_[v + 1]))) {
      const SpeechVerb* sv = lex_.FindVerb(std::string(last.surface) + "する");
      if (sv && (sv->frames & frame)) return {sv, v};  // 体言止め: 「…」とコメント。
    }
    if (IsEnd(last) || IsComma(last)) break;
    prefix += last.surface;
  }
  return {};
}

bool StatementFinder::PredicateEndsStatement(uint32_t last, uint32_t ue, uint32_t* end,
                                             uint32_t* hearsay) const {
  uint32_t j = last + 1;
  bool te = false;  // the predicate went on in its て form
  if (j < ue && (t_[j].lemma == "れる" || t_[j].lemma == "られる" || t_[j].lemma == "せる" ||
                 t_[j].lemma == "させる")) {
    return false;  // passive or causative: …と指摘されている, …とみられる
  }
  while (j < ue) {
    const Token& k = t_[j];
    // …としたら、 / …と言ったら: a conditional, not a report.
    if (Is(k, "たら") || Is(k, "だら")) return false;
    // Juman makes ました a verbal suffix (動詞性接尾辞) rather than an auxiliary.
    if (k.pos_class == PosClass::kAuxiliary ||
        (k.pos_class == PosClass::kVerb && k.Has(TokenTrait::kDependent)) ||
        (k.pos_class == PosClass::kSuffix && k.Has(TokenTrait::kVerbalSuffix))) {
      ++j;
    } else if (IsParticle(k, "て") || IsParticle(k, "で")) {
      if (j + 1 < ue && IsParticle(t_[j + 1], "も")) return false;  // …と言っても
      te = true;
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
  if (lex_.InContextList(k.surface, ContextList::kClauseJoin)) return true;
  // …とみて調べている / …とみて行方を追っている / …と話して笑った: another
  // verb (or its object) after the て form goes on from a finished report
  // (not …として逮捕した, a reason).
  if (te && t_[last].lemma != "する" &&
      (k.pos_class == PosClass::kVerb ||
       (IsNominal(k) && j + 1 < ue && IsParticle(t_[j + 1], "を")))) {
    return true;
  }
  // 「…」と話すと、 / と話すや、 / と問い詰めるも、: a clause that goes on.
  if ((IsParticle(k, "と") || IsParticle(k, "や") || IsParticle(k, "も")) && j + 1 < ue &&
      IsComma(t_[j + 1])) {
    return true;
  }
  // 「…」と口にしてしまったのだ。 / …と話したんです。
  if ((Is(k, "の") || Is(k, "ん")) && j + 1 < ue && t_[j + 1].pos_class == PosClass::kAuxiliary) {
    uint32_t a = j + 1;
    while (a < ue && t_[a].pos_class == PosClass::kAuxiliary) ++a;
    if (a >= ue || IsEnd(t_[a])) return true;
  }
  // …と語ったことから、…: the statement is the cause of what follows (but
  // …と述べたことを明らかにした reports it again).
  if (Is(k, "こと") && j + 1 < ue &&
      (IsParticle(t_[j + 1], "から") || IsParticle(t_[j + 1], "で") ||
       IsParticle(t_[j + 1], "が") || IsParticle(t_[j + 1], "は") || IsParticle(t_[j + 1], "も"))) {
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
std::optional<ReportingConstruction> StatementFinder::ReportingPredicateAfterTo(uint32_t i,
                                                                                uint32_t ue,
                                                                                bool quote) const {
  ReportingConstruction c;
  c.marker = i;
  uint32_t p = i + 1;
  if (p < ue && IsParticle(t_[p], "の")) {
    uint32_t e = p + 1;
    while (e < ue && IsNominal(t_[e])) ++e;
    if (e == p + 1) return std::nullopt;
    std::string noun(t_[e - 1].surface);
    if (!lex_.IsStatementNoun(noun) && e - p >= 3) noun = std::string(t_[e - 2].surface) + noun;
    if (!lex_.IsStatementNoun(noun)) return std::nullopt;
    if (e >= ue || IsEnd(t_[e])) {
      // 「…」とのコメント。: the noun stands for its verb.
      const SpeechVerb* sv = lex_.FindVerb(noun + "する");
      if (!sv) return std::nullopt;
      c.verb = sv->verb;
      c.chain_end = e - 1;
      return c;
    }
    if (!IsParticle(t_[e], "を")) return std::nullopt;
    VerbMatch vm = MatchReportingVerb(e + 1, ue, kFrameNoun);
    if (!vm.verb || !lex_.NounTakesVerb(noun, vm.verb->verb)) return std::nullopt;
    c.verb = vm.verb->verb;
    c.chain_end = vm.last;
    return c;
  }
  if (p < ue && IsParticle(t_[p], "も")) ++p;
  if (p < ue && IsComma(t_[p])) ++p;  // 「…」と、Xは語った
  if (ReportNounFrame(p, ue, &c)) return c;
  const uint8_t frames = quote ? kFrameTo | kFrameQuote : kFrameTo;
  uint32_t speaker_particle = 0;
  bool joined = false;  // a と between nouns was passed
  for (uint32_t q = p; q < ue && q < p + kToVerbWindowTokens; ++q) {
    VerbMatch vm = MatchReportingVerb(q, ue, frames);
    if (vm.verb && vm.verb->verb == "する" && q != p) break;  // …と協議した
    if (vm.verb) {
      c.verb = vm.verb->verb;
      c.chain_end = vm.last;
      if (speaker_particle) c.speaker = speakers_.MentionBefore(p, speaker_particle);
      if (joined && !c.speaker) return std::nullopt;  // names it cannot tell are speakers
      return c;
    }
    const Token& k = t_[q];
    if (IsParticle(k, "を")) {
      // …と喜びを語った: the object before を, the verb after it.
      if (!speaker_particle && ObjectFrame(p, q, ue, &c)) return c;
      break;
    }
    // 「…」と山田と佐藤は語った: と between two nouns before the speaker's は joins them.
    const bool joins = Is(k, "と") && quote && !speaker_particle && q > p && q + 1 < ue &&
                       IsNominal(t_[q - 1]) && IsNominal(t_[q + 1]);
    if ((IsPredicate(k) && !AdverbOfReportingVerb(q, ue, frames)) || IsEnd(k) || IsOpen(k) ||
        IsClose(k) || (Is(k, "と") && !joins)) {
      break;
    }
    joined = joined || joins;
    if (!speaker_particle && (IsParticle(k, "は") || IsParticle(k, "が"))) speaker_particle = q;
  }
  // 「…」と、緊張していたことを明かした: a longer object of a verb of speech.
  if (quote) {
    for (uint32_t q = p; q < ue && q < p + kToVerbWindowTokens; ++q) {
      const Token& k = t_[q];
      if (IsEnd(k) || IsComma(k) || IsOpen(k) || IsClose(k)) break;
      if (IsParticle(k, "を")) {
        if (QuoteObjectFrame(p, q, ue, &c)) return c;
        break;
      }
    }
  }
  return std::nullopt;
}

// An adverbial adjective at `q` right before a reporting verb in the
// active voice (と力強く語った); not one of another predicate (と、不満の声が
// 多くみられた).
bool StatementFinder::AdverbOfReportingVerb(uint32_t q, uint32_t ue, uint8_t frames) const {
  if (!IsAdverbial(t_[q])) return false;
  const VerbMatch vm = MatchReportingVerb(q + 1, ue, frames);
  if (!vm.verb) return false;
  const uint32_t j = vm.last + 1;
  return !(j < ue && (t_[j].lemma == "れる" || t_[j].lemma == "られる"));
}

// The first token from `q` after adverbs, adverbial adjectives and an
// adjectival noun with に (喜びを素直に語った, 喜びを改めて口にした).
uint32_t StatementFinder::AfterAdverbials(uint32_t q, uint32_t ue) const {
  for (uint32_t n = 0; q < ue && n < kAdverbialTokens; ++n) {
    if (IsAdverbial(t_[q])) {
      ++q;
    } else if (t_[q].pos_class == PosClass::kAdjectivalNoun) {
      if (q + 1 >= ue || !IsParticle(t_[q + 1], "に")) break;
      q += 2;
    } else {
      break;
    }
  }
  return q;
}

// …と容疑を否認した / …とその理由を語った / …と声明を出した: a short noun
// phrase [p, wo) and を before a reporting verb. A verb with the to frame
// reports whatever its object; a support verb (object frame) only with an
// object noun of speech (喜び, 声明, 悲鳴).
bool StatementFinder::ObjectFrame(uint32_t p, uint32_t wo, uint32_t ue,
                                  ReportingConstruction* c) const {
  if (wo == p || !IsNominal(t_[wo - 1])) return false;
  auto noun_phrase = [this](uint32_t b, uint32_t e) {
    if (e == b || e - b > kObjectTokens) return false;
    for (uint32_t j = b; j < e; ++j) {
      const Token& k = t_[j];
      if (!IsNominal(k) && !IsParticle(k, "の") && k.pos_class != PosClass::kPrenominal &&
          k.pos_class != PosClass::kAdjectivalNoun && !Is(k, "な")) {
        return false;
      }
    }
    return true;
  };
  if (!noun_phrase(p, wo)) {
    // …と同誌の取材姿勢に疑問を呈した: a noun phrase + に / へ (whom or what
    // it is about), then the object.
    uint32_t ni = wo;
    while (ni > p && !(IsParticle(t_[ni - 1], "に") || IsParticle(t_[ni - 1], "へ"))) --ni;
    if (ni == p || !noun_phrase(p, ni - 1) || !noun_phrase(ni, wo)) return false;
  }
  VerbMatch vm = MatchReportingVerb(AfterAdverbials(wo + 1, ue), ue, kFrameTo | kFrameObject);
  if (!vm.verb || vm.verb->verb == "する") return false;
  if (!(vm.verb->frames & kFrameTo)) {
    const std::string noun(t_[wo - 1].surface);
    const bool speech = lex_.InContextList(noun, ContextList::kSpeechObject) ||
                        (wo - 1 > p && lex_.InContextList(std::string(t_[wo - 2].surface) + noun,
                                                          ContextList::kSpeechObject));
    if (!speech) return false;
  }
  c->verb = vm.verb->verb;
  c->chain_end = vm.last;
  return true;
}

// 「…」と、イベントへの意気込みを語った / 「…」と、時間がないことを強調した:
// after a quote, the object [p, wo) before を may hold particles and a
// clause of its own (up to the と-window), when the verb is one of saying
// or writing (the speech and writing classes of speech_verbs.tsv). The
// object ends in a noun: こと, 理由, 思い.
bool StatementFinder::QuoteObjectFrame(uint32_t p, uint32_t wo, uint32_t ue,
                                       ReportingConstruction* c) const {
  if (wo == p || !IsNominal(t_[wo - 1])) return false;
  bool predicate = false;  // a predicate since the last が (時間がないこと, not 山田が胸の内)
  for (uint32_t j = wo; j-- > p;) {
    const Token& k = t_[j];
    if (IsComma(k) || IsParticle(k, "は") || IsParticle(k, "も") || Is(k, "と")) return false;
    if (IsParticle(k, "が") && !predicate) return false;
    // 「…」と推薦されたことを: a passive or causative, so the quote is someone else's.
    if (k.lemma == "れる" || k.lemma == "られる" || k.lemma == "せる" || k.lemma == "させる") {
      return false;
    }
    if (k.pos_class == PosClass::kVerb && !k.Has(TokenTrait::kDependent) &&
        lex_.InContextList(k.lemma, ContextList::kNotSpeech)) {
      return false;  // 「…」と呼ばれた店を
    }
    if (k.pos_class == PosClass::kVerb && k.lemma != "する" && lex_.FindVerb(k.lemma)) {
      return false;  // 「…」と言われたことを: the quote goes with that verb
    }
    predicate = predicate || IsPredicate(k);
  }
  VerbMatch vm = MatchReportingVerb(wo + 1, ue, kFrameTo);
  // Only verbs of saying or writing: …と、…セリフを考える is a thought.
  if (!vm.verb || vm.verb->verb == "する" || vm.verb->verb == "言う" ||
      (vm.verb->predicate_class != "speech" && vm.verb->predicate_class != "writing")) {
    return false;
  }
  c->verb = vm.verb->verb;
  c->chain_end = vm.last;
  return true;
}

// …と通報があった / 「…」との電話が入った: a noun of something said, が, and
// ある / 入る / 届く / 相次ぐ. The speaker is the Xから of the clause.
bool StatementFinder::ReportNounFrame(uint32_t p, uint32_t ue, ReportingConstruction* c) const {
  if (p + 2 >= ue || !lex_.InContextList(t_[p].surface, ContextList::kReportNoun) ||
      !(IsParticle(t_[p + 1], "が") || IsParticle(t_[p + 1], "も"))) {
    return false;
  }
  const Token& v = t_[p + 2];
  if (v.pos_class != PosClass::kVerb ||
      !(v.lemma == "ある" || v.lemma == "入る" || v.lemma == "届く" || v.lemma == "相次ぐ")) {
    return false;
  }
  c->verb = std::string(t_[p].surface) + "が" + std::string(v.lemma);
  c->chain_end = p + 2;
  c->source_kara = true;
  return true;
}

}  // namespace kiji::internal
