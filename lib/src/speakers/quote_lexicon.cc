#include "kiji/quote_lexicon.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <functional>

#include "base/data_file.h"
#include "kiji/normalize.h"
#include "kiji/utf8.h"

namespace kiji {
namespace {

// Calls fn(line_no, fields) for each data line; stops at the first error.
Status ForEachRecord(
    std::string_view text, const std::string& path, size_t min_fields, size_t max_fields,
    std::string_view expected,
    const std::function<Status(size_t, const std::vector<std::string_view>&)>& fn) {
  return ForEachDataLine(text, path, [&](size_t line_no, std::string_view line) -> Status {
    std::vector<std::string_view> fields = SplitFields(line, '\t');
    if (fields.size() < min_fields || fields.size() > max_fields) {
      return Status::DataError(fmt::format("{}:{}: expected '{}', got '{}'", path, line_no,
                                           expected, line.substr(0, 60)));
    }
    for (size_t i = 0; i < min_fields; ++i) {
      if (fields[i].empty()) {
        return Status::DataError(
            fmt::format("{}:{}: empty field {} in '{}'", path, line_no, i + 1, line.substr(0, 60)));
      }
    }
    return fn(line_no, fields);
  });
}

}  // namespace

QuoteLexiconPaths QuoteLexiconPaths::In(const std::string& dir) {
  return {dir + "/speech_verbs.tsv", dir + "/statement_nouns.tsv", dir + "/honorifics.tsv",
          dir + "/speaker_words.tsv", dir + "/speaker_context.tsv", dir + "/source_aliases.tsv"};
}

Result<QuoteLexicon> QuoteLexicon::Load(const QuoteLexiconPaths& paths) {
  QuoteLexiconTexts t;
  t.verbs.path = paths.verbs;
  t.statement_nouns.path = paths.statement_nouns;
  t.honorifics.path = paths.honorifics;
  t.speaker_words.path = paths.speaker_words;
  t.context_words.path = paths.context_words;
  t.aliases.path = paths.aliases;
  KIJI_ASSIGN_OR_RETURN(t.verbs.text, ReadDataFile(paths.verbs, "speech verbs"));
  KIJI_ASSIGN_OR_RETURN(t.statement_nouns.text,
                        ReadDataFile(paths.statement_nouns, "statement nouns"));
  KIJI_ASSIGN_OR_RETURN(t.honorifics.text, ReadDataFile(paths.honorifics, "honorifics"));
  KIJI_ASSIGN_OR_RETURN(t.speaker_words.text, ReadDataFile(paths.speaker_words, "speaker words"));
  KIJI_ASSIGN_OR_RETURN(t.context_words.text,
                        ReadDataFile(paths.context_words, "speaker context words"));
  KIJI_ASSIGN_OR_RETURN(t.aliases.text, ReadDataFile(paths.aliases, "source aliases"));
  return Parse(t);
}

Result<QuoteLexicon> QuoteLexicon::Parse(const QuoteLexiconTexts& t) {
  QuoteLexicon lex;
  KIJI_RETURN_IF_ERROR(lex.ParseVerbs(t.verbs.text, t.verbs.path));
  KIJI_RETURN_IF_ERROR(lex.ParseStatementNouns(t.statement_nouns.text, t.statement_nouns.path));
  KIJI_RETURN_IF_ERROR(lex.ParseHonorifics(t.honorifics.text, t.honorifics.path));
  KIJI_RETURN_IF_ERROR(lex.ParseSpeakerWords(t.speaker_words.text, t.speaker_words.path));
  KIJI_RETURN_IF_ERROR(lex.ParseContextWords(t.context_words.text, t.context_words.path));
  KIJI_RETURN_IF_ERROR(lex.ParseAliases(t.aliases.text, t.aliases.path));
  return lex;
}

namespace {

// "to,you" -> kFrameTo | kFrameYou; false on an unknown frame (*bad names it).
bool ParseFrames(std::string_view field, uint8_t* frames, std::string_view* bad) {
  static const std::pair<std::string_view, SpeechFrame> kFrames[] = {
      {"to", kFrameTo},         {"you", kFrameYou},     {"noun", kFrameNoun},
      {"object", kFrameObject}, {"quote", kFrameQuote}};
  *frames = 0;
  for (std::string_view frame : SplitFields(field, ',')) {
    const SpeechFrame* f = nullptr;
    for (const auto& [name, v] : kFrames) {
      if (frame == name) f = &v;
    }
    if (!f) {
      *bad = frame;
      return false;
    }
    *frames |= *f;
  }
  return true;
}

}  // namespace

// Verbs are grouped by predicate class: an "@class NAME FRAMES" line starts a
// class, and the verbs under it take its frames unless they give their own.
Status QuoteLexicon::ParseVerbs(std::string_view text, const std::string& path) {
  std::string cls;
  uint8_t class_frames = 0;
  return ForEachRecord(
      text, path, 1, 3, "verb<TAB>frames[<TAB>spellings]",
      [&](size_t line_no, const std::vector<std::string_view>& f) -> Status {
        std::string_view bad;
        if (f[0] == "@class") {
          if (f.size() != 3 || f[1].empty()) {
            return Status::DataError(
                fmt::format("{}:{}: expected '@class<TAB>name<TAB>frames'", path, line_no));
          }
          cls = std::string(f[1]);
          if (!ParseFrames(f[2], &class_frames, &bad)) {
            return Status::DataError(fmt::format(
                "{}:{}: unknown frame '{}' (expected to, you, noun, object or quote, "
                "comma-separated)",
                path, line_no, bad));
          }
          return Status::Ok();
        }
        SpeechVerb v;
        v.verb = NormalizeString(f[0]);
        v.predicate_class = cls;
        if (f.size() < 2 || f[1].empty() || f[1] == "-") {
          if (cls.empty()) {
            return Status::DataError(fmt::format("{}:{}: expected 'verb<TAB>frames[<TAB>spellings]'",
                                                 path, line_no));
          }
          v.frames = class_frames;
        } else if (!ParseFrames(f[1], &v.frames, &bad)) {
          return Status::DataError(fmt::format(
              "{}:{}: unknown frame '{}' (expected to, you, noun, object or quote, comma-separated)",
              path, line_no, bad));
        }
        std::vector<std::string> forms{v.verb};
        if (f.size() == 3 && !f[2].empty()) {
          for (std::string_view s : SplitFields(f[2], ',')) {
            if (s.empty()) {
              return Status::DataError(fmt::format("{}:{}: empty spelling", path, line_no));
            }
            forms.push_back(NormalizeString(s));
          }
        }
        for (const std::string& form : forms) {
          auto [it, fresh] = verb_forms_.emplace(form, verbs_.size());
          if (!fresh) {
            return Status::DataError(fmt::format("{}:{}: '{}' is already listed for '{}'", path,
                                                 line_no, form, verbs_[it->second].verb));
          }
        }
        verbs_.push_back(std::move(v));
        return Status::Ok();
      });
}

Status QuoteLexicon::ParseStatementNouns(std::string_view text, const std::string& path) {
  return ForEachRecord(
      text, path, 1, 2, "noun[<TAB>verbs]",
      [&](size_t line_no, const std::vector<std::string_view>& f) -> Status {
        std::vector<std::string> verbs;
        if (f.size() == 2) {
          for (std::string_view v : SplitFields(f[1], ',')) {
            std::string verb = NormalizeString(v);
            const SpeechVerb* sv = FindVerb(verb);
            if (!sv) {
              return Status::DataError(fmt::format(
                  "{}:{}: verb '{}' is not in the speech verbs file", path, line_no, verb));
            }
            verbs.push_back(sv->verb);
          }
        }
        if (!nouns_.emplace(NormalizeString(f[0]), std::move(verbs)).second) {
          return Status::DataError(fmt::format("{}:{}: duplicate noun '{}'", path, line_no, f[0]));
        }
        return Status::Ok();
      });
}

bool QuoteLexicon::NounTakesVerb(std::string_view noun, std::string_view verb) const {
  auto it = nouns_.find(noun);
  if (it == nouns_.end()) return false;
  return it->second.empty() ||
         std::find(it->second.begin(), it->second.end(), verb) != it->second.end();
}

Status QuoteLexicon::ParseHonorifics(std::string_view text, const std::string& path) {
  Status st = ForEachRecord(
      text, path, 2, 2, "word<TAB>polite|title",
      [&](size_t line_no, const std::vector<std::string_view>& f) -> Status {
        HonorificKind kind;
        if (f[1] == "polite") {
          kind = HonorificKind::kPolite;
        } else if (f[1] == "title") {
          kind = HonorificKind::kTitle;
        } else {
          return Status::DataError(fmt::format(
              "{}:{}: unknown kind '{}' (expected polite or title)", path, line_no, f[1]));
        }
        std::string word = NormalizeString(f[0]);
        for (size_t pos = 0; pos < word.size(); DecodeUtf8(word, &pos)) {
          honorific_ends_.emplace(word.substr(pos), true);
        }
        honorific_filter_.Add(word);
        if (!honorific_index_.emplace(word, kind).second) {
          return Status::DataError(
              fmt::format("{}:{}: duplicate honorific '{}'", path, line_no, word));
        }
        honorifics_.emplace_back(std::move(word), kind);
        return Status::Ok();
      });
  std::stable_sort(honorifics_.begin(), honorifics_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return st;
}

Status QuoteLexicon::ParseSpeakerWords(std::string_view text, const std::string& path) {
  return ForEachRecord(
      text, path, 2, 2, "word<TAB>organization|description|pronoun|venue",
      [&](size_t line_no, const std::vector<std::string_view>& f) -> Status {
        static const std::pair<std::string_view, SpeakerWordClass> kClasses[] = {
            {"organization", SpeakerWordClass::kOrganization},
            {"description", SpeakerWordClass::kDescription},
            {"pronoun", SpeakerWordClass::kPronoun},
            {"venue", SpeakerWordClass::kVenue}};
        const SpeakerWordClass* cls = nullptr;
        for (const auto& [name, c] : kClasses) {
          if (f[1] == name) cls = &c;
        }
        if (!cls) {
          return Status::DataError(fmt::format(
              "{}:{}: unknown class '{}' (expected organization, description, pronoun or venue)",
              path, line_no, f[1]));
        }
        std::string word = NormalizeString(f[0]);
        speaker_word_filter_.Add(word);
        source_word_filter_.Add(word);
        if (!speaker_words_.emplace(word, *cls).second) {
          return Status::DataError(fmt::format("{}:{}: duplicate word '{}'", path, line_no, word));
        }
        return Status::Ok();
      });
}

Status QuoteLexicon::ParseContextWords(std::string_view text, const std::string& path) {
  static const std::pair<std::string_view, ContextList> kLists[] = {
      {"connective", ContextList::kConnective},
      {"clause_join", ContextList::kClauseJoin},
      {"time_word", ContextList::kTimeWord},
      {"not_role", ContextList::kNotRole},
      {"country_abbreviation", ContextList::kCountryAbbreviation},
      {"plural_suffix", ContextList::kPluralSuffix},
      {"media_head", ContextList::kMediaHead},
      {"speech_object", ContextList::kSpeechObject},
      {"report_noun", ContextList::kReportNoun},
      {"reaction_noun", ContextList::kReactionNoun},
      {"online_venue", ContextList::kOnlineVenue},
      {"according_noun", ContextList::kAccordingNoun},
      {"title_suffix", ContextList::kTitleSuffix},
      {"article_anaphor", ContextList::kArticleAnaphor},
      {"dual_anaphor", ContextList::kDualAnaphor},
      {"not_speech", ContextList::kNotSpeech},
      {"manner_adverb", ContextList::kMannerAdverb},
      {"manner_noun", ContextList::kMannerNoun},
      {"question_verb", ContextList::kQuestionVerb},
      {"role_prefix", ContextList::kRolePrefix},
      {"organization_part", ContextList::kOrganizationPart},
      {"surname_title", ContextList::kSurnameTitle},
      {"outlet_head", ContextList::kOutletHead},
      {"document_noun", ContextList::kDocumentNoun}};
  return ForEachRecord(
      text, path, 2, 2, "word<TAB>list",
      [&](size_t line_no, const std::vector<std::string_view>& f) -> Status {
        const ContextList* list = nullptr;
        for (const auto& [name, l] : kLists) {
          if (f[1] == name) list = &l;
        }
        if (!list) {
          return Status::DataError(fmt::format(
              "{}:{}: unknown list '{}' (expected connective, clause_join, time_word, not_role, "
              "country_abbreviation, plural_suffix, media_head, speech_object, report_noun, "
              "reaction_noun, online_venue, according_noun, title_suffix, article_anaphor, "
              "dual_anaphor, not_speech, manner_adverb, manner_noun, question_verb, role_prefix, "
              "organization_part or surname_title)",
              path, line_no, f[1]));
        }
        const uint32_t bit = 1u << static_cast<unsigned>(*list);
        std::string word = NormalizeString(f[0]);
        context_word_filter_.Add(word);
        uint32_t& lists = context_words_[word];
        if (lists & bit) {
          return Status::DataError(
              fmt::format("{}:{}: '{}' is already in list {}", path, line_no, f[0], f[1]));
        }
        lists |= bit;
        return Status::Ok();
      });
}

Status QuoteLexicon::ParseAliases(std::string_view text, const std::string& path) {
  return ForEachRecord(
      text, path, 2, 3, "alias<TAB>full name[<TAB>always]",
      [&](size_t line_no, const std::vector<std::string_view>& f) -> Status {
        if (f.size() == 3 && f[2] != "always") {
          return Status::DataError(
              fmt::format("{}:{}: unknown flag '{}' (expected always)", path, line_no, f[2]));
        }
        SourceAlias alias{NormalizeString(f[1]), f.size() == 3};
        std::string word = NormalizeString(f[0]);
        source_word_filter_.Add(word);
        alias_filter_.Add(word);
        if (!aliases_.emplace(std::move(word), std::move(alias)).second) {
          return Status::DataError(
              fmt::format("{}:{}: alias '{}' is listed twice", path, line_no, f[0]));
        }
        return Status::Ok();
      });
}

size_t QuoteLexicon::Hash::operator()(std::string_view s) const {
  return static_cast<size_t>(XXH3_64bits(s.data(), s.size()));
}

bool QuoteLexicon::InContextList(std::string_view word, ContextList list) const {
  if (!context_word_filter_.MayHold(word)) return false;
  auto it = context_words_.find(word);
  return it != context_words_.end() && (it->second >> static_cast<unsigned>(list) & 1u);
}

const SpeechVerb* QuoteLexicon::FindVerb(std::string_view form) const {
  auto it = verb_forms_.find(form);
  return it == verb_forms_.end() ? nullptr : &verbs_[it->second];
}


void QuoteLexicon::WordEnds::Add(std::string_view word) {
  if (word.empty()) return;
  if (last_.empty()) last_.resize(0x10000 / 64);
  const uint32_t bit = LastCodePointBit(word);
  last_[bit / 64] |= uint64_t{1} << (bit % 64);
  longest_ = std::max(longest_, word.size());
}

bool QuoteLexicon::MayEndSourceWord(std::string_view word) const {
  return source_word_filter_.MayEnd(word);
}

bool QuoteLexicon::EndsHonorific(std::string_view piece) const {
  return honorific_filter_.MayHold(piece) && honorific_ends_.find(piece) != honorific_ends_.end();
}

const HonorificKind* QuoteLexicon::FindHonorific(std::string_view word) const {
  if (!honorific_filter_.MayHold(word)) return nullptr;
  auto it = honorific_index_.find(word);
  return it == honorific_index_.end() ? nullptr : &it->second;
}

const SpeakerWordClass* QuoteLexicon::FindSpeakerWord(std::string_view word) const {
  if (!speaker_word_filter_.MayHold(word)) return nullptr;
  auto it = speaker_words_.find(word);
  return it == speaker_words_.end() ? nullptr : &it->second;
}

std::string_view QuoteLexicon::SpeakerWordSuffix(std::string_view noun,
                                                 SpeakerWordClass* cls) const {
  if (!speaker_word_filter_.MayEnd(noun)) return {};
  // Try every code-point boundary from the left: the first hit is the longest.
  size_t pos = 0;
  while (pos < noun.size()) {
    if (noun.size() - pos <= speaker_word_filter_.longest()) {
      auto it = speaker_words_.find(noun.substr(pos));
      if (it != speaker_words_.end() && (it->second == SpeakerWordClass::kOrganization ||
                                         it->second == SpeakerWordClass::kDescription)) {
        *cls = it->second;
        return noun.substr(pos);
      }
    }
    DecodeUtf8(noun, &pos);
  }
  return {};
}

const SourceAlias* QuoteLexicon::FindAlias(std::string_view alias) const {
  if (!alias_filter_.MayHold(alias)) return nullptr;
  auto it = aliases_.find(alias);
  return it == aliases_.end() ? nullptr : &it->second;
}

}  // namespace kiji
