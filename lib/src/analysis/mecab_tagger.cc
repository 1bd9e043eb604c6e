#include "analysis/mecab_tagger.h"

#include <fmt/format.h>
#include <mecab.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "analysis/path_fit.h"
#include "analysis/raw_feature.h"
#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

constexpr size_t kMaxFields = 32;

// Splits a NUL-terminated MeCab feature string on commas, in one pass that
// also finds its end (no separate strlen). UniDic quotes fields that contain
// commas ("\",\""): quotes are honoured and stripped from the view. Returns
// the number of fields; *whole is the entire feature string.
size_t SplitFeature(const char* feature, std::array<std::string_view, kMaxFields>* out,
                    std::string_view* whole) {
  size_t n = 0;
  const char* start = feature;
  const char* p = feature;
  bool quoted = false;
  for (;; ++p) {
    const char c = *p;
    if (c == '"') {
      quoted = !quoted;
    } else if (c == '\0' || (c == ',' && !quoted)) {
      std::string_view field(start, static_cast<size_t>(p - start));
      if (field.size() >= 2 && field.front() == '"' && field.back() == '"') {
        field = field.substr(1, field.size() - 2);
      }
      if (n < kMaxFields) (*out)[n++] = field;
      if (c == '\0') break;
      start = p + 1;
    }
  }
  *whole = std::string_view(feature, static_cast<size_t>(p - feature));
  return n;
}

std::string_view Field(const std::array<std::string_view, kMaxFields>& f, size_t n, size_t i) {
  if (i >= n || f[i] == "*" || f[i].empty()) return {};
  return f[i];
}

PosClass ClassifyIpadic(std::string_view p1, std::string_view p2) {
  if (p1 == "名詞") {
    if (p2 == "固有名詞") return PosClass::kProperNoun;
    if (p2 == "代名詞") return PosClass::kPronoun;
    if (p2 == "数") return PosClass::kNumeral;
    if (p2 == "接尾") return PosClass::kSuffix;
    if (p2 == "形容動詞語幹") return PosClass::kAdjectivalNoun;
    return PosClass::kNoun;
  }
  if (p1 == "動詞") return PosClass::kVerb;
  if (p1 == "形容詞") return PosClass::kAdjective;
  if (p1 == "副詞") return PosClass::kAdverb;
  if (p1 == "連体詞") return PosClass::kPrenominal;
  if (p1 == "接続詞") return PosClass::kConjunction;
  if (p1 == "感動詞" || p1 == "フィラー") return PosClass::kInterjection;
  if (p1 == "助詞") return PosClass::kParticle;
  if (p1 == "助動詞") return PosClass::kAuxiliary;
  if (p1 == "接頭詞") return PosClass::kPrefix;
  if (p1 == "記号") return p2 == "空白" ? PosClass::kWhitespace : PosClass::kSymbol;
  return PosClass::kOther;
}

PosClass ClassifyUnidic(std::string_view p1, std::string_view p2) {
  if (p1 == "名詞") {
    if (p2 == "固有名詞") return PosClass::kProperNoun;
    if (p2 == "数詞") return PosClass::kNumeral;
    return PosClass::kNoun;
  }
  if (p1 == "代名詞") return PosClass::kPronoun;
  if (p1 == "動詞") return PosClass::kVerb;
  if (p1 == "形容詞") return PosClass::kAdjective;
  if (p1 == "形状詞") return PosClass::kAdjectivalNoun;
  if (p1 == "副詞") return PosClass::kAdverb;
  if (p1 == "連体詞") return PosClass::kPrenominal;
  if (p1 == "接続詞") return PosClass::kConjunction;
  if (p1 == "感動詞") return PosClass::kInterjection;
  if (p1 == "助詞") return PosClass::kParticle;
  if (p1 == "助動詞") return PosClass::kAuxiliary;
  if (p1 == "接頭辞") return PosClass::kPrefix;
  if (p1 == "接尾辞") return PosClass::kSuffix;
  if (p1 == "補助記号" || p1 == "記号") return PosClass::kSymbol;
  if (p1 == "空白") return PosClass::kWhitespace;
  return PosClass::kOther;
}

PosClass ClassifyJuman(std::string_view p1, std::string_view p2) {
  if (p1 == "名詞") {
    if (p2 == "固有名詞" || p2 == "人名" || p2 == "地名" || p2 == "組織名") {
      return PosClass::kProperNoun;
    }
    if (p2 == "数詞") return PosClass::kNumeral;
    return PosClass::kNoun;
  }
  if (p1 == "指示詞") return PosClass::kPronoun;
  if (p1 == "動詞") return PosClass::kVerb;
  if (p1 == "形容詞") return PosClass::kAdjective;
  if (p1 == "副詞") return PosClass::kAdverb;
  if (p1 == "連体詞") return PosClass::kPrenominal;
  if (p1 == "接続詞") return PosClass::kConjunction;
  if (p1 == "感動詞") return PosClass::kInterjection;
  if (p1 == "助詞") return PosClass::kParticle;
  if (p1 == "助動詞" || p1 == "判定詞") return PosClass::kAuxiliary;
  if (p1 == "接頭辞") return PosClass::kPrefix;
  if (p1 == "接尾辞") return PosClass::kSuffix;
  if (p1 == "特殊") return p2 == "空白" ? PosClass::kWhitespace : PosClass::kSymbol;
  return PosClass::kOther;
}

// Token traits (token.h) from each layout's tags. `pos` are the POS levels
// with "*" as empty.
bool AnyLevelIs(const std::array<std::string_view, 4>& pos, std::string_view tag) {
  return std::find(pos.begin(), pos.end(), tag) != pos.end();
}

uint16_t Bit(TokenTrait t) { return static_cast<uint16_t>(t); }

// IPADIC and NAIST-jdic: 名詞,固有名詞,人名,姓 / 名詞,接尾,助数詞 / 動詞,非自立 ...
uint16_t IpadicTraits(const std::array<std::string_view, 4>& pos) {
  uint16_t b = 0;
  if (AnyLevelIs(pos, "非自立")) b |= Bit(TokenTrait::kDependent);
  if (pos[0] == "名詞" && pos[1] == "副詞可能") b |= Bit(TokenTrait::kAdverbial);
  if (pos[0] == "名詞" && pos[1] == "サ変接続") b |= Bit(TokenTrait::kVerbalNoun);
  if (pos[0] == "助詞" && pos[1] == "接続助詞") b |= Bit(TokenTrait::kConjunctiveParticle);
  if (pos[0] == "動詞" && pos[1] == "接尾") b |= Bit(TokenTrait::kVerbalSuffix);
  if (pos[1] == "接尾" && pos[2] == "助数詞") b |= Bit(TokenTrait::kCounter);
  if (pos[1] == "固有名詞") {
    if (pos[2] == "人名") {
      b |= Bit(TokenTrait::kPersonName);
      if (pos[3] == "姓") b |= Bit(TokenTrait::kSurname);
      if (pos[3] == "名") b |= Bit(TokenTrait::kGivenName);
    } else if (pos[2] == "地域") {
      b |= Bit(TokenTrait::kPlaceName);
      if (pos[3] == "国") b |= Bit(TokenTrait::kCountry);
    } else if (pos[2] == "組織") {
      b |= Bit(TokenTrait::kOrganization);
    }
  }
  return b;
}

// UniDic: 名詞,固有名詞,人名,姓 / 名詞,固有名詞,地名,国 / 名詞,普通名詞,サ変可能 /
// 動詞,非自立可能 / 接尾辞,名詞的,助数詞 / 接尾辞,動詞的.
uint16_t UnidicTraits(const std::array<std::string_view, 4>& pos) {
  uint16_t b = 0;
  if (AnyLevelIs(pos, "非自立可能")) b |= Bit(TokenTrait::kDependent);
  if (pos[0] == "名詞" && pos[2] == "副詞可能") b |= Bit(TokenTrait::kAdverbial);
  if (pos[0] == "名詞" && pos[2] == "サ変可能") b |= Bit(TokenTrait::kVerbalNoun);
  if (pos[0] == "助詞" && pos[1] == "接続助詞") b |= Bit(TokenTrait::kConjunctiveParticle);
  if (pos[0] == "接尾辞" && pos[1] == "動詞的") b |= Bit(TokenTrait::kVerbalSuffix);
  if (pos[2] == "助数詞" || pos[2] == "助数詞可能") b |= Bit(TokenTrait::kCounter);
  if (pos[1] == "固有名詞") {
    if (pos[2] == "人名") {
      b |= Bit(TokenTrait::kPersonName);
      if (pos[3] == "姓") b |= Bit(TokenTrait::kSurname);
      if (pos[3] == "名") b |= Bit(TokenTrait::kGivenName);
    } else if (pos[2] == "地名") {
      b |= Bit(TokenTrait::kPlaceName);
      if (pos[3] == "国") b |= Bit(TokenTrait::kCountry);
    }
  }
  return b;
}

// Juman: 名詞,人名 with 意味情報 "人名:日本:姓:…" / 名詞,地名 with "地名:国" /
// 名詞,組織名 / 名詞,形式名詞 / 名詞,時相名詞 / 名詞,サ変名詞 /
// 接尾辞,動詞性接尾辞 / 接尾辞,名詞性名詞助数辞.
uint16_t JumanTraits(std::string_view p1, std::string_view p2, std::string_view meaning) {
  uint16_t b = 0;
  if (p1 == "名詞") {
    if (p2 == "形式名詞") b |= Bit(TokenTrait::kDependent);
    if (p2 == "副詞的名詞" || p2 == "時相名詞") b |= Bit(TokenTrait::kAdverbial);
    if (p2 == "サ変名詞") b |= Bit(TokenTrait::kVerbalNoun);
    if (p2 == "人名") {
      b |= Bit(TokenTrait::kPersonName);
      if (meaning.find(":姓:") != std::string_view::npos) b |= Bit(TokenTrait::kSurname);
      if (meaning.find(":名:") != std::string_view::npos) b |= Bit(TokenTrait::kGivenName);
    }
    if (p2 == "地名") {
      b |= Bit(TokenTrait::kPlaceName);
      if (meaning.find("地名:国") != std::string_view::npos) b |= Bit(TokenTrait::kCountry);
    }
    if (p2 == "組織名") b |= Bit(TokenTrait::kOrganization);
  }
  if (p1 == "助詞" && p2 == "接続助詞") b |= Bit(TokenTrait::kConjunctiveParticle);
  if (p1 == "接尾辞" && p2 == "動詞性接尾辞") b |= Bit(TokenTrait::kVerbalSuffix);
  if (p1 == "接尾辞" && p2 == "名詞性名詞助数辞") b |= Bit(TokenTrait::kCounter);
  return b;
}

}  // namespace

DictLayout LayoutFromFieldCount(size_t fields) {
  if (fields >= 13) return DictLayout::kUnidic;
  if (fields == 7) return DictLayout::kJuman;
  return DictLayout::kIpadic;
}

void FillFromFeature(DictLayout layout, const char* feature, Token* t) {
  std::array<std::string_view, kMaxFields> f;
  const size_t n = SplitFeature(feature, &f, RawFeature::Of(t));
  switch (layout) {
    case DictLayout::kIpadic:  // 品詞,細分類1,2,3,活用型,活用形,原形,読み,発音
      for (size_t i = 0; i < 4; ++i) t->pos[i] = Field(f, n, i);
      t->conj_type = Field(f, n, 4);
      t->conj_form = Field(f, n, 5);
      t->lemma = Field(f, n, 6);
      t->reading = Field(f, n, 7);
      t->pos_class = ClassifyIpadic(t->pos[0], t->pos[1]);
      t->traits = IpadicTraits(t->pos);
      break;
    case DictLayout::kUnidic:  // pos1-4,cType,cForm,lForm,lemma,orth,pron,orthBase,..,kana(20)
      for (size_t i = 0; i < 4; ++i) t->pos[i] = Field(f, n, i);
      t->conj_type = Field(f, n, 4);
      t->conj_form = Field(f, n, 5);
      // orthBase is the base form as written (話す, する); lemma (7) is the
      // normalized headword (為る), used when orthBase is missing.
      t->lemma = Field(f, n, 10);
      if (t->lemma.empty()) t->lemma = Field(f, n, 7);
      t->reading = n > 20 ? Field(f, n, 20) : Field(f, n, 9);
      t->pos_class = ClassifyUnidic(t->pos[0], t->pos[1]);
      t->traits = UnidicTraits(t->pos);
      break;
    case DictLayout::kJuman:  // 品詞,細分類,活用型,活用形,原形,読み,意味情報
      t->pos[0] = Field(f, n, 0);
      t->pos[1] = Field(f, n, 1);
      t->pos[2] = t->pos[3] = {};
      t->conj_type = Field(f, n, 2);
      t->conj_form = Field(f, n, 3);
      t->lemma = Field(f, n, 4);
      t->reading = Field(f, n, 5);
      t->pos_class = ClassifyJuman(t->pos[0], t->pos[1]);
      t->traits = JumanTraits(t->pos[0], t->pos[1], Field(f, n, 6));
      break;
  }
}

Result<std::unique_ptr<MecabModel>> MecabModel::Open(const std::string& dicdir,
                                                     const std::vector<std::string>& user_dicts) {
  // "-r /dev/null": never read /etc/mecabrc or ~/.mecabrc, so that a missing
  // or different mecabrc (its user dictionaries, its options) cannot change
  // the analysis; the dictionary is the -d kiji chose.
  std::vector<std::string> args = {"kiji", "-r", "/dev/null", "-d", dicdir};
  if (!user_dicts.empty()) {
    std::string joined;
    for (const std::string& u : user_dicts) joined += (joined.empty() ? "" : ",") + u;
    args.push_back("-u");
    args.push_back(joined);
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  auto m = std::unique_ptr<MecabModel>(new MecabModel());
  Result<SpaceChars> spaces = ReadSpaceChars(dicdir);
  if (!spaces.ok()) return spaces.status();
  m->spaces_ = *spaces;
  m->model_ = MeCab::createModel(static_cast<int>(argv.size()), argv.data());
  if (m->model_ == nullptr) {
    const char* err = MeCab::getLastError();
    return Status::NotFound(
        fmt::format("{}: cannot open MeCab dictionary: {}", dicdir, err ? err : "unknown error"));
  }
  // Detect the layout from a word every dictionary knows.
  MeCab::Tagger* tagger = m->model_->createTagger();
  MeCab::Lattice* lattice = m->model_->createLattice();
  static const char kProbe[] = "日本";
  lattice->set_sentence(kProbe);
  size_t fields = 9;
  if (tagger->parse(lattice)) {
    for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) {
      if (node->stat == MECAB_NOR_NODE) {
        std::array<std::string_view, kMaxFields> f;
        std::string_view whole;
        fields = SplitFeature(node->feature, &f, &whole);
        break;
      }
    }
  }
  delete lattice;
  delete tagger;
  m->layout_ = LayoutFromFieldCount(fields);
  m->fields_ = std::min(fields, kMaxFields);
  m->PrepareUnknownSymbols();
  return m;
}

MecabModel::~MecabModel() { delete model_; }

const char* MecabModel::TermFeature(TermClass cls) const {
  switch (layout_) {
    case DictLayout::kIpadic:
      switch (cls) {
        case TermClass::kNoun:
          return "名詞,一般";
        case TermClass::kProper:
          return "名詞,固有名詞,一般";
        case TermClass::kPerson:
          return "名詞,固有名詞,人名";
        case TermClass::kPlace:
          return "名詞,固有名詞,地域";
        case TermClass::kOrganization:
          return "名詞,固有名詞,組織";
      }
      break;
    case DictLayout::kUnidic:
      switch (cls) {
        case TermClass::kNoun:
          return "名詞,普通名詞,一般";
        case TermClass::kProper:
          return "名詞,固有名詞,一般";
        case TermClass::kPerson:
          return "名詞,固有名詞,人名";
        case TermClass::kPlace:
          return "名詞,固有名詞,地名";
        case TermClass::kOrganization:
          return "名詞,固有名詞,一般";
      }
      break;
    case DictLayout::kJuman:
      switch (cls) {
        case TermClass::kNoun:
          return "名詞,普通名詞";
        case TermClass::kProper:
          return "名詞,固有名詞";
        case TermClass::kPerson:
          return "名詞,人名";
        case TermClass::kPlace:
          return "名詞,地名";
        case TermClass::kOrganization:
          return "名詞,組織名";
      }
      break;
  }
  return "名詞";
}

const char* MecabModel::SymbolFeature(char c) const { return AsciiSymbolFeature(layout_, c); }

// The fields of an unknown word's feature in each layout (unk.def), as
// LetterRunFeature shows them.
static size_t UnknownWordFields(DictLayout layout) {
  return layout == DictLayout::kUnidic ? 6 : 7;
}

void MecabModel::PrepareUnknownSymbols() {
  const char symbols[] = {'!', '(', ')'};
  for (size_t i = 0; i < unknown_symbols_.size(); ++i) {
    std::string f = SymbolFeature(symbols[i]);
    const size_t fields = 1 + static_cast<size_t>(std::count(f.begin(), f.end(), ','));
    for (size_t k = fields; k < UnknownWordFields(layout_); ++k) f += ",*";
    unknown_symbols_[i] = std::move(f);
  }
}

const char* MecabModel::UnknownSymbolFeature(const char* symbol_pos) const {
  const char symbols[] = {'!', '(', ')'};
  for (size_t i = 0; i < unknown_symbols_.size(); ++i) {
    if (symbol_pos == SymbolFeature(symbols[i])) return unknown_symbols_[i].c_str();
  }
  return nullptr;
}

const char* AsciiSymbolFeature(DictLayout layout, char c) {
  const bool open = c == '(' || c == '[' || c == '{';
  const bool close = c == ')' || c == ']' || c == '}';
  switch (layout) {
    case DictLayout::kIpadic:
      return open ? "記号,括弧開" : close ? "記号,括弧閉" : "記号,一般";
    case DictLayout::kUnidic:
      return open ? "補助記号,括弧開" : close ? "補助記号,括弧閉" : "補助記号,一般";
    case DictLayout::kJuman:
      return open ? "特殊,括弧始" : close ? "特殊,括弧終" : "特殊,記号";
  }
  return "記号";
}

namespace {

// `prefix` ("名詞,固有名詞,一般") split into its fields, padded with "*" to n.
std::vector<std::string> PosFields(std::string_view prefix, size_t n) {
  std::vector<std::string> f;
  for (size_t start = 0;;) {
    const size_t comma = prefix.find(',', start);
    f.emplace_back(prefix.substr(start, comma == prefix.npos ? prefix.npos : comma - start));
    if (comma == prefix.npos) break;
    start = comma + 1;
  }
  f.resize(std::max(n, f.size()), "*");
  return f;
}

// A field of a feature string: "*" for none, and for a value with a comma,
// which would split the string in the wrong place.
std::string OrStar(const std::string& s) {
  return s.empty() || s.find(',') != std::string::npos ? "*" : s;
}

std::string Joined(const std::vector<std::string>& f) {
  std::string out;
  for (const std::string& x : f) out += (out.empty() ? "" : ",") + x;
  return out;
}

PosClass UnitClass(TextUnit u) {
  switch (u) {
    case TextUnit::kDate:
      return PosClass::kDate;
    case TextUnit::kTime:
      return PosClass::kTime;
    case TextUnit::kUrl:
      return PosClass::kUrl;
    case TextUnit::kEmail:
      return PosClass::kEmail;
    case TextUnit::kNone:
      break;
  }
  return PosClass::kOther;
}

}  // namespace

// The POS MeCab's unknown-word templates (unk.def) give a term of class
// `cls`: TermFeature's prefix, with the fourth level 一般 that IPADIC's and
// UniDic's person and place templates have.
std::string MecabModel::TermPos(TermClass cls) const {
  std::string pos = TermFeature(cls);
  if (layout_ != DictLayout::kJuman && (cls == TermClass::kPerson || cls == TermClass::kPlace)) {
    pos += ",一般";
  }
  return pos;
}

void MecabModel::PrepareTerms(const DomainTerms& terms) {
  term_features_.clear();
  for (size_t i = 0; i < terms.size(); ++i) {
    const DomainTerms::Term& t = terms.term(i);
    const std::string pos = TermPos(t.cls);
    const std::string term = OrStar(t.term);
    const std::string reading = OrStar(t.reading);
    const std::string pron = t.pronunciation.empty() ? reading : OrStar(t.pronunciation);
    std::vector<std::string> f;
    switch (layout_) {
      case DictLayout::kIpadic:  // 品詞x4,活用型,活用形,原形,読み,発音 (NAIST: 2 more, empty)
        f = PosFields(pos, 6);
        f.insert(f.end(), {term, reading, pron});
        f.resize(std::max(fields_, f.size()), "");
        break;
      case DictLayout::kUnidic:  // pos1-4,cType,cForm,lForm,lemma,orth,pron,orthBase,pronBase,...
        f = PosFields(pos, std::max<size_t>(fields_, 13));
        f[6] = reading;
        f[7] = f[8] = f[10] = term;
        f[9] = f[11] = pron;
        if (f.size() > 21) f[20] = f[21] = reading;  // kana, kanaBase
        break;
      case DictLayout::kJuman:  // 品詞,細分類,活用型,活用形,原形,読み,意味情報
        f = PosFields(pos, 4);
        f.insert(f.end(), {term, reading, "NIL"});
        break;
    }
    term_features_.push_back(Joined(f));
  }
}

const char* MecabModel::LetterRunFeature() const {
  switch (layout_) {
    case DictLayout::kIpadic:
      return "名詞,一般,*,*,*,*,*";
    case DictLayout::kUnidic:
      return "名詞,普通名詞,一般,*,*,*";
    case DictLayout::kJuman:
      return "名詞,普通名詞,*,*,*,*,*";
  }
  return "名詞";
}

MecabTagger::MecabTagger(const MecabModel& model)
    : model_(model),
      tagger_(model.get()->createTagger()),
      lattice_(model.get()->createLattice()),
      cache_(kParseCacheBits, kParseCacheBytes),
      feature_cache_(size_t{1} << kFeatureCacheBits) {}

MecabTagger::~MecabTagger() {
  delete lattice_;
  delete tagger_;
}

Status MecabTagger::Parse(std::string_view sentence, std::span<const SpanConstraint> constraints,
                          std::vector<Token>* out) {
  ++calls_;
  const std::vector<PathNode>* path = cache_.Find(sentence, constraints);
  if (path == nullptr) {
    KIJI_RETURN_IF_ERROR(BestPath(sentence, constraints));
    cache_.Store(sentence, constraints, path_);
    path = &path_;
  }
  size_t next_constraint = 0;
  for (const PathNode& node : *path) {
    // Feature strings live in the mmapped dictionary (or in the model, for
    // constraints), so the same pointer always means the same features:
    // parse each one once per thread.
    // A direct-mapped cache: a miss just parses again and takes the slot.
    const size_t slot = (reinterpret_cast<uintptr_t>(node.feature) >> 3) * 0x9E3779B97F4A7C15u >>
                        (64 - kFeatureCacheBits);
    CachedFeature& cached = feature_cache_[slot];
    if (cached.key != node.feature) {
      cached.key = node.feature;
      cached.token = Token();
      FillFromFeature(model_.layout(), node.feature, &cached.token);
    }
    Token& t = out->emplace_back(cached.token);
    t.surface = sentence.substr(node.begin, node.end - node.begin);
    t.unknown = node.unknown;
    if (t.lemma.empty()) t.lemma = t.surface;
    while (next_constraint < constraints.size() && constraints[next_constraint].end <= node.begin) {
      ++next_constraint;
    }
    if (next_constraint < constraints.size() && constraints[next_constraint].begin == node.begin &&
        constraints[next_constraint].end == node.end) {
      ApplyConstraint(constraints[next_constraint], node.unknown, &t);
    }
    t.byte_begin = node.begin;
    t.byte_end = node.end;
  }
  return Status::Ok();
}

void MecabTagger::ApplyConstraint(const SpanConstraint& c, bool unknown, Token* t) const {
  const std::string_view surface = t->surface;
  if (c.domain_term && unknown && c.term_feature != nullptr) {
    FillFromFeature(model_.layout(), c.term_feature, t);
  } else if (c.has_letter && t->pos_class == PosClass::kNumeral) {
    FillFromFeature(model_.layout(), model_.LetterRunFeature(), t);
  } else if (const char* full = unknown ? model_.UnknownSymbolFeature(c.feature) : nullptr) {
    FillFromFeature(model_.layout(), full, t);  // MeCab gave it the constraint's short POS
  }
  t->domain_term = c.domain_term;
  if (t->domain_term || t->lemma.empty()) t->lemma = surface;
  if (c.unit != TextUnit::kNone) {  // a date, time, URL or e-mail address
    t->pos_class = UnitClass(c.unit);
    t->traits = 0;
    t->lemma = surface;
  }
}

Status MecabTagger::BestPath(std::string_view sentence,
                             std::span<const SpanConstraint> constraints) {
  // The plain parse first: most constraints fall on its token boundaries
  // and are met by merging nodes (path_fit.h), far cheaper than MeCab's
  // constrained search, which only a constraint that a node crosses needs.
  const std::string_view input = WidenPunctuation(sentence, constraints);
  bool ok = ParseOnce(input, {});
  if (ok) {
    ReadPath(input, &plain_path_);
    if (input.data() != sentence.data()) MapBack(&plain_path_);
    const WordLookup word_at = [&](uint32_t begin, uint32_t end) {
      return WordAt(sentence, begin, end);
    };
    if (FitConstraints(plain_path_, constraints, model_.LetterRunFeature(), word_at, &path_)) {
      return Status::Ok();
    }
    ok = ParseOnce(sentence, constraints);
    // A constraint no dictionary entry or unknown-word template can meet:
    // fall back to MeCab's own segmentation rather than lose the sentence.
    if (!ok) {
      path_ = plain_path_;
      return Status::Ok();
    }
  }
  if (!ok) {
    const char* what = lattice_->what();
    return Status::DataError(fmt::format("MeCab failed: {}", what ? what : "unknown error"));
  }
  ReadPath(sentence, &path_);
  return Status::Ok();
}

// ASCII punctuation made by NFKC (！ → !) is in no dictionary: MeCab reads
// it as an unknown symbol, with an unknown symbol's context, and groups it
// with the symbols around it (")、"). Inside punctuation runs the plain
// parse gets the full-width form back (U+FF01..U+FF5E, a dictionary word
// with a bracket's or a mark's context), and its nodes are mapped back.
std::string_view MecabTagger::WidenPunctuation(std::string_view sentence,
                                               std::span<const SpanConstraint> constraints) {
  if (std::none_of(constraints.begin(), constraints.end(),
                   [](const SpanConstraint& c) { return c.punctuation; })) {
    return sentence;
  }
  widened_.clear();
  widened_to_sentence_.clear();
  auto copy = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      widened_.push_back(sentence[k]);
      widened_to_sentence_.push_back(static_cast<uint32_t>(k));
    }
  };
  size_t at = 0;
  for (const SpanConstraint& c : constraints) {
    if (!c.punctuation) continue;
    copy(at, c.begin);
    for (size_t k = c.begin; k < c.end; ++k) {
      const char32_t wide = 0xFF01 + static_cast<unsigned char>(sentence[k]) - 0x21;
      widened_.push_back(static_cast<char>(0xE0 | (wide >> 12)));
      widened_.push_back(static_cast<char>(0x80 | ((wide >> 6) & 0x3F)));
      widened_.push_back(static_cast<char>(0x80 | (wide & 0x3F)));
      widened_to_sentence_.insert(widened_to_sentence_.end(), 3, static_cast<uint32_t>(k));
    }
    at = c.end;
  }
  copy(at, sentence.size());
  widened_to_sentence_.push_back(static_cast<uint32_t>(sentence.size()));
  return widened_;
}

void MecabTagger::MapBack(std::vector<PathNode>* path) const {
  for (PathNode& node : *path) {
    node.begin = widened_to_sentence_[node.begin];
    node.end = widened_to_sentence_[node.end];
  }
}

PathNode MecabTagger::WordAt(std::string_view sentence, uint32_t begin, uint32_t end) {
  // Of the words MeCab puts in the lattice at `begin` that end by `end`: the
  // longest dictionary word (the cheapest of that length), else the longest
  // unknown word.
  const MeCab::Node* best = nullptr;
  auto better = [](const MeCab::Node* n, const MeCab::Node* than) {
    const bool known = n->stat != MECAB_UNK_NODE, than_known = than->stat != MECAB_UNK_NODE;
    if (known != than_known) return known;
    if (n->length != than->length) return n->length > than->length;
    return n->wcost < than->wcost;
  };
  for (const MeCab::Node* n =
           model_.get()->lookup(sentence.data() + begin, sentence.data() + end, lattice_);
       n != nullptr; n = n->bnext) {
    if (n->length == 0 || n->length > end - begin || n->surface != sentence.data() + begin) continue;
    if (best == nullptr || better(n, best)) best = n;
  }
  if (best == nullptr) return {begin, end, nullptr, true};
  return {begin, begin + best->length, best->feature, best->stat == MECAB_UNK_NODE};
}

void MecabTagger::ReadPath(std::string_view sentence, std::vector<PathNode>* path) const {
  path->clear();
  for (const MeCab::Node* node = lattice_->bos_node()->next; node && node->stat != MECAB_EOS_NODE;
       node = node->next) {
    const auto begin = static_cast<uint32_t>(node->surface - sentence.data());
    path->push_back({begin, begin + node->length, node->feature, node->stat == MECAB_UNK_NODE});
  }
}

bool MecabTagger::ParseOnce(std::string_view sentence,
                            std::span<const SpanConstraint> constraints) {
  ++parses_;
  lattice_->clear();
  lattice_->set_sentence(sentence.data(), sentence.size());
  if (!constraints.empty()) SetConstraints(sentence, constraints);
  return tagger_->parse(lattice_);
}

size_t MecabTagger::StartOfSpaceBefore(std::string_view sentence, size_t pos,
                                       size_t floor) const {
  while (pos > floor) {
    size_t start = pos - 1;
    while (start > floor && (static_cast<unsigned char>(sentence[start]) & 0xC0) == 0x80) --start;
    size_t next = start;
    if (!model_.IsMecabSpace(DecodeUtf8(sentence, &next)) || next != pos) break;
    pos = start;
  }
  return pos;
}

void MecabTagger::SetConstraints(std::string_view sentence,
                                 std::span<const SpanConstraint> constraints) {
  size_t previous_end = 0;
  for (const SpanConstraint& c : constraints) {
    // Not MECAB_PARTIAL, which would parse the sentence as "surface\tfeature"
    // lines: constraints on a plain lattice are honoured as they are.
    // MeCab looks a constraint up at the position where its lookup starts,
    // which is before any white space it skips (every character of the
    // dictionary's SPACE class: tab, LF, VT, U+00D0 as well as the space);
    // a constraint that starts after white space must therefore start at
    // it, or MeCab aborts the process (tokenizer.cpp,
    // CHECK_DIE(new_node->feature)).
    const size_t begin = StartOfSpaceBefore(sentence, c.begin, previous_end);
    lattice_->set_feature_constraint(begin, c.end, c.feature ? c.feature : "*");
    previous_end = c.end;
  }
}

}  // namespace kiji::internal

namespace kiji {
std::string MecabVersion() { return mecab_version(); }
}  // namespace kiji
