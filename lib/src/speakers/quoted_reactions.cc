// Quotes as noun phrases (issue 12, pattern 7): 「…」「…」などの声が相次いだ,
// ネット上では「…」といった意見が見られた, 住民からは「…」という声が上がった.
// Each quote of the run is a statement of the people who voiced it: the users
// of the online venue named before the quotes (ネット掲示板 -> ネット掲示板の
// ユーザー), the Xから phrase, or ネットユーザー when the article speaks of the
// net and names no one.
#include <string>

#include "speakers/statement_finder.h"

namespace kiji::internal {
namespace {

// The reaction noun comes within 14 tokens of the last quote (「…」などと、
// 落合監督を称える声, 「…」と、妻の行動に疑問を呈する声): further on, the noun
// belongs to another clause.
constexpr uint32_t kReactionWindowTokens = 14;
// After 「…」「…」など、 the noun phrase of the reaction may be longer and hold
// commas (など、地元からも不安を訴える声が相次いだ).
constexpr uint32_t kListedReactionWindowTokens = 24;
// A venue is a noun phrase of at most 5 tokens (記事 + コメント + 欄).
constexpr uint32_t kVenueTokens = 5;
// How many sentences back the venue of reactions with none of their own may
// be named (…がネット上で話題になっている。…「…」という声も).
constexpr uint32_t kVenueSentences = 6;
// A list of reactions one a line runs over at most 30 lines before the
// line that names them.
constexpr uint32_t kReactionListLines = 30;
// Tokens from the と after venue quotes to their predicate (と、平野の発言に騒然となった).
constexpr uint32_t kVenuePredicateTokens = 12;
constexpr std::string_view kNetUsers = "ネットユーザー";
constexpr std::string_view kVenueUsers = "のユーザー";

}  // namespace

// The reaction noun after the quotes closing at `close`: …など / と / という /
// といった / との, modifiers, then 声 / 意見 / 反応 (or, after という, a noun
// of something said: コメント, 言葉) before a particle or the clause end.
// Returns the noun's token, or 0.
uint32_t StatementFinder::ReactionNounAfter(uint32_t close) const {
  const uint32_t ue = unit_.ue;
  uint32_t j = close + 1;
  bool said = false;  // という / といった / との
  if (j < ue && Is(t_[j], "など")) ++j;
  // 「…」「…」など、富士山を震源とする地震を心配する声: after など and a comma
  // the noun may come further on, past other commas.
  const bool listed = j > close + 1 && j < ue && IsComma(t_[j]);
  if (j < ue && IsComma(t_[j])) ++j;
  if (j < ue && IsParticle(t_[j], "と")) {
    ++j;
    // 「…」とする意見: する as a verb of saying before the noun.
    if (j < ue && (t_[j].lemma == "いう" || t_[j].lemma == "言う" ||
                   (t_[j].lemma == "する" && j + 1 < ue && IsNominal(t_[j + 1])))) {
      said = true;
      ++j;
    } else if (j < ue && IsParticle(t_[j], "の")) {
      said = true;
      ++j;
    }
  }
  if (j < ue && IsParticle(t_[j], "の")) ++j;  // 「…」などの声
  // 「…」「…」と、…ことを指摘する書き込みも目立つ: a comma after と sets off a
  // longer phrase before the noun.
  const bool set_off = j > close + 1 && IsParticle(t_[j - 1], "と") && j < ue && IsComma(t_[j]);
  if (j < ue && IsComma(t_[j])) ++j;
  const uint32_t window =
      listed || set_off ? kListedReactionWindowTokens : kReactionWindowTokens;
  for (uint32_t q = j; q < ue && q < j + window; ++q) {
    const Token& k = t_[q];
    if (IsEnd(k) || (IsComma(k) && !listed) || IsOpen(k) || IsClose(k)) return 0;
    if (!IsNominal(k)) continue;
    const bool noun = lex_.InContextList(k.surface, ContextList::kReactionNoun) ||
                      (said && lex_.InContextList(k.surface, ContextList::kReportNoun));
    if (!noun || (q + 1 < ue && IsNominal(t_[q + 1]))) continue;  // 声優 is no 声
    // 不満の声: the reaction noun the first one modifies.
    if (q + 2 < ue && IsParticle(t_[q + 1], "の") &&
        lex_.InContextList(t_[q + 2].surface, ContextList::kReactionNoun)) {
      continue;
    }
    const Token* n = q + 1 < ue ? &t_[q + 1] : nullptr;
    // 心配する意見: a reaction noun used as a verb modifies the noun after it.
    if (!n || IsEnd(*n) || IsComma(*n) || n->pos_class == PosClass::kParticle) return q;
  }
  return 0;
}

// ネット上では / ネット掲示板には / コメント欄に: an online venue before token
// `to`, as a description of its users.
std::optional<Mention> StatementFinder::OnlineVenue(uint32_t from, uint32_t to) const {
  for (uint32_t q = from; q < to; ++q) {
    const Token& k = t_[q];
    // ネット上で(は) / 掲示板に(は) / ツイッターは / ファンから: IPADIC makes the で of では an auxiliary.
    const bool marks_venue =
        Is(k, "で") || ((Is(k, "に") || Is(k, "は") || Is(k, "から") || Is(k, "も")) &&
                        k.pos_class == PosClass::kParticle);
    if (!marks_venue || q == from || !IsNominal(t_[q - 1])) continue;
    uint32_t b = q;
    while (b > from && q - b < kVenueTokens && (IsNominal(t_[b - 1]) || Is(t_[b - 1], "や"))) --b;
    // 自身のツイッター上で: the speaker's own account, not a venue of many.
    if (b >= from + 2 && IsParticle(t_[b - 1], "の") &&
        (Is(t_[b - 2], "自身") || Is(t_[b - 2], "自分"))) {
      continue;
    }
    // 掲示板上では / ツイッター上で: 上 after a venue word names the same venue.
    const uint32_t ve = q > b + 1 && Is(t_[q - 1], "上") ? q - 1 : q;
    for (uint32_t h = b; h < q; ++h) {  // the longest run that is a venue word at its end
      std::string tail;
      for (uint32_t k = h; k < q; ++k) tail += t_[k].surface;
      std::string venue_tail;
      for (uint32_t k = h; k < ve; ++k) venue_tail += t_[k].surface;
      if (!lex_.InContextList(tail, ContextList::kOnlineVenue) &&
          !lex_.InContextList(t_[q - 1].surface, ContextList::kOnlineVenue) &&
          !(ve < q && h < ve && lex_.InContextList(venue_tail, ContextList::kOnlineVenue))) {
        continue;
      }
      // 韓国のSNSでは: the country the venue belongs to is part of its name.
      const uint32_t nb = b >= from + 2 && IsParticle(t_[b - 1], "の") &&
                                  t_[b - 2].Has(TokenTrait::kCountry)
                              ? b - 2
                              : b;
      Mention m = PlainMention(SpeakerType::kDescription, nb, q);
      if (!m.name.ends_with("ユーザー") && !m.name.ends_with("民")) m.name += kVenueUsers;
      return m;
    }
  }
  return std::nullopt;
}

// The users of the venue the last quoted reactions were posted on
// (ネット掲示板のユーザー), else of the last venue a sentence before names
// (…がネット上で話題になっている。), or ネットユーザー when none was named.
std::string StatementFinder::LastVenueUsers() const {
  for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
    if (it->speaker_type == SpeakerType::kDescription && it->speaker.ends_with(kVenueUsers)) {
      return it->speaker;
    }
  }
  for (uint32_t k = unit_.fs; k-- > 0 && k + kVenueSentences >= unit_.fs;) {
    const Sentence& x = doc_.sentences[k];
    if (std::optional<Mention> venue = OnlineVenue(x.token_begin, x.token_end)) return venue->name;
  }
  return std::string(kNetUsers);
}

// True when the article speaks of the net before token `before`.
bool StatementFinder::NetBefore(uint32_t before) const {
  for (uint32_t q = 0; q < before; ++q) {
    if (IsNominal(t_[q]) && lex_.InContextList(t_[q].surface, ContextList::kOnlineVenue)) {
      return true;
    }
  }
  return false;
}

// Sentence `k` as one quotation alone on its line (「…」 or 「…」。): the
// open and close bracket tokens, or nullopt.
std::optional<std::pair<uint32_t, uint32_t>> StatementFinder::BareQuoteLine(uint32_t k) const {
  const std::vector<Sentence>& sents = doc_.sentences;
  const Sentence& x = sents[k];
  if (x.kind != BlockKind::kParagraph || x.token_end < x.token_begin + 3 ||
      (k > 0 && sents[k - 1].line == x.line) ||
      (k + 1 < sents.size() && sents[k + 1].line == x.line) || !Is(t_[x.token_begin], "「")) {
    return std::nullopt;
  }
  uint32_t close = x.token_end - 1;
  if (IsEnd(t_[close]) && close > x.token_begin + 1) --close;
  if (!Is(t_[close], "」")) return std::nullopt;
  int depth = 0;
  for (uint32_t i = x.token_begin; i <= close; ++i) {
    depth += (flags_[i] & kOpen) ? 1 : (flags_[i] & kCloseBracket) ? -1 : 0;
    if (depth == 0 && i != close) return std::nullopt;  // a second quotation
  }
  return std::make_pair(x.token_begin, close);
}

// 「…」\n「…」\n「…」といったコメントが寄せられた: reactions listed one a line,
// the last line naming them. Each quotation alone on one of the lines right
// before (no blank line between) is a reaction of the same speaker, unless it
// is already a statement. Returns the first sentence of the list (unit_.fs
// when there is none).
uint32_t StatementFinder::ReactionListStart() const {
  const std::vector<Sentence>& sents = doc_.sentences;
  uint32_t k = unit_.fs;
  for (; k > 0 && unit_.fs - k < kReactionListLines; --k) {
    if (sents[k - 1].line + 1 != sents[k].line) break;
    const auto pair = BareQuoteLine(k - 1);
    if (!pair || pair->second == pair->first + 1) break;
    bool taken = false;
    for (const Statement& o : out_) taken = taken || o.sentence == k - 1;
    if (taken) break;
  }
  return k;
}

// 掲示板上では、\n「…」\n…: the line right before a list of reactions
// (sentence `k`), left open with a comma or は / も, names the venue.
std::optional<Mention> StatementFinder::VenueLineBefore(uint32_t k) const {
  const Sentence& x = doc_.sentences[k];
  if (x.token_end <= x.token_begin ||
      !(IsComma(t_[x.token_end - 1]) || IsParticle(t_[x.token_end - 1], "は") ||
        IsParticle(t_[x.token_end - 1], "も")) ||
      doc_.sentences[k + 1].line != x.line + 1) {
    return std::nullopt;
  }
  return OnlineVenue(x.token_begin, x.token_end);
}

void StatementFinder::PushReactionLines(const ReportingConstruction& c, uint32_t first_sentence) {
  for (uint32_t k = first_sentence; k < unit_.fs; ++k) {
    const auto pair = BareQuoteLine(k);
    ReportingConstruction w = c;
    w.qb = pair->first + 1;
    w.qe = pair->second;
    w.marker = pair->second;
    unit_.found.push_back(std::move(w));
  }
  if (first_sentence < unit_.fs && orphan_ && orphan_->sentence >= first_sentence) orphan_.reset();
}

// The quotes closing at `close` (and those waiting before it) as reactions;
// false when no reaction noun follows them.
bool StatementFinder::FindQuotedReaction(const std::pair<uint32_t, uint32_t>& pair,
                                         uint32_t* next) {
  Unit& s = unit_;
  const uint32_t noun = ReactionNounAfter(pair.second);
  if (noun == 0) return false;
  const uint32_t first = s.waiting.empty() ? pair.first : s.waiting.front().first;
  ReportingConstruction c;
  c.kind = StatementKind::kDirect;
  c.verb = std::string(t_[noun].surface);
  if (noun + 2 < s.ue && t_[noun + 2].pos_class == PosClass::kVerb) {
    c.verb += std::string(t_[noun + 1].surface) + std::string(t_[noun + 2].lemma);
  }
  uint32_t after;
  // The text's word for the posters first, before the quotes or after them
  // (掲示板上では、野球ファンから「…」 / 掲示板には「…」など、地元のファンから
  // …声が相次いだ), then the venue.
  c.speaker = PostersFrom(s.boundary, first);
  if (!c.speaker) c.speaker = PostersFrom(pair.second + 1, noun);
  if (!c.speaker) c.speaker = OnlineVenue(s.boundary, first);
  if (!c.speaker) c.speaker = SourceFromKara(s.boundary, first, &after);
  if (!c.speaker) c.speaker = SourceFromKara(pair.second + 1, noun, &after);
  if (!c.speaker) c.speaker = SpeakerPhrase(s.boundary, first, &after, true);
  const uint32_t list_first =
      first == doc_.sentences[s.fs].token_begin ? ReactionListStart() : s.fs;
  if (!c.speaker && list_first < s.fs && list_first > 0) c.speaker = VenueLineBefore(list_first - 1);
  const bool carried = !s.found.empty() || (last_ && s.content_first <= last_content_ + 1);
  if (!c.speaker && !carried && NetBefore(first)) {
    c.speaker = PlainMention(SpeakerType::kDescription, noun, noun + 1);
    c.speaker->name = LastVenueUsers();
  }
  if (s.after_according && !c.speaker) return false;
  PushReactionLines(c, list_first);
  PushQuoteRun(std::move(c), pair, pair.second);
  Advance(noun + 1);
  *next = noun;
  return true;
}

// The people an Xから phrase in tokens [from, to) names, when it names
// anyone: ユーザーから / ネットユーザーから names no one beyond the venue's
// users, and an organization is no poster.
std::optional<Mention> StatementFinder::PostersFrom(uint32_t from, uint32_t to) const {
  uint32_t after;
  std::optional<Mention> m = SourceFromKara(from, to, &after);
  if (m && (m->type != SpeakerType::kDescription || m->name.ends_with("ユーザー"))) m.reset();
  return m;
}

// The users of an online venue written right before the quote at token
// `first` (ネット掲示板やツイッターは「, ネット上では、「, 掲示板には「).
std::optional<Mention> StatementFinder::VenueRightBefore(uint32_t first) const {
  const Unit& s = unit_;
  uint32_t mark = first;
  if (mark > s.boundary && IsComma(t_[mark - 1])) --mark;
  if (mark <= s.boundary + 1 || !(IsParticle(t_[mark - 1], "は") || IsParticle(t_[mark - 1], "に"))) {
    return std::nullopt;
  }
  std::optional<Mention> venue = OnlineVenue(s.boundary, first);
  if (!venue || venue->end + 3 < mark) return std::nullopt;
  // A blog is its owner's (山田のブログでは「…」と綴った), not a venue of many.
  if (doc_.Original(t_[venue->begin].byte_begin, t_[venue->end - 1].byte_end).find("ブログ") !=
      std::string_view::npos) {
    return std::nullopt;
  }
  return venue;
}

// ネット掲示板やツイッターは「…」「…」と騒然となった / ツイッターでは「…」と
// 盛り上がった: quotes right after an online venue (は, では, には, 上では) are
// its users' words whatever the predicate after the と at token `i`, unless
// it makes them a topic, a name or a thought (話題になる; not_speech but なる).
bool StatementFinder::FindVenueQuotes(const std::pair<uint32_t, uint32_t>& pair, uint32_t i,
                                      uint32_t* next) {
  Unit& s = unit_;
  const uint32_t first = s.waiting.empty() ? pair.first : s.waiting.front().first;
  std::optional<Mention> venue = VenueRightBefore(first);
  if (!venue) return false;
  uint32_t v = i + 1;
  while (v < s.ue && v <= i + kVenuePredicateTokens && !IsPredicate(t_[v])) {
    if (IsEnd(t_[v]) || (flags_[v] & kOpen) || t_[v].surface == "話題") return false;
    ++v;
  }
  if (v >= s.ue || !IsPredicate(t_[v])) return false;
  if (t_[v].lemma != "なる" && lex_.InContextList(t_[v].lemma, ContextList::kNotSpeech)) {
    return false;
  }
  ReportingConstruction c;
  c.kind = StatementKind::kDirect;
  c.verb = std::string(t_[v].lemma);
  if (t_[v].lemma == "する" && v > i + 1 && IsNominal(t_[v - 1])) {
    c.verb = std::string(t_[v - 1].surface) + "する";
  } else if (t_[v].lemma == "なる" && v > i + 1 && v <= i + 3) {
    // 騒然となる, 大騒ぎになる: the words before なる and なる.
    c.verb.clear();
    for (uint32_t k = i + 1; k < v; ++k) c.verb += t_[k].surface;
    c.verb += "なる";
  }
  c.speaker = std::move(venue);
  if (pair.second <= pair.first + 1) return false;
  PushQuoteRun(std::move(c), pair, i);
  Advance(v + 1);
  *next = v;
  return true;
}

// One record of `c` per quote waiting before `pair` and one for `pair`
// itself (at `marker`): 「…」「…」など… names them all at once.
void StatementFinder::PushQuoteRun(ReportingConstruction c, const std::pair<uint32_t, uint32_t>& pair,
                                   uint32_t marker) {
  Unit& s = unit_;
  for (const auto& p : s.waiting) {
    ReportingConstruction w = c;
    w.qb = p.first + 1;
    w.qe = p.second;
    w.marker = p.second;
    if (w.qb < w.qe) s.found.push_back(std::move(w));
  }
  s.waiting.clear();
  c.qb = pair.first + 1;
  c.qe = pair.second;
  c.marker = marker;
  if (c.qb < c.qe) Push(std::move(c));
}

}  // namespace kiji::internal
