#include "kiji/quote_lexicon.h"

#include <doctest/doctest.h>

#include <string>

namespace {

kiji::QuoteLexiconTexts Minimal() {
  kiji::QuoteLexiconTexts t;
  t.verbs = {"v.tsv", "# c\n述べる\tto\n見る\tto\tみる\n"};
  t.statement_nouns = {"n.tsv", "見方\n"};
  t.honorifics = {"h.tsv", "氏\tpolite\n国家主席\ttitle\n"};
  t.speaker_words = {"w.tsv", "新聞\torganization\n関係者\tdescription\n"};
  t.context_words = {"c.tsv", "さらに\tconnective\n"};
  return t;
}

}  // namespace

TEST_CASE("the shipped lists load and hold at least 40 verbs") {
  auto lex = kiji::QuoteLexicon::Load(
      kiji::QuoteLexiconPaths::In(std::string(KIJI_SOURCE_DIR) + "/dictionaries"));
  REQUIRE(lex.ok());
  CHECK(lex->verb_count() >= 40);
  REQUIRE(lex->FindVerb("みる") != nullptr);
  CHECK(lex->FindVerb("みる")->verb == "見る");
  CHECK(lex->FindHonorific("国家主席") != nullptr);
  CHECK(lex->IsStatementNoun("見方"));
}

TEST_CASE("spellings, frames and suffix lookups") {
  auto lex = kiji::QuoteLexicon::Parse(Minimal());
  REQUIRE(lex.ok());
  CHECK(lex->FindVerb("見る") == lex->FindVerb("みる"));
  CHECK((lex->FindVerb("述べる")->frames & kiji::kFrameTo) != 0);
  CHECK((lex->FindVerb("述べる")->frames & kiji::kFrameYou) == 0);
  CHECK(lex->FindVerb("話す") == nullptr);
  kiji::SpeakerWordClass cls;
  CHECK(lex->SpeakerWordSuffix("朝日新聞", &cls) == "新聞");
  CHECK(cls == kiji::SpeakerWordClass::kOrganization);
  CHECK(lex->SpeakerWordSuffix("朝日", &cls).empty());
  CHECK(lex->honorifics()[0].first == "国家主席");  // longest first
}

TEST_CASE("predicate classes: verbs take their class's frames unless they give their own") {
  kiji::QuoteLexiconTexts t = Minimal();
  t.verbs = {"v.tsv",
             "述べる\tto\n@class\treaction\tquote\n意気込む\n笑う\t-\tわらう\n"
             "@class\tsupport\tobject\n出す\tnoun,object\n"};
  auto lex = kiji::QuoteLexicon::Parse(t);
  REQUIRE(lex.ok());
  CHECK(lex->FindVerb("述べる")->predicate_class.empty());
  REQUIRE(lex->FindVerb("意気込む") != nullptr);
  CHECK(lex->FindVerb("意気込む")->predicate_class == "reaction");
  CHECK(lex->FindVerb("意気込む")->frames == kiji::kFrameQuote);
  CHECK(lex->FindVerb("わらう")->frames == kiji::kFrameQuote);
  CHECK(lex->FindVerb("出す")->predicate_class == "support");
  CHECK(lex->FindVerb("出す")->frames == (kiji::kFrameNoun | kiji::kFrameObject));
}

TEST_CASE("the shipped verb classes") {
  auto lex = kiji::QuoteLexicon::Load(
      kiji::QuoteLexiconPaths::In(std::string(KIJI_SOURCE_DIR) + "/dictionaries"));
  REQUIRE(lex.ok());
  CHECK(lex->FindVerb("述べる")->predicate_class == "speech");
  CHECK(lex->FindVerb("見る")->predicate_class == "assessment");
  CHECK(lex->FindVerb("意気込む")->predicate_class == "reaction");
  CHECK((lex->FindVerb("上げる")->frames & kiji::kFrameTo) == 0);
  CHECK(lex->InContextList("喜び", kiji::ContextList::kSpeechObject));
  CHECK(lex->InContextList("通報", kiji::ContextList::kReportNoun));
  CHECK(lex->InContextList("声", kiji::ContextList::kReactionNoun));
  CHECK(lex->InContextList("ネット上", kiji::ContextList::kOnlineVenue));
}

TEST_CASE("context words: one word may be in several lists, each looked up on its own") {
  kiji::QuoteLexiconTexts t = Minimal();
  t.context_words = {"c.tsv", "# comment\n朝\ttime_word\n朝\tcountry_abbreviation\nら\tplural_suffix\n"};
  auto lex = kiji::QuoteLexicon::Parse(t);
  REQUIRE(lex.ok());
  CHECK(lex->InContextList("朝", kiji::ContextList::kTimeWord));
  CHECK(lex->InContextList("朝", kiji::ContextList::kCountryAbbreviation));
  CHECK_FALSE(lex->InContextList("朝", kiji::ContextList::kPluralSuffix));
  CHECK(lex->InContextList("ら", kiji::ContextList::kPluralSuffix));
  CHECK_FALSE(lex->InContextList("米", kiji::ContextList::kCountryAbbreviation));
}

TEST_CASE("the shipped context lists hold the words the speaker rules rely on") {
  auto lex = kiji::QuoteLexicon::Load(kiji::QuoteLexiconPaths::In(std::string(KIJI_SOURCE_DIR) + "/dictionaries"));
  REQUIRE(lex.ok());
  CHECK(lex->InContextList("これに対して", kiji::ContextList::kConnective));
  CHECK(lex->InContextList("ものの", kiji::ContextList::kClauseJoin));
  CHECK(lex->InContextList("午後", kiji::ContextList::kTimeWord));
  CHECK(lex->InContextList("前出", kiji::ContextList::kNotRole));
  CHECK(lex->InContextList("米", kiji::ContextList::kCountryAbbreviation));
  CHECK(lex->InContextList("たち", kiji::ContextList::kPluralSuffix));
  CHECK(lex->InContextList("紙", kiji::ContextList::kMediaHead));
}

TEST_CASE("bad lines are reported as FILE:LINE: message") {
  struct Case {
    void (*edit)(kiji::QuoteLexiconTexts*);
    const char* message;
  };
  const Case cases[] = {
      {[](kiji::QuoteLexiconTexts* t) { t->verbs.text = "述べる\tto\n語る\tsay\n"; },
       "v.tsv:2: unknown frame 'say'"},
      {[](kiji::QuoteLexiconTexts* t) { t->verbs.text = "述べる\n"; },
       "v.tsv:1: expected 'verb<TAB>frames[<TAB>spellings]'"},
      {[](kiji::QuoteLexiconTexts* t) { t->verbs.text = "@class\tspeech\n"; },
       "v.tsv:1: expected '@class<TAB>name<TAB>frames'"},
      {[](kiji::QuoteLexiconTexts* t) { t->verbs.text = "@class\tspeech\tsay\n"; },
       "v.tsv:1: unknown frame 'say'"},
      {[](kiji::QuoteLexiconTexts* t) { t->verbs.text = "見る\tto\tみる\nみる\tto\n"; },
       "v.tsv:2: 'みる' is already listed for '見る'"},
      {[](kiji::QuoteLexiconTexts* t) { t->statement_nouns.text = "見方\n見方\n"; },
       "n.tsv:2: duplicate noun"},
      {[](kiji::QuoteLexiconTexts* t) { t->honorifics.text = "\n氏\tkind\n"; },
       "h.tsv:2: unknown kind 'kind'"},
      {[](kiji::QuoteLexiconTexts* t) { t->speaker_words.text = "社\torg\n"; },
       "w.tsv:1: unknown class 'org'"},
      {[](kiji::QuoteLexiconTexts* t) { t->speaker_words.text = "\t description\n"; },
       "w.tsv:1: empty field 1"},
      {[](kiji::QuoteLexiconTexts* t) { t->honorifics.text = "氏\tpolite\n\xff\ttitle\n"; },
       "h.tsv:2: invalid UTF-8"},
      {[](kiji::QuoteLexiconTexts* t) { t->context_words.text = "さらに\tconnective\n米\tcountry\n"; },
       "c.tsv:2: unknown list 'country'"},
      {[](kiji::QuoteLexiconTexts* t) { t->context_words.text = "ら\tplural_suffix\nら\tplural_suffix\n"; },
       "c.tsv:2: 'ら' is already in list plural_suffix"},
      {[](kiji::QuoteLexiconTexts* t) { t->context_words.text = "ら\n"; },
       "c.tsv:1: expected 'word<TAB>list'"},
  };
  for (const Case& c : cases) {
    kiji::QuoteLexiconTexts t = Minimal();
    c.edit(&t);
    auto lex = kiji::QuoteLexicon::Parse(t);
    INFO(std::string(c.message));
    CHECK_FALSE(lex.ok());
    if (lex.ok()) continue;
    CHECK(lex.status().code() == kiji::StatusCode::kDataError);
    CHECK(lex.status().message().find(c.message) == 0);
  }
}

TEST_CASE("a missing file is named") {
  kiji::QuoteLexiconPaths p = kiji::QuoteLexiconPaths::In("/nonexistent");
  auto lex = kiji::QuoteLexicon::Load(p);
  REQUIRE_FALSE(lex.ok());
  CHECK(lex.status().message() == "/nonexistent/speech_verbs.tsv: cannot open speech verbs file");
}
