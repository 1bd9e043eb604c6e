// The statement finder: reporting constructions, quote spans, speakers.
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
#include "speakers/statement_finder.h"

#include <algorithm>
#include <optional>

#include "kiji/enum_names.h"
#include "kiji/statements.h"

namespace kiji {

namespace {

constexpr auto kStatementKindNames =
    MakeEnumNames<StatementKind>({{StatementKind::kDirect, "direct"},
                                  {StatementKind::kIndirect, "indirect"},
                                  {StatementKind::kAccordingTo, "according_to"}});
constexpr auto kSpeakerTypeNames =
    MakeEnumNames<SpeakerType>({{SpeakerType::kPerson, "person"},
                                {SpeakerType::kOrganization, "organization"},
                                {SpeakerType::kDescription, "description"}});

}  // namespace

std::string_view StatementKindName(StatementKind k) { return kStatementKindNames.Name(k); }

std::string_view SpeakerTypeName(SpeakerType t) { return kSpeakerTypeNames.Name(t); }

namespace internal {

namespace {

// A quotation left open at a sentence end runs into at most 8 more sentences
// of its block; past that, the bracket is taken as unbalanced.
constexpr uint32_t kOpenQuoteSentences = 8;
// A quote with a reporting verb and no speaker of its own is the last quoted
// person's up to 4 sentences on (「…」と意気込んだ。 in a portrait).
constexpr uint32_t kZeroAnaphoraSentences = 4;

void CopySpeaker(const Statement& from, Statement* to) {
  to->speaker = from.speaker;
  to->speaker_type = from.speaker_type;
  to->mention = from.mention;
  to->mention_start = from.mention_start;
  to->mention_end = from.mention_end;
  to->honorific = from.honorific;
  to->reading = from.reading;
  to->role = from.role;
}

}  // namespace

void StatementFinder::Attribute(const ReportingConstruction& c, uint32_t content_first,
                                uint32_t content_last) {
  Statement s;
  s.kind = c.kind;
  s.verb = c.verb;
  if (c.announce) {
    // Speaker fields only; the quotation is on its own before or after.
    speakers_.Resolve(*c.speaker, &s);
    if (orphan_ && orphan_content_ + 1 >= content_first) {
      Statement q = *orphan_;
      CopySpeaker(s, &q);
      q.verb = c.verb;
      out_.push_back(std::move(q));
      orphan_.reset();
      last_ = s;
      last_content_ = content_last;
      return;
    }
    if (c.cleft) {
      // The quotation before took a speaker carried over: そう語るのは names its own.
      if (!out_.empty() && out_.back().kind == StatementKind::kDirect && out_.back().verb.empty() &&
          last_content_ + 1 >= content_first) {
        CopySpeaker(s, &out_.back());
        out_.back().verb = c.verb;
        last_ = out_.back();
        last_content_ = content_last;
        return;
      }
      if (c.cleft_back) return;  // こう語るのは may name the speaker of a quotation after
    }
    announced_ = s;
    announced_content_ = content_last;
    announced_topic_only_ = c.topic_only;
    return;
  }
  uint32_t bb, be;
  if (c.bullets) {
    const Sentence& a = doc_.sentences[c.bullet_first];
    const Sentence& b = doc_.sentences[c.bullet_last];
    bb = a.byte_begin, be = b.byte_end, s.quote_start = a.start, s.quote_end = b.end;
  } else if (c.kind == StatementKind::kDirect && !c.unbracketed) {
    bb = t_[c.qb - 1].byte_end, be = t_[c.qe].byte_begin;
    s.quote_start = t_[c.qb - 1].end, s.quote_end = t_[c.qe].start;
  } else {
    bb = t_[c.qb].byte_begin, be = t_[c.qe - 1].byte_end;
    s.quote_start = t_[c.qb].start, s.quote_end = t_[c.qe - 1].end;
  }
  s.quote = std::string(doc_.Original(bb, be));
  s.verb = c.verb;
  s.sentence = t_[c.marker].sentence;
  if (c.announced_person && announced_) {
    CopySpeaker(*announced_, &s);
    s.verb = c.verb;
    announced_.reset();
  } else if (c.speaker) {
    speakers_.Resolve(*c.speaker, &s);
    // 同新聞, 同社, 同省: the organization last quoted with that ending.
    std::string_view tail = SameReferentTail(s.speaker);
    if (s.speaker_type == SpeakerType::kOrganization && !tail.empty()) {
      // 同紙 / 同誌 / 同局 name a newspaper, magazine or station whatever its name ends with.
      const bool media = lex_.InContextList(tail, ContextList::kMediaHead);
      for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
        if (it->speaker_type == SpeakerType::kOrganization &&
            (it->speaker.ends_with(tail) || media) && SameReferentTail(it->speaker).empty()) {
          s.speaker = it->speaker;
          s.role = it->role;
          break;
        }
      }
    }
    NameSource(c.speaker->begin, &s);
    // 両紙によると: one record per source.
    if (auto two = DualSources(s, c.speaker->begin); !two.empty()) {
      for (const SpeakerMentions::NamedSource& n : two) {
        Statement one = s;
        one.speaker = n.name;
        one.speaker_type = n.type;
        out_.push_back(std::move(one));
      }
      last_ = out_.back();
      last_content_ = content_last;
      return;
    }
  } else if (std::optional<Mention> label;
             c.kind == StatementKind::kDirect && c.verb.empty() && !c.unbracketed &&
             ((label = LabelLineBefore(s.sentence)) || (label = OpenLineBefore(s.sentence)))) {
    speakers_.Resolve(*label, &s);  // ・澤穂希（サッカー）\n「…」, 津田大介氏も\n「…」
    NameSource(label->begin, &s);
  } else if (c.kind == StatementKind::kDirect && c.verb.empty() && announced_ &&
             !announced_topic_only_ && content_first <= announced_content_ + 1) {
    CopySpeaker(*announced_, &s);  // 山田さんはこう語る。「…」
    s.verb = announced_->verb;
    announced_.reset();
  } else if (c.kind == StatementKind::kDirect && announced_ &&
             content_first <= announced_content_ + 1 &&
             (!last_ || announced_content_ > last_content_) &&
             !(announced_topic_only_ &&
               (c.verb.empty() || !TakesSpeakerFromContext(c) || SubjectBeforeQuote(c)))) {
    // 山田は笑顔で登場。「…」と苦笑い。: a quote with a predicate of speech and
    // no speaker of its own right after a sentence about a person, who was
    // named after the last speaker.
    CopySpeaker(*announced_, &s);
    announced_.reset();
  } else if (CarriesSpeaker(c, content_first) &&
             !(c.kind == StatementKind::kDirect && c.verb.empty() && !c.unbracketed &&
               HeadingAbove(s.sentence))) {
    CopySpeaker(*last_, &s);
  } else {
    // No source: the author's own voice, unless a quotation on its own is
    // followed by 山田さんはこう語る。
    if (c.kind == StatementKind::kDirect && c.verb.empty()) {
      orphan_ = std::move(s);
      orphan_content_ = content_last;
    }
    return;
  }
  if (!c.question && !c.nested) {
    last_ = s;
    last_content_ = content_last;
  }
  out_.push_back(std::move(s));
}

// Whether the previous statement's speaker speaks `c` too (Japanese drops
// the subject): in the same or the previous sentence; a quote with a
// reporting verb (「…」と意気込んだ) up to kZeroAnaphoraSentences after the
// person last quoted. A newspaper cited with によると is not the speaker of
// the quotes that follow; a person cited so is (山田氏によると、…。また「…」とも
// 語った).
bool StatementFinder::CarriesSpeaker(const ReportingConstruction& c, uint32_t content_first) const {
  if (!last_ || OtherNameTopicBefore(c) ||
      (c.kind == StatementKind::kDirect && last_->kind == StatementKind::kAccordingTo &&
       last_->speaker_type != SpeakerType::kPerson)) {
    return false;
  }
  if (!TakesSpeakerFromContext(c)) return false;
  if (content_first <= last_content_ + 1) return true;
  return c.kind == StatementKind::kDirect && !c.verb.empty() &&
         last_->speaker_type == SpeakerType::kPerson &&
         content_first <= last_content_ + kZeroAnaphoraSentences;
}

// Whether `c` may take a speaker from the sentences before: not an
// interviewer's question (「…どうしますか？」との質問に), and not a quote that
// names its own source with から, even one the lists do not know (男性客から
// 「オォー」と歓声; ことから「…」 gives a reason, not a source).
bool StatementFinder::TakesSpeakerFromContext(const ReportingConstruction& c) const {
  if (lex_.InContextList(c.verb, ContextList::kQuestionVerb)) return false;
  return !(c.kind == StatementKind::kDirect && !c.unbracketed && c.qb >= 3 &&
           IsParticle(t_[c.qb - 2], "から") && IsNominal(t_[c.qb - 3]) &&
           !t_[c.qb - 3].Has(TokenTrait::kDependent));
}

// A noun + は or が of the quote's own sentence before the quote
// (マツオスズキは、…を「…」と表現し): the quote has a subject, named or not.
bool StatementFinder::SubjectBeforeQuote(const ReportingConstruction& c) const {
  if (c.kind != StatementKind::kDirect || c.unbracketed || c.qb == 0) return false;
  const uint32_t open = c.qb - 1;
  for (uint32_t k = doc_.sentences[t_[open].sentence].token_begin; k < open; ++k) {
    if (flags_[k] & kInside) continue;
    // Only after a noun: 優香については「…」 is a topic of what is said.
    if ((IsParticle(t_[k], "は") || IsParticle(t_[k], "が")) && k > 0 && IsNominal(t_[k - 1]) &&
        !t_[k].Has(TokenTrait::kConjunctiveParticle)) {
      return true;
    }
  }
  return false;
}

// ソンミは「…」 after ジャン's words: the quote has a subject of its own, a
// name written right before it with は that is no speaker the article names
// (MeCab knows it as a proper noun or not at all) and not part of the last
// speaker's name; that speaker is not carried over to it.
bool StatementFinder::OtherNameTopicBefore(const ReportingConstruction& c) const {
  if (c.kind != StatementKind::kDirect || c.unbracketed || c.qb < 3) return false;
  uint32_t k = c.qb - 2;  // the token before 「
  if (IsComma(t_[k]) && k > 0) --k;
  if (!IsParticle(t_[k], "は") || k == 0) return false;
  const Token& name = t_[k - 1];
  if (name.pos_class != PosClass::kProperNoun && !(name.unknown && IsNominal(name))) return false;
  const std::string_view written = doc_.OriginalText(name);
  return last_->speaker.find(written) == std::string::npos &&
         last_->mention.find(written) == std::string::npos;
}

// 安斉奈緒美、森詩織\n「…」: a quotation alone on its line under a line that
// looks like a heading (a label the rules could not read) takes no speaker
// from the statements before; the label names someone else (unless it holds
// the mention of the last speaker).
bool StatementFinder::HeadingAbove(uint32_t sentence) const {
  const std::optional<uint32_t> above = LineAboveQuote(sentence);
  if (!above || !(doc_.sentences[*above].kind == BlockKind::kHeading || LooksLikeHeading(*above))) {
    return false;
  }
  // Not the end of a quotation over several lines, nor a note in parentheses.
  const Sentence& x = doc_.sentences[*above];
  for (uint32_t k = x.token_begin; k < x.token_end; ++k) {
    if (flags_[k] & (kOpen | kCloseBracket | kInside)) return false;
  }
  if (Is(t_[x.token_begin], "(")) return false;
  // 松藤 あつこ（…）\n「…」 after 松藤's words: the label names the same person.
  const std::string_view text = doc_.Original(x.byte_begin, x.byte_end);
  return !(last_ && !last_->mention.empty() && text.find(last_->mention) != std::string_view::npos);
}

// A line that is one sentence with no sentence-final punctuation is a heading
// the article format could not mark ("エンジニアが見る産業の可能性 「土台づくりが進む」").
bool StatementFinder::LooksLikeHeading(uint32_t s) const {
  const std::vector<Sentence>& sents = doc_.sentences;
  const Sentence& x = sents[s];
  if (x.kind != BlockKind::kParagraph || x.token_begin == x.token_end) return false;
  if ((s > 0 && sents[s - 1].line == x.line) ||
      (s + 1 < sents.size() && sents[s + 1].line == x.line)) {
    return false;
  }
  // A quotation on a line of its own is speech, not a heading.
  if (IsOpen(t_[x.token_begin]) && IsClose(t_[x.token_end - 1])) return false;
  uint32_t e = x.token_end;
  while (e > x.token_begin + 1 && IsClose(t_[e - 1])) --e;
  return !IsEnd(t_[e - 1]);
}

// Cheap tests first: this runs for every token. Every dictionary tags
// brackets as symbols (記号, 補助記号, 特殊); the words that start a
// construction without a particle (よう, こう, そう, 曰く) are of two or three
// code points.
uint8_t StatementFinder::TokenFlags(uint32_t i) const {
  const Token& k = t_[i];
  if (k.pos_class == PosClass::kSymbol) {
    if (IsOpen(k)) return kOpen;
    return IsClose(k) ? kCloseBracket | kMarker : 0;
  }
  if (k.pos_class == PosClass::kParticle) return Is(k, "に") || Is(k, "と") ? kMarker : 0;
  const size_t bytes = k.surface.size();
  if ((bytes == 6 && (Is(k, "よう") || Is(k, "こう") || Is(k, "そう"))) ||
      ((bytes == 6 || bytes == 9) && IsIwaku(k))) {
    return kMarker;
  }
  if (i + 1 >= t_.size()) return 0;
  const Token& next = t_[i + 1];
  if (next.pos_class == PosClass::kParticle && Is(next, "を")) return kMarker;
  return i + 2 < t_.size() && Is(next, "で") && Is(t_[i + 2], "は") ? kMarker : 0;
}

std::vector<Statement> StatementFinder::Run() {
  const uint32_t n = static_cast<uint32_t>(t_.size());
  flags_.resize(n);
  uint8_t any = 0;
  for (uint32_t i = 0; i < n; ++i) {
    flags_[i] = TokenFlags(i);
    any |= flags_[i];
  }
  if (!(any & kMarker)) return {};
  const std::vector<Sentence>& sents = doc_.sentences;
  uint32_t content = 0;
  const bool transcript = HasTranscript();
  for (uint32_t s = 0; s < sents.size(); ++s) {
    if (uint32_t last = s; transcript && FindTranscriptLine(s, content, &last)) {
      content += last - s + 1;
      s = last;
      continue;
    }
    // Headings and reference blocks (source lists, related-link boxes) hold
    // titles, not statements.
    if (sents[s].kind == BlockKind::kTitle || sents[s].kind == BlockKind::kHeading ||
        sents[s].kind == BlockKind::kReference || LooksLikeHeading(s)) {
      continue;
    }
    // A quotation left open at the end of a sentence runs into the next ones
    // of the same block.
    uint32_t last = s;
    int depth = 0;
    for (uint32_t i = sents[s].token_begin; i < sents[s].token_end; ++i) {
      depth += (flags_[i] & kOpen) ? 1 : (flags_[i] & kCloseBracket) ? -1 : 0;
    }
    while (depth > 0 && last + 1 < sents.size() && last < s + kOpenQuoteSentences &&
           sents[last + 1].line == sents[s].line && sents[last + 1].kind == sents[s].kind) {
      ++last;
      for (uint32_t i = sents[last].token_begin; i < sents[last].token_end; ++i) {
        depth += (flags_[i] & kOpen) ? 1 : (flags_[i] & kCloseBracket) ? -1 : 0;
      }
    }
    if (depth > 0) last = s;
    const uint32_t first_content = content;
    content += last - s + 1;
    FindInUnit(s, last, first_content, content - 1);
    s = last;
  }
  // Statements come mostly in text order already; a stable sort would move
  // every one (eight strings each) through a buffer all the same.
  auto by_quote = [](const Statement& a, const Statement& b) {
    return a.quote_start < b.quote_start;
  };
  if (!std::is_sorted(out_.begin(), out_.end(), by_quote)) {
    std::stable_sort(out_.begin(), out_.end(), by_quote);
  }
  return std::move(out_);
}

}  // namespace internal

std::vector<Statement> ExtractStatements(const Document& doc, const QuoteLexicon& lexicon) {
  return internal::StatementFinder(doc, lexicon).Run();
}

}  // namespace kiji
