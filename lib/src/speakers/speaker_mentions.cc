// Parsing one speaker mention from tokens (speaker_mentions.h): name, reading,
// honorific or title, role, anaphors, organizations and unnamed sources.
#include "speakers/speaker_mentions.h"

#include <string>

#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

// The last code point of `word`, as text.
std::string_view LastCharacter(std::string_view word) {
  size_t start = word.empty() ? 0 : word.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(word[start]) & 0xC0) == 0x80) --start;
  return word.substr(start);
}

// How far back to look, in tokens, for the "(" of an age after a name
// (山田太郎さん(33)): an age or a short note, never a sentence.
constexpr uint32_t kAgeParenTokens = 8;
// ... for the "(" of a reading after a name: a romanized name of a few words
// (崔征(Cui Zheng)氏) is split by MeCab into up to ~10 tokens.
constexpr uint32_t kReadingParenTokens = 12;
// ... for the 「 of a name in brackets (「じつはた☆くんだ」氏) and the 『 of a
// publication (『人民日報』): titles of a few words, not quotations.
constexpr uint32_t kBracketNameTokens = 12;
constexpr uint32_t kPublicationTokens = 10;
// Nouns between a name and its title, taken into the title (永井隆幸強化部長):
// at most three, more is a phrase of its own.
constexpr uint32_t kTitleNounTokens = 3;
// A Chinese name written in one-character tokens is 2 to 4 kanji (華春瑩).
constexpr uint32_t kChineseNameChars = 4;
// Kanji nouns before an honorific read as a surname (橋下氏): the name and
// those nouns at most 5 characters; a split surname (仲正哲氏) of at most 3
// tokens and 6 characters. Longer runs are descriptions, not names.
constexpr uint32_t kSurnameNounChars = 5;
constexpr uint32_t kSplitSurnameTokens = 3;
constexpr uint32_t kSplitSurnameChars = 6;

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
  // No honorific is longer than the first (the list is longest first): a
  // join of tokens past that length is not built, let alone looked up.
  const size_t longest = lex_.honorifics().empty() ? 0 : lex_.honorifics().front().first.size();
  std::string s;
  for (uint32_t n = 3; n >= 1; --n) {
    if (end < limit + n) continue;
    size_t bytes = 0;
    for (uint32_t i = end - n; i < end; ++i) bytes += doc_.tokens[i].surface.size();
    if (bytes > longest) continue;
    s.clear();
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
  } else if (begin > sb && Is(t[begin - 1], "である") &&
             t[begin - 1].pos_class == PosClass::kAuxiliary) {
    e = begin - 1;  // Juman writes the copula as one token
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
  while (k < e && (t[k].pos_class == PosClass::kNumeral || IsDateOrTime(t[k].pos_class) ||
                   Is(t[k], "日") || Is(t[k], "月") ||
                   Is(t[k], "年") || Is(t[k], "時") || Is(t[k], "分") || Is(t[k], "頃"))) {
    ++k;
  }
  while (k < e && (IsParticle(t[k], "の") || IsJoiner(t[k]))) ++k;
  if (k >= e) return {};
  // Not a role: a time (その後12月5日の, 午後9時の), a reference to the text
  // (前出の, 同), or what an event is (主催の).
  if (lex_.InContextList(t[e - 1].surface, ContextList::kTimeWord)) return {};
  if (t[e - 1].pos_class == PosClass::kNumeral) return {};
  const std::string_view role = Text(k, e);
  if (lex_.InContextList(role, ContextList::kNotRole)) return {};
  // 同館, 同社: "the same …" points back instead of naming an affiliation.
  if (!SameReferentTail(role).empty() && CountCodePoints(role) <= 3) return {};
  return std::string(role);
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
  if (k - c >= 2 && lex_.InContextList(lastw, ContextList::kPluralSuffix)) {
    kk = k - 1;
    lastw = t[kk - 1].surface;
  }
  const SpeakerWordClass* whole = lex_.FindSpeakerWord(lastw);
  // 同社, 同署, 同紙: IPADIC keeps 同 and the organization word together.
  if (!whole && !SameReferentTail(lastw).empty()) whole = lex_.FindSpeakerWord(SameReferentTail(lastw));
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
  if (org_pos || (k - c == 1 && IsOrganizationName(t[c])) || OrganizationOfRegion(c, k)) {
    return SpeakerWordClass::kOrganization;
  }
  return std::nullopt;
}

// Tokens [c, k) are a person's name (tagged so) and one common noun of two
// or three kanji that names no act (発言, 会見) and no time and ends like a
// title (a title_suffix character: 貫主, 住職, 法相, 参事; not 周辺).
bool SpeakerMentions::TitleAfterName(uint32_t c, uint32_t k) const {
  const std::vector<Token>& t = doc_.tokens;
  if (k - c < 2) return false;
  for (uint32_t i = c; i + 1 < k; ++i) {
    if (!IsPersonName(t[i])) return false;
  }
  const Token& title = t[k - 1];
  const size_t chars = CountCodePoints(title.surface);
  return title.pos_class == PosClass::kNoun && !title.unknown && chars >= 2 && chars <= 3 &&
         IsKanji(title.surface) && !title.Has(TokenTrait::kVerbalNoun) &&
         !title.Has(TokenTrait::kAdverbial) && !title.Has(TokenTrait::kDependent) &&
         !lex_.FindSpeakerWord(title.surface) &&
         lex_.InContextList(LastCharacter(title.surface), ContextList::kTitleSuffix);
}

// An organization's name and the region it serves: JR東海, NTT東日本.
bool SpeakerMentions::OrganizationOfRegion(uint32_t c, uint32_t k) const {
  const std::vector<Token>& t = doc_.tokens;
  if (k - c < 2 || !IsOrganizationName(t[c])) return false;
  for (uint32_t i = c + 1; i < k; ++i) {
    if (!IsPlaceName(t[i])) return false;
  }
  return true;
}

// A title the lists do not hold, made of a noun and a title suffix after an
// organization: 東京都教育委員会の教育長, 米国務省の報道官, 県警の捜査員.
bool SpeakerMentions::ProductiveTitle(uint32_t c, uint32_t k) const {
  const std::vector<Token>& t = doc_.tokens;
  if (k - c < 2 || !lex_.InContextList(t[k - 1].surface, ContextList::kTitleSuffix) ||
      !IsNominal(t[k - 2]) || c < 2 || !IsParticle(t[c - 1], "の")) {
    return false;
  }
  const uint32_t sb = doc_.sentences[t[c].sentence].token_begin;
  const uint32_t oe = c - 1;
  uint32_t ob = oe;
  while (ob > sb && IsNominal(t[ob - 1])) --ob;
  if (ob == oe) return false;
  bool org_pos = false;
  for (uint32_t i = ob; i < oe; ++i) org_pos |= IsOrganizationName(t[i]);
  std::optional<SpeakerWordClass> cls = PhraseClass(ob, oe, org_pos);
  return cls && *cls == SpeakerWordClass::kOrganization;
}

// The state of parsing one mention right to left, from its end: the
// honorific, then the title's prefix, a reading, the name, what stands before
// the name. Token indexes into doc_.tokens.
struct SpeakerMentions::MentionParse {
  uint32_t limit = 0;      // the mention starts at or after this token
  uint32_t end = 0;        // the mention ends before this token (an age dropped)
  uint32_t hon_begin = 0;  // the honorific is [hon_begin, end); == end if none
  std::string hon;
  HonorificKind hon_kind = HonorificKind::kPolite;
  uint32_t name_end = 0;    // the name is [begin, name_end)
  uint32_t begin = 0;
  std::string title_place;  // 米 of ブッシュ米大統領, 強化 of 永井隆幸強化部長
  std::string reading;      // Cui Zheng of 崔征(Cui Zheng)氏
  std::string country_before;
  std::string title_before;  // CEO of CEOスティーブ・ジョブズ

  bool has_hon() const { return hon_begin < end; }
  bool title() const { return has_hon() && hon_kind == HonorificKind::kTitle; }
  bool polite() const { return has_hon() && hon_kind == HonorificKind::kPolite; }
  bool has_name() const { return begin < name_end; }
  Mention Start(Mention::Ref ref, SpeakerType type, uint32_t at) const {
    Mention m;
    m.ref = ref;
    m.type = type;
    m.begin = at;
    m.end = end;
    return m;
  }
  void SetHonorific(Mention* m) const {
    m->honorific = hon;
    m->honorific_kind = hon_kind;
  }
};

std::optional<Mention> SpeakerMentions::MentionBefore(uint32_t limit, uint32_t end) const {
  if (end <= limit) return std::nullopt;
  MentionParse p;
  p.limit = limit;
  p.end = EndBeforeAge(limit, end);
  if (p.end <= limit) return std::nullopt;
  p.hon_begin = HonorificBefore(limit, p.end, &p.hon, &p.hon_kind);
  if (std::optional<Mention> m = AnaphorAtEnd(p)) return m;
  p.name_end = p.hon_begin;
  TakeTitlePrefix(&p);
  TakeReading(&p);
  TakeNounsBeforeTitle(&p);
  FindNameBegin(&p);
  DropWordsBeforeName(&p);
  bool person_pos = false;
  for (uint32_t i = p.begin; i < p.name_end; ++i) person_pos |= IsPersonName(doc_.tokens[i]);
  if (p.has_name() && (p.has_hon() || person_pos)) return NamedMention(p);
  // 新井 after 新井貴浩, ロートナー after テイラー・ロートナー: the short form of a
  // person named before, which MeCab tags as a common noun or leaves unknown.
  if (!p.has_hon()) {
    for (uint32_t k = 1; k <= 2 && p.end >= p.limit + k; ++k) {
      if (!ShortFormOfPersonNamed(p.end - k, p.end)) continue;
      MentionParse short_form = p;
      short_form.begin = p.end - k;
      short_form.name_end = p.end;
      return NamedMention(short_form);
    }
  }
  if (std::optional<Mention> m = BracketedMention(p)) return m;
  return NounPhraseMention(p);
}

// An age or other number in parentheses after the mention: 山田太郎さん(33).
uint32_t SpeakerMentions::EndBeforeAge(uint32_t limit, uint32_t end) const {
  const std::vector<Token>& t = doc_.tokens;
  if (!Is(t[end - 1], ")")) return end;
  for (uint32_t p = end - 1; p > limit && p + kAgeParenTokens > end; --p) {
    if (!Is(t[p - 1], "(")) continue;
    // ウィットロック選手(イギリス): a country in katakana is no reading.
    const bool place = p + 2 == end && IsPlaceName(t[p]);
    return LooksLikeReading(Text(p, end - 1)) && !place ? end : p - 1;
  }
  return end;
}

// 彼, 同大統領 (one token) or 同 + an honorific: a reference back to a person.
std::optional<Mention> SpeakerMentions::AnaphorAtEnd(const MentionParse& p) const {
  const Token& last = doc_.tokens[p.end - 1];
  if (const SpeakerWordClass* c = lex_.FindSpeakerWord(last.surface);
      c && *c == SpeakerWordClass::kPronoun) {
    Mention m = p.Start(Mention::Ref::kAnaphor, SpeakerType::kPerson, p.end - 1);
    m.name = std::string(last.surface);
    return m;
  }
  std::string_view tail = SameReferentTail(last.surface);
  if (const HonorificKind* hk = tail.empty() ? nullptr : lex_.FindHonorific(tail)) {
    Mention m = p.Start(Mention::Ref::kAnaphor, SpeakerType::kPerson, p.end - 1);
    m.honorific = std::string(tail);
    m.honorific_kind = *hk;
    return m;
  }
  if (p.has_hon() && p.hon_begin > p.limit && Is(doc_.tokens[p.hon_begin - 1], "同")) {
    Mention m = p.Start(Mention::Ref::kAnaphor, SpeakerType::kPerson, p.hon_begin - 1);
    p.SetHonorific(&m);
    return m;
  }
  return std::nullopt;
}

// A country or a prefix before a title belongs to the title: ブッシュ米大統領,
// 盧武鉉前大統領, 山田副社長; so does an organization between a name and its
// title: 朴吉淵国連大使.
void SpeakerMentions::TakeTitlePrefix(MentionParse* p) const {
  const std::vector<Token>& t = doc_.tokens;
  while (p->title() && p->name_end > p->limit + 1) {
    const Token& word = t[p->name_end - 1];
    const Token& before = t[p->name_end - 2];
    // ライス米国務長官: a country abbreviation after a foreign name.
    const bool prefix_word =
        IsPlaceName(word) || word.pos_class == PosClass::kPrefix ||
        (IsOrganizationName(word) && !word.unknown && IsPersonName(before)) ||
        (lex_.InContextList(word.surface, ContextList::kCountryAbbreviation) &&
         IsKatakanaOrLatin(before.surface));
    const bool name_before = NameLike(before) || Is(before, ")") || IsPlaceName(before) ||
                             before.pos_class == PosClass::kPrefix;
    if (!prefix_word || !name_before || PlaceSurname(p->name_end - 1, p->hon)) break;
    p->title_place = std::string(word.surface) + p->title_place;
    --p->name_end;
  }
}

// A reading in parentheses after the name: 崔征(Cui Zheng)氏.
void SpeakerMentions::TakeReading(MentionParse* p) const {
  const std::vector<Token>& t = doc_.tokens;
  const uint32_t e = p->name_end;
  if (e <= p->limit + 2 || !Is(t[e - 1], ")")) return;
  for (uint32_t o = e - 1; o > p->limit && o + kReadingParenTokens > e; --o) {
    if (!Is(t[o - 1], "(")) continue;
    std::string_view inner = Text(o, e - 1);
    if (LooksLikeReading(inner) && o - 1 > p->limit && NameLike(t[o - 2])) {
      p->reading = inner;
      p->name_end = o - 1;
    }
    return;
  }
}

// Nouns between a name and its title belong to the title: 永井隆幸強化部長.
void SpeakerMentions::TakeNounsBeforeTitle(MentionParse* p) const {
  const std::vector<Token>& t = doc_.tokens;
  const uint32_t e = p->name_end;
  if (!p->title() || e <= p->limit + 1 || NameLike(t[e - 1])) return;
  uint32_t k = e;
  // (Words of two or more characters: 郎 of 森健志郎館長 is part of the name.)
  while (k > p->limit + 1 && k + kTitleNounTokens > e && t[k - 1].pos_class == PosClass::kNoun &&
         !NameLike(t[k - 1]) && !IsParen(t[k - 1]) && CountCodePoints(t[k - 1].surface) >= 2) {
    --k;
  }
  bool name_before =
      k > p->limit && (IsPersonName(t[k - 1]) ||
                       (k > p->limit + 1 && IsOneKanji(t[k - 1]) && IsPersonName(t[k - 2])));  // 菅義偉
  // ケリー米国務長官, ライス米国務長官: a country abbreviation between a
  // foreign name (whatever MeCab makes of it) and the title is the title's.
  if (k > p->limit + 1 && k < e &&
      lex_.InContextList(t[k - 1].surface, ContextList::kCountryAbbreviation) &&
      IsKatakanaOrLatin(t[k - 2].surface) && !OrganizationWord(t[k - 2].surface)) {
    --k;
    name_before = true;
  }
  if (k < e && name_before) {
    p->title_place.insert(0, Text(k, e));
    p->name_end = k;
  }
}

// Walks left over the tokens of the name.
void SpeakerMentions::FindNameBegin(MentionParse* p) const {
  p->begin = p->name_end;
  // 春田会長, 岡田監督: the surname alone (not DeNA春田).
  if (p->title() && p->title_place.empty() && p->begin > p->limit &&
      PlaceSurname(p->begin - 1, p->hon)) {
    --p->begin;
    // 石神大和社長: a given name read as a place, after a known surname.
    if (p->begin > p->limit && IsPersonName(doc_.tokens[p->begin - 1])) --p->begin;
    return;
  }
  while (p->begin > p->limit && ExtendsNameLeft(*p, p->begin)) --p->begin;
  if (p->title() && p->begin == p->name_end) TakeChineseName(p);
  // With an honorific, a short run of kanji nouns before the name is part of
  // it (橋下氏, 仲正哲氏: surnames MeCab does not know as names).
  const std::vector<Token>& t = doc_.tokens;
  while (p->polite() && p->begin > p->limit) {
    const Token& x = t[p->begin - 1];
    if (x.pos_class != PosClass::kNoun || x.unknown || x.Has(TokenTrait::kDependent) ||
        x.Has(TokenTrait::kAdverbial) || lex_.FindSpeakerWord(x.surface) ||
        CountCodePoints(Text(p->begin - 1, p->name_end)) > kSurnameNounChars) {
      break;
    }
    --p->begin;
  }
}

// Token `k`, before the title `title`, is a kanji place name (not a country)
// that reads as a surname: 岡田 of 「…」と語る岡田監督 or 春田 of 春田会長,
// which IPADIC reads as places. Before a title that follows surnames only
// (surname_title: 監督, 会長) always; before others (市長, 局長: 大阪市長,
// 北米局長) only when the name of a person named before starts with it (not
// 大良 of 呂大良: a given name takes its surname).
bool SpeakerMentions::PlaceSurname(uint32_t k, std::string_view title) const {
  const Token& x = doc_.tokens[k];
  if (!IsPlaceName(x) || x.Has(TokenTrait::kCountry) || !IsKanji(x.surface) ||
      CountCodePoints(x.surface) < 2) {
    return false;
  }
  if (lex_.InContextList(title, ContextList::kSurnameTitle)) return true;
  IndexPersonsBefore(k);
  for (const Person& p : persons_) {
    if (p.token >= k) break;
    if (p.name.size() > x.surface.size() && p.name.starts_with(x.surface)) return true;
  }
  return false;
}

// True when token b - 1 is part of the name that ends at p.name_end.
bool SpeakerMentions::ExtendsNameLeft(const MentionParse& p, uint32_t b) const {
  const std::vector<Token>& t = doc_.tokens;
  const Token& x = t[b - 1];
  if (NameLike(x)) return true;
  // 潘基文: IPADIC knows 潘 and 基 as name parts but not 文. 李偉, 王毅: a
  // Chinese given name of one or two characters that MeCab reads as common
  // words (偉 as an adjective) after a known surname.
  const bool name_tail = IsOneKanji(x) && b >= p.limit + 2 &&
                         (IsPersonName(t[b - 2]) || NameLike(t[b - 2]) ||
                          (b >= p.limit + 3 && IsOneKanji(t[b - 2]) && IsPersonName(t[b - 3])));
  if (p.has_hon() && name_tail) return true;
  // A surname MeCab knows as a place (沢尻 of 沢尻エリカ) or reads with a
  // prefix (今 of 今江敏晃), before a given name; not 米 of 米ジョージ.
  const bool given_next = b < p.name_end && t[b].Has(TokenTrait::kGivenName);
  const bool surname_next = b + 1 < p.name_end && t[b].Has(TokenTrait::kSurname) &&
                            t[b + 1].Has(TokenTrait::kGivenName);
  if (given_next && IsPlaceName(x) && !x.Has(TokenTrait::kCountry) && IsKanji(x.surface) &&
      CountCodePoints(x.surface) >= 2) {
    return true;
  }
  if (surname_next && x.pos_class == PosClass::kPrefix && IsOneKanji(x)) return true;
  // ドナルド・トランプ, but not ヴェルディホールディングス・崔暢亮 (a role),
  // メディカルトレーナー・土屋潤二 (an occupation, not a first name), 中日・谷繁
  // (a Japanese name is not written with a middle dot: a team before it) nor
  // ハンバーガーチェーン・ウェンディーズ (an organization).
  return IsJoiner(x) && b < p.name_end && b - 1 > p.limit && NameLike(t[b - 2]) &&
         !OrganizationWord(t[b - 2].surface) && !OrganizationPart(t[b - 2].surface) &&
         !(IsPersonName(t[b]) && IsKanji(t[b].surface)) &&
         !(t[b - 2].pos_class == PosClass::kNoun && !t[b - 2].unknown && IsPersonName(t[b]));
}

// A Chinese name before a title, in one-character tokens of any class
// (華春瑩報道官, 呂大良報道官): 2 to 4 kanji right after の, ・, 、 or the start.
void SpeakerMentions::TakeChineseName(MentionParse* p) const {
  const std::vector<Token>& t = doc_.tokens;
  uint32_t x = p->name_end;
  uint32_t chars = 0;
  bool single = false;
  while (x > p->limit && IsNominal(t[x - 1]) && IsKanji(t[x - 1].surface) &&
         chars < kChineseNameChars) {
    const uint32_t n = CountCodePoints(t[x - 1].surface);
    if (n > 2 || (n == 2 && t[x - 1].pos_class != PosClass::kProperNoun)) break;
    single = single || n == 1;
    chars += n;
    --x;
  }
  const bool bounded =
      x == p->limit || IsParticle(t[x - 1], "の") || IsJoiner(t[x - 1]) || IsComma(t[x - 1]);
  if (bounded && single && chars >= 2 && chars <= kChineseNameChars && p->name_end - x >= 2) {
    p->begin = x;
  }
}

// What stands before a name and is not part of it: a country abbreviation
// (米ジョージ・W・ブッシュ, which IPADIC may read as a surname), a title
// (CEOスティーブ・ジョブズ); and an organization alone before a title names no
// one (インド外務省報道官).
void SpeakerMentions::DropWordsBeforeName(MentionParse* p) const {
  const std::vector<Token>& t = doc_.tokens;
  if (p->begin + 1 < p->name_end && IsKatakanaOrLatin(t[p->begin + 1].surface) &&
      lex_.InContextList(t[p->begin].surface, ContextList::kCountryAbbreviation)) {
    p->country_before = std::string(t[p->begin].surface);
    ++p->begin;
  }
  while (p->begin + 1 < p->name_end) {
    const HonorificKind* hk = lex_.FindHonorific(t[p->begin].surface);
    if (!hk || *hk != HonorificKind::kTitle) break;
    p->title_before += t[p->begin].surface;
    ++p->begin;
    if (IsJoiner(t[p->begin])) ++p->begin;
  }
  if (p->title() && p->has_name()) {
    bool org_only = true;
    for (uint32_t i = p->begin; i < p->name_end && org_only; ++i) {
      org_only = IsOrganizationName(t[i]) && !t[i].unknown;
    }
    if (org_only) p->begin = p->name_end;
  }
}

Mention SpeakerMentions::NamedMention(const MentionParse& p) const {
  Mention m = p.Start(Mention::Ref::kName, SpeakerType::kPerson, p.begin);
  m.name = Text(p.begin, p.name_end);
  // 相 alone is a poor honorific: 総務相.
  m.honorific = p.hon_kind == HonorificKind::kTitle && CountCodePoints(p.hon) == 1
                    ? p.title_place + p.hon
                    : p.hon;
  m.honorific_kind = p.hon_kind;
  m.reading = p.reading;
  std::string role = p.title_before.empty() ? RoleBefore(p.begin) : p.title_before;
  if (role.empty() && !p.country_before.empty()) role = p.country_before;
  if (p.title()) role = JoinTitle(role, p.title_place + p.hon);
  m.role = role;
  return m;
}

// A name in brackets before an honorific (「じつはた☆くんだ」氏) or a
// publication in 『』 (『人民日報』は…と伝えた).
std::optional<Mention> SpeakerMentions::BracketedMention(const MentionParse& p) const {
  const std::vector<Token>& t = doc_.tokens;
  if (p.has_name()) return std::nullopt;
  const uint32_t hb = p.hon_begin;
  if (p.has_hon() && hb > p.limit + 2 && (Is(t[hb - 1], "」") || Is(t[hb - 1], "』"))) {
    uint32_t o = hb - 1;
    while (o > p.limit && o + kBracketNameTokens > hb && !Is(t[o], "「") && !Is(t[o], "『")) --o;
    if ((Is(t[o], "「") || Is(t[o], "『")) && o + 1 < hb - 1) {
      Mention m = p.Start(Mention::Ref::kName, SpeakerType::kPerson, o);
      m.name = Text(o + 1, hb - 1);
      p.SetHonorific(&m);
      m.role = RoleBefore(o);
      if (p.hon_kind == HonorificKind::kTitle) m.role = JoinTitle(m.role, p.hon);
      return m;
    }
  }
  const uint32_t k = p.end;
  if (!p.has_hon() && Is(t[k - 1], "』") && k >= p.limit + 3) {
    uint32_t o = k - 1;
    while (o > p.limit && o + kPublicationTokens > k && !Is(t[o], "『")) --o;
    if (Is(t[o], "『") && o + 1 < k - 1) {
      Mention m = p.Start(Mention::Ref::kPlain, SpeakerType::kOrganization, o);
      m.name = Text(o + 1, k - 1);
      return m;
    }
  }
  // 英紙「ガーディアン」は / Web版「デイリー・メール」が: an outlet in 「」 after
  // a word that names its kind.
  if (!p.has_hon() && Is(t[k - 1], "」") && k >= p.limit + 4) {
    uint32_t o = k - 1;
    while (o > p.limit && o + kPublicationTokens > k && !Is(t[o], "「")) --o;
    if (Is(t[o], "「") && o > p.limit && o + 1 < k - 1 && EndsWithOutletHead(t[o - 1].surface)) {
      Mention m = p.Start(Mention::Ref::kPlain, SpeakerType::kOrganization, o);
      m.name = Text(o + 1, k - 1);
      return m;
    }
  }
  return std::nullopt;
}

bool SpeakerMentions::EndsWithOutletHead(std::string_view word) const {
  for (size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (lex_.InContextList(word.substr(i), ContextList::kOutletHead)) return true;
  }
  return false;
}

// What is left when no name was found: 氏 alone, a bare title, an
// organization or an unnamed source.
std::optional<Mention> SpeakerMentions::NounPhraseMention(const MentionParse& p) const {
  const std::vector<Token>& t = doc_.tokens;
  // 氏 alone refers back, as 同氏 does: 氏によれば、…
  if (!p.has_name() && p.polite() && (p.hon_begin == p.limit || !IsNominal(t[p.hon_begin - 1]))) {
    Mention m = p.Start(Mention::Ref::kAnaphor, SpeakerType::kPerson, p.hon_begin);
    p.SetHonorific(&m);
    return m;
  }
  const uint32_t k = p.end;
  uint32_t c = k;
  while (c > p.limit && (IsNominal(t[c - 1]) || (IsJoiner(t[c - 1]) && c < k))) --c;
  // An adverbial noun in front is not part of the name: 当初福岡ソフトバンク球団.
  while (c + 1 < k && t[c].Has(TokenTrait::kAdverbial)) ++c;
  if (c == k) return std::nullopt;
  if (c > p.limit && Is(t[c - 1], "同")) --c;  // 同紙, 同局: IPADIC makes 同 a prenominal
  Mention m = p.Start(Mention::Ref::kPlain, SpeakerType::kDescription, c);
  m.name = Text(c, k);
  m.role = RoleBefore(c);
  if (p.title()) {
    p.SetHonorific(&m);
    if (c == p.hon_begin) {
      m.ref = Mention::Ref::kTitleOnly;
      m.type = SpeakerType::kPerson;
    }
    return m;
  }
  bool org_pos = false;
  for (uint32_t i = p.begin; i < p.name_end; ++i) org_pos |= IsOrganizationName(t[i]);
  std::optional<SpeakerWordClass> cls = PhraseClass(c, k, org_pos);
  if (!cls && p.polite() && k - c <= kSplitSurnameTokens && c < p.hon_begin &&
      t[c].pos_class != PosClass::kPrefix && !t[c].Has(TokenTrait::kDependent) &&
      CountCodePoints(Text(c, p.hon_begin)) <= kSplitSurnameChars) {
    // 橋下氏 where MeCab split the surname into common nouns: a person.
    m.ref = Mention::Ref::kName;
    m.type = SpeakerType::kPerson;
    m.name = Text(c, p.hon_begin);
    p.SetHonorific(&m);
    return m;
  }
  if (!cls && !p.has_hon() && ProductiveTitle(c, k)) cls = SpeakerWordClass::kDescription;
  if (!cls && !p.has_hon() && TitleAfterName(c, k)) {
    // 山田貫主, 森住職: a person's name and a title no list holds.
    m.ref = Mention::Ref::kName;
    m.type = SpeakerType::kPerson;
    m.name = Text(c, k - 1);
    m.honorific = std::string(t[k - 1].surface);
    m.honorific_kind = HonorificKind::kTitle;
    return m;
  }
  if (!cls && !p.has_hon()) return std::nullopt;
  if (!cls) cls = SpeakerWordClass::kDescription;  // お母さん
  m.type = *cls == SpeakerWordClass::kOrganization ? SpeakerType::kOrganization
                                                   : SpeakerType::kDescription;
  return m;
}

}  // namespace kiji::internal
