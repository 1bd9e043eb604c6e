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
  if (j < ue && (t_[j].lemma == "れる" || t_[j].lemma == "られる" || t_[j].lemma == "せる" ||
                 t_[j].lemma == "させる")) {
    return false;  // passive or causative: …と指摘されている, …とみられる
  }
  while (j < ue) {
    const Token& k = t_[j];
    // Juman makes ました a verbal suffix (動詞性接尾辞) rather than an auxiliary.
    if (k.pos_class == PosClass::kAuxiliary ||
        (k.pos_class == PosClass::kVerb && k.Has(TokenTrait::kDependent)) ||
        (k.pos_class == PosClass::kSuffix && k.Has(TokenTrait::kVerbalSuffix))) {
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
  if (lex_.InContextList(k.surface, ContextList::kClauseJoin)) return true;
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
                                                                                uint32_t ue) const {
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
  uint32_t speaker_particle = 0;
  for (uint32_t q = p; q < ue && q < p + kToVerbWindowTokens; ++q) {
    VerbMatch vm = MatchReportingVerb(q, ue, kFrameTo);
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

}  // namespace kiji::internal
