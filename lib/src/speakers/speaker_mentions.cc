// Parsing one speaker mention from tokens (speaker_mentions.h): name, reading,
// honorific or title, role, anaphors, organizations and unnamed sources.
#include "speakers/speaker_mentions.h"

#include <string>

#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

// A reading in parentheses: letters, kana, spaces and dots; no digits (ages).
bool LooksLikeReading(std::string_view s) {
  if (s.empty()) return false;
  size_t pos = 0;
  bool letter = false;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    if (c >= '0' && c <= '9') return false;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x3040 && c <= 0x30FF)) {
      letter = true;
    } else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != 0x30FB && c != 0x3000) {
      return false;
    }
  }
  return letter;
}

// An affiliation and a title as one role: 北浜市 + 市長 -> 北浜市長.
std::string JoinTitle(const std::string& affiliation, const std::string& title) {
  if (affiliation.empty()) return title;
  size_t first = 0;
  DecodeUtf8(title, &first);
  if (title.size() > first && affiliation.ends_with(title.substr(0, first))) {
    return affiliation + title.substr(first);
  }
  return affiliation + title;
}

// Any letter: kana, kanji or Latin (not a symbol-only token).
bool HasLetter(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x3041 && c <= 0x30FA) ||
        (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005) {
      return true;
    }
  }
  return false;
}

bool IsKanji(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    if (!((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF))) return false;
  }
  return !s.empty();
}

bool IsParen(const Token& t) {
  return t.surface.starts_with("(") || t.surface.starts_with(")") || t.surface.ends_with("(");
}

bool IsComma(const Token& t) { return t.surface.ends_with("、"); }

bool IsJoiner(const Token& t) { return Is(t, "・") || Is(t, "=") || Is(t, "＝"); }

}  // namespace

bool SpeakerMentions::OrganizationWord(std::string_view word) const {
  SpeakerWordClass cls;
  return !lex_.SpeakerWordSuffix(word, &cls).empty() && cls == SpeakerWordClass::kOrganization;
}

bool SpeakerMentions::NameLike(const Token& t) const {
  if (t.pos_class != PosClass::kProperNoun && t.pos_class != PosClass::kNoun) return false;
  if (IsParen(t) || !HasLetter(t.surface)) return false;  // "：" is unknown, not a name
  if (t.pos_class == PosClass::kProperNoun) return !IsPlaceName(t);
  return t.unknown || IsKatakanaOrLatin(t.surface);
}

uint32_t SpeakerMentions::HonorificBefore(uint32_t limit, uint32_t end, std::string* word,
                                          HonorificKind* kind) const {
  if (end <= limit || !lex_.EndsHonorific(doc_.tokens[end - 1].surface)) return end;
  for (uint32_t n = 3; n >= 1; --n) {
    if (end < limit + n) continue;
    std::string s;
    for (uint32_t i = end - n; i < end; ++i) s += doc_.tokens[i].surface;
    if (const HonorificKind* k = lex_.FindHonorific(s)) {
      *word = s;
      *kind = *k;
      return end - n;
    }
  }
  return end;
}

std::string SpeakerMentions::RoleBefore(uint32_t begin) const {
  const std::vector<Token>& t = doc_.tokens;
  const uint32_t sb = doc_.sentences[t[begin].sentence].token_begin;
  uint32_t e;
  if (begin > sb && (IsParticle(t[begin - 1], "の") || IsJoiner(t[begin - 1]))) {
    e = begin - 1;
  } else if (begin >= sb + 2 && Is(t[begin - 2], "で") && t[begin - 1].lemma == "ある") {
    e = begin - 2;
  } else {
    return {};
  }
  if (e == sb || !IsNominal(t[e - 1]) || t[e - 1].Has(TokenTrait::kDependent) ||
      t[e - 1].Has(TokenTrait::kAdverbial) || t[e - 1].pos_class == PosClass::kNumeral ||
      Is(t[e - 1], "複数")) {
    return {};
  }
  uint32_t k = e;
  while (k > sb) {
    const Token& p = t[k - 1];
    if (IsNominal(p) || IsJoiner(p)) {
      --k;
    } else if (IsParticle(p, "の") && k - 1 > sb && IsNominal(t[k - 2])) {
      --k;
    } else {
      break;
    }
  }
  // A date in front is not part of the role: 1月8日所沢市の…市長.
  while (k < e && (t[k].pos_class == PosClass::kNumeral || Is(t[k], "日") || Is(t[k], "月") ||
                   Is(t[k], "年") || Is(t[k], "時") || Is(t[k], "分") || Is(t[k], "頃"))) {
    ++k;
  }
  while (k < e && (IsParticle(t[k], "の") || IsJoiner(t[k]))) ++k;
  if (k >= e) return {};
  // Not a role: a time (その後12月5日の, 午後9時の), a reference to the text
  // (前出の, 同), or what an event is (主催の).
  static const std::string_view kTime[] = {"日", "時", "月",   "年",   "分",   "付",  "頃",
                                           "朝", "夜", "午前", "午後", "日付", "前後"};
  for (std::string_view w : kTime) {
    if (t[e - 1].surface == w) return {};
  }
  if (t[e - 1].pos_class == PosClass::kNumeral) return {};
  static const std::string_view kNotRoles[] = {"前出", "既出", "同",   "当",   "主催", "上記",
                                               "前述", "先述", "冒頭", "後述", "別"};
  std::string role = Text(k, e);
  for (std::string_view w : kNotRoles) {
    if (role == w) return {};
  }
  // 同館, 同社: "the same …" points back instead of naming an affiliation.
  if (role.starts_with("同") && CountCodePoints(role) <= 3) return {};
  return role;
}

// The class the head of the noun phrase [c, k) gives it: 朝日新聞 and 中国外務省
// organizations, 関係者 and 専門家ら unnamed sources; nullopt for neither.
std::optional<SpeakerWordClass> SpeakerMentions::PhraseClass(uint32_t c, uint32_t k,
                                                             bool org_pos) const {
  const std::vector<Token>& t = doc_.tokens;
  SpeakerWordClass cls;
  std::string_view lastw = t[k - 1].surface;
  // A plural ending does not change the class: 専門家ら, 住民たち.
  uint32_t kk = k;
  if (k - c >= 2 && (lastw == "ら" || lastw == "たち" || lastw == "達" || lastw == "等")) {
    kk = k - 1;
    lastw = t[kk - 1].surface;
  }
  const SpeakerWordClass* whole = lex_.FindSpeakerWord(lastw);
  // 同社, 同署, 同紙: IPADIC keeps 同 and the organization word together.
  if (!whole && lastw.starts_with("同") && lastw.size() > 3) {
    whole = lex_.FindSpeakerWord(lastw.substr(3));
  }
  auto source = [](SpeakerWordClass x) {
    return x == SpeakerWordClass::kOrganization || x == SpeakerWordClass::kDescription;
  };
  if (whole && source(*whole)) return *whole;
  std::string_view suf = lex_.SpeakerWordSuffix(lastw, &cls);
  // A suffix of two or more characters, or a ministry, agency or party
  // ending (外務省, 内閣府); one character alone is too weak (結局, 都市).
  if (suf.size() >= 6 || (!suf.empty() && CountCodePoints(lastw) >= 3 &&
                          (suf == "省" || suf == "庁" || suf == "府" || suf == "党"))) {
    return cls;
  }
  if (kk - c >= 2) {
    const SpeakerWordClass* two =
        lex_.FindSpeakerWord(std::string(t[kk - 2].surface) + std::string(lastw));
    if (two) return source(*two) ? std::optional<SpeakerWordClass>(*two) : std::nullopt;
  }
  if (org_pos || (k - c == 1 && IsOrganizationName(t[c]))) {
    return SpeakerWordClass::kOrganization;
  }
  return std::nullopt;
}

std::optional<Mention> SpeakerMentions::MentionBefore(uint32_t limit, uint32_t end) const {
  const std::vector<Token>& t = doc_.tokens;
  if (end <= limit) return std::nullopt;
  uint32_t k = end;
  // An age or other number in parentheses after the mention: 山田太郎さん(33).
  if (Is(t[k - 1], ")")) {
    for (uint32_t p = k - 1; p > limit && p + 8 > k; --p) {
      if (Is(t[p - 1], "(")) {
        if (!LooksLikeReading(Text(p, k - 1))) k = p - 1;
        break;
      }
    }
    if (k <= limit) return std::nullopt;
  }
  const uint32_t mention_end = k;
  Mention m;
  m.end = mention_end;
  const Token& last = t[k - 1];
  if (const SpeakerWordClass* c = lex_.FindSpeakerWord(last.surface);
      c && *c == SpeakerWordClass::kPronoun) {
    m.ref = Mention::Ref::kAnaphor;
    m.type = SpeakerType::kPerson;
    m.begin = k - 1;
    m.name = std::string(last.surface);
    return m;
  }
  if (last.surface.starts_with("同") && last.surface.size() > 3) {
    if (const HonorificKind* hk = lex_.FindHonorific(last.surface.substr(3))) {
      m.ref = Mention::Ref::kAnaphor;
      m.type = SpeakerType::kPerson;
      m.begin = k - 1;
      m.honorific = std::string(last.surface.substr(3));
      m.honorific_kind = *hk;
      return m;
    }
  }
  std::string hon;
  HonorificKind hon_kind = HonorificKind::kPolite;
  const uint32_t hon_begin = HonorificBefore(limit, k, &hon, &hon_kind);
  const bool has_hon = hon_begin < k;
  if (has_hon && hon_begin > limit && Is(t[hon_begin - 1], "同")) {
    m.ref = Mention::Ref::kAnaphor;
    m.type = SpeakerType::kPerson;
    m.begin = hon_begin - 1;
    m.honorific = hon;
    m.honorific_kind = hon_kind;
    return m;
  }
  uint32_t name_end = hon_begin;
  // A country or a prefix before a title belongs to the title: ブッシュ米大統領,
  // 盧武鉉前大統領, 山田副社長.
  std::string title_place;
  while (has_hon && hon_kind == HonorificKind::kTitle && name_end > limit + 1 &&
         (IsPlaceName(t[name_end - 1]) || t[name_end - 1].pos_class == PosClass::kPrefix ||
          // 朴吉淵国連大使: an organization between a name and its title
          (IsOrganizationName(t[name_end - 1]) && !t[name_end - 1].unknown &&
           IsPersonName(t[name_end - 2]))) &&
         (NameLike(t[name_end - 2]) || Is(t[name_end - 2], ")") || IsPlaceName(t[name_end - 2]) ||
          t[name_end - 2].pos_class == PosClass::kPrefix)) {
    title_place = std::string(t[name_end - 1].surface) + title_place;
    --name_end;
  }
  std::string reading;
  if (name_end > limit + 2 && Is(t[name_end - 1], ")")) {
    for (uint32_t p = name_end - 1; p > limit && p + 12 > name_end; --p) {
      if (Is(t[p - 1], "(")) {
        std::string inner = Text(p, name_end - 1);
        if (LooksLikeReading(inner) && p - 1 > limit && NameLike(t[p - 2])) {
          reading = inner;
          name_end = p - 1;
        }
        break;
      }
    }
  }
  // Nouns between a name and its title belong to the title: 永井隆幸強化部長.
  if (has_hon && hon_kind == HonorificKind::kTitle && name_end > limit + 1 &&
      !NameLike(t[name_end - 1])) {
    uint32_t k2 = name_end;
    // (Words of two or more characters: 郎 of 森健志郎館長 is part of the name.)
    while (k2 > limit + 1 && k2 + 3 > name_end && t[k2 - 1].pos_class == PosClass::kNoun &&
           !NameLike(t[k2 - 1]) && !IsParen(t[k2 - 1]) && CountCodePoints(t[k2 - 1].surface) >= 2) {
      --k2;
    }
    const bool name_before =
        k2 > limit && (IsPersonName(t[k2 - 1]) ||
                       (k2 > limit + 1 && CountCodePoints(t[k2 - 1].surface) == 1 &&
                        IsKanji(t[k2 - 1].surface) && IsPersonName(t[k2 - 2])));  // 菅義偉
    if (k2 < name_end && name_before) {
      title_place = Text(k2, name_end) + title_place;
      name_end = k2;
    }
  }
  uint32_t b = name_end;
  while (b > limit) {
    // 潘基文: IPADIC knows 潘 and 基 as name parts but not 文.
    // 李偉, 王毅: a Chinese given name of one or two characters that MeCab
    // reads as common words (偉 as an adjective) after a known surname.
    const bool kanji1 = CountCodePoints(t[b - 1].surface) == 1 && IsKanji(t[b - 1].surface);
    const bool name_tail = kanji1 && b >= limit + 2 &&
                           ((IsPersonName(t[b - 2]) || NameLike(t[b - 2])) ||
                            (b >= limit + 3 && CountCodePoints(t[b - 2].surface) == 1 &&
                             IsKanji(t[b - 2].surface) && IsPersonName(t[b - 3])));
    // A surname MeCab knows as a place (沢尻 of 沢尻エリカ) or reads with a
    // prefix (今 of 今江敏晃), before a given name.
    const bool given_next = b < name_end && t[b].Has(TokenTrait::kGivenName);
    const bool surname_next =
        b + 1 < name_end && t[b].Has(TokenTrait::kSurname) && t[b + 1].Has(TokenTrait::kGivenName);
    const bool surname = (given_next && IsPlaceName(t[b - 1]) &&
                          !t[b - 1].Has(TokenTrait::kCountry) && IsKanji(t[b - 1].surface) &&
                          CountCodePoints(t[b - 1].surface) >= 2) ||  // not 米 of 米ジョージ
                         (surname_next && t[b - 1].pos_class == PosClass::kPrefix &&
                          CountCodePoints(t[b - 1].surface) == 1 && IsKanji(t[b - 1].surface));
    if (NameLike(t[b - 1]) || (has_hon && name_tail) || surname) {
      --b;
    } else if (IsJoiner(t[b - 1]) && b < name_end && b - 1 > limit && NameLike(t[b - 2]) &&
               !OrganizationWord(t[b - 2].surface) &&
               // メディカルトレーナー・土屋潤二: an occupation, not a first name
               !(t[b - 2].pos_class == PosClass::kNoun && !t[b - 2].unknown &&
                 IsPersonName(t[b]))) {
      // ドナルド・トランプ, but not ヴェルディホールディングス・崔暢亮 (a role)
      --b;
    } else {
      break;
    }
  }
  // A Chinese name before a title, in one-character tokens of any class
  // (華春瑩報道官, 呂大良報道官): 2 to 4 kanji right after の, ・, 、 or the start.
  if (has_hon && hon_kind == HonorificKind::kTitle && b == name_end) {
    uint32_t x = name_end;
    uint32_t chars = 0;
    bool single = false;
    while (x > limit && IsNominal(t[x - 1]) && IsKanji(t[x - 1].surface) && chars < 4) {
      const uint32_t n = CountCodePoints(t[x - 1].surface);
      if (n > 2 || (n == 2 && t[x - 1].pos_class != PosClass::kProperNoun)) break;
      single = single || n == 1;
      chars += n;
      --x;
    }
    const bool bounded =
        x == limit || IsParticle(t[x - 1], "の") || IsJoiner(t[x - 1]) || IsComma(t[x - 1]);
    if (bounded && single && chars >= 2 && chars <= 4 && name_end - x >= 2) b = x;
  }
  // With an honorific, a short run of kanji nouns before the name is part of
  // it (橋下氏, 仲正哲氏: surnames MeCab does not know as names).
  if (has_hon && hon_kind == HonorificKind::kPolite) {
    while (b > limit && t[b - 1].pos_class == PosClass::kNoun && !t[b - 1].unknown &&
           !t[b - 1].Has(TokenTrait::kDependent) && !t[b - 1].Has(TokenTrait::kAdverbial) &&
           !lex_.FindSpeakerWord(t[b - 1].surface) && CountCodePoints(Text(b - 1, name_end)) <= 5) {
      --b;
    }
  }
  // A country abbreviation before a foreign name (米ジョージ・W・ブッシュ),
  // which IPADIC may read as a surname, is not part of it.
  std::string country_before;
  if (b + 1 < name_end && IsKatakanaOrLatin(t[b + 1].surface)) {
    static const std::string_view kCountries[] = {"米", "英", "仏", "独", "露", "中", "韓",
                                                  "朝", "伊", "加", "豪", "印", "比", "蘭"};
    for (std::string_view c1 : kCountries) {
      if (t[b].surface == c1) {
        country_before = std::string(c1);
        ++b;
        break;
      }
    }
  }
  // A title written before the name is not part of it: CEOスティーブ・ジョブズ.
  std::string title_before;
  while (b + 1 < name_end) {
    const HonorificKind* hk = lex_.FindHonorific(t[b].surface);
    if (!hk || *hk != HonorificKind::kTitle) break;
    title_before += t[b].surface;
    ++b;
    if (IsJoiner(t[b])) ++b;
  }
  // A title after an organization alone names no one: インド外務省報道官.
  if (has_hon && hon_kind == HonorificKind::kTitle && b < name_end) {
    bool org_only = true;
    for (uint32_t i = b; i < name_end && org_only; ++i) {
      org_only = IsOrganizationName(t[i]) && !t[i].unknown;
    }
    if (org_only) b = name_end;
  }
  const bool has_name = b < name_end;
  bool person_pos = false, org_pos = false;
  for (uint32_t i = b; i < name_end; ++i) {
    if (IsPersonName(t[i])) person_pos = true;
    if (IsOrganizationName(t[i])) org_pos = true;
  }
  if (has_name && (has_hon || person_pos)) {
    m.ref = Mention::Ref::kName;
    m.type = SpeakerType::kPerson;
    m.begin = b;
    m.name = Text(b, name_end);
    // 相 alone is a poor honorific: 総務相.
    m.honorific =
        hon_kind == HonorificKind::kTitle && CountCodePoints(hon) == 1 ? title_place + hon : hon;
    m.honorific_kind = hon_kind;
    m.reading = reading;
    std::string role = title_before.empty() ? RoleBefore(b) : title_before;
    if (role.empty() && !country_before.empty()) role = country_before;
    if (has_hon && hon_kind == HonorificKind::kTitle) role = JoinTitle(role, title_place + hon);
    m.role = role;
    return m;
  }
  // A name in brackets: 「じつはた☆くんだ」氏.
  if (has_hon && !has_name && hon_begin > limit + 2 &&
      (Is(t[hon_begin - 1], "」") || Is(t[hon_begin - 1], "』"))) {
    uint32_t o = hon_begin - 1;
    while (o > limit && o + 12 > hon_begin && !Is(t[o], "「") && !Is(t[o], "『")) --o;
    if ((Is(t[o], "「") || Is(t[o], "『")) && o + 1 < hon_begin - 1) {
      m.ref = Mention::Ref::kName;
      m.type = SpeakerType::kPerson;
      m.begin = o;
      m.name = Text(o + 1, hon_begin - 1);
      m.honorific = hon;
      m.honorific_kind = hon_kind;
      m.role = RoleBefore(o);
      if (hon_kind == HonorificKind::kTitle) m.role = JoinTitle(m.role, hon);
      return m;
    }
  }
  // A publication in 『』: 『人民日報』は…と伝えた.
  if (!has_hon && !has_name && Is(t[k - 1], "』") && k >= limit + 3) {
    uint32_t o = k - 1;
    while (o > limit && o + 10 > k && !Is(t[o], "『")) --o;
    if (Is(t[o], "『") && o + 1 < k - 1) {
      m.ref = Mention::Ref::kPlain;
      m.type = SpeakerType::kOrganization;
      m.begin = o;
      m.name = Text(o + 1, k - 1);
      return m;
    }
  }
  // 氏 alone refers back, as 同氏 does: 氏によれば、…
  if (has_hon && !has_name && hon_kind == HonorificKind::kPolite &&
      (hon_begin == limit || !IsNominal(t[hon_begin - 1]))) {
    m.ref = Mention::Ref::kAnaphor;
    m.type = SpeakerType::kPerson;
    m.begin = hon_begin;
    m.honorific = hon;
    m.honorific_kind = hon_kind;
    return m;
  }
  // A noun phrase: bare title, organization or unnamed source.
  uint32_t c = k;
  while (c > limit && (IsNominal(t[c - 1]) || (IsJoiner(t[c - 1]) && c < k))) --c;
  // An adverbial noun in front is not part of the name: 当初福岡ソフトバンク球団.
  while (c + 1 < k && t[c].Has(TokenTrait::kAdverbial)) ++c;
  if (c == k) return std::nullopt;
  if (c > limit && Is(t[c - 1], "同")) --c;  // 同紙, 同局: IPADIC makes 同 a prenominal
  m.begin = c;
  m.name = Text(c, k);
  m.role = RoleBefore(c);
  if (has_hon && hon_kind == HonorificKind::kTitle) {
    m.honorific = hon;
    m.honorific_kind = hon_kind;
    m.type = SpeakerType::kPerson;
    m.ref = c == hon_begin ? Mention::Ref::kTitleOnly : Mention::Ref::kPlain;
    if (m.ref == Mention::Ref::kPlain) m.type = SpeakerType::kDescription;
    return m;
  }
  SpeakerWordClass cls;
  if (std::optional<SpeakerWordClass> pc = PhraseClass(c, k, org_pos)) {
    cls = *pc;
  } else if (has_hon && hon_kind == HonorificKind::kPolite && k - c <= 3 && c < hon_begin &&
             t[c].pos_class != PosClass::kPrefix && !t[c].Has(TokenTrait::kDependent) &&
             CountCodePoints(Text(c, hon_begin)) <= 6) {
    // 橋下氏 where MeCab split the surname into common nouns: a person.
    m.ref = Mention::Ref::kName;
    m.type = SpeakerType::kPerson;
    m.name = Text(c, hon_begin);
    m.honorific = hon;
    m.honorific_kind = hon_kind;
    return m;
  } else if (has_hon) {
    cls = SpeakerWordClass::kDescription;  // お母さん
  } else {
    return std::nullopt;
  }
  m.type = cls == SpeakerWordClass::kOrganization ? SpeakerType::kOrganization
                                                  : SpeakerType::kDescription;
  m.ref = Mention::Ref::kPlain;
  return m;
}

}  // namespace kiji::internal
