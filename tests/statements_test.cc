// Statement extraction on real IPADIC analyses of small articles and of the
// seed corpus.
#include "kiji/statements.h"

#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/article.h"
#include "kiji/domain_terms.h"
#include "kiji/quote_lexicon.h"
#include "kiji/utf8.h"

namespace {

const std::string kSource = KIJI_SOURCE_DIR;

std::shared_ptr<const kiji::Model> Ipadic() {
  static std::shared_ptr<const kiji::Model> model = [] {
    auto terms = kiji::DomainTerms::Load(kSource + "/dictionaries/terms.tsv");
    REQUIRE(terms.ok());
    kiji::ModelOptions o;
    o.terms = std::make_shared<const kiji::DomainTerms>(std::move(terms).value());
    auto m = kiji::Model::Open(o);
    REQUIRE(m.ok());
    return *m;
  }();
  return model;
}

const kiji::QuoteLexicon& Lexicon() {
  static const kiji::QuoteLexicon lex = [] {
    auto l = kiji::QuoteLexicon::Load(kiji::QuoteLexiconPaths::In(kSource + "/dictionaries"));
    REQUIRE(l.ok());
    return std::move(l).value();
  }();
  return lex;
}

struct Analyzed {
  kiji::Article article;
  kiji::Document doc;
  std::vector<kiji::Statement> statements;
};

// The model of another installed dictionary with the same terms file; null
// when that dictionary is not installed.
std::shared_ptr<const kiji::Model> Other(const char* dict) {
  auto terms = kiji::DomainTerms::Load(kSource + "/dictionaries/terms.tsv");
  REQUIRE(terms.ok());
  kiji::ModelOptions o;
  o.dict = dict;
  o.terms = std::make_shared<const kiji::DomainTerms>(std::move(terms).value());
  auto m = kiji::Model::Open(o);
  return m.ok() ? *m : nullptr;
}

std::unique_ptr<Analyzed> Analyze(const std::string& id, std::string text,
                                  std::shared_ptr<const kiji::Model> model = Ipadic()) {
  auto a = std::make_unique<Analyzed>();
  a->article = kiji::ParseTextArticle(id, id, std::move(text));
  kiji::Analyzer analyzer(std::move(model));
  REQUIRE(analyzer.Analyze(a->article, &a->doc).ok());
  a->statements = kiji::ExtractStatements(a->doc, Lexicon());
  return a;
}

std::unique_ptr<Analyzed> AnalyzeBody(const std::string& body) {
  return Analyze("t", "見出し\n" + body + "\n");
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The code points [start, end) of `text`.
std::string Cut(std::string_view text, uint32_t start, uint32_t end) {
  std::string out;
  size_t pos = 0;
  for (uint32_t cp = 0; pos < text.size() && cp < end; ++cp) {
    char32_t c = kiji::DecodeUtf8(text, &pos);
    if (cp >= start) kiji::AppendUtf8(c, &out);
  }
  return out;
}

void CheckSpans(const Analyzed& a) {
  for (const kiji::Statement& s : a.statements) {
    INFO("quote: " << s.quote);
    CHECK(Cut(a.article.text, s.quote_start, s.quote_end) == s.quote);
    CHECK(Cut(a.article.text, s.mention_start, s.mention_end) == s.mention);
  }
}

}  // namespace

TEST_CASE("each pattern yields one statement with its speaker, quote and verb") {
  struct Case {
    const char* body;
    kiji::StatementKind kind;
    const char* speaker;
    kiji::SpeakerType type;
    const char* quote;
    const char* verb;
    const char* honorific;
  };
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  const Case cases[] = {
      {"山田太郎さんは「明日は晴れる」と話した。", K::kDirect, "山田太郎", T::kPerson,
       "明日は晴れる", "話す", "さん"},
      {"「景気は回復している」と佐藤氏は述べた。", K::kDirect, "佐藤", T::kPerson,
       "景気は回復している", "述べる", "氏"},
      {"鈴木一郎教授は「研究を続けたい」。", K::kDirect, "鈴木一郎", T::kPerson, "研究を続けたい",
       "", "教授"},
      {"「必ず勝ちたい」(田中選手)。", K::kDirect, "田中", T::kPerson, "必ず勝ちたい", "", "選手"},
      {"高橋氏は「今年は厳しい。だが来年は違う」と語った。", K::kDirect, "高橋", T::kPerson,
       "今年は厳しい。だが来年は違う", "語る", "氏"},
      {"中村氏は「『挑戦』という言葉が好きだ」と話した。", K::kDirect, "中村", T::kPerson,
       "『挑戦』という言葉が好きだ", "話す", "氏"},
      {"市の担当者は「安全を確認した」とコメント。", K::kDirect, "担当者", T::kDescription,
       "安全を確認した", "コメントする", ""},
      {"政府は景気が回復しているとの見方を示した。", K::kIndirect, "政府", T::kOrganization,
       "景気が回復している", "示す", ""},
      {"山本氏は記者会見で、増税は避けられないと強調した。", K::kIndirect, "山本", T::kPerson,
       "増税は避けられない", "強調する", "氏"},
      {"首相は消費税を引き上げる考えを示した。", K::kIndirect, "首相", T::kDescription,
       "消費税を引き上げる", "示す", "首相"},
      {"外務省は今後も調査を続けるとしている。", K::kIndirect, "外務省", T::kOrganization,
       "今後も調査を続ける", "する", ""},
      {"佐藤氏は失敗だったと思うと語った。", K::kIndirect, "佐藤", T::kPerson, "失敗だったと思う",
       "語る", "氏"},
      {"警察によると、男は容疑を認めている。", K::kAccordingTo, "警察", T::kOrganization,
       "男は容疑を認めている", "によると", ""},
      {"関係者によれば、交渉は続いている。", K::kAccordingTo, "関係者", T::kDescription,
       "交渉は続いている", "によれば", ""},
      {"ブッシュ米大統領は「改革を進める」と語った。", K::kDirect, "ブッシュ", T::kPerson,
       "改革を進める", "語る", "大統領"},
      {"「通勤が楽になりました」と、ある市民は話します。", K::kDirect, "市民", T::kDescription,
       "通勤が楽になりました", "話す", ""},
      {"学院の李偉教授は「安定に貢献する」と評価しています。", K::kDirect, "李偉", T::kPerson,
       "安定に貢献する", "評価する", "教授"},
      {"王毅外相は会談で、両国関係は重要だと強調しました。", K::kIndirect, "王毅", T::kPerson,
       "両国関係は重要だ", "強調する", "外相"},
      {"国家統計局が発表したデータによると、貿易額は増えた。", K::kAccordingTo, "国家統計局",
       T::kOrganization, "貿易額は増えた", "によると", ""},
      {"永井隆幸強化部長は「精度を高めたい」と述べた。", K::kDirect, "永井隆幸", T::kPerson,
       "精度を高めたい", "述べる", "部長"},
      {"会社側から「これ以上迷惑をかけられない」として解除を申し入れた。", K::kDirect, "会社側",
       T::kOrganization, "これ以上迷惑をかけられない", "する", ""},
      {"専門家らは、物流が効率化するとの見方を示しています。", K::kIndirect, "専門家ら",
       T::kDescription, "物流が効率化する", "示す", ""},
      {"「便利になった」と話す住民もいました。", K::kDirect, "住民", T::kDescription,
       "便利になった", "話す", ""},
      {"アップルのCEOスティーブ・ジョブズ氏は構想があると語った。", K::kIndirect,
       "スティーブ・ジョブズ", T::kPerson, "構想がある", "語る", "氏"},
      {"沢尻エリカは「楽しい」と語った。", K::kDirect, "沢尻エリカ", T::kPerson, "楽しい", "語る",
       ""},
      {"岸田首相は記者団に、経済対策を急ぐ考えを示した。", K::kIndirect, "岸田", T::kPerson,
       "経済対策を急ぐ", "示す", "首相"},
      {"陳氏はCGTNのインタビューに応じ、協力は深まると語りました。", K::kIndirect, "陳", T::kPerson,
       "協力は深まる", "語る", "氏"},
      {"税関総署の呂大良報道官は「貿易は伸びた」と述べました。", K::kDirect, "呂大良", T::kPerson,
       "貿易は伸びた", "述べる", "報道官"},
  };
  for (const Case& c : cases) {
    INFO(std::string(c.body));
    auto a = AnalyzeBody(c.body);
    CHECK(a->statements.size() == 1);
    if (a->statements.size() != 1) continue;
    const kiji::Statement& s = a->statements[0];
    CHECK(s.kind == c.kind);
    CHECK(s.speaker == c.speaker);
    CHECK(s.speaker_type == c.type);
    CHECK(s.quote == c.quote);
    CHECK(s.verb == c.verb);
    CHECK(s.honorific == c.honorific);
    CheckSpans(*a);
  }
}

TEST_CASE("terms, passives, author's voice and headings are not statements") {
  const char* bodies[] = {
      "両国は「ウィンウィン」の関係を深めた。",
      "次の課題に取り組む必要があると指摘されています。",
      "成長はしばらく続くとみられる。",
      "この地域は重要な拠点といえます。",
      "金属、化学といった分野が伸びた。",
      "大統領と話した。",
      "新しい計画が始まると発表した。",
      "エンジニアが見る産業の可能性 「土台づくりが進む」",
      "会議では「一帯一路」や「アスタナ宣言」が採択された。",
      "犯人は証拠を隠そうとした。",
      "中国は「責任ある大国」として行動する。",
      "結果は今後の研究によると思います。",
      "読売新聞が報じたような事実はなかったとしている。",
  };
  for (const char* body : bodies) {
    INFO(std::string(body));
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

TEST_CASE("a subject-less statement takes the speaker of the previous sentence") {
  auto a = AnalyzeBody("小林氏は経済が成長すると話した。また、雇用も増えると見ている。");
  REQUIRE(a->statements.size() == 2);
  CHECK(a->statements[1].speaker == "小林");
  CHECK(a->statements[1].verb == "見る");
  CHECK(a->statements[1].quote == "雇用も増える");
  // Not across a sentence with no statement.
  auto b =
      AnalyzeBody("小林氏は経済が成長すると話した。天気は晴れだった。雇用も増えると見ている。");
  CHECK(b->statements.size() == 1);
}

TEST_CASE("speakers resolve to the fullest name, with reading and role") {
  auto a = AnalyzeBody(
      "番組は研究所長の崔征(Cui Zheng)氏に話を聞いた。\n"
      "崔氏は協力が進むと述べた。同氏は課題も多いと指摘した。");
  REQUIRE(a->statements.size() == 2);
  for (const kiji::Statement& s : a->statements) {
    CHECK(s.speaker == "崔征");
    CHECK(s.reading == "Cui Zheng");
    CHECK(s.role == "研究所長");
    CHECK(s.honorific == "氏");
  }
  CHECK(a->statements[0].mention == "崔氏");
  CHECK(a->statements[1].mention == "同氏");
  CheckSpans(*a);
}

TEST_CASE("connectives and occasions are not part of the reported clause") {
  auto a = AnalyzeBody("山田氏は景気が回復していると述べた。その上で、雇用も増えると強調した。");
  REQUIRE(a->statements.size() == 2);
  CHECK(a->statements[1].quote == "雇用も増える");
  CHECK(a->statements[1].speaker == "山田");
}

TEST_CASE("two statements in one sentence: …と述べ、…と評価した") {
  auto a = AnalyzeBody("経済は安定していると田中氏は述べ、政策の効果が出ていると評価した。");
  REQUIRE(a->statements.size() == 2);
  CHECK(a->statements[0].quote == "経済は安定している");
  CHECK(a->statements[0].verb == "述べる");
  CHECK(a->statements[1].quote == "政策の効果が出ている");
  CHECK(a->statements[1].verb == "評価する");
  CHECK(a->statements[1].speaker == "田中");
}

// The must-holds of the two seed articles, the same under every dictionary.
void CheckSeed000(std::shared_ptr<const kiji::Model> model) {
  auto a = Analyze("000", Slurp(kSource + "/corpus/000_17a9cfc1479b7aa8.txt"), std::move(model));
  CheckSpans(*a);
  std::vector<const kiji::Statement*> zhalyn, erzat;
  for (const kiji::Statement& s : a->statements) {
    if (s.speaker == "Zhalyn") zhalyn.push_back(&s);
    if (s.speaker == "Erzat") erzat.push_back(&s);
    // No statement is a bracketed term or comes from a heading.
    CHECK(s.quote != "土台");
    CHECK(s.quote != "土台づくりが進む");
    CHECK(s.quote != "シルクロード協力の新しい段階");
    CHECK(a->doc.sentences[s.sentence].kind == kiji::BlockKind::kParagraph);
  }
  REQUIRE(zhalyn.size() == 1);
  CHECK(zhalyn[0]->honorific == "さん");
  CHECK(zhalyn[0]->role == "アスタナ在住の住民");
  CHECK(zhalyn[0]->verb == "話す");
  CHECK(zhalyn[0]->speaker_type == kiji::SpeakerType::kPerson);
  REQUIRE(erzat.size() == 2);
  CHECK(erzat[0]->honorific == "さん");
  CHECK(erzat[0]->role == "現地のエンジニア");
  CHECK(erzat[0]->verb == "語る");
  CHECK(erzat[1]->verb == "見る");
  // The second has no subject in its own sentence.
  CHECK(erzat[1]->sentence == erzat[0]->sentence + 1);
  CHECK(erzat[1]->mention_start < a->doc.sentences[erzat[1]->sentence].start);
  CHECK(a->statements.size() == 3);
}

void CheckSeed001(std::shared_ptr<const kiji::Model> model) {
  auto a = Analyze("001", Slurp(kSource + "/corpus/001_43b3a3ccbba0a56a.txt"), std::move(model));
  CheckSpans(*a);
  int cui = 0, subjectless = 0, xi_shows = 0;
  bool according = false, said_and_evaluated = false;
  for (const kiji::Statement& s : a->statements) {
    CHECK(s.quote != "ウィンウィン");
    CHECK(s.quote != "アメリカ・ファースト");
    CHECK(s.quote.find("指摘されています") == std::string::npos);
    CHECK(s.quote.find("次のような課題に取り組む必要がある") == std::string::npos);
    if (s.speaker == "崔征") {
      ++cui;
      CHECK(s.honorific == "氏");
      CHECK(s.reading == "Cui Zheng");
      CHECK(s.role == "遼寧大学ロシア・東欧・中央アジア諸国研究センター所長");
      according =
          according || (s.kind == kiji::StatementKind::kAccordingTo && s.verb == "によると");
      if (s.mention_start < a->doc.sentences[s.sentence].start) ++subjectless;
    }
    if (s.speaker == "習近平") {
      CHECK(s.honorific == "国家主席");
      if (s.verb == "示す") ++xi_shows;
    }
  }
  for (size_t i = 0; i + 1 < a->statements.size(); ++i) {
    const kiji::Statement& x = a->statements[i];
    const kiji::Statement& y = a->statements[i + 1];
    if (x.sentence == y.sentence && x.verb == "述べる" && y.verb == "評価する" &&
        x.speaker == "崔征" && y.speaker == "崔征") {
      said_and_evaluated = true;
    }
  }
  CHECK(cui >= 9);
  CHECK(according);
  CHECK(said_and_evaluated);
  CHECK(subjectless >= 2);
  CHECK(xi_shows == 1);
}

TEST_CASE("seed 000: Zhalyn and Erzat") { CheckSeed000(Ipadic()); }

TEST_CASE("seed 001: 崔征 and 習近平") { CheckSeed001(Ipadic()); }

TEST_CASE("the seed must-holds hold under NAIST-jdic, Juman and UniDic too") {
  // Speaker rules read Token traits, not POS strings, so the dictionary's
  // segmentation is the only difference (each skipped when not installed).
  for (const char* dict : {"naist", "juman", "unidic"}) {
    std::shared_ptr<const kiji::Model> model = Other(dict);
    if (!model) {
      MESSAGE("dictionary " << std::string(dict) << " not installed: skipped");
      continue;
    }
    INFO("dictionary " << std::string(dict));
    CheckSeed000(model);
    CheckSeed001(model);
  }
}

namespace {

struct PatternCase {
  const char* body;
  kiji::StatementKind kind;
  const char* speaker;
  kiji::SpeakerType type;
  const char* quote;
  const char* verb;
};

// Each body yields exactly the statements listed (in text order).
void CheckPatternCases(const std::vector<std::vector<PatternCase>>& groups) {
  for (const auto& group : groups) {
    INFO(std::string(group[0].body));
    auto a = AnalyzeBody(group[0].body);
    CHECK(a->statements.size() == group.size());
    if (a->statements.size() != group.size()) continue;
    for (size_t k = 0; k < group.size(); ++k) {
      const kiji::Statement& s = a->statements[k];
      const PatternCase& c = group[k];
      INFO("statement " << k << ": " << s.quote);
      CHECK(s.kind == c.kind);
      CHECK(s.speaker == c.speaker);
      CHECK(s.speaker_type == c.type);
      CHECK(s.quote == c.quote);
      CHECK(s.verb == c.verb);
    }
    CheckSpans(*a);
  }
}

}  // namespace

// Issue 12, pattern 3: reporting predicates by class, と + object noun + verb, と + report noun.
TEST_CASE("reporting predicates: classes, the object frame and report nouns") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"佐藤監督は「必ず勝つ」と意気込んだ。", K::kDirect, "佐藤", T::kPerson, "必ず勝つ",
        "意気込む"}},
      {{"容疑者は「覚えていない」と容疑を否認している。", K::kDirect, "容疑者", T::kDescription,
        "覚えていない", "否認する"}},
      {{"鈴木氏は「夢のようだ」と喜びを語った。", K::kDirect, "鈴木", T::kPerson, "夢のようだ",
        "語る"}},
      {{"トヨタ自動車は「誠に遺憾だ」と声明を出した。", K::kDirect, "トヨタ自動車",
        T::kOrganization, "誠に遺憾だ", "出す"}},
      {{"山本氏は優勝を目指すと意欲を示した。", K::kIndirect, "山本", T::kPerson, "優勝を目指す",
        "示す"}},
      {{"近所の住民から「煙が出ている」と通報があった。", K::kDirect, "住民", T::kDescription,
        "煙が出ている", "通報がある"}},
      {{"高橋さんは「楽しかった」と、当時の様子を振り返った。", K::kDirect, "高橋", T::kPerson,
        "楽しかった", "振り返る"}},
      {{"田中選手は「次は勝つ」と笑顔を見せた。", K::kDirect, "田中", T::kPerson, "次は勝つ",
        "見せる"}},
      {{"男は「金を出せ」と店員を脅した。", K::kDirect, "男", T::kDescription, "金を出せ", "脅す"}},
      {{"「もう限界だ」と、山田社長は語った。", K::kDirect, "山田", T::kPerson, "もう限界だ",
        "語る"}},
  });
}

TEST_CASE("reporting predicates: thoughts, names and support verbs without a speech object") {
  const char* bodies[] = {
      "選手は「勝つ」と手を上げた。",     // 上げる reports only with a speech object (悲鳴を上げた)
      "チームは「必勝」と旗を上げた。",
      "彼は「最高だな」と思った。",       // a thought
      "山田氏は「春の海」と名付けた。",   // a name
      "彼は勝てると結果を出した。",
      "会社は新製品を出すと発表を延期した。",  // 延期する is no reporting verb
  };
  for (const char* body : bodies) {
    INFO(std::string(body));
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12, pattern 7: quotes as noun phrases, one record per quote, spoken by
// the users of the venue, the Xから phrase, or ネットユーザー.
TEST_CASE("quoted reactions: 「…」「…」などの声, 「…」という声, one statement per quote") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ネット掲示板には「寂しい」「また会いたい」といった書き込みが相次いだ。", K::kDirect,
        "ネット掲示板のユーザー", T::kDescription, "寂しい", "書き込みが相次ぐ"},
       {"", K::kDirect, "ネット掲示板のユーザー", T::kDescription, "また会いたい",
        "書き込みが相次ぐ"}},
      {{"ネット上では「最高だ」「泣けた」などの声が相次いだ。", K::kDirect, "ネット上のユーザー",
        T::kDescription, "最高だ", "声が相次ぐ"},
       {"", K::kDirect, "ネット上のユーザー", T::kDescription, "泣けた", "声が相次ぐ"}},
      {{"同記事のコメント欄では「面白い」という意見が多く見られた。", K::kDirect,
        "コメント欄のユーザー", T::kDescription, "面白い", "意見"}},
      {{"ファンからは「早く戻ってきて」との声が寄せられている。", K::kDirect, "ファン",
        T::kDescription, "早く戻ってきて", "声が寄せる"}},
      {{"地元の住民からは「もっと早く対策してほしかった」という声が上がった。", K::kDirect,
        "住民", T::kDescription, "もっと早く対策してほしかった", "声が上がる"}},
      // A reaction noun used as a verb (心配する) modifies the noun after it.
      {{"コメント欄には「子供か」「遊びなさい」と、この人を心配する意見が多く見られた。",
        K::kDirect, "コメント欄のユーザー", T::kDescription, "子供か", "意見"},
       {"", K::kDirect, "コメント欄のユーザー", T::kDescription, "遊びなさい", "意見"}},
      // No venue in the sentence: the one a sentence before names.
      {{"ネットでは話題だ。「最高だ」「泣けた」などの声が相次いだ。", K::kDirect, "ネットのユーザー",
        T::kDescription, "最高だ", "声が相次ぐ"},
       {"", K::kDirect, "ネットのユーザー", T::kDescription, "泣けた", "声が相次ぐ"}},
  });
  // Nobody named and no net in the article: no source.
  const char* bodies[] = {
      "「また見たい」「次回も期待」など、番組への称賛の声が多く寄せられた。",
      "ネット上では「声優」として人気だ。",
      "彼は「春」という言葉が好きだ。",
      "「一帯一路」という構想を進めている。",
  };
  for (const char* body : bodies) {
    INFO(std::string(body));
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12, pattern 6: the speaker after the quote or clause.
TEST_CASE("the speaker after the quote: 「…」と語るX, 「…」と、Xは語った, …、とXは述べた") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"「勝ちたい」と語る田中選手は、練習を続けた。", K::kDirect, "田中", T::kPerson, "勝ちたい",
        "語る"}},
      {{"「楽しかった」と話した山田さんに、観客が拍手した。", K::kDirect, "山田", T::kPerson,
        "楽しかった", "話す"}},
      {{"「助けて」と叫ぶ男性もいた。", K::kDirect, "男性", T::kDescription, "助けて", "叫ぶ"}},
      {{"「もう限界だ」と、山田社長は語った。", K::kDirect, "山田", T::kPerson, "もう限界だ",
        "語る"}},
      {{"経済は回復している、と鈴木氏は強調した。", K::kIndirect, "鈴木", T::kPerson,
        "経済は回復している", "強調する"}},
      {{"増税は避けられない、と首相は述べた。", K::kIndirect, "首相", T::kDescription,
        "増税は避けられない", "述べる"}},
  });
  const char* bodies[] = {
      "「春の海」と呼ばれる曲がある。",
      "「やめて」と書かれた紙があった。",
      "「頑張れ」と応援する人が多い。",
  };
  for (const char* body : bodies) {
    INFO(std::string(body));
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12, pattern 4: according_to frames besides によると / によれば.
TEST_CASE("according_to frames: の報道では, の調べでは, による推定では, からの発表によると") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"毎日新聞の報道では、工場は来月閉鎖される。", K::kAccordingTo, "毎日新聞",
        T::kOrganization, "工場は来月閉鎖される", "の報道では"}},
      {{"警察の調べでは、男は酒を飲んでいた。", K::kAccordingTo, "警察", T::kOrganization,
        "男は酒を飲んでいた", "の調べでは"}},
      {{"気象庁による推定では、震源の深さは10キロだ。", K::kAccordingTo, "気象庁",
        T::kOrganization, "震源の深さは10キロだ", "による推定では"}},
      {{"国土交通省からの発表によると、運転は再開された。", K::kAccordingTo, "国土交通省",
        T::kOrganization, "運転は再開された", "によると"}},
      {{"警察などによると、けが人はいない。", K::kAccordingTo, "警察", T::kOrganization,
        "けが人はいない", "によると"}},
  });
  const char* bodies[] = {
      "今回の調査では、新しい種が見つかった。",  // names no source
      "この話では、主人公が旅に出る。",
  };
  for (const char* body : bodies) {
    INFO(std::string(body));
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12, pattern 5: zero anaphora beyond the previous sentence.
TEST_CASE("a quote with a reporting verb takes the person quoted up to four sentences back") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"田中選手は「必ず勝つ」と話した。試合は明日だ。会場は満員になる見込みだ。"
        "「全力を出す」と意気込んだ。",
        K::kDirect, "田中", T::kPerson, "必ず勝つ", "話す"},
       {"", K::kDirect, "田中", T::kPerson, "全力を出す", "意気込む"}},
      // Five sentences back is too far; a によると source speaks no quote after it.
      {{"田中選手は「必ず勝つ」と話した。試合は明日だ。会場は満員だ。天気は晴れだ。"
        "雨は降らない。「全力を出す」と意気込んだ。",
        K::kDirect, "田中", T::kPerson, "必ず勝つ", "話す"}},
      {{"警察によると、男は逃げた。「待て」と叫んだ。", K::kAccordingTo, "警察", T::kOrganization,
        "男は逃げた", "によると"}},
  });
}

// Issue 12, pattern 1: one statement, several sources.
TEST_CASE("coordinated sources: one according_to record per source") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"朝日新聞と読売新聞によると、工場は閉鎖される。", K::kAccordingTo, "朝日新聞",
        T::kOrganization, "工場は閉鎖される", "によると"},
       {"", K::kAccordingTo, "読売新聞", T::kOrganization, "工場は閉鎖される", "によると"}},
      {{"共同通信・時事通信によると、首相は辞任する。", K::kAccordingTo, "共同通信",
        T::kOrganization, "首相は辞任する", "によると"},
       {"", K::kAccordingTo, "時事通信", T::kOrganization, "首相は辞任する", "によると"}},
      {{"毎日新聞、産経新聞の報道では、試合は中止された。", K::kAccordingTo, "毎日新聞",
        T::kOrganization, "試合は中止された", "の報道では"},
       {"", K::kAccordingTo, "産経新聞", T::kOrganization, "試合は中止された", "の報道では"}},
      // A name with ・ is one person; a date before the comma is no source.
      {{"ドナルド・トランプ氏によると、交渉は続く。", K::kAccordingTo, "ドナルド・トランプ",
        T::kPerson, "交渉は続く", "によると"}},
      {{"11日、警察によると、男は逃げた。", K::kAccordingTo, "警察", T::kOrganization, "男は逃げた",
        "によると"}},
  });
}

// Issue 12, pattern 9: hearsay that continues a report is not a statement of its own.
TEST_CASE("a sentence-final という with no source of its own is no new statement") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"警察によると、男は逃げた。車は盗まれたものだったという。", K::kAccordingTo, "警察",
        T::kOrganization, "男は逃げた", "によると"}},
      {{"山田氏は「残念だ」と話した。会見は10分で終わったという。", K::kDirect, "山田", T::kPerson,
        "残念だ", "話す"}},
  });
  // A source named with the という still speaks.
  auto a = AnalyzeBody("工場は閉鎖されると関係者は言う。");
  REQUIRE(a->statements.size() == 1);
  CHECK(a->statements[0].speaker == "関係者");
  CHECK(a->statements[0].verb == "言う");
}

// Issue 12, patterns 2 and 3: description nouns as speakers; a statement in a clause that goes on.
TEST_CASE("description speakers and statements in a clause that goes on (と、 / や、 / も、 / ところ、)") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"警察の調べに対し、運転士は「衝撃を感じた」と説明している。", K::kDirect, "運転士",
        T::kDescription, "衝撃を感じた", "説明する"}},
      {{"田中が「最高だ」と話すや、会場が沸いた。", K::kDirect, "田中", T::kPerson, "最高だ",
        "話す"}},
      {{"田中は「嘘だ」と問い詰めるも、相手は黙った。", K::kDirect, "田中", T::kPerson, "嘘だ",
        "問い詰める"}},
      {{"田中は「本当か」と質問したところ、相手は黙った。", K::kDirect, "田中", T::kPerson,
        "本当か", "質問する"}},
      {{"田中が「勝つ」と話すと、会場が沸いた。", K::kDirect, "田中", T::kPerson, "勝つ", "話す"}},
      {{"田中は「負けた」と口にしたのだ。", K::kDirect, "田中", T::kPerson, "負けた", "口にする"}},
      {{"田中は「負けた」と話したんです。", K::kDirect, "田中", T::kPerson, "負けた", "話す"}},
      // The hearsay around a statement still wraps it.
      {{"山田氏は景気が回復すると話したという。", K::kIndirect, "山田", T::kPerson, "景気が回復する",
        "話す"}},
  });
}

// Issue 12, pattern 2: a title the lists do not hold is productive after an organization
// (a noun + 長 / 官 / 員 / 相: title_suffix of speaker_context.tsv).
TEST_CASE("productive titles: an organization's noun + title suffix speaks") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"東京都教育委員会の教育長は「遺憾だ」と述べた。", K::kDirect, "教育長", T::kDescription,
        "遺憾だ", "述べる"}},
      {{"気象庁の予報官は「警戒が必要だ」と話した。", K::kDirect, "予報官", T::kDescription,
        "警戒が必要だ", "話す"}},
  });
  auto a = AnalyzeBody("東京都教育委員会の教育長は「遺憾だ」と述べた。");
  REQUIRE(a->statements.size() == 1);
  CHECK(a->statements[0].role == "東京都教育委員会");
  // Without an organization before it, a noun + 長 names no speaker.
  CHECK(AnalyzeBody("会場の教育長は「遺憾だ」と述べた。")->statements.empty());
}

// Issue 12, pattern 8: aliases and anaphors to the fullest name (source_aliases.tsv).
TEST_CASE("aliases, short forms, 同市X and 記事 resolve to the fullest name") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      // An alias marked always: the full name even when the article never writes it.
      {{"読売によると、新駅は春に開業する。", K::kAccordingTo, "読売新聞", T::kOrganization,
        "新駅は春に開業する", "によると"}},
      {{"時事によれば、交渉は決裂した。", K::kAccordingTo, "時事通信", T::kOrganization,
        "交渉は決裂した", "によれば"}},
      // An acronym: the full name only when the article writes it.
      {{"AP通信は選挙の速報を配信した。APによると、投票率は上がった。", K::kAccordingTo,
        "AP通信", T::kOrganization, "投票率は上がった", "によると"}},
      {{"APによると、投票率は上がった。", K::kAccordingTo, "AP", T::kOrganization,
        "投票率は上がった", "によると"}},
      // A short form of a name the article gave in full.
      {{"ワシントン・ポストが特集を組んだ。ポストによると、議会は紛糾した。", K::kAccordingTo,
        "ワシントン・ポスト", T::kOrganization, "議会は紛糾した", "によると"}},
      // 同市X / 同庁X: the organization named before + the rest.
      {{"仙台市は新しい条例を公布した。同市消防局によると、火災は減った。", K::kAccordingTo,
        "仙台市消防局", T::kOrganization, "火災は減った", "によると"}},
      {{"気象庁は大雨の予測を改めた。同庁予報課によると、雨は夜まで続く。", K::kAccordingTo,
        "気象庁予報課", T::kOrganization, "雨は夜まで続く", "によると"}},
      // 記事 / 同記事: the outlet named before.
      {{"神戸新聞が漁港の話題を載せた。同記事によると、漁獲量は倍になった。", K::kAccordingTo,
        "神戸新聞", T::kOrganization, "漁獲量は倍になった", "によると"}},
  });
}

TEST_CASE("the alias file: full names, the always flag and its errors") {
  kiji::QuoteLexiconTexts t;
  t.verbs = {"v.tsv", "述べる\tto\n"};
  t.aliases = {"a.tsv", "# c\n日経\t日本経済新聞\talways\nAP\tAP通信\n"};
  auto lex = kiji::QuoteLexicon::Parse(t);
  REQUIRE(lex.ok());
  REQUIRE(lex->FindAlias("日経") != nullptr);
  CHECK(lex->FindAlias("日経")->full == "日本経済新聞");
  CHECK(lex->FindAlias("日経")->always);
  CHECK_FALSE(lex->FindAlias("AP")->always);
  CHECK(lex->FindAlias("日本経済新聞") == nullptr);
  t.aliases.text = "日経\t日本経済新聞\n日経\t日経新聞\n";
  auto twice = kiji::QuoteLexicon::Parse(t);
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.status().message().find("a.tsv:2:") != std::string::npos);
  t.aliases.text = "日経\t日本経済新聞\tsometimes\n";
  CHECK_FALSE(kiji::QuoteLexicon::Parse(t).ok());
}

// Issue 12, pattern 1: plural anaphors, one record per source with its full name.
TEST_CASE("plural anaphors: 両紙 / 両通信 / 両者 give one record per source named before") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"河北新報と静岡新聞が特集を組んだ。両紙によると、漁獲量は減った。", K::kAccordingTo,
        "河北新報", T::kOrganization, "漁獲量は減った", "によると"},
       {"", K::kAccordingTo, "静岡新聞", T::kOrganization, "漁獲量は減った", "によると"}},
      // Aliases resolve inside the pair.
      {{"日経と読売が報じた。両紙によると、首相は辞任する。", K::kAccordingTo, "日本経済新聞",
        T::kOrganization, "首相は辞任する", "によると"},
       {"", K::kAccordingTo, "読売新聞", T::kOrganization, "首相は辞任する", "によると"}},
      {{"共同通信と時事通信が速報した。両通信によると、首相は辞任する。", K::kAccordingTo,
        "共同通信", T::kOrganization, "首相は辞任する", "によると"},
       {"", K::kAccordingTo, "時事通信", T::kOrganization, "首相は辞任する", "によると"}},
      {{"山田太郎氏と佐藤花子氏が会談した。両者は「協力する」と述べた。", K::kDirect, "山田太郎",
        T::kPerson, "協力する", "述べる"},
       {"", K::kDirect, "佐藤花子", T::kPerson, "協力する", "述べる"}},
  });
  // With one source named before, 両紙 stays as written.
  auto a = AnalyzeBody("河北新報が特集を組んだ。両紙によると、漁獲量は減った。");
  REQUIRE(a->statements.size() == 1);
  CHECK(a->statements[0].speaker == "両紙");
}

// Issue 12: interview quotes of sports and film web news.
TEST_CASE("interview quotes: a manner predicate after 「…」と, the person it modifies, という + person") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      // The predicate modifies the person who speaks.
      {{"「明日の試合は全力で戦うつもりです」と静かに口を開く鈴木一郎選手。", K::kDirect, "鈴木一郎",
        T::kPerson, "明日の試合は全力で戦うつもりです", "開く"}},
      {{"「撮影中はずっと緊張していました」と照れ笑いを浮かべた女優の青山花子。", K::kDirect,
        "青山花子", T::kPerson, "撮影中はずっと緊張していました", "浮かべる"}},
      // という + the person.
      {{"「打てなかった日は眠れないんですよ」という中村監督。", K::kDirect, "中村", T::kPerson,
        "打てなかった日は眠れないんですよ", "言う"}},
      // The person of the sentence.
      {{"高橋投手は「まだまだ課題が多いと感じています」と気を引き締めた。", K::kDirect, "高橋",
        T::kPerson, "まだまだ課題が多いと感じています", "引き締める"}},
  });
  // The speaker carries over from the person quoted just before.
  auto a = AnalyzeBody(
      "田中一郎選手は「勝ててうれしい」と語った。「次の試合も必ず勝ちに行きます」と気を引き締めた。");
  REQUIRE(a->statements.size() == 2);
  CHECK(a->statements[1].speaker == "田中一郎");
  CHECK(a->statements[1].verb == "引き締める");
  // Not speech: a name, a topic, a thought, a passive, a short quote.
  for (const char* body : {"「日本一おいしいラーメン屋」と呼ばれる店に行列ができた。",
                           "「今年こそ優勝したいですね」と話題になっている。",
                           "「明日こそ優勝してみせるぞ」と思った。",
                           "「この店は日本一おいしいです」と書かれた看板がある。",
                           "「勝ちたい」と気を引き締めた。"}) {
    INFO(body);
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12: interview answers quoted one after another, each followed by the
// short form of its speaker in parentheses.
TEST_CASE("interview quotes: 「…」（short name） after speech names a person introduced before") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田花子選手と鈴木一郎選手が会見した。番組では、「大会に向けて毎日しっかり練習を続けていま"
        "す」（山田）、「目標はもちろん絶対に優勝することです」（鈴木）と意気込んだ。",
        K::kDirect, "山田花子", T::kPerson, "大会に向けて毎日しっかり練習を続けています", ""},
       {"", K::kDirect, "鈴木一郎", T::kPerson, "目標はもちろん絶対に優勝することです", ""}},
      {{"監督の佐藤健太郎が取材に応じた。「若い選手たちが本当によく頑張ってくれました」（佐藤）。",
        K::kDirect, "佐藤健太郎", T::kPerson, "若い選手たちが本当によく頑張ってくれました", ""}},
  });
  // Not a speaker: a name no one introduced before, an author after a title,
  // a short quote.
  for (const char* body : {"「大会に向けて毎日しっかり練習を続けています」（山田）と話題だ。",
                           "作家の柴門ふみが語る。「東京ラブストーリー」（柴門）が再放送される。",
                           "山田花子選手が会見した。「頑張ります」（山田）。"}) {
    INFO(body);
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12, patterns 1 and 8: sources coordinated with ・ are two sources for
// a plural anaphor or a short form after them.
TEST_CASE("sources: A・B named as one phrase gives two sources to 両新聞") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"北海道新聞・河北新報が伝えた。両新聞によると、漁獲量は大きく減った。", K::kAccordingTo,
        "北海道新聞", T::kOrganization, "漁獲量は大きく減った", "によると"},
       {"", K::kAccordingTo, "河北新報", T::kOrganization, "漁獲量は大きく減った", "によると"}},
  });
}

// Issue 12: a manner predicate that modifies a noun of speech or feeling,
// the object of the predicate that ends the statement.
TEST_CASE("interview quotes: 「…」と納得した様子を見せた, chained manner predicates") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"高橋投手は「まだまだ課題が多いと感じています」と納得した様子を見せた。", K::kDirect,
        "高橋", T::kPerson, "まだまだ課題が多いと感じています", "見せる"}},
      {{"鈴木選手は「来年もこの舞台に戻ってきたいです」とファンに向けたメッセージを送った。",
        K::kDirect, "鈴木", T::kPerson, "来年もこの舞台に戻ってきたいです", "送る"}},
  });
  // Not speech: a passive second predicate, words written, a short quote.
  for (const char* body : {"高橋投手は「まだまだ課題が多いと感じています」と納得した様子を見せられた。",
                           "高橋投手は「この店は日本一おいしいです」と書いた様子を見せた。",
                           "高橋投手は「勝ちたい」と納得した様子を見せた。"}) {
    INFO(body);
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12: a short form of a person named in full before heads the relative
// clause of the reporting verb or follows という, though MeCab tags it as a
// common noun or leaves it unknown.
TEST_CASE("interview quotes: 「…」と語るテセは / 「…」というフナキは, short forms of a person named before") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ボーフムのチョン・テセが取材に応じた。「日本と戦うのは大きな意味があります」と語るテセは、"
        "笑顔を見せた。",
        K::kDirect, "チョン・テセ", T::kPerson, "日本と戦うのは大きな意味があります", "語る"}},
      {{"レスラーのカン・フナキが会見した。「まだまだ自分は動けると思います」というフナキは、"
        "前を向いた。",
        K::kDirect, "カン・フナキ", T::kPerson, "まだまだ自分は動けると思います", "言う"}},
  });
  // Named before after a role and a middle dot: the person is ゴンザレス, not
  // エース・ゴンザレス (role_prefix in speaker_context.tsv).
  CheckPatternCases({
      {{"先発したエース・ゴンザレスが取材に応じた。「次も勝ちます」と語るゴンザレスは、笑顔を見せた。",
        K::kDirect, "ゴンザレス", T::kPerson, "次も勝ちます", "語る"}},
      {{"代表FW・ゴンザレスが取材に応じた。「次も勝ちます」と語るゴンザレスは、笑顔を見せた。",
        K::kDirect, "ゴンザレス", T::kPerson, "次も勝ちます", "語る"}},
  });
  // Not a speaker: a bare name no one was named with before.
  for (const char* body : {"ボーフムのチョン・テセが取材に応じた。「日本と戦うのは大きな意味があります」と語る"
                           "ゴンザレスは、笑顔を見せた。"}) {
    INFO(body);
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12: a manner adverb of speech after 「…」と ends the statement
// without a verb (manner_adverb in speaker_context.tsv).
TEST_CASE("interview quotes: 「…」とキッパリ。 / 「…」とポツリ、") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山本選手は「引退するつもりはまったくありません」とキッパリ。", K::kDirect, "山本",
        T::kPerson, "引退するつもりはまったくありません", "キッパリ"}},
      {{"監督の田村健一は「今日の負けは自分の責任です」とポツリ、会場を後にした。", K::kDirect,
        "田村健一", T::kPerson, "今日の負けは自分の責任です", "ポツリ"}},
  });
  // Not a statement: the adverb goes on to a verb of its own, a short quote.
  for (const char* body : {"山本選手は「引退するつもりはまったくありません」とキッパリ断った。",
                           "山本選手は「無理」とキッパリ。"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    for (const auto& s : a->statements) CHECK(s.verb != "キッパリ");
  }
}

// Issue 12, pattern 7: 「…」「…」など、 + a longer noun phrase of reactions,
// and a reaction with no venue of its own posted where the last ones were.
TEST_CASE("quoted reactions: など、 + a long reaction phrase, the venue of the last reactions") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ネット掲示板には「本当に怖い」「早く逃げたい」など、今回の地震で、次の大きな地震が近いので"
        "はないかと心配する声が相次いだ。",
        K::kDirect, "ネット掲示板のユーザー", T::kDescription, "本当に怖い", "声が相次ぐ"},
       {"", K::kDirect, "ネット掲示板のユーザー", T::kDescription, "早く逃げたい", "声が相次ぐ"}},
      {{"ネット掲示板には「本当に怖い」という声が相次いだ。専門家は冷静な対応を求めた。その噂が広まる"
        "状況に「落ち着いて行動すべきだ」という声も上がった。",
        K::kDirect, "ネット掲示板のユーザー", T::kDescription, "本当に怖い", "声が相次ぐ"},
       {"", K::kDirect, "ネット掲示板のユーザー", T::kDescription, "落ち着いて行動すべきだ",
        "声も上がる"}},
  });
}

// Issue 12, pattern 3: after 「…」と, a longer object of a verb of saying,
// with particles or a clause of its own (…ことを明かした).
TEST_CASE("quotes: 「…」と、イベントへの意気込みを語った / と、緊張していたことを明かした") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田花子は「ずっと楽しみにしていました」と、舞台への意気込みを語った。", K::kDirect,
        "山田花子", T::kPerson, "ずっと楽しみにしていました", "語る"}},
      {{"山田花子は「昨夜はほとんど眠れませんでした」と、緊張していたことを明かした。", K::kDirect,
        "山田花子", T::kPerson, "昨夜はほとんど眠れませんでした", "明かす"}},
      {{"鈴木一郎は「練習する時間が足りません」と、時間がないことを強調した。", K::kDirect,
        "鈴木一郎", T::kPerson, "練習する時間が足りません", "強調する"}},
  });
  // Not statements: a thought, a quote that goes with another verb, a name.
  for (const char* body : {"山田花子は「私は自分を客観視しています」と言えるセリフを考えた。",
                           "山田花子は「もう二度と来るな」と言われたことを明かした。",
                           "山田花子は「春の海と山」と呼ばれた曲を語った。",
                           "山田花子は「記者になってはどうか」と推薦されたことを明かした。"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    for (const auto& s : a->statements) CHECK(s.speaker_type != T::kPerson);
  }
}

// Issue 12, pattern 7: 上 after a venue word (掲示板上では, ツイッター上で)
// names the venue.
TEST_CASE("quoted reactions: 掲示板上では / ツイッター上で name the venue") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"掲示板上では「本当にすごい」という声が相次いだ。", K::kDirect, "掲示板上のユーザー",
        T::kDescription, "本当にすごい", "声が相次ぐ"}},
      {{"ツイッター上で「早く見たい」という声が上がった。", K::kDirect, "ツイッター上のユーザー",
        T::kDescription, "早く見たい", "声が上がる"}},
  });
}

// Issue 12: the interviewer's question (Xから「…」と訊かれる) is X's, and the
// answer after it stays with the person asked.
TEST_CASE("interview quotes: Xから「…」と訊かれると、「…」と話した") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"女優の山田花子は「今日は本当に楽しかったです」と語った。司会の浜田太郎から「それは本当の"
        "ことですか」と訊かれると、「そうですね、本当のことなんです」と話した。",
        K::kDirect, "山田花子", T::kPerson, "今日は本当に楽しかったです", "語る"},
       {"", K::kDirect, "浜田太郎", T::kPerson, "それは本当のことですか", "訊く"},
       {"", K::kDirect, "山田花子", T::kPerson, "そうですね、本当のことなんです", "話す"}},
  });
  // Not a question of anyone: no Xから, or not a passive.
  for (const char* body : {"「それは本当のことですか」と訊かれると困る。",
                           "浜田太郎から「それは本当のことですか」と訊くと、笑った。"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    for (const auto& s : a->statements) CHECK(s.verb != "訊く");
  }
}

// Issue 12, pattern 1: persons coordinated with と after the quote each say it.
TEST_CASE("the speaker after the quote: 「…」と山田花子と佐藤恵子は振り返る, one record per person") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"「撮影はとても楽しかったです」と山田花子と佐藤恵子は振り返る。", K::kDirect, "山田花子",
        T::kPerson, "撮影はとても楽しかったです", "振り返る"},
       {"", K::kDirect, "佐藤恵子", T::kPerson, "撮影はとても楽しかったです", "振り返る"}},
  });
  // Names it cannot tell are persons give no record, not the person quoted before.
  auto a = AnalyzeBody(
      "山田花子は「今日は楽しかった」と語った。「撮影はとても楽しかったです」とスコットとデヴィッドは"
      "振り返る。");
  for (const auto& s : a->statements) CHECK(s.quote != "撮影はとても楽しかったです");
}

// Issue 12: a manner noun of speech (manner_noun in speaker_context.tsv) and
// the also-form 「…」とも。 end a statement without a verb.
TEST_CASE("interview quotes: 「…」と照れ笑い。 / 「…」と一言、 / 「…」とも。") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"主演の佐藤花子は「撮影中はずっと緊張していました」と照れ笑い。", K::kDirect, "佐藤花子",
        T::kPerson, "撮影中はずっと緊張していました", "照れ笑い"}},
      {{"監督の田村健一は「次はもっと良い作品にします」と一言、会場を後にした。", K::kDirect,
        "田村健一", T::kPerson, "次はもっと良い作品にします", "一言"}},
      {{"山本選手は「来季も必ず優勝を目指します」と語った。「若い選手にも期待しています」とも。",
        K::kDirect, "山本", T::kPerson, "来季も必ず優勝を目指します", "語る"},
       {"", K::kDirect, "山本", T::kPerson, "若い選手にも期待しています", "言う"}},
  });
  // Not a statement: the noun goes on to a verb of its own; a short quote.
  for (const char* body : {"主演の佐藤花子は「撮影中はずっと緊張していました」と笑顔で手を振った。",
                           "佐藤花子は「無理」と照れ笑い。"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    for (const auto& s : a->statements) CHECK(s.verb != "笑顔");
    for (const auto& s : a->statements) CHECK(s.verb != "照れ笑い");
  }
}

// Issue 12: a quote with a predicate of speech and no speaker of its own,
// right after a sentence whose topic is a person (zero anaphora).
TEST_CASE("interview quotes: the person of the sentence before speaks 「…」と笑顔。") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"女優の青山花子は白いドレス姿で舞台に登場した。「こんなに大勢の方に来ていただいて嬉しいで"
        "す」と笑顔。",
        K::kDirect, "青山花子", T::kPerson, "こんなに大勢の方に来ていただいて嬉しいです", "笑顔"}},
  });
}

// Issue 12: talk transcripts, one turn a line, the speaker's name first.
TEST_CASE("transcripts: 山田：… and 山田「…」 lines are the named person's statements") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"舞台挨拶には監督の田村健一と女優の青山花子が登壇した。\n"
        "田村：今日は来ていただいてありがとうございます。楽しんでください。\n"
        "青山：本当に緊張しています（笑）。\n",
        K::kDirect, "田村健一", T::kPerson, "今日は来ていただいてありがとうございます。楽しんでください。",
        ""},
       {"", K::kDirect, "青山花子", T::kPerson, "本当に緊張しています（笑）。", ""}},
      {{"番組には解説者の北澤豪と司会の矢部浩之が出演した。\n"
        "北澤「守備から立て直すしかないと思います」\n"
        "矢部「どうしたら勝てるか、教えて下さい」\n",
        K::kDirect, "北澤豪", T::kPerson, "守備から立て直すしかないと思います", ""},
       {"", K::kDirect, "矢部浩之", T::kPerson, "どうしたら勝てるか、教えて下さい", ""}},
  });
  // Not statements: a single field line, link lines, the interviewer's turns.
  for (const char* body : {"監督の田村健一が会見した。\n田村：今日はありがとうございます。\n",
                           "関連記事\n・田村健一「次はもっと良い作品にします」\n"
                           "・青山花子「本当に緊張しています」\n",
                           "日時：2012年5月1日午後7時から\n会場：東京都内の映画館にて\n"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    CHECK(a->statements.empty());
  }
}

// Issue 12: …としたら is a conditional, not a report; a short form of a
// person named before speaks (MeCab tags it as a common noun).
TEST_CASE("conditionals are not reports, and short forms of a person named before speak") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  for (const char* body : {"山本選手は「来季も優勝を目指します」と語った。もし優勝できたとしたら、どうしますか。"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    CHECK(a->statements.size() == 1);
  }
  CheckPatternCases({
      {{"会見にはテイラー・ロートナーが出席した。ロートナーは「日本に来れて本当に嬉しいです」と述べた。",
        K::kDirect, "テイラー・ロートナー", T::kPerson, "日本に来れて本当に嬉しいです", "述べる"}},
      // 沢尻 alone is a place name to IPADIC.
      {{"映画には沢尻エリカが出演した。衣装について、沢尻は「ファッションは本当に見ていて楽しかったで"
        "す」と述べた。",
        K::kDirect, "沢尻エリカ", T::kPerson, "ファッションは本当に見ていて楽しかったです", "述べる"}},
  });
}

// Issue 12: a quote whose sentence names its own subject (a name with は that
// the mention parser does not read) takes no speaker carried over from the
// sentence before.
TEST_CASE("the speaker before is not carried over to ソンミは「…」") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"主演の佐藤花子は「撮影中はずっと緊張していました」と語った。ソンミは「歌うのは本当に楽しかっ"
        "たです」とコメントした。",
        K::kDirect, "佐藤花子", T::kPerson, "撮影中はずっと緊張していました", "語る"}},
  });
}

// Issue 12: a middle dot joins a person's name only between foreign parts.
// An organization on either side (a chain, a sports paper, a radio) makes
// the dotted words an organization, and a Japanese name after a team or a
// company is the person's name alone.
TEST_CASE("a middle dot next to an organization or a Japanese name joins no person's name") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"阪神電鉄・田中一郎社長は「新しい球場を造りたい」と述べた。",
        K::kDirect, "田中一郎", T::kPerson, "新しい球場を造りたい", "述べる"}},
      {{"巨人・山田太郎が記者会見を開いた。山田は「来年こそ優勝したい」と語った。",
        K::kDirect, "山田太郎", T::kPerson, "来年こそ優勝したい", "語る"}},
      {{"会見にはマリア・ロペス=ガルシアが出席した。ロペス=ガルシアは「条約は必ず守ります」と"
        "述べた。",
        K::kDirect, "マリア・ロペス=ガルシア", T::kPerson, "条約は必ず守ります", "述べる"}},
  });
  // ウェンディーズ of ハンバーガーチェーン・ウェンディーズ, オリコン of
  // スポーツニュース・オリコン: no person of the article.
  for (const char* body :
       {"ハンバーガーチェーン・ウェンディーズが日本から撤退する。ウェンディーズは「契約を更新しない」"
        "と発表した。",
        "音楽情報はスポーツニュース・オリコンが伝えた。オリコンは「売上は過去最高だった」と報じた。"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    for (const kiji::Statement& st : a->statements) {
      INFO(st.speaker);
      CHECK(st.speaker_type != T::kPerson);
      CHECK(st.speaker.find("・") == std::string::npos);
    }
  }
}

// Issue 12: a name IPADIC splits into common nouns (剛力 彩 芽, 鬼 奴) is the
// speaker of the quote right after its は when the article wrote it before;
// a noun run the article did not write before, or a word with a suffix
// (本作), speaks nothing.
TEST_CASE("split names: 剛力彩芽は「…」と述べた after 剛力彩芽 is written before") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"映画の試写会に剛力彩芽が登場した。剛力彩芽は「かなり気合が入りました。ぜひ観てください」と"
        "述べた。",
        K::kDirect, "剛力彩芽", T::kPerson, "かなり気合が入りました。ぜひ観てください", "述べる"}},
      {{"イベントに鬼奴が登場した。鬼奴は「すごく飛び出すんだなってビックリしました」とコメントした。",
        K::kDirect, "鬼奴", T::kPerson, "すごく飛び出すんだなってビックリしました", "コメントする"}},
  });
  for (const char* body : {"剛力彩芽は「かなり気合が入りました。ぜひ観てください」と述べた。",
                           "本作の評判が広がった。本作は「今年一番の感動作だと思います」と語った。"}) {
    INFO(body);
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12: a surname IPADIC reads as a place (春田 in と語る春田会長) names
// the person named before in full.
TEST_CASE("the speaker after the quote: 「…」と語る春田会長 after 春田真会長") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"DeNAの春田真会長が会見した。「承認を経てですけど、95億円です」と語る春田会長。",
        K::kDirect, "春田真", T::kPerson, "承認を経てですけど、95億円です", "語る"}},
  });
}

// Issue 12: no speaker is carried over to an interviewer's question
// (「…」との質問) nor to a quote that names its own source with から, even
// one the word lists do not know (男性客から「…」と歓声).
TEST_CASE("no speaker carried over to 「…」との質問 or to Xから「…」") {
  auto a = AnalyzeBody(
      "山田太郎は「撮影は本当に楽しかったです」と語った。「続編が決まったら、どうしますか？」との質"
      "問には、「もちろん出ますよ」と答えた。");
  REQUIRE(a->statements.size() == 2);
  CHECK(a->statements[0].quote == "撮影は本当に楽しかったです");
  CHECK(a->statements[1].quote == "もちろん出ますよ");
  CHECK(a->statements[1].speaker == "山田太郎");
  auto b = AnalyzeBody(
      "山田太郎は「撮影は本当に楽しかったです」と語った。会場の男性客から「オォー、すごいぞ」と歓声"
      "が上がった。");
  for (const kiji::Statement& st : b->statements) {
    INFO(st.quote);
    CHECK(st.quote.find("オォー") == std::string::npos);
  }
}

// Issue 12: the object of 「…」と + a support verb may follow a phrase in に
// (whom or what it is about), and a が phrase inside the topic of the quote
// (田中花子が…したことについては「…」) is not its speaker; a が phrase before
// a comma still is.
TEST_CASE("quotes: 「…」と、前田の布陣に懸念を示した, and が inside the topic") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田太郎は「ツートップ体制というのが、どうもしっくりこない」と、前田の布陣に懸念を示している。",
        K::kDirect, "山田太郎", T::kPerson, "ツートップ体制というのが、どうもしっくりこない", "示す"}},
      {{"山田太郎は「今日は来てくれてありがとう」と語った。田中花子が引退を表明したことについては「本"
        "当に残念ですが、応援します」と述べた。",
        K::kDirect, "山田太郎", T::kPerson, "今日は来てくれてありがとう", "語る"},
       {nullptr, K::kDirect, "山田太郎", T::kPerson, "本当に残念ですが、応援します", "述べる"}},
      {{"山田太郎は会見を開いた。田中花子が会場で、記者の質問には「本当に残念ですが、応援します」と述"
        "べた。",
        K::kDirect, "田中花子", T::kPerson, "本当に残念ですが、応援します", "述べる"}},
  });
}

// Issue 12: a kanji short name is a surname first. 岡村 is the 岡村隆史 the
// article names, not the ナイナイ岡村 (a group name and the surname) of a
// related-article line; 菊間 is 菊間千乃, not the ケツメイシ菊間 of a
// headline; a given name (真央) still gives the full name.
TEST_CASE("a kanji short name resolves to the full name that starts with it") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"番組に岡村隆史が出演した。岡村は「テレビが見たくないなら見なければいい」と発言した。\n\n・ナ"
        "イナイ岡村、発言の真相を語る",
        K::kDirect, "岡村隆史", T::kPerson, "テレビが見たくないなら見なければいい", "発言する"}},
      {{"フジテレビの菊間千乃アナウンサーが謝罪した。菊間アナウンサーは「ご迷惑をおかけしました」と述"
        "べた。\n\n報知新聞『ケツメイシ菊間アナと“1次会”』",
        K::kDirect, "菊間千乃", T::kPerson, "ご迷惑をおかけしました", "述べる"}},
      {{"浅田真央が会見した。真央は「今日はすごく楽しみです」と語った。",
        K::kDirect, "浅田真央", T::kPerson, "今日はすごく楽しみです", "語る"}},
  });
}

// Issue 12: an organization with では before a quote speaks for itself when
// no predicate stands between (東京都では「…」と説明した), not when a clause
// does (…を残すため、…を「…」とした is a naming); ことから「…」 gives a
// reason, not a source, so the speaker before still carries over.
TEST_CASE("Xでは「…」 for organizations, and ことから「…」 keeps the speaker") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"東京都では「一定の安全性が確保されたと考えている」と説明した。",
        K::kDirect, "東京都", T::kOrganization, "一定の安全性が確保されたと考えている", "説明する"}},
      {{"清原和博選手は「今日は最後の誕生日です」と語った。会見でひざの状態が思わしくないことから「こ"
        "んな状態では来年はグランドに立てない」と語った。",
        K::kDirect, "清原和博", T::kPerson, "今日は最後の誕生日です", "語る"},
       {nullptr, K::kDirect, "清原和博", T::kPerson, "こんな状態では来年はグランドに立てない", "語る"}},
  });
  CHECK(AnalyzeBody("東京都では、名前を残すため、新しい公園を「未来の子供たちのための公園」とした。")
            ->statements.empty());
}

// Issue 12: a kanji surname IPADIC reads as a place names a person before a
// title that follows surnames only (surname_title: 監督, 会長), so
// 「…」と笑顔で語る岡田監督 speaks with no full name given; before a title of a
// place or a unit (大阪市長) the place stays the office's.
TEST_CASE("the speaker after the quote: 「…」と笑顔で語る岡田監督, a place-read surname") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"番組では話を聞いた。\n\n「本当にいいチームでしたよ。妙にいいチームでしたね」と笑顔で語る岡"
        "田監督。",
        K::kDirect, "岡田", T::kPerson, "本当にいいチームでしたよ。妙にいいチームでしたね", "語る"}},
  });
  auto a = AnalyzeBody("会見で大阪市長は「市民の皆さんに感謝したい」と述べた。");
  for (const kiji::Statement& st : a->statements) {
    INFO(st.speaker);
    CHECK(st.speaker != "大阪");
  }
}

// Issue 12 (speakers12): reactions listed one a line, the last line naming
// them (「…」といったコメントが寄せられた): every quotation alone on a line
// right before is a reaction too; the line before the list may name the venue.
TEST_CASE("quoted reactions: a list of 「…」 lines ending in といったコメントが寄せられた") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"この話題を取り上げた掲示板上では、\n「もう引退かな」\n「よく頑張った」\n"
        "「寂しい」といったコメントが寄せられた。",
        K::kDirect, "掲示板上のユーザー", T::kDescription, "もう引退かな", "コメントが寄せる"},
       {"", K::kDirect, "掲示板上のユーザー", T::kDescription, "よく頑張った", "コメントが寄せる"},
       {"", K::kDirect, "掲示板上のユーザー", T::kDescription, "寂しい", "コメントが寄せる"}},
      {{"ネットでも話題になった。\n「最高の試合だった」\n「感動した」などの声が相次いだ。",
        K::kDirect, "ネットのユーザー", T::kDescription, "最高の試合だった", "声が相次ぐ"},
       {"", K::kDirect, "ネットのユーザー", T::kDescription, "感動した", "声が相次ぐ"}},
  });
  // A blank line ends the list: the quote above it is no reaction.
  auto a = AnalyzeBody("ネットでも話題になった。\n「また見たい」\n\n「感動した」などの声が相次いだ。");
  CHECK(a->statements.size() == 1);
}

// Issue 12 (speakers12): cast and press-conference lists, the speaker's name
// on a line of its own and the words on the next.
TEST_CASE("speaker labels: ・山田花子（陸上）, ■佐藤恵子（主演）, 【田村健一からのコメント】 over 「…」") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"代表選手が抱負を語った。\n\n・山田花子（陸上）\n「ロンドンでは必ずメダルを獲りたいと思います」\n\n"
        "・佐藤恵子（水泳）\n「一年かけてしっかり準備していきたいです」",
        K::kDirect, "山田花子", T::kPerson, "ロンドンでは必ずメダルを獲りたいと思います", ""},
       {"", K::kDirect, "佐藤恵子", T::kPerson, "一年かけてしっかり準備していきたいです", ""}},
      {{"キャストからコメントが届いた。\n【田村健一からのコメント】\n「現場はとても楽しくて、毎日笑っていました」",
        K::kDirect, "田村健一", T::kPerson, "現場はとても楽しくて、毎日笑っていました", ""}},
  });
  // Not labels: a position before the name (a line-up), a name with an answer
  // after a colon. A line that looks like a label but is not read as one keeps
  // the speaker before from being carried over.
  for (const char* body : {
           "解説者が理想の布陣を挙げた。\nGK　川島永嗣\n\n「大きく変わったのは右サイドです」",
           "監督の田村健一は「楽しかったです」と語った。\n山田、佐藤、鈴木\n「みんなで頑張った映画です」",
       }) {
    INFO(body);
    auto a = AnalyzeBody(body);
    for (const auto& s : a->statements) {
      CHECK(s.quote != "大きく変わったのは右サイドです");
      CHECK(s.quote != "みんなで頑張った映画です");
    }
  }
}

// Issue 12 (speakers12): a line left open with は or も leads into the
// quotation alone on the next line: the person, organization or online venue
// before the particle speaks it.
TEST_CASE("open lines: 山田花子さんは and ネット掲示板では on the line above 「…」") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"会見には監督の田村健一も出席した。\n\n主演の山田花子さんは、\n"
        "「撮影は大変でしたが、毎日がとても楽しかったです」",
        K::kDirect, "山田花子", T::kPerson, "撮影は大変でしたが、毎日がとても楽しかったです", ""}},
      {{"この発言は話題を呼んだ。\nネット掲示板では\n「さすがに言い過ぎだと思う」\n「よく言った」",
        K::kDirect, "ネット掲示板のユーザー", T::kDescription, "さすがに言い過ぎだと思う", ""},
       {"", K::kDirect, "ネット掲示板のユーザー", T::kDescription, "よく言った", ""}},
  });
  // A closed sentence above leads into nothing; 会見では names no speaker.
  for (const char* body : {"会見では、\n「撮影は大変でしたが、毎日がとても楽しかったです」"}) {
    INFO(body);
    CHECK(AnalyzeBody(body)->statements.empty());
  }
}

// Issue 12 (speakers12): unnamed insiders of web and entertainment news
// (デスク, ライター, 編集者, レポーター in speaker_words.tsv) are description speakers.
TEST_CASE("description speakers: スポーツ紙デスク, 芸能ライター, ゴルフ誌編集者") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"同誌にコメントを寄せる芸能ライターは、「二人の交際はもう長いようです」と語っている。",
        K::kDirect, "芸能ライター", T::kDescription, "二人の交際はもう長いようです", "語る"}},
      {{"騒動は続いた。「これで終わりとは思えません。まだ何かあるでしょう」（スポーツ紙デスク）という。",
        K::kDirect, "スポーツ紙デスク", T::kDescription,
        "これで終わりとは思えません。まだ何かあるでしょう", ""}},
      {{"「契約を取れと上から言われています」とゴルフ誌編集者は明かす。", K::kDirect,
        "ゴルフ誌編集者", T::kDescription, "契約を取れと上から言われています", "明かす"}},
  });
}

// Issue 12 (speakers12): a cleft sentence after a quotation alone on its line
// names its speaker: そう語るのは…X。 / こう話すのは…X。 (web interviews).
TEST_CASE("cleft speakers: 「…」 then そう語るのは交際3年の彼氏がいる花子さん（30歳）") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"友人に話を聞いた。\n「結婚はまだ先だと思っています」\nそう語るのは、交際3年の彼氏がいる"
        "花子さん（30歳）。",
        K::kDirect, "花子", T::kPerson, "結婚はまだ先だと思っています", "語る"}},
      // こう and the speaker before: the cleft names its own speaker.
      {{"山田さんは「毎日が楽しいです」と語った。\n「仕事と育児の両立は本当に大変です」\n"
        "こう訴えるのは会社員の恵子さん（36歳）だ。",
        K::kDirect, "山田", T::kPerson, "毎日が楽しいです", "語る"},
       {"", K::kDirect, "恵子", T::kPerson, "仕事と育児の両立は本当に大変です", "訴える"}},
  });
}

// Issue 12 (speakers14): an unnamed source marked by が right before the quote
// speaks it, as one marked by は does.
TEST_CASE("description speakers: 関係者が「…」と話した, 住民が「…」と振り返った") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"試合の後、関係者が「来季の契約はまだ決まっていない」と話した。", K::kDirect, "関係者",
        T::kDescription, "来季の契約はまだ決まっていない", "話す"}},
      {{"避難所では住民が「夜は寒くて眠れなかった」と振り返った。", K::kDirect, "住民",
        T::kDescription, "夜は寒くて眠れなかった", "振り返る"}},
  });
  // A が phrase that is not right before the quote is inside the sentence's
  // own story: no speaker.
  auto a = AnalyzeBody("住民が避難した後、「立入禁止」と書かれた看板が立てられた。");
  CHECK(a->statements.empty());
}

// Issue 12 (speakers14), pattern 3: more reporting predicates as data
// (speech_verbs.tsv): a サ変 noun ending the clause, support verbs with an
// object noun of speech.
TEST_CASE("reporting predicates: と豪語。, と補足した, と警鐘を鳴らした, とツッコミを入れた") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田太郎選手は「来年は必ず優勝します」と豪語。", K::kDirect, "山田太郎", T::kPerson,
        "来年は必ず優勝します", "豪語する"}},
      {{"佐藤花子さんは「費用は市が負担します」と補足した。", K::kDirect, "佐藤花子", T::kPerson,
        "費用は市が負担します", "補足する"}},
      {{"鈴木一郎教授は「このままでは森が消える」と警鐘を鳴らした。", K::kDirect, "鈴木一郎",
        T::kPerson, "このままでは森が消える", "鳴らす"}},
      {{"司会の田中次郎さんは「それは言い過ぎでしょう」とツッコミを入れた。", K::kDirect, "田中次郎",
        T::kPerson, "それは言い過ぎでしょう", "入れる"}},
      {{"高橋恵子さんは「もう二度と出ません」とおどけた。", K::kDirect, "高橋恵子", T::kPerson,
        "もう二度と出ません", "おどける"}},
  });
}

// Issue 12 (speakers14), pattern 5: the person who is the topic of a sentence
// without a statement speaks a quote with a reporting verb and no subject of
// its own in the next sentence.
TEST_CASE("zero anaphora: 山田氏は大喜び。…を振り返って「…」とコメント。") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"会場を訪れた山田一郎氏は、この再会に大喜び。当時を振り返って「まるで夢のようだった」と"
        "コメントした。",
        K::kDirect, "山田一郎", T::kPerson, "まるで夢のようだった", "コメントする"}},
      // について + は is a topic of what is said, not a subject.
      {{"監督の佐藤次郎氏は配役に時間をかけた。主演については「声の強さが決め手だった」とコメン"
        "ト。",
        K::kDirect, "佐藤次郎", T::kPerson, "声の強さが決め手だった", "コメントする"}},
  });
  // The quote's sentence has a subject of its own that the lists do not
  // know: the topic before does not speak it.
  auto a = AnalyzeBody(
      "評論家の佐藤次郎氏は会見を開いた。作家のマツモトカズキは、その姿を「古い映画のようだ」と"
      "表現した。");
  for (const kiji::Statement& s : a->statements) CHECK(s.speaker != "佐藤次郎");
  // No verb: a bare 「…」 after a topic sentence is no statement of the topic.
  auto b = AnalyzeBody("山田一郎氏は会場に到着した。入口には「関係者以外立入禁止」の札があった。");
  CHECK(b->statements.empty());
}

// Issue 12 (speakers14), pattern 2: a katakana name IPADIC does not know,
// right before は / が and the quote, is a person.
TEST_CASE("speakers not in the lists: フナキは「…」, 女優のエヴァ・グリーンは「…」") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"来日したマクファーデンは「東京の夜景は本当に美しい」と語った。", K::kDirect,
        "マクファーデン", T::kPerson, "東京の夜景は本当に美しい", "語る"}},
      {{"主演女優のエヴァ・ドロテアは「撮影は毎日が挑戦でした」と振り返った。", K::kDirect,
        "エヴァ・ドロテア", T::kPerson, "撮影は毎日が挑戦でした", "振り返る"}},
  });
  // A common noun the dictionary knows is no name: チームは「…」 has no speaker.
  auto a = AnalyzeBody("チームは「日本は大好きな国のひとつだ」と語った。");
  CHECK(a->statements.empty());
}

// Issue 12 (speakers14), pattern 4: X曰く / Xいわく cites X as によると does.
TEST_CASE("according_to frames: X曰く、… and Xいわく、…") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"また、山田太郎曰く、二人は毎朝一緒に走っているという。", K::kAccordingTo, "山田太郎",
        T::kPerson, "二人は毎朝一緒に走っているという", "曰く"}},
      {{"球団関係者いわく、契約の更新はまだ先になる。", K::kAccordingTo, "球団関係者",
        T::kDescription, "契約の更新はまだ先になる", "曰く"}},
  });
  // Without a source before it, いわく cites no one.
  auto a = AnalyzeBody("いわく、この店のラーメンは日本一だという。");
  CHECK(a->statements.empty());
}

// Issue 12 (speakers14), pattern 2: an outlet written in brackets after a
// word of its kind (outlet_head of speaker_context.tsv), and 「X」によると.
TEST_CASE("outlets in brackets: 英紙「…」は, Web版「…」によると, 「…」によると") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"英紙「モーニング・ヘラルド」は、政府が増税を検討していると報じた。", K::kIndirect,
        "モーニング・ヘラルド", T::kOrganization, "政府が増税を検討している", "報じる"}},
      {{"Web版「シティ・ポスト」によると、同選手は移籍を希望している。", K::kAccordingTo,
        "シティ・ポスト", T::kOrganization, "同選手は移籍を希望している", "によると"}},
      {{"「サンデー・クロニクル」によると、会談は来月開かれる。", K::kAccordingTo,
        "サンデー・クロニクル", T::kOrganization, "会談は来月開かれる", "によると"}},
  });
  // A term in brackets with no word of an outlet before it speaks nothing.
  auto a = AnalyzeBody("「一帯一路」は、協力の枠組みだと述べた。");
  CHECK(a->statements.empty());
}

// Issue 12 (speakers14), pattern 1: sources coordinated before the quote or
// the clause give one record each; a title joined to a name by a middle dot
// is one person.
TEST_CASE("coordinated speakers: AとBは「…」と語った, AとBは…と報じた") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田太郎さんと佐藤花子さんは「楽しかった」と語った。", K::kDirect, "山田太郎",
        T::kPerson, "楽しかった", "語る"},
       {"", K::kDirect, "佐藤花子", T::kPerson, "楽しかった", "語る"}},
      {{"朝日新聞と読売新聞は、首相が辞意を固めたと報じた。", K::kIndirect, "朝日新聞",
        T::kOrganization, "首相が辞意を固めた", "報じる"},
       {"", K::kIndirect, "読売新聞", T::kOrganization, "首相が辞意を固めた", "報じる"}},
      {{"野球部の部長・野中一郎さんは「申し訳ない」と話した。", K::kDirect, "野中一郎",
        T::kPerson, "申し訳ない", "話す"}},
  });
}

// Issue 12 (speakers14), pattern 5: a person cited with によると speaks the
// quote with a verb and no subject that follows; a newspaper does not.
TEST_CASE("zero anaphora: 山田氏によると、…。また「…」とも語った") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田一郎氏によると、工事は来月終わる。また「費用は増えない」とも語った。", K::kAccordingTo,
        "山田一郎", T::kPerson, "工事は来月終わる", "によると"},
       {"", K::kDirect, "山田一郎", T::kPerson, "費用は増えない", "語る"}},
      {{"朝日新聞によると、工事は来月終わる。「費用は増えない」と話した。", K::kAccordingTo,
        "朝日新聞", T::kOrganization, "工事は来月終わる", "によると"}},
  });
}

// Issue 12 (speakers14), pattern 2: titles and description nouns the lists
// lacked (a station chief, judges, an editorial department, spouses).
TEST_CASE("speakers not in the lists: 駅長は, 裁判長は, 編集部は, 妻は") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"駅長は「安全確認を徹底する」と述べた。", K::kDirect, "駅長", T::kDescription,
        "安全確認を徹底する", "述べる"}},
      {{"山田花子裁判長は「被告の責任は重い」と述べた。", K::kDirect, "山田花子", T::kPerson,
        "被告の責任は重い", "述べる"}},
      {{"同誌編集部は「取材は尽くした」と回答した。", K::kDirect, "同誌編集部", T::kDescription,
        "取材は尽くした", "回答する"}},
      {{"妻は「優しい人でした」と語った。", K::kDirect, "妻", T::kDescription, "優しい人でした",
        "語る"}},
  });
}

// Issue 12 (speakers14), pattern 6: the person after 「…」と ends the
// sentence; 頭を下げる reports an apology.
TEST_CASE("interview quotes: 「…」と山田花子。 and 「…」と頭を下げた") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"女優の山田花子が登場した。「本当にありがとうございました」と山田花子。", K::kDirect,
        "山田花子", T::kPerson, "本当にありがとうございました", ""}},
      {{"会見に臨んだ山田太郎は「ご迷惑をおかけしました」と頭を下げた。", K::kDirect, "山田太郎",
        T::kPerson, "ご迷惑をおかけしました", "頭を下げる"}},
  });
}

// Issue 12 (speakers14), pattern 7: quotes right after an online venue are its
// users' words whatever the predicate; not a topic (話題になる) and not a blog,
// which is its owner's.
TEST_CASE("quoted reactions: ネット掲示板やツイッターは「…」「…」と騒然となった") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ネット掲示板やツイッターは「これはひどい」「許せない」と騒然となった。", K::kDirect,
        "ネット掲示板やツイッターのユーザー", T::kDescription, "これはひどい", "騒然となる"},
       {"", K::kDirect, "ネット掲示板やツイッターのユーザー", T::kDescription, "許せない",
        "騒然となる"}},
      {{"ツイッターでは「これはひどい」と盛り上がった。", K::kDirect, "ツイッターのユーザー",
        T::kDescription, "これはひどい", "盛り上がる"}},
  });
  for (const char* body : {"ネット上では「これはひどい」と話題になっている。",
                           "女優の山田花子は自身のブログで「本当に楽しかった」と明かした。"}) {
    INFO(body);
    auto a = AnalyzeBody(body);
    for (const kiji::Statement& st : a->statements) CHECK(st.speaker.find("ユーザー") == std::string::npos);
  }
}

// Issue 12 (speakers14), pattern 7: a quote as a noun phrase whose speaker is
// the の phrase of a noun of something said.
TEST_CASE("quotes as noun phrases: 「…」という吉田の言葉, 山田選手の「…」という言葉") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"「試合前みたいだ」という吉田一郎の言葉に一同が爆笑した。", K::kDirect, "吉田一郎",
        T::kPerson, "試合前みたいだ", "言葉"}},
      {{"「絶対に勝ちたい」との山田太郎選手のコメントが印象的だった。", K::kDirect, "山田太郎",
        T::kPerson, "絶対に勝ちたい", "コメント"}},
      {{"山田太郎選手の「絶対に勝ちたい」という言葉が印象的だった。", K::kDirect, "山田太郎",
        T::kPerson, "絶対に勝ちたい", "言葉"}},
  });
  // A name in brackets before という + the の phrase of a plan is no statement.
  auto a = AnalyzeBody("「一帯一路」という中国の構想が注目されている。");
  CHECK(a->statements.empty());
}

// Issue 12 (speakers14), pattern 5: それによると cites the topic of the
// sentence before, and a person cited with によると speaks the quotes in it
// that have no subject of their own.
TEST_CASE("according_to frames: それによると after a topic, nested quotes of a person") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"気象庁は8日、臨時の会見を開いた。それによると、余震は1週間続くという。", K::kAccordingTo,
        "気象庁", T::kOrganization, "余震は1週間続くという", "によると"}},
      {{"民主党の山田太郎幹事長は党のサイトでコメントを出した。それによると、「政権投げ出しだ」と"
        "驚いている。",
        K::kAccordingTo, "山田太郎", T::kPerson, "「政権投げ出しだ」と驚いている", "によると"},
       {"", K::kDirect, "山田太郎", T::kPerson, "政権投げ出しだ", "驚く"}},
  });
  // No topic before it: no source.
  auto a = AnalyzeBody("それによると、余震は1週間続くという。");
  CHECK(a->statements.empty());
}

// Issue 12 (speakers14), pattern 3: an assessment in its て form before the
// verb of what the body does about it (…とみて調べている) is reported; a
// reason (…として逮捕した) is not.
TEST_CASE("reporting predicates: …とみて調べている, …とみて行方を追っている") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"警察は、男が車を盗んだとみて調べている。", K::kIndirect, "警察", T::kOrganization,
        "男が車を盗んだ", "見る"}},
      {{"県警は、男が事件に関与したとみて行方を追っている。", K::kIndirect, "県警",
        T::kOrganization, "男が事件に関与した", "見る"}},
  });
  auto a = AnalyzeBody("警察は、男が車を盗んだとして逮捕した。");
  CHECK(a->statements.empty());
}

// Issue 12 (speakers14), pattern 6: the person a reporting verb modifies
// before a copula (「…」と語る俊輔だった).
TEST_CASE("the speaker after the quote: 「…」と語る山田太郎だった。") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"「もう限界だと思っています」と語る山田太郎だった。", K::kDirect, "山田太郎", T::kPerson,
        "もう限界だと思っています", "語る"}},
  });
}

// Issue 12 (speakers14): つつ after a reporting predicate lets it end the
// statement (clause_join), and the next clause starts after つつも、.
TEST_CASE("reporting predicates: 「…」と語りつつも、 / …と説明しつつ、…としている") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田太郎は「もう限界だと思っています」と語りつつも、前を向いた。", K::kDirect, "山田太郎",
        T::kPerson, "もう限界だと思っています", "語る"}},
      {{"同社は「影響はなかった」と説明しつつも、指導を徹底するとしている。", K::kDirect, "同社",
        T::kOrganization, "影響はなかった", "説明する"},
       {"", K::kIndirect, "同社", T::kOrganization, "指導を徹底する", "する"}},
  });
}

TEST_CASE("nested statements: 「…」と語ったと伝えた, Xによると、Yが…と発表した") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      // The quote inside the report is a statement of its own; the report
      // keeps its own speaker, not the quote's.
      {{"北海新聞は、地元の住民が「こんな大雪は初めてだ」と話したと伝えた。", K::kIndirect,
        "北海新聞", T::kOrganization, "地元の住民が「こんな大雪は初めてだ」と話した", "伝える"},
       {"", K::kDirect, "住民", T::kDescription, "こんな大雪は初めてだ", "話す"}},
      // Not the report's own topic, when the clause names no speaker the
      // lexicon knows.
      {{"北海新聞は、地元の漁師が「こんな不漁は初めてだ」と話したと伝えた。", K::kIndirect,
        "北海新聞", T::kOrganization, "地元の漁師が「こんな不漁は初めてだ」と話した", "伝える"}},
      {{"時事通信は、山田太郎外相が「遺憾だ」「抗議する」と述べたと報じた。", K::kIndirect,
        "時事通信", T::kOrganization, "山田太郎外相が「遺憾だ」「抗議する」と述べた", "報じる"},
       {"", K::kDirect, "山田太郎", T::kPerson, "遺憾だ", "述べる"},
       {"", K::kDirect, "山田太郎", T::kPerson, "抗議する", "述べる"}},
      // A named person opening the clause of a によると sentence is the
      // subject of its reporting verb.
      {{"共同通信によると、陸上の鈴木一郎選手が来季も現役を続けると表明した。", K::kAccordingTo,
        "共同通信", T::kOrganization, "陸上の鈴木一郎選手が来季も現役を続けると表明した",
        "によると"},
       {"", K::kIndirect, "鈴木一郎", T::kPerson, "来季も現役を続ける", "表明する"}},
      // Not when another subject follows と (that one is the speaker), and
      // not for …としている (the outlet's own summary).
      {{"共同通信によると、元知事の山田太郎氏が死去したと、家族が発表した。", K::kAccordingTo,
        "共同通信", T::kOrganization, "元知事の山田太郎氏が死去したと、家族が発表した",
        "によると"},
       {"", K::kIndirect, "家族", T::kDescription, "元知事の山田太郎氏が死去した", "発表する"}},
      {{"毎日新聞によると、山田太郎氏が拘束された可能性があるとしている。", K::kAccordingTo,
        "毎日新聞", T::kOrganization, "山田太郎氏が拘束された可能性があるとしている",
        "によると"}},
  });
}

TEST_CASE("quoted reactions: the posters named after the quotes, before the venue") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ネット掲示板では「最高」「泣いた」など、視聴者から感動の声が寄せられた。", K::kDirect,
        "視聴者", T::kDescription, "最高", "声が寄せる"},
       {"", K::kDirect, "視聴者", T::kDescription, "泣いた", "声が寄せる"}},
      // ユーザーから names no one beyond the venue's users.
      {{"ネット掲示板では「最高」「泣いた」など、ユーザーから感動の声が寄せられた。", K::kDirect,
        "ネット掲示板のユーザー", T::kDescription, "最高", "声が寄せる"},
       {"", K::kDirect, "ネット掲示板のユーザー", T::kDescription, "泣いた", "声が寄せる"}},
  });
}

TEST_CASE("the speaker before the quote: 佐藤が慌てて「…」, 山田が笑いながら「…」") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      // The が phrase of a verb in its て or ながら form right before the
      // quote speaks it; the speaker before is not carried over.
      {{"木村アナは「聞いていません」と答えた。すると高田が慌てて「私も初耳です」と続けた。",
        K::kDirect, "木村", T::kPerson, "聞いていません", "答える"},
       {"", K::kDirect, "高田", T::kPerson, "私も初耳です", "続ける"}},
      {{"森は「寒い」と話した。大野が笑いながら、「僕もだ」と応じた。", K::kDirect, "森",
        T::kPerson, "寒い", "話す"},
       {"", K::kDirect, "大野", T::kPerson, "僕もだ", "応じる"}},
      // Not a verb in another form: 報じたように「 is a report of its own.
      {{"東西新聞が報じたように「増税はない」と首相は述べた。", K::kDirect, "首相",
        T::kDescription, "増税はない", "述べる"}},
  });
}

TEST_CASE("reporting predicates: an adverb before the verb (と力強く語った, と喜びを素直に語った)") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"川口は「必ず優勝する」と力強く宣言した。", K::kDirect, "川口", T::kPerson,
        "必ず優勝する", "宣言する"}},
      {{"川口は「夢みたいです」と喜びを素直に語った。", K::kDirect, "川口", T::kPerson,
        "夢みたいです", "語る"}},
      {{"質問には、「はい」と元気よく答えた山田太郎。", K::kDirect, "山田太郎", T::kPerson, "はい",
        "答える"}},
      // Not an adjective of another predicate: the reactions stay reactions.
      {{"ネットでは「退屈」「飽きた」と、不満の声が多くみられた。", K::kDirect, "ネットのユーザー",
        T::kDescription, "退屈", "声"},
       {"", K::kDirect, "ネットのユーザー", T::kDescription, "飽きた", "声"}},
  });
}

TEST_CASE("zero anaphora: the person a sentence is about speaks the quote after it") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      // The only subject (が) of the sentence before.
      {{"中村花子が新人二人を紹介した。「守備がうまい」と絶賛した。", K::kDirect, "中村花子",
        T::kPerson, "守備がうまい", "絶賛する"}},
      // After a lead that is a place of its own (放送では).
      {{"20日の放送では、中村花子が新人二人を紹介。「守備がうまい」と絶賛した。", K::kDirect,
        "中村花子", T::kPerson, "守備がうまい", "絶賛する"}},
      // A sentence that is the person's name alone.
      {{"かつて同じチームにいた田中一郎。記者に近況を訊かれると、「まだ走れます」と笑った。",
        K::kDirect, "田中一郎", T::kPerson, "まだ走れます", "笑う"}},
  });
  // Not one subject among others: no one to attribute the quote to.
  INFO("two subjects");
  CHECK(AnalyzeBody("山田太郎が来ると、佐藤花子が驚いた。「びっくりした」と話した。")
            ->statements.empty());
}

TEST_CASE("reporting predicates: と太鼓判を押す, と闘志を燃やす, とため息をつく, と弱音を吐く") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"吉田は「彼なら大丈夫」と太鼓判を押した。", K::kDirect, "吉田", T::kPerson, "彼なら大丈夫",
        "押す"}},
      {{"吉田は「次こそ勝つ」と闘志を燃やした。", K::kDirect, "吉田", T::kPerson, "次こそ勝つ",
        "燃やす"}},
      {{"吉田は「もう無理だ」とため息をついた。", K::kDirect, "吉田", T::kPerson, "もう無理だ",
        "つく"}},
      {{"吉田は「もう限界です」と弱音を吐いた。", K::kDirect, "吉田", T::kPerson, "もう限界です",
        "吐く"}},
  });
}

TEST_CASE("speakers as anaphors: 論評では / 声明では / 記事では, the document's issuer") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"東邦通信は23日、論評を発表した。論評では新しい制裁について「不当な圧力だ」と指摘した。",
        K::kDirect, "東邦通信", T::kOrganization, "不当な圧力だ", "指摘する"}},
      {{"財務省は声明を出した。同声明では、対応は適切だったとしている。", K::kIndirect, "財務省",
        T::kOrganization, "対応は適切だった", "する"}},
      {{"歌手の山田花子が自身のブログに記事を投稿した。記事では「応援に感謝します」とつづっている。",
        K::kDirect, "山田花子", T::kPerson, "応援に感謝します", "つづる"}},
  });
  // A document no sentence before names has no issuer to take.
  INFO("no document before");
  CHECK(AnalyzeBody("天気は晴れだった。論評では「不当な圧力だ」と指摘した。")->statements.empty());
}

TEST_CASE("speakers: a title no list holds after a name (森住職, 吉川座長), JR東海") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"山田住職は「心を込めて祈った」と述べた。", K::kDirect, "山田", T::kPerson,
        "心を込めて祈った", "述べる"}},
      {{"有識者会議の田中座長は「結論を急がない」と語った。", K::kDirect, "田中", T::kPerson,
        "結論を急がない", "語る"}},
      {{"JR西日本は、「原因を調べている」とコメントしている。", K::kDirect, "JR西日本",
        T::kOrganization, "原因を調べている", "コメントする"}},
  });
  // Not a noun that ends like no title: 麻布周辺は names a place.
  INFO("麻布周辺");
  CHECK(AnalyzeBody("事件があった麻布周辺は、「もう行けない」と話した。")->statements.empty());
}

TEST_CASE("quoted reactions: 「…」「…」と、 + a long phrase + the reaction noun") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ネット掲示板では「ありえない」「最悪だ」と、試合の判定に不正があったのではないかと指摘する"
        "書き込みも目立った。",
        K::kDirect, "ネット掲示板のユーザー", T::kDescription, "ありえない", "書き込みも目立つ"},
       {"", K::kDirect, "ネット掲示板のユーザー", T::kDescription, "最悪だ", "書き込みも目立つ"}},
  });
}

TEST_CASE("quoted reactions: more reaction nouns (酷評, 反響, 憶測) and スレッド主") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ネット掲示板では「狭すぎる」「住めない」などの酷評が相次いだ。", K::kDirect,
        "ネット掲示板のユーザー", T::kDescription, "狭すぎる", "酷評が相次ぐ"},
       {"", K::kDirect, "ネット掲示板のユーザー", T::kDescription, "住めない", "酷評が相次ぐ"}},
      {{"掲示板では「すごい」「欲しい」など、ユーザーから様々な反響が寄せられている。", K::kDirect,
        "掲示板のユーザー", T::kDescription, "すごい", "反響が寄せる"},
       {"", K::kDirect, "掲示板のユーザー", T::kDescription, "欲しい", "反響が寄せる"}},
      {{"スレッド主は「再開に賛成だ」とし、意向を示した。", K::kDirect, "スレッド主",
        T::kDescription, "再開に賛成だ", "する"}},
  });
}

TEST_CASE("quoted reactions: the venue named sentences before, a country's venue") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"韓国のSNSでは「すごい」「最高」という声が相次いだ。", K::kDirect, "韓国のSNSのユーザー",
        T::kDescription, "すごい", "声が相次ぐ"},
       {"", K::kDirect, "韓国のSNSのユーザー", T::kDescription, "最高", "声が相次ぐ"}},
      {{"この件はネット上で話題となった。「すごい」「最高」という声が相次いでいる。", K::kDirect,
        "ネット上のユーザー", T::kDescription, "すごい", "声が相次ぐ"},
       {"", K::kDirect, "ネット上のユーザー", T::kDescription, "最高", "声が相次ぐ"}},
  });
}

TEST_CASE("speakers: a country abbreviation between a foreign name and its title") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ケリー米国務長官は「対話の用意がある」と述べた。", K::kDirect, "ケリー", T::kPerson,
        "対話の用意がある", "述べる"}},
      {{"ライス米国務長官は「対話の用意がある」と語った。", K::kDirect, "ライス", T::kPerson,
        "対話の用意がある", "語る"}},
  });
}

TEST_CASE("speakers: a country in parentheses after the title (選手(イギリス))") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"ウィットロック選手(イギリス)は「素晴らしい演技だ」と述べた。", K::kDirect, "ウィットロック",
        T::kPerson, "素晴らしい演技だ", "述べる"}},
      // A reading stays a reading.
      {{"山田太郎(やまだ・たろう)さんは「よかった」と話した。", K::kDirect, "山田太郎",
        T::kPerson, "よかった", "話す"}},
  });
}

TEST_CASE("speakers: more titles (総統, 法相, 大統領代行) and family words (娘, 母)") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"陳総統は「危機だ」と訴えた。", K::kDirect, "陳", T::kPerson, "危機だ", "訴える"}},
      {{"テメル大統領代行は「誇りに思う」と述べた。", K::kDirect, "テメル", T::kPerson,
        "誇りに思う", "述べる"}},
      {{"コンドリーザ・ライス米国務長官は「遺憾だ」と述べた。", K::kDirect, "コンドリーザ・ライス",
        T::kPerson, "遺憾だ", "述べる"}},
      {{"被害者の母は「許せない」と話した。", K::kDirect, "母", T::kDescription, "許せない",
        "話す"}},
  });
}

TEST_CASE("zero anaphora: a quote in a によると sentence, of the person the sentence before is about") {
  using K = kiji::StatementKind;
  using T = kiji::SpeakerType;
  CheckPatternCases({
      {{"競泳の中村花子選手が引退を表明した。東西新聞によると、今後については「指導者を目指したい」と"
        "話している。",
        K::kAccordingTo, "東西新聞", T::kOrganization,
        "今後については「指導者を目指したい」と話している", "によると"},
       {"", K::kDirect, "中村花子", T::kPerson, "指導者を目指したい", "話す"}},
      // Not when the source is a person or a description: the words are the source's.
      {{"競泳の中村花子選手が引退を表明した。関係者によると、「しばらく休む」と話している。",
        K::kAccordingTo, "関係者", T::kDescription, "「しばらく休む」と話している", "によると"}},
  });
}
