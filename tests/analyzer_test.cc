#include "kiji/analyzer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "analysis/raw_feature.h"
#include "kiji/article.h"
#include "kiji/domain_terms.h"
#include "kiji/utf8.h"

namespace {

std::shared_ptr<const kiji::DomainTerms> ShippedTerms() {
  auto t = kiji::DomainTerms::Load(std::string(KIJI_SOURCE_DIR) + "/dictionaries/terms.tsv");
  REQUIRE(t.ok());
  return std::make_shared<const kiji::DomainTerms>(std::move(t).value());
}

std::shared_ptr<const kiji::Model> Open(const std::string& dict, bool terms = true) {
  kiji::ModelOptions o;
  o.dict = dict;
  if (terms) o.terms = ShippedTerms();
  auto m = kiji::Model::Open(o);
  if (!m.ok()) return nullptr;
  return *m;
}

std::vector<std::string> Surfaces(const kiji::Document& doc) {
  std::vector<std::string> out;
  for (const kiji::Token& t : doc.tokens) out.emplace_back(t.surface);
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Slices the original text by code points, as Python's text[start:end] does.
std::string CodePointSlice(const std::string& text, uint32_t start, uint32_t end) {
  size_t pos = 0, cp = 0, b = std::string::npos;
  while (pos <= text.size()) {
    if (cp == start && b == std::string::npos) b = pos;
    if (cp == end) return text.substr(b, pos - b);
    if (pos == text.size()) break;
    kiji::DecodeUtf8(text, &pos);
    ++cp;
  }
  return "<out of range>";
}

const char kText[] =
    "ＣＧＴＮの報道　一帯一路とグリーンマイニング\n"
    "2025年6月17日、習近平国家主席がアスタナで「協力を。」と述べ、Zhalynさんは話しました。"
    "中央アジアの(Belt and Road)協力。\n"
    "- 箇条書き:㈱の項目\n";

}  // namespace

TEST_CASE("ipadic: spans are code points into the original text, domain terms stay whole") {
  auto model = Open("ipadic");
  REQUIRE_MESSAGE(model, "the default dictionary (mecab-ipadic-utf8) must be installed");
  CHECK(model->info().layout == kiji::DictLayout::kIpadic);
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", kText);
  kiji::Analyzer analyzer(model);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());

  // Title, one paragraph split in two sentences (the 。 inside 「」 does not
  // split), and the bullet.
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].kind == kiji::BlockKind::kTitle);
  CHECK(doc.OriginalText(doc.sentences[1]).ends_with("話しました。"));
  CHECK(doc.sentences[3].kind == kiji::BlockKind::kBullet);

  for (const kiji::Token& t : doc.tokens) {
    INFO("token: " << t.surface);
    CHECK(CodePointSlice(a.text, t.start, t.end) == std::string(doc.OriginalText(t)));
    CHECK(t.start < t.end);
  }
  for (const kiji::Sentence& s : doc.sentences) {
    CHECK(CodePointSlice(a.text, s.start, s.end) == std::string(doc.OriginalText(s)));
  }
  auto surfaces = Surfaces(doc);
  for (const char* whole : {"一帯一路", "グリーンマイニング", "習近平", "アスタナ", "中央アジア",
                            "CGTN", "Zhalyn", "2025年6月17日", "Belt", "Road"}) {
    INFO("expected one token: " << whole);
    CHECK(Has(surfaces, whole));
  }
  // Normalized surface, original text: ＣＧＴＮ -> CGTN.
  CHECK(doc.tokens[0].surface == "CGTN");
  CHECK(doc.OriginalText(doc.tokens[0]) == "ＣＧＴＮ");
  // ㈱ expands to (株): every piece maps back to the whole original character.
  bool saw_kabu = false;
  for (const kiji::Token& t : doc.tokens) {
    if (t.surface == "株") {
      saw_kabu = true;
      CHECK(doc.OriginalText(t) == "㈱");
    }
  }
  CHECK(saw_kabu);
  // Lemmas and POS come through the adapter.
  for (const kiji::Token& t : doc.tokens) {
    if (t.surface == "話し") {
      CHECK(t.lemma == "話す");
      CHECK(t.pos_class == kiji::PosClass::kVerb);
      CHECK(t.reading == "ハナシ");
      CHECK(t.conj_form == "連用形");
    }
    if (t.surface == "習近平") {
      CHECK(t.domain_term);
      CHECK(t.pos_class == kiji::PosClass::kProperNoun);
      CHECK(t.pos[2] == "人名");
    }
  }
}

namespace {

struct PunctuationCase {
  const char* text;     // one sentence
  const char* closing;  // the symbol tokens before 」, normalized, space-separated
};

// The tokens of `text` (ipadic, shipped terms).
std::vector<kiji::Token> Tokens(const std::shared_ptr<const kiji::Model>& model,
                                const std::string& text, kiji::Article* a, kiji::Document* doc) {
  *a = kiji::ParseTextArticle("t", "t.txt", "題\n" + text + "\n");
  kiji::Analyzer analyzer(model);
  REQUIRE(analyzer.Analyze(*a, doc).ok());
  return doc->tokens;
}

}  // namespace

TEST_CASE("punctuation that NFKC makes ASCII stays a symbol, the closing bracket its own token") {
  auto model = Open("ipadic");
  REQUIRE(model);
  const PunctuationCase cases[] = {
      {"山田氏は「最高だね！」と話した。", "!"},
      {"「本当ですか？」と聞いた。", "?"},
      {"「やった!!」と叫んだ。", "!!"},
      {"「本当に！？」と驚いた。", "! ?"},
      {"「それは…」と黙った。", "..."},
      {"「帰れ！」と言った。", "!"},
  };
  for (const PunctuationCase& c : cases) {
    CAPTURE(c.text);
    kiji::Article a;
    kiji::Document doc;
    const std::vector<kiji::Token> tokens = Tokens(model, c.text, &a, &doc);
    size_t close = 0;
    while (close < tokens.size() && tokens[close].surface != "」") ++close;
    REQUIRE(close < tokens.size());
    CHECK(tokens[close].pos_class == kiji::PosClass::kSymbol);
    std::string symbols;
    size_t k = close;
    while (k > 0 && tokens[k - 1].pos_class == kiji::PosClass::kSymbol) --k;
    for (size_t i = k; i < close; ++i) {
      symbols += (symbols.empty() ? "" : " ") + std::string(tokens[i].surface);
      CHECK_FALSE(tokens[i].pos_class == kiji::PosClass::kNoun);
    }
    CHECK(symbols == c.closing);
    for (const kiji::Token& t : tokens) {
      CHECK(CodePointSlice(a.text, t.start, t.end) == std::string(doc.OriginalText(t)));
      if (t.surface == "!" || t.surface == "...") CHECK(doc.OriginalText(t) != t.surface);
    }
    if (std::string_view(c.text).starts_with("「帰れ")) {
      REQUIRE(close >= 2);
      const kiji::Token& verb = tokens[close - 2];
      CHECK(verb.surface == "帰れ");
      CHECK(verb.lemma == "帰る");
      CHECK(verb.pos_class == kiji::PosClass::kVerb);
      CHECK(verb.conj_form.starts_with("命令"));
    }
  }
}

TEST_CASE("dates, times, URLs and e-mail addresses are one token of their own class") {
  auto model = Open("ipadic");
  REQUIRE(model);
  kiji::Article a;
  kiji::Document doc;
  const std::vector<kiji::Token> tokens =
      Tokens(model, "２０２５年６月１７日午後３時、https://example.com/a?b=1 と a@b.jp を見た(17:30 UTC)。",
             &a, &doc);
  struct Want {
    const char* surface;
    kiji::PosClass cls;
  };
  for (const Want& w : {Want{"2025年6月17日", kiji::PosClass::kDate},
                        Want{"午後3時", kiji::PosClass::kTime},
                        Want{"https://example.com/a?b=1", kiji::PosClass::kUrl},
                        Want{"a@b.jp", kiji::PosClass::kEmail},
                        Want{"17:30", kiji::PosClass::kTime},
                        Want{"UTC", kiji::PosClass::kTime}}) {
    CAPTURE(w.surface);
    auto it = std::find_if(tokens.begin(), tokens.end(),
                           [&](const kiji::Token& t) { return t.surface == w.surface; });
    REQUIRE(it != tokens.end());
    CHECK(it->pos_class == w.cls);
    CHECK(it->lemma == w.surface);
  }
  REQUIRE(tokens.size() > 1);
  CHECK(doc.OriginalText(tokens[1]) == "２０２５年６月１７日");
  for (const kiji::Token& t : tokens) {
    CHECK(CodePointSlice(a.text, t.start, t.end) == std::string(doc.OriginalText(t)));
    CHECK(t.surface != "http");
  }
}

TEST_CASE("ipadic without terms: MeCab's own segmentation splits 一帯一路") {
  auto model = Open("ipadic", /*terms=*/false);
  REQUIRE(model);
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", "題\n一帯一路の協力。\n");
  kiji::Analyzer analyzer(model);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  CHECK_FALSE(Has(Surfaces(doc), "一帯一路"));
}

TEST_CASE("constraints after any white space MeCab skips do not abort the process") {
  // MeCab skips its SPACE class (space, tab, LF, VT, U+00D0 in IPADIC,
  // NAIST-jdic and Juman) before a word; a constraint starting after such a
  // character made libmecab exit (found by analysis_fuzz).
  auto model = Open("ipadic");
  REQUIRE(model);
  for (const char* line : {"J\vZZZZZZZZ", "x\u00D0ABC", "日本\v\tABC3.5 \v", "A\vB\vC3.5\v",
                           "一帯一路\v\vDEF"}) {
    CAPTURE(line);
    kiji::Article a = kiji::ParseTextArticle("t", "t.txt", std::string("題\n") + line + "\n");
    kiji::Analyzer analyzer(model);
    kiji::Document doc;
    REQUIRE(analyzer.Analyze(a, &doc).ok());
    CHECK_FALSE(doc.tokens.empty());
  }
}

TEST_CASE("naist-jdic uses the IPADIC layout") {
  auto model = Open("naist");
  if (!model) {
    MESSAGE("skipped: mecab-naist-jdic is not installed");
    return;
  }
  CHECK(model->info().layout == kiji::DictLayout::kIpadic);
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", kText);
  kiji::Analyzer analyzer(model);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  auto surfaces = Surfaces(doc);
  CHECK(Has(surfaces, "一帯一路"));
  CHECK(Has(surfaces, "2025年6月17日"));
}

TEST_CASE("unidic (when installed): same terms and runs") {
  auto model = Open("unidic");
  if (!model) {
    MESSAGE("skipped: unidic-mecab is not installed (optional, 1 GB)");
    return;
  }
  CHECK(model->info().layout == kiji::DictLayout::kUnidic);
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", kText);
  kiji::Analyzer analyzer(model);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  auto surfaces = Surfaces(doc);
  for (const char* whole : {"一帯一路", "グリーンマイニング", "習近平", "2025年6月17日", "Zhalyn"}) {
    INFO("expected one token: " << whole);
    CHECK(Has(surfaces, whole));
  }
  for (const kiji::Token& t : doc.tokens) {
    if (t.surface == "話し") CHECK(t.lemma == "話す");
  }
}

TEST_CASE("juman layout: lemma and POS from its 7 fields") {
  auto model = Open("juman");
  if (!model) {
    MESSAGE("skipped: mecab-jumandic-utf8 is not installed");
    return;
  }
  CHECK(model->info().layout == kiji::DictLayout::kJuman);
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", "題\nZhalynさんは2025人に話しました。\n");
  kiji::Analyzer analyzer(model);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  auto surfaces = Surfaces(doc);
  CHECK(Has(surfaces, "2025"));
  for (const kiji::Token& t : doc.tokens) {
    if (t.surface == "話し") {
      CHECK(t.lemma == "話す");
      CHECK(t.pos_class == kiji::PosClass::kVerb);
    }
  }
}

TEST_CASE("a UniDic-layout dictionary compiled at build time: adapter and digit runs") {
  // tests/data/mecab_mini splits digits one by one, as UniDic does.
  kiji::ModelOptions o;
  o.dict = KIJI_MINI_DIC;
  o.terms = std::make_shared<const kiji::DomainTerms>(
      kiji::DomainTerms::Parse("習近平\tperson\n", "t.tsv").value());
  auto m = kiji::Model::Open(o);
  REQUIRE(m.ok());
  CHECK((*m)->info().layout == kiji::DictLayout::kUnidic);
  kiji::Article a =
      kiji::ParseTextArticle("t", "t.txt", "題\n2025人に日本は習近平と話しました。\n");
  kiji::Analyzer analyzer(*m);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  auto surfaces = Surfaces(doc);
  CHECK(Has(surfaces, "2025"));
  CHECK_FALSE(Has(surfaces, "2"));
  CHECK(Has(surfaces, "習近平"));
  for (const kiji::Token& t : doc.tokens) {
    if (t.surface == "話し") {
      CHECK(t.lemma == "話す");      // orthBase
      CHECK(t.reading == "ハナシ");  // kana
      CHECK(t.conj_type == "五段-サ行");
      CHECK(t.pos_class == kiji::PosClass::kVerb);
    }
    if (t.surface == "日本") {
      CHECK(t.pos_class == kiji::PosClass::kProperNoun);
      CHECK(t.pos[2] == "地名");
    }
    if (t.surface == "習近平") {
      CHECK(t.pos[0] == "名詞");
      CHECK(t.pos[2] == "人名");
    }
  }
}

TEST_CASE("missing dictionaries name the package to install") {
  auto r = kiji::ResolveDictionary("/nonexistent/dic");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("not a MeCab dictionary") != std::string::npos);
  kiji::ModelOptions o;
  o.dict = "unidic";
  auto m = kiji::Model::Open(o);
  if (!m.ok()) {
    CHECK(m.status().message().find("install the Debian package unidic-mecab") !=
          std::string::npos);
  }
}

TEST_CASE("ipadic and juman resolve to kiji's own builds where allowed, system-NAME never") {
  namespace fs = std::filesystem;
  const fs::path own = fs::temp_directory_path() / "kiji_analyzer_test_dics";
  fs::create_directories(own / "ipadic");
  { std::ofstream(own / "ipadic" / "sys.dic") << "x"; }
  kiji::ModelOptions o;
  o.kiji_dictionaries = own.string();
  auto r = kiji::ResolveDictionary(o);
  REQUIRE(r.ok());
  CHECK(r->dir == (own / "ipadic").string());
  CHECK(r->kiji_build);
  o.dict = "system-ipadic";
  r = kiji::ResolveDictionary(o);
  REQUIRE(r.ok());
  CHECK(r->dir == "/var/lib/mecab/dic/ipadic-utf8");
  CHECK_FALSE(r->kiji_build);
  o.dict = "ipadic";
  o.user_dicts = {"user.dic"};  // compiled against Debian's ids
  r = kiji::ResolveDictionary(o);
  REQUIRE(r.ok());
  CHECK(r->dir == "/var/lib/mecab/dic/ipadic-utf8");
  o.user_dicts.clear();
  o.dict = "juman";  // no kiji build of it in `own`
  r = kiji::ResolveDictionary(o);
  REQUIRE(r.ok());
  CHECK(r->dir == "/var/lib/mecab/dic/juman-utf8");
  o.dict = (own / "ipadic").string();  // a folder is that folder
  r = kiji::ResolveDictionary(o);
  REQUIRE(r.ok());
  CHECK_FALSE(r->kiji_build);
  o.kiji_dictionaries.clear();
  o.dict = "ipadic";
  r = kiji::ResolveDictionary(o);
  REQUIRE(r.ok());
  CHECK(r->dir == "/var/lib/mecab/dic/ipadic-utf8");
  fs::remove_all(own);
}

TEST_CASE("a sentence seen before comes from the parse cache, token for token") {
  auto model = Open("ipadic");
  REQUIRE(model);
  // A Latin run MeCab splits (constrained at once), a domain term, a decimal.
  const std::string sentence = "iPhone4Sで一帯一路について3.5%と話しました。";
  const std::string text = "見出し\n" + sentence + sentence + sentence + "\n";
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", text);
  kiji::Analyzer analyzer(model);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  REQUIRE(doc.sentences.size() == 4);
  const kiji::AnalyzerStats stats = analyzer.stats();
  CHECK(stats.sentences == 4);
  CHECK(stats.cache_hits == 2);  // the second and third copies
  CHECK(stats.mecab_parses >= 2);

  // What a fresh analyzer makes of the sentence alone.
  kiji::Article alone = kiji::ParseTextArticle("t", "t.txt", "見出し\n" + sentence + "\n");
  kiji::Analyzer fresh(model);
  kiji::Document want;
  REQUIRE(fresh.Analyze(alone, &want).ok());
  CHECK(fresh.stats().cache_hits == 0);
  const auto expected = want.SentenceTokens(want.sentences[1]);
  const uint32_t sentence_cps = want.sentences[1].end - want.sentences[1].start;
  for (size_t si = 1; si < 4; ++si) {
    const auto got = doc.SentenceTokens(doc.sentences[si]);
    REQUIRE(got.size() == expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      INFO("sentence " << si << " token " << i << ": " << got[i].surface);
      CHECK(got[i].surface == expected[i].surface);
      CHECK(got[i].lemma == expected[i].lemma);
      CHECK(kiji::internal::RawFeature::Of(got[i]) == kiji::internal::RawFeature::Of(expected[i]));
      CHECK(got[i].pos_class == expected[i].pos_class);
      CHECK(got[i].unknown == expected[i].unknown);
      CHECK(got[i].domain_term == expected[i].domain_term);
      CHECK(got[i].start == expected[i].start + (si - 1) * sentence_cps);
      CHECK(got[i].sentence == si);
    }
  }
  auto surfaces = Surfaces(doc);
  CHECK(Has(surfaces, "iPhone4S"));
  CHECK(Has(surfaces, "一帯一路"));
  CHECK(Has(surfaces, "3.5"));
}

TEST_CASE("one model shared by several analyzers on several threads") {
  auto model = Open("ipadic");
  REQUIRE(model);
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", kText);
  kiji::Analyzer reference(model);
  kiji::Document want;
  REQUIRE(reference.Analyze(a, &want).ok());
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      kiji::Analyzer analyzer(model);
      kiji::Document doc;
      for (int k = 0; k < 50; ++k) {
        if (!analyzer.Analyze(a, &doc).ok()) return;
      }
      got[i] = Surfaces(doc);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == Surfaces(want));
}

TEST_CASE("user dictionaries (--userdic) add words to the system dictionary") {
#ifdef KIJI_USER_DIC
  kiji::ModelOptions o;
  o.dict = "ipadic";
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", "題\nユーラシア連結構想が進む。\n");
  kiji::Document doc;
  {
    auto plain = kiji::Model::Open(o);
    REQUIRE(plain.ok());
    kiji::Analyzer analyzer(*plain);
    REQUIRE(analyzer.Analyze(a, &doc).ok());
    CHECK_FALSE(Has(Surfaces(doc), "ユーラシア連結構想"));
  }
  o.user_dicts = {KIJI_USER_DIC};
  auto m = kiji::Model::Open(o);
  REQUIRE(m.ok());
  kiji::Analyzer analyzer(*m);
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  CHECK(Has(Surfaces(doc), "ユーラシア連結構想"));
  for (const kiji::Token& t : doc.tokens) {
    if (t.surface == "ユーラシア連結構想") {
      CHECK(t.reading == "ユーラシアレンケツコウソウ");
      CHECK(t.pos_class == kiji::PosClass::kProperNoun);
      CHECK_FALSE(t.unknown);
    }
  }
  o.user_dicts = {"/nonexistent/user.dic"};
  auto missing = kiji::Model::Open(o);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message() == "/nonexistent/user.dic: user dictionary not found");
#else
  MESSAGE("skipped: the IPADIC source (package mecab-ipadic) is not installed");
#endif
}

namespace {

// Fields of a feature string.
std::vector<std::string> FeatureFields(std::string_view feature) {
  std::vector<std::string> f;
  for (size_t start = 0;;) {
    const size_t comma = feature.find(',', start);
    f.emplace_back(feature.substr(start, comma == feature.npos ? feature.npos : comma - start));
    if (comma == feature.npos) return f;
    start = comma + 1;
  }
}

struct MecabLayoutCase {
  const char* dict;
  size_t fields;        // of a dictionary word's feature string
  size_t reading_field;  // where the reading is in it
};

}  // namespace

TEST_CASE("-f mecab features: domain terms in the full layout, letter-digit runs not numbers") {
  const MecabLayoutCase cases[] = {
      {"ipadic", 9, 7}, {"naist", 11, 7}, {"juman", 7, 5}, {KIJI_MINI_DIC, 0, 6}};
  auto terms = std::make_shared<const kiji::DomainTerms>(
      kiji::DomainTerms::Parse("一帯一路\tproper\tイッタイイチロ\tイッタイイチロー\n"
                               "グリーンマイニング\tnoun\n",
                               "t.tsv")
          .value());
  for (const MecabLayoutCase& c : cases) {
    kiji::ModelOptions o;
    o.dict = c.dict;
    o.terms = terms;
    auto m = kiji::Model::Open(o);
    if (!m.ok()) {
      MESSAGE("skipped: " << c.dict << " is not installed");
      continue;
    }
    INFO("dictionary: " << c.dict);
    kiji::Article a = kiji::ParseTextArticle(
        "t", "t.txt", "題\n一帯一路とグリーンマイニングとfc2とblog29と2025と3.5。\n");
    kiji::Analyzer analyzer(*m);
    kiji::Document doc;
    REQUIRE(analyzer.Analyze(a, &doc).ok());
    const kiji::Token* belt = nullptr;
    const kiji::Token* green = nullptr;
    for (const kiji::Token& t : doc.tokens) {
      INFO("token: " << t.surface);
      if (t.surface == "一帯一路") belt = &t;
      if (t.surface == "グリーンマイニング") green = &t;
      if (t.surface == "fc2" || t.surface == "blog29") {
        CHECK(t.pos_class == kiji::PosClass::kNoun);
        CHECK(t.lemma == t.surface);
      }
      if (t.surface == "2025" || t.surface == "3.5") CHECK(t.pos_class == kiji::PosClass::kNumeral);
    }
    REQUIRE(belt != nullptr);
    REQUIRE(green != nullptr);
    const auto f = FeatureFields(kiji::internal::RawFeature::Of(*belt));
    if (c.fields > 0) CHECK(f.size() == c.fields);
    CHECK(f.size() >= 7);
    CHECK(f[c.reading_field] == "イッタイイチロ");
    CHECK(belt->reading == "イッタイイチロ");
    CHECK(belt->lemma == "一帯一路");
    CHECK(belt->pos_class == kiji::PosClass::kProperNoun);
    CHECK(std::find(f.begin(), f.end(), "一帯一路") != f.end());  // the base form
    // Without a reading in the file: "*" where the reading goes, nothing invented.
    const auto g = FeatureFields(kiji::internal::RawFeature::Of(*green));
    CHECK(g.size() == f.size());
    CHECK(g[c.reading_field] == "*");
    CHECK(green->reading.empty());
  }
}

TEST_CASE("a domain term with a comma keeps its feature string's fields in place") {
  kiji::ModelOptions o;
  o.dict = "ipadic";
  o.terms = std::make_shared<const kiji::DomainTerms>(
      kiji::DomainTerms::Parse("A,B社\torganization\tエービーシャ\n", "t.tsv").value());
  auto m = kiji::Model::Open(o);
  REQUIRE(m.ok());
  kiji::Article a = kiji::ParseTextArticle("t", "t.txt", "題\nA,B社が発表した。\n");
  kiji::Analyzer analyzer(*m);
  kiji::Document doc;
  REQUIRE(analyzer.Analyze(a, &doc).ok());
  bool found = false;
  for (const kiji::Token& t : doc.tokens) {
    if (t.surface != "A,B社") continue;
    found = true;
    CHECK(kiji::internal::RawFeature::Of(t) == "名詞,固有名詞,組織,*,*,*,*,エービーシャ,エービーシャ");
    CHECK(t.reading == "エービーシャ");
    CHECK(t.lemma == "A,B社");
  }
  CHECK(found);
}

TEST_CASE("a forced symbol MeCab does not know prints the full unknown-word feature, as mecab does") {
  for (const char* dict : {"ipadic", "juman"}) {
    CAPTURE(dict);
    auto model = Open(dict);
    REQUIRE(model);
    kiji::Article a = kiji::ParseTextArticle("t", "t.txt", "題\n「最高だね！」(笑)\n");
    kiji::Analyzer analyzer(model);
    kiji::Document doc;
    REQUIRE(analyzer.Analyze(a, &doc).ok());
    int symbols = 0;
    for (const kiji::Token& t : doc.tokens) {
      if (t.surface != "!" && t.surface != "(" && t.surface != ")") continue;
      ++symbols;
      CHECK(t.pos_class == kiji::PosClass::kSymbol);
      const std::string_view f = kiji::internal::RawFeature::Of(t);
      CAPTURE(f);
      CHECK(std::count(f.begin(), f.end(), ',') == 6);  // 7 fields, like unk.def's
    }
    CHECK(symbols == 3);
  }
}
