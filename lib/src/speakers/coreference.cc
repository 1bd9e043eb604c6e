// The persons an article names, and resolving a mention to the speaker
// (fullest name, referent of 同氏 / 彼 / 首相, reading and role).
#include <algorithm>
#include <utility>

#include "kiji/utf8.h"
#include "speakers/speaker_mentions.h"

namespace kiji::internal {
namespace {

// True when `s` holds "・" (E3 83 BB). A byte loop on its last byte, which
// few kana and kanji have: string_view::find stops at every E3 (all kana).
bool HasMiddleDot(std::string_view s) {
  for (size_t i = 2; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xBB && s.substr(i - 2, 3) == "・") return true;
  }
  return false;
}

}  // namespace

SpeakerMentions::SpeakerMentions(const Document& doc, const QuoteLexicon& lexicon)
    : doc_(doc), lex_(lexicon) {}

// Every named person of the article, found once, only for articles that
// have a statement to resolve, and only as far into the article as asked.
void SpeakerMentions::IndexPersons() const {
  IndexPersonsBefore(static_cast<uint32_t>(doc_.tokens.size()));
}

void SpeakerMentions::IndexPersonsBefore(uint32_t before) const {
  if (indexing_) return;
  indexing_ = true;
  const std::vector<Sentence>& sentences = doc_.sentences;
  while (indexed_sentences_ < sentences.size() &&
         sentences[indexed_sentences_].token_begin < before) {
    IndexPersonsOf(sentences[indexed_sentences_++]);
  }
  indexing_ = false;
}

void SpeakerMentions::IndexPersonsOf(const Sentence& s) const {
  const Document& doc = doc_;
  for (uint32_t i = s.token_begin + 1; i <= s.token_end; ++i) {
    const Token& last = doc.tokens[i - 1];
    // Only a name or an honorific can end a person's mention, and only at
    // the end of a run of nouns. (Cheap tests first: this runs for every token.)
    if (last.pos_class != PosClass::kNoun && last.pos_class != PosClass::kSuffix &&
        last.pos_class != PosClass::kProperNoun) {
      continue;
    }
    if (i < s.token_end && IsNominal(doc.tokens[i])) continue;
    if (!IsPersonName(last) && !lex_.EndsHonorific(last.surface) &&
        !last.surface.starts_with(")")) {
      continue;
    }
    if (i < s.token_end && NameLike(doc.tokens[i])) continue;
    std::optional<Mention> m = MentionBefore(s.token_begin, i);
    if (m && m->ref == Mention::Ref::kName && m->type == SpeakerType::kPerson) {
      persons_.push_back({m->name, m->honorific, m->reading, m->role, m->begin});
    }
  }
}

std::string_view SpeakerMentions::Text(uint32_t begin, uint32_t end) const {
  if (begin >= end) return {};
  return doc_.Original(doc_.tokens[begin].byte_begin, doc_.tokens[end - 1].byte_end);
}

const SpeakerMentions::Person* SpeakerMentions::Fullest(std::string_view name) const {
  IndexPersons();
  // A kanji name is a surname first: 菊間 is 菊間千乃 rather than the
  // ケツメイシ菊間 of a headline in the source list.
  const bool surname = IsKanji(name);
  auto rank = [&](const Person& p) {
    return std::pair<bool, size_t>(
        surname && p.name.size() > name.size() && p.name.starts_with(name), p.name.size());
  };
  const Person* best = nullptr;
  for (const Person& p : persons_) {
    if (p.name.size() < name.size()) continue;
    if (p.name != name && !LongerNameOf(p.name, name)) continue;
    if (!best || rank(p) > rank(*best)) best = &p;
  }
  return best;
}

bool SpeakerMentions::ShortFormOfPersonBefore(std::string_view name, uint32_t before) const {
  IndexPersonsBefore(before);
  for (const Person& p : persons_) {
    if (p.token >= before) break;
    if (LongerNameOf(p.name, name)) return true;
  }
  return !DottedNameBefore(name, before).empty();
}

// Only nouns, proper nouns and unknown words, never an organization
// word (テレビ of フジテレビ) or a Latin name (adingo). A word tagged as an
// organization (IPADIC tags 本田 and 高島 as companies) must match a person
// the article names in full; a foreign name with a middle dot is not enough
// for it.
bool SpeakerMentions::ShortFormOfPersonNamed(uint32_t begin, uint32_t end) const {
  // A common noun (山下 of 山下穂尊 in some contexts) only for a full name,
  // not for a dotted one (ファン of ファン・ランダエダ).
  bool organization = false, common = false;
  for (uint32_t i = begin; i < end; ++i) {
    const Token& t = doc_.tokens[i];
    if (t.pos_class != PosClass::kProperNoun && t.pos_class != PosClass::kNoun && !t.unknown) {
      return false;
    }
    if (t.Has(TokenTrait::kCountry)) return false;  // トルコ of エルドアン・トルコ首相
    organization |= IsOrganizationName(t);
    common |= t.pos_class == PosClass::kNoun && !t.unknown;
  }
  const std::string_view name = Text(begin, end);
  if (name.empty() || static_cast<unsigned char>(name[0]) < 0x80 || CountCodePoints(name) < 2) {
    return false;
  }
  // The lexicon lookups after the cheap tests above, which most runs fail.
  for (uint32_t i = begin; i < end; ++i) {
    const std::string_view w = doc_.tokens[i].surface;
    if (OrganizationWord(w) || lex_.FindSpeakerWord(w) || lex_.FindHonorific(w)) return false;
  }
  IndexPersonsBefore(begin);
  for (const Person& p : persons_) {
    if (p.token >= begin) break;
    if (!LongerNameOf(p.name, name)) continue;
    // Not the part before a middle dot: ヤクルト of ヤクルト・リオス投手.
    if (p.name.ends_with(name) || !std::string_view(p.name).substr(name.size()).starts_with("・")) {
      return true;
    }
  }
  // ロートナー of テイラー・ロートナー: the family name, written last. A first
  // part is as often a team or a company (ヤクルト・リオス, 中日・井端).
  if (organization || common) return false;
  const std::string dotted = DottedNameBefore(name, begin);
  return dotted.size() > name.size() && dotted.ends_with(name);
}

// A foreign name written with a middle dot (チョン・テセ, one unknown token or
// three) before token `before` whose first or last part is `name`, as
// written; empty when there is none. MeCab tags neither as a person, but the
// dot makes them a given name and a family name.
// True when `part`, written before or after a name with a middle dot, is a
// role and not a name (エース of エース・ダルビッシュ, 代表FW of 代表FW・パク):
// a title of honorifics.tsv, or ending with a role_prefix word.
bool SpeakerMentions::RolePart(std::string_view part) const {
  if (const HonorificKind* h = lex_.FindHonorific(part); h && *h == HonorificKind::kTitle) {
    return true;
  }
  for (size_t i = 0; i < part.size(); ++i) {
    if ((static_cast<unsigned char>(part[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (lex_.InContextList(part.substr(i), ContextList::kRolePrefix)) return true;
  }
  return false;
}

// True when `part`, written before or after a middle dot, names a kind of
// organization or an outlet (ハンバーガーチェーン, サンケイスポーツ, ラジオ): an
// organization word of speaker_words.tsv, an alias of source_aliases.tsv or
// ending with an organization_part word. The dotted words are then an
// organization, or a person with an affiliation, never one person's name.
bool SpeakerMentions::OrganizationPart(std::string_view part) const {
  if (part.empty()) return false;
  if (OrganizationWord(part) || lex_.FindAlias(part)) return true;
  for (size_t i = 0; i < part.size(); ++i) {
    if ((static_cast<unsigned char>(part[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (lex_.InContextList(part.substr(i), ContextList::kOrganizationPart)) return true;
  }
  return false;
}

// True when person name `full` is a longer form of `name`, which is its
// first or last part. Across a middle dot only a foreign name, every part
// katakana or Latin and none an organization (テイラー・ロートナー, not
// 中日・谷繁, 清原・桑田 or ハンバーガーチェーン・ウェンディーズ): a Japanese
// name is not written with one.
bool SpeakerMentions::LongerNameOf(std::string_view full, std::string_view name) const {
  if (full.size() <= name.size() || name.empty()) return false;
  const bool first = full.starts_with(name);
  if (!first && !full.ends_with(name)) return false;
  const std::string_view rest =
      first ? full.substr(name.size()) : full.substr(0, full.size() - name.size());
  constexpr std::string_view kDot = "・";
  if (full.find(kDot) == std::string_view::npos) return true;
  std::string letters;  // シュナイダー=ベトヒャー: an equals sign joins parts too
  for (size_t pos = 0; pos < full.size();) {
    const size_t from = pos;
    const char32_t c = DecodeUtf8(full, &pos);
    if (c != U'=' && c != U'＝') letters += full.substr(from, pos - from);
  }
  if (!IsKatakanaOrLatin(letters)) return false;
  // Each dotted part of the rest: ロートナー's テイラー, not ハンバーガーチェーン.
  size_t pos = 0;
  while (pos <= rest.size()) {
    size_t dot = rest.find(kDot, pos);
    if (dot == std::string_view::npos) dot = rest.size();
    const std::string_view part = rest.substr(pos, dot - pos);
    if (OrganizationPart(part) || (!part.empty() && RolePart(part))) return false;
    pos = dot + kDot.size();
  }
  return true;
}

const std::vector<uint32_t>& SpeakerMentions::DottedTokensBefore(uint32_t before) const {
  const std::vector<Token>& t = doc_.tokens;
  for (; dotted_scanned_ < before && dotted_scanned_ < t.size(); ++dotted_scanned_) {
    if (HasMiddleDot(t[dotted_scanned_].surface)) dotted_.push_back(dotted_scanned_);
  }
  return dotted_;
}

std::string SpeakerMentions::DottedNameBefore(std::string_view name, uint32_t before) const {
  const std::vector<Token>& t = doc_.tokens;
  const std::string head = std::string(name) + "・";
  const std::string tail = "・" + std::string(name);
  for (const uint32_t k : DottedTokensBefore(before)) {
    if (k >= before) break;
    const Token& x = t[k];
    // The other part a role (エース・ダルビッシュ): the person is named, by
    // `name` alone.
    if (Is(x, "・")) {
      if (k == 0 || k + 1 >= before) continue;
      const bool after = t[k + 1].surface == name && NameLike(t[k - 1]);
      const bool first = t[k - 1].surface == name && NameLike(t[k + 1]);
      if ((after || first) && OrganizationPart(t[after ? k - 1 : k + 1].surface)) continue;
      if (after || first) {
        return RolePart(t[after ? k - 1 : k + 1].surface) ? std::string(name) : std::string(Text(k - 1, k + 2));
      }
    } else if (NameLike(x) && x.surface.size() > head.size()) {
      const std::string_view s = x.surface;
      if (s.starts_with(head) || s.ends_with(tail)) {
        const std::string_view other = s.starts_with(head) ? s.substr(head.size())
                                                           : s.substr(0, s.size() - tail.size());
        if (OrganizationPart(other)) continue;
        return RolePart(other) ? std::string(name) : std::string(s);
      }
    }
  }
  return {};
}

bool SpeakerMentions::DottedWithOrganizationBefore(std::string_view name, uint32_t before) const {
  const std::vector<Token>& t = doc_.tokens;
  const std::string head = std::string(name) + "・";
  const std::string tail = "・" + std::string(name);
  for (const uint32_t k : DottedTokensBefore(before)) {
    if (k >= before) break;
    const std::string_view s = t[k].surface;
    if (Is(t[k], "・") && k > 0 && k + 1 < before) {
      if (t[k + 1].surface == name && OrganizationPart(t[k - 1].surface)) return true;
      if (t[k - 1].surface == name && OrganizationPart(t[k + 1].surface)) return true;
    } else if (s.size() > head.size() && s.ends_with(tail) &&
               OrganizationPart(s.substr(0, s.size() - tail.size()))) {
      return true;  // one token: ハンバーガーチェーン・ウェンディーズ
    } else if (s.size() > head.size() && s.starts_with(head) &&
               OrganizationPart(s.substr(head.size()))) {
      return true;
    }
  }
  return false;
}

const SpeakerMentions::Person* SpeakerMentions::Referent(uint32_t before,
                                                         std::string_view title) const {
  IndexPersonsBefore(before);
  const Person* found = nullptr;
  for (const Person& p : persons_) {
    if (p.token >= before) break;
    if (title.empty() || p.honorific == title) found = &p;
  }
  return found;
}

void SpeakerMentions::Resolve(const Mention& m, Statement* s) const {
  const std::vector<Token>& t = doc_.tokens;
  s->mention = Text(m.begin, m.end);
  s->mention_start = t[m.begin].start;
  s->mention_end = t[m.end - 1].end;
  s->honorific = m.honorific;
  s->reading = m.reading;
  s->role = m.role;
  s->speaker_type = m.type;
  std::string name = m.name;
  if (m.ref == Mention::Ref::kAnaphor || m.ref == Mention::Ref::kTitleOnly) {
    std::string_view title =
        m.honorific_kind == HonorificKind::kTitle ? std::string_view(m.honorific) : "";
    const Person* p = Referent(m.begin, title);
    if (!p) {
      s->speaker = m.ref == Mention::Ref::kTitleOnly ? m.honorific : s->mention;
      s->speaker_type =
          m.ref == Mention::Ref::kTitleOnly ? SpeakerType::kDescription : SpeakerType::kPerson;
      if (s->role.empty() && m.ref == Mention::Ref::kTitleOnly) s->role = m.honorific;
      return;
    }
    name = p->name;
    if (s->honorific.empty()) s->honorific = p->honorific;
  } else if (m.ref == Mention::Ref::kPlain) {
    s->speaker = m.name;  // an organization or unnamed source: no person to look up
    return;
  }
  const Person* full = Fullest(name);
  s->speaker = full ? full->name : name;
  if (!full && IsKatakanaOrLatin(name)) {
    if (std::string dotted = DottedNameBefore(name, m.begin); !dotted.empty()) s->speaker = dotted;
  }
  // The person's reading and fullest role, wherever the article gave them.
  for (const Person& p : persons_) {
    if (p.name != s->speaker && p.name != name) continue;
    if (s->reading.empty()) s->reading = p.reading;
    if (p.role.size() > s->role.size()) s->role = p.role;
    if (s->honorific.empty()) s->honorific = p.honorific;
  }
}

}  // namespace kiji::internal
