#include "kiji/analyzer.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "analysis/dictionary_files.h"
#include "analysis/mecab_tagger.h"
#include "analysis/text_units.h"
#include "kiji/enum_names.h"
#include "kiji/normalize.h"
#include "kiji/utf8.h"
#include "text/sentence.h"

namespace kiji {
namespace {

// Sentences longer than this go to MeCab in pieces: the lattice grows with the
// input, and a line without punctuation can be megabytes long.
constexpr size_t kMaxChunkBytes = 16 * 1024;

struct KnownDictionary {
  std::string_view name;
  std::string_view folder;   // under /var/lib/mecab/dic (Debian)
  std::string_view package;  // what to install
};

constexpr KnownDictionary kKnown[] = {
    {"ipadic", "ipadic-utf8", "mecab-ipadic-utf8"},
    {"naist", "naist-jdic", "mecab-naist-jdic"},
    {"unidic", "unidic", "unidic-mecab"},
    {"juman", "juman-utf8", "mecab-jumandic-utf8"},
};

// "system-ipadic": Debian's build even where kiji's compiled one exists.
constexpr std::string_view kSystemPrefix = "system-";

bool IsDictionaryDir(const std::string& dir) {
  struct stat st;
  return stat((dir + "/sys.dic").c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Adds the constraints of `extra` (in text order) that overlap none of *cs.
void AddWhereFree(const std::vector<internal::SpanConstraint>& extra,
                  std::vector<internal::SpanConstraint>* cs) {
  std::vector<internal::SpanConstraint> merged;
  size_t k = 0;
  for (const auto& r : extra) {
    while (k < cs->size() && (*cs)[k].end <= r.begin) merged.push_back((*cs)[k++]);
    const bool overlaps = k < cs->size() && (*cs)[k].begin < r.end;
    if (!overlaps) merged.push_back(r);
  }
  while (k < cs->size()) merged.push_back((*cs)[k++]);
  *cs = std::move(merged);
}

// Dates, times, URLs and e-mail addresses, one token each (text_units.h).
void AddTextUnits(std::string_view s, const internal::MecabModel& mecab,
                  std::vector<internal::SpanConstraint>* cs) {
  for (const internal::UnitSpan& u : internal::FindTextUnits(s)) {
    internal::SpanConstraint& c = cs->emplace_back();
    c.begin = u.begin;
    c.end = u.end;
    c.feature = mecab.UnitFeature();
    c.domain_term = false;
    c.unit = u.unit;
  }
}

// Runs of ASCII letters and digits, with '.' or ',' between digits (3.5,
// 1,000), outside the spans already taken by domain terms.
void AddLatinRuns(std::string_view s, std::vector<internal::SpanConstraint>* cs) {
  std::vector<internal::SpanConstraint> runs;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsAsciiAlnum(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    bool letters = false;
    while (j < s.size()) {
      if (IsAsciiAlnum(s[j])) {
        letters = letters || !IsDigit(s[j]);
        ++j;
      } else if ((s[j] == '.' || s[j] == ',') && j > i && IsDigit(s[j - 1]) && j + 1 < s.size() &&
                 IsDigit(s[j + 1])) {
        ++j;
      } else {
        break;
      }
    }
    if (j - i > 1) {
      runs.push_back({i, j, nullptr, false, letters});
    }
    i = j;
  }
  AddWhereFree(runs, cs);
}

bool IsAsciiPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// Runs of one repeated ASCII punctuation character ("!", "...", "??") are
// symbols of their own. NFKC makes ！ ？ … into ASCII ! ? ..., which the
// dictionaries do not know: MeCab's unknown-word grouping then reads "!」"
// or "...」" as one noun and the closing bracket is lost.
void AddPunctuationRuns(std::string_view s, const internal::MecabModel& mecab,
                        std::vector<internal::SpanConstraint>* cs) {
  std::vector<internal::SpanConstraint> runs;
  for (size_t i = 0; i < s.size();) {
    if (!IsAsciiPunctuation(s[i])) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < s.size() && s[j] == s[i]) ++j;
    internal::SpanConstraint& run = runs.emplace_back();
    run = {i, j, mecab.SymbolFeature(s[i]), false};
    run.punctuation = true;
    i = j;
  }
  AddWhereFree(runs, cs);
}

// Where to cut a long sentence: the last "、", "," or space before `limit`
// that is not inside a constraint, else the last code point boundary.
size_t ChunkEnd(std::string_view s, size_t from, size_t limit,
                const std::vector<internal::SpanConstraint>& cs) {
  if (s.size() - from <= limit) return s.size();
  auto inside = [&](size_t pos) {
    return std::any_of(cs.begin(), cs.end(),
                       [&](const auto& c) { return c.begin < pos && pos < c.end; });
  };
  size_t end = from + limit;
  while (end > from && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  for (size_t p = end; p > from + limit / 2; --p) {
    if ((s.substr(p - 3, 3) == "、" || s[p - 1] == ',' || s[p - 1] == ' ') && !inside(p)) {
      return p;
    }
  }
  while (end > from + 1 && inside(end)) --end;
  while (end > from && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return end > from ? end : from + limit;
}

}  // namespace

namespace {
constexpr auto kDictLayoutNames = MakeEnumNames<DictLayout>({{DictLayout::kIpadic, "ipadic"},
                                                             {DictLayout::kUnidic, "unidic"},
                                                             {DictLayout::kJuman, "juman"}});
}  // namespace

std::string_view DictLayoutName(DictLayout v) { return kDictLayoutNames.Name(v); }

Result<std::string> ResolveDictionary(std::string_view name) {
  if (name.starts_with(kSystemPrefix)) name.remove_prefix(kSystemPrefix.size());
  for (const KnownDictionary& k : kKnown) {
    if (name != k.name) continue;
    const std::string candidates[] = {
        fmt::format("/var/lib/mecab/dic/{}", k.folder),
        fmt::format("/usr/lib/x86_64-linux-gnu/mecab/dic/{}", k.folder),
        fmt::format("/usr/local/lib/mecab/dic/{}", k.folder),
    };
    for (const std::string& dir : candidates) {
      if (IsDictionaryDir(dir)) return dir;
    }
    return Status::NotFound(
        fmt::format("MeCab dictionary '{}' not found (looked in {}); install the Debian package {} "
                    "(apt-get install {})",
                    name, candidates[0], k.package, k.package));
  }
  std::string dir(name);
  if (IsDictionaryDir(dir)) return dir;
  return Status::NotFound(fmt::format(
      "{}: not a MeCab dictionary (no sys.dic); use --dict ipadic|naist|unidic|juman (system-NAME: "
      "always Debian's build) or a folder with a compiled dictionary",
      name));
}

Result<DictionaryInfo> ResolveDictionary(const ModelOptions& options) {
  DictionaryInfo info{options.dict, "", DictLayout::kIpadic, false};
  const std::string own = options.kiji_dictionaries + "/" + options.dict;
  const bool known = std::any_of(std::begin(kKnown), std::end(kKnown),
                                 [&](const KnownDictionary& k) { return k.name == options.dict; });
  if (known && !options.kiji_dictionaries.empty() && options.user_dicts.empty() &&
      IsDictionaryDir(own)) {
    info.dir = own;
    info.kiji_build = true;
    return info;
  }
  KIJI_ASSIGN_OR_RETURN(info.dir, ResolveDictionary(options.dict));
  return info;
}

Result<std::shared_ptr<const Model>> Model::Open(const ModelOptions& options) {
  KIJI_ASSIGN_OR_RETURN(DictionaryInfo info, ResolveDictionary(options));
  const std::string& dir = info.dir;
  for (const std::string& u : options.user_dicts) {
    struct stat st;
    if (stat(u.c_str(), &st) != 0) {
      return Status::NotFound(fmt::format("{}: user dictionary not found", u));
    }
  }
  // libmecab crashes on damaged files: check what can be checked first.
  KIJI_RETURN_IF_ERROR(internal::CheckDictionaryFiles(dir, options.user_dicts));
  KIJI_ASSIGN_OR_RETURN(std::unique_ptr<internal::MecabModel> mecab,
                        internal::MecabModel::Open(dir, options.user_dicts));
  if (options.terms != nullptr) mecab->PrepareTerms(*options.terms);
  std::shared_ptr<Model> model(new Model());
  model->options_ = options;
  info.layout = mecab->layout();
  model->info_ = std::move(info);
  model->mecab_ = std::move(mecab);
  return std::shared_ptr<const Model>(std::move(model));
}

Model::~Model() = default;

Analyzer::Analyzer(std::shared_ptr<const Model> model)
    : model_(std::move(model)), tagger_(new internal::MecabTagger(*model_->mecab_)) {}

Analyzer::~Analyzer() = default;

AnalyzerStats Analyzer::stats() const {
  return {tagger_->calls(), tagger_->parses(), tagger_->cache_hits()};
}

Status Analyzer::Analyze(const Article& article, Document* doc) {
  doc->article = &article;
  doc->normalized.clear();
  doc->sentences.clear();
  doc->tokens.clear();
  norm_begin_.clear();
  norm_end_.clear();
  sentence_offset_.clear();
  // Pass 1 lays out every sentence before pass 2 makes tokens, which view
  // doc->normalized: it must not grow once tokens exist.
  for (const Block& block : article.blocks) SplitBlock(article, block, doc);
  cp_index_.Reset(article.text);
  for (size_t si = 0; si < doc->sentences.size(); ++si) {
    KIJI_RETURN_IF_ERROR(TagSentence(si, doc));
  }
  return Status::Ok();
}

// Pass 1: normalizes one block and splits it into sentences. Sentences are
// laid out in doc->normalized separated by '\n'; norm_begin_/norm_end_ map
// each of its bytes to the original article text.
void Analyzer::SplitBlock(const Article& article, const Block& block, Document* doc) {
  NormalizedText& n = normalized_block_;
  Normalize(article.BlockText(block), &n);
  std::vector<TextSpan> spans;
  if (block.kind == BlockKind::kParagraph || block.kind == BlockKind::kReference) {
    spans = SplitSentences(n.text);
  } else if (!n.text.empty()) {
    spans.push_back({0, n.text.size()});
  }
  const auto base = static_cast<uint32_t>(block.begin);
  for (const TextSpan& sp : spans) {
    Sentence s;
    s.kind = block.kind;
    s.byte_begin = static_cast<uint32_t>(block.begin + n.OriginalBegin(sp.begin));
    s.byte_end = static_cast<uint32_t>(block.begin + n.OriginalEnd(sp.end));
    s.line = static_cast<uint32_t>(block.line);
    sentence_offset_.push_back(doc->normalized.size());
    doc->normalized.append(n.text, sp.begin, sp.end - sp.begin);
    doc->normalized.push_back('\n');
    // The map of the sentence's bytes, then of its '\n' (the sentence end).
    const size_t at = norm_begin_.size(), len = sp.end - sp.begin;
    norm_begin_.resize(at + len + 1);
    norm_end_.resize(at + len + 1);
    for (size_t k = 0; k < len; ++k) {
      norm_begin_[at + k] = base + n.begin_of[sp.begin + k];
      norm_end_[at + k] = base + n.end_of[sp.begin + k];
    }
    norm_begin_[at + len] = norm_end_[at + len] = s.byte_end;
    doc->sentences.push_back(s);
  }
}

// Pass 2: MeCab on sentence si, one chunk of a long sentence at a time, with
// the domain terms (and Latin runs) as constraints.
Status Analyzer::TagSentence(size_t si, Document* doc) {
  const internal::MecabModel& mecab = *model_->mecab_;
  const DomainTerms* terms = model_->options().terms.get();
  Sentence& s = doc->sentences[si];
  const size_t off = sentence_offset_[si];
  const size_t next =
      si + 1 < sentence_offset_.size() ? sentence_offset_[si + 1] : doc->normalized.size();
  std::string_view text = std::string_view(doc->normalized).substr(off, next - off - 1);
  std::vector<internal::SpanConstraint>& constraints = constraints_;
  constraints.clear();
  // In order of precedence: a span that overlaps one kept before is dropped.
  AddTextUnits(text, mecab, &constraints);
  if (terms != nullptr) {
    std::vector<internal::SpanConstraint> found;
    for (const DomainTerms::Match& m : terms->FindAll(text)) {
      found.push_back({m.begin, m.end, mecab.TermFeature(m.cls), true, false, false,
                       mecab.TermFeatureOf(m.index)});
    }
    AddWhereFree(found, &constraints);
  }
  if (model_->options().keep_latin_runs) AddLatinRuns(text, &constraints);
  AddPunctuationRuns(text, mecab, &constraints);
  s.token_begin = static_cast<uint32_t>(doc->tokens.size());
  for (size_t from = 0; from < text.size();) {
    const size_t to = ChunkEnd(text, from, kMaxChunkBytes, constraints);
    chunk_constraints_.clear();
    for (const auto& c : constraints) {
      if (c.begin >= from && c.end <= to) {
        internal::SpanConstraint& in_chunk = chunk_constraints_.emplace_back(c);
        in_chunk.begin -= from;
        in_chunk.end -= from;
      }
    }
    const size_t first = doc->tokens.size();
    KIJI_RETURN_IF_ERROR(
        tagger_->Parse(text.substr(from, to - from), chunk_constraints_, &doc->tokens));
    MapTokensToOriginal(si, off + from, first, doc);
    from = to;
  }
  s.token_end = static_cast<uint32_t>(doc->tokens.size());
  s.start = cp_index_.ToCodePoint(s.byte_begin);
  s.end = cp_index_.ToCodePoint(s.byte_end);
  return Status::Ok();
}

// Tokens from `first` on were parsed from doc->normalized at byte `at`: give
// them their sentence and their spans in the original text.
void Analyzer::MapTokensToOriginal(size_t si, size_t at, size_t first, Document* doc) const {
  for (size_t ti = first; ti < doc->tokens.size(); ++ti) {
    Token& t = doc->tokens[ti];
    const size_t nb = at + t.byte_begin, ne = at + t.byte_end;
    t.sentence = static_cast<uint32_t>(si);
    t.byte_begin = norm_begin_[nb];
    t.byte_end = std::max(norm_end_[ne], t.byte_begin);
    t.start = cp_index_.ToCodePoint(t.byte_begin);
    t.end = cp_index_.ToCodePoint(t.byte_end);
  }
}

}  // namespace kiji
