// The fullest name of a statement's source (issue 12, pattern 8) and the two
// sources of a plural anaphor (pattern 1):
//   日経 -> 日本経済新聞          an alias of source_aliases.tsv;
//   タイムズ -> ニューヨーク・タイムズ  a short form of a name the article gave in full before;
//   同市教育委員会 -> 札幌市教育委員会  同 + the head of an organization named before + more;
//   記事 / 同記事 -> the outlet      the last organization named before;
//   両紙 / 両者 -> A, B             the two sources named last before (one record each).
#include <algorithm>

#include "kiji/utf8.h"
#include "speakers/statement_finder.h"

namespace kiji::internal {
namespace {

// A short form has at least two code points (not 米 of 米国務省).
constexpr size_t kShortFormMinChars = 2;

bool SameName(std::string_view a, std::string_view b) {
  return a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos;
}

// True when the code point is part of a name: kanji, katakana, Latin or ・.
bool NamePart(std::string_view cp) {
  return IsKanji(cp) || IsKatakanaOrLatin(cp) || cp == "・";
}

}  // namespace

bool StatementFinder::EndsWithMediaHead(std::string_view name) const {
  for (size_t pos = 0; pos < name.size();) {
    if (lex_.InContextList(name.substr(pos), ContextList::kMediaHead)) return true;
    DecodeUtf8(name, &pos);
  }
  return false;
}

// Whether `name` is written before token `mention` as part of a longer word
// (ワシントン・ポスト for ポスト): a cheap test before indexing the sources.
bool StatementFinder::WrittenInLongerName(std::string_view name, uint32_t mention) const {
  const std::string_view text = doc_.normalized;
  const size_t limit = static_cast<size_t>(t_[mention].surface.data() - text.data());
  for (size_t pos = text.find(name); pos != std::string_view::npos && pos < limit;
       pos = text.find(name, pos + 1)) {
    if (pos > 0) {
      size_t b = pos - 1;
      while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
      if (NamePart(text.substr(b, pos - b))) return true;
    }
    const size_t e = pos + name.size();
    if (e < text.size()) {
      size_t q = e;
      DecodeUtf8(text, &q);
      if (NamePart(text.substr(e, q - e))) return true;
    }
  }
  return false;
}

// Whether the run of nouns ending before token `end` can parse as an
// organization or an alias (MentionBefore's noun-phrase case): a token of an
// organization's name, a speaker word at or near the end, or an alias
// spelled by a tail of the run. A cheap test that lets IndexSourcesOf skip the
// full parse for most noun phrases; it never rejects one the parse accepts.
bool SpeakerMentions::MayNameOrganization(uint32_t limit, uint32_t end) const {
  const std::vector<Token>& t = doc_.tokens;
  uint32_t b = end;
  while (b > limit && (IsNominal(t[b - 1]) || IsJoiner(t[b - 1]))) --b;
  if (b > limit && Is(t[b - 1], "同")) --b;
  for (uint32_t k = b; k < end; ++k) {
    if (IsOrganizationName(t[k])) return true;
  }
  const std::string_view head = t[end - 1].surface;
  const bool plural = end - 1 > b && lex_.InContextList(head, ContextList::kPluralSuffix);
  if (!lex_.MayEndSourceWord(head) && !(plural && lex_.MayEndSourceWord(t[end - 2].surface)) &&
      !lex_.MayEndSourceWord(doc_.Original(t[end - 1].byte_begin, t[end - 1].byte_end))) {
    return false;
  }
  SpeakerWordClass cls;
  // The head word, or the word before a plural ending (専門家ら).
  for (uint32_t k = end; k > b && k + 2 > end; --k) {
    std::string_view w = t[k - 1].surface;
    if (lex_.FindSpeakerWord(w) || !lex_.SpeakerWordSuffix(w, &cls).empty()) return true;
    if (!SameReferentTail(w).empty() && lex_.FindSpeakerWord(SameReferentTail(w))) return true;
    if (k - 1 > b &&
        lex_.FindSpeakerWord(std::string(t[k - 2].surface) + std::string(w))) {
      return true;
    }
  }
  for (uint32_t k = b; k < end; ++k) {
    if (lex_.FindAlias(doc_.Original(t[k].byte_begin, t[end - 1].byte_end))) return true;
  }
  return false;
}

// Every organization and person mention that ends a run of nouns, sentence
// by sentence: a statement early in an article needs no index of the rest.
const std::vector<SpeakerMentions::NamedSource>& SpeakerMentions::SourcesBefore(
    uint32_t before) const {
  const std::vector<Sentence>& sentences = doc_.sentences;
  while (sourced_sentences_ < sentences.size() &&
         sentences[sourced_sentences_].token_begin < before) {
    IndexSourcesOf(sentences[sourced_sentences_++]);
  }
  return sources_;
}

// The organizations of sentence `s`, then its persons, in text order; a
// sentence's mentions lie within it, so sorting each sentence's share keeps
// the whole list sorted by token.
void SpeakerMentions::IndexSourcesOf(const Sentence& s) const {
  const std::vector<Token>& t = doc_.tokens;
  const size_t first = sources_.size();
  for (uint32_t i = s.token_begin + 1; i <= s.token_end; ++i) {
    if (!IsNominal(t[i - 1]) || (i < s.token_end && IsNominal(t[i]))) continue;
    if (!MayNameOrganization(s.token_begin, i)) continue;
    std::optional<Mention> m = MentionBefore(s.token_begin, i);
    if (!m || (m->ref != Mention::Ref::kName && m->ref != Mention::Ref::kPlain)) continue;
    // An alias names an organization whatever its words (共同, 時事).
    const bool alias = m->type != SpeakerType::kPerson && lex_.FindAlias(m->name) != nullptr;
    if ((m->type != SpeakerType::kOrganization && !alias) || !SameReferentTail(m->name).empty()) {
      continue;
    }
    AddOrganization(*m);
  }
  IndexPersonsBefore(s.token_end);
  for (; sourced_persons_ < persons_.size() && persons_[sourced_persons_].token < s.token_end;
       ++sourced_persons_) {
    const Person& p = persons_[sourced_persons_];
    sources_.push_back({p.name, SpeakerType::kPerson, p.token});
  }
  std::stable_sort(sources_.begin() + static_cast<std::ptrdiff_t>(first), sources_.end(),
                   [](const NamedSource& a, const NamedSource& b) { return a.token < b.token; });
}

// 産経新聞・読売新聞 parsed as one organization is two when each side is one.
void SpeakerMentions::AddOrganization(const Mention& m) const {
  const std::vector<Token>& t = doc_.tokens;
  for (uint32_t k = m.begin + 1; k + 1 < m.end; ++k) {
    if (!Is(t[k], "・")) continue;
    std::optional<Mention> left = MentionBefore(m.begin, k);
    std::optional<Mention> right = MentionBefore(k + 1, m.end);
    if (left && right && left->type == SpeakerType::kOrganization &&
        right->type == SpeakerType::kOrganization && left->begin == m.begin &&
        right->begin == k + 1) {
      sources_.push_back({left->name, SpeakerType::kOrganization, left->begin});
      sources_.push_back({right->name, SpeakerType::kOrganization, right->begin});
      return;
    }
    break;
  }
  sources_.push_back({m.name, SpeakerType::kOrganization, m.begin});
}

// The alias's full name when the alias file allows it here, else `name`.
std::string StatementFinder::FullAlias(std::string_view name) const {
  const SourceAlias* a = lex_.FindAlias(name);
  if (!a || (!a->always && doc_.normalized.find(a->full) == std::string::npos)) {
    return std::string(name);
  }
  return a->full;
}

void StatementFinder::NameSource(uint32_t mention, Statement* s) const {
  if (lex_.InContextList(s->speaker, ContextList::kDualAnaphor)) return;  // DualSources
  const std::vector<SpeakerMentions::NamedSource>* before = nullptr;
  auto sources = [&]() -> const std::vector<SpeakerMentions::NamedSource>& {
    if (!before) before = &speakers_.SourcesBefore(mention);
    return *before;
  };
  // 記事 / 同記事: the last organization named before.
  if (lex_.InContextList(s->speaker, ContextList::kArticleAnaphor)) {
    for (auto it = sources().rbegin(); it != sources().rend(); ++it) {
      if (it->token >= mention || it->type != SpeakerType::kOrganization) continue;
      s->speaker = FullAlias(it->name);
      s->speaker_type = SpeakerType::kOrganization;
      return;
    }
    return;
  }
  // A person is not an outlet (朝日さん).
  if (s->speaker_type == SpeakerType::kPerson) return;
  if (const std::string full = FullAlias(s->speaker); full != s->speaker) {
    s->speaker = full;
    s->speaker_type = SpeakerType::kOrganization;
    return;
  }
  if (s->speaker_type != SpeakerType::kOrganization) return;
  // 同市教育委員会: the longest head (市教育委員会, …, 市) that an organization
  // named before ends with.
  if (std::string_view tail = SameReferentTail(s->speaker); !tail.empty()) {
    for (size_t len = tail.size(); len > 0;) {
      const std::string_view head = tail.substr(0, len);
      for (auto it = sources().rbegin(); it != sources().rend(); ++it) {
        if (it->token >= mention || it->type != SpeakerType::kOrganization ||
            it->name.size() <= head.size() || !it->name.ends_with(head) ||
            it->name.ends_with("同" + std::string(head))) {  // (ため)同社 is itself an anaphor
          continue;
        }
        s->speaker = it->name + std::string(tail.substr(len));
        return;
      }
      do --len; while (len > 0 && (static_cast<unsigned char>(tail[len]) & 0xC0) == 0x80);
    }
    return;
  }
  // トヨタ / タイムズ: a bare name (no organization head of its own) that a
  // fuller organization named before starts or ends with, or a katakana or
  // Latin name that one ends with (ニューヨーク・タイムズ).
  SpeakerWordClass cls;
  if (CountCodePoints(s->speaker) < kShortFormMinChars) return;
  const bool bare = lex_.SpeakerWordSuffix(s->speaker, &cls).empty();
  const bool foreign = IsKatakanaOrLatin(s->speaker);
  if ((!bare && !foreign) || !WrittenInLongerName(s->speaker, mention)) return;
  for (const SpeakerMentions::NamedSource& n : sources()) {
    if (n.token >= mention) break;
    if (n.type != SpeakerType::kOrganization || n.name.size() <= s->speaker.size()) continue;
    // トヨタ -> トヨタ自動車, but not 吉野家 -> 吉野家アルバイト: what follows is an
    // organization's head.
    const bool head_after = n.name.starts_with(s->speaker) &&
                            lex_.SpeakerWordSuffix(n.name, &cls).size() > 0 &&
                            cls == SpeakerWordClass::kOrganization;
    if (n.name.ends_with(s->speaker) || (bare && head_after)) {
      s->speaker = FullAlias(n.name);
      return;
    }
  }
}

// 両紙 / 両通信 / 両社: the two organizations named last before the mention;
// 両者: the two persons or organizations. Empty unless two are found.
std::vector<SpeakerMentions::NamedSource> StatementFinder::DualSources(const Statement& s,
                                                                        uint32_t mention) const {
  if (!lex_.InContextList(s.speaker, ContextList::kDualAnaphor)) return {};
  // 両紙, 両社: the tail names an outlet or an organization; 両者: anyone.
  constexpr std::string_view kBoth = "両";
  const std::string_view tail = std::string_view(s.speaker).starts_with(kBoth)
                                    ? std::string_view(s.speaker).substr(kBoth.size())
                                    : std::string_view(s.speaker);
  const SpeakerWordClass* cls = lex_.FindSpeakerWord(tail);
  const bool any = !lex_.InContextList(tail, ContextList::kMediaHead) &&
                   !(cls && *cls == SpeakerWordClass::kOrganization);
  // 両紙 / 両新聞 / 両通信: two outlets (a name ending with a media head).
  const bool media = lex_.InContextList(tail, ContextList::kMediaHead);
  std::vector<SpeakerMentions::NamedSource> two;
  const auto& sources = speakers_.SourcesBefore(mention);
  for (auto it = sources.rbegin(); it != sources.rend() && two.size() < 2; ++it) {
    if (it->token >= mention || (!any && it->type != SpeakerType::kOrganization)) continue;
    SpeakerMentions::NamedSource n = *it;
    n.name = FullAlias(n.name);
    if (media && !EndsWithMediaHead(n.name)) continue;
    if (!two.empty() && SameName(two[0].name, n.name)) continue;
    two.push_back(std::move(n));
  }
  if (two.size() < 2) return {};
  std::reverse(two.begin(), two.end());  // text order
  return two;
}

}  // namespace kiji::internal
