// Analysis of articles with MeCab: start here.
//
// Model is the shared, immutable part: the MeCab dictionary (mmapped), user
// dictionaries and the domain terms. Open it once per process and share it
// between threads. Analyzer is the per-thread part (a MeCab tagger and lattice
// plus scratch buffers): give each worker thread its own.
//
//   kiji::ModelOptions options;          // ipadic-utf8, dictionaries/terms.tsv
//   KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const kiji::Model> model,
//                         kiji::Model::Open(options));
//   kiji::Analyzer analyzer(model);
//   kiji::Document doc;                  // reused: Analyze() clears and refills it
//   KIJI_RETURN_IF_ERROR(analyzer.Analyze(article, &doc));
//   for (const kiji::Token& t : doc.tokens) Use(t.lemma, t.start, t.end);
//
// Analyze() normalizes each block (normalize.h), splits paragraphs into
// sentences (src/text/sentence.h; titles, headings and bullets stay whole), finds the
// domain terms and Latin/number runs that must stay single tokens, runs MeCab
// on each sentence and maps every token back to the original text.
//
// Dictionaries are chosen explicitly and never through /etc/mecabrc or
// ~/.mecabrc: MeCab is opened with "-r /dev/null -d DIR".
#ifndef KIJI_ANALYZER_H_
#define KIJI_ANALYZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/article.h"
#include "kiji/domain_terms.h"
#include "kiji/normalize.h"
#include "kiji/status.h"
#include "kiji/token.h"
#include "kiji/utf8.h"

namespace kiji {

namespace internal {
class MecabModel;
class MecabTagger;
struct SpanConstraint;
}  // namespace internal

/// Feature layouts kiji can read. NAIST-jdic uses the IPADIC layout.
enum class DictLayout { kIpadic, kUnidic, kJuman };
std::string_view DictLayoutName(DictLayout l);

struct ModelOptions {
  // Dictionary: "ipadic" (default; Debian mecab-ipadic-utf8), "naist"
  // (mecab-naist-jdic), "unidic" (unidic-mecab), "juman" (mecab-jumandic-utf8),
  // or a folder holding a compiled MeCab dictionary (sys.dic, dicrc).
  // A name is kiji's own compiled dictionary when `kiji_dictionaries` holds
  // one (ipadic, juman) and no user dictionary is given: Debian's source
  // with its context ids renumbered for speed (tools/README.md), the same
  // tokens. "system-ipadic", "system-juman", ... are always Debian's.
  std::string dict = "ipadic";
  // The folder of kiji's compiled dictionaries (ipadic/ inside); empty: none.
  std::string kiji_dictionaries;
  // Compiled MeCab user dictionaries (.dic) built for that system dictionary
  // (Debian's: they carry its context ids, so with them "ipadic" is Debian's).
  std::vector<std::string> user_dicts;
  // Domain terms kept as single tokens. Not owned; may be null for none.
  std::shared_ptr<const DomainTerms> terms;
  // Keep runs of ASCII letters and digits (Zhalyn, CGTN, 2025, 3.5) whole,
  // whatever the dictionary's character classes say. Default true.
  bool keep_latin_runs = true;
};

struct DictionaryInfo {
  std::string name;  // as asked for ("ipadic", or the folder)
  std::string dir;   // the folder opened
  DictLayout layout = DictLayout::kIpadic;
  bool kiji_build = false;  // kiji's compiled IPADIC, not the system's
};

/// The version of the MeCab library kiji runs with ("0.996").
std::string MecabVersion();

/// Finds the folder of a named system dictionary ("system-ipadic" is
/// "ipadic"), or checks a folder. The error says which Debian package to
/// install.
Result<std::string> ResolveDictionary(std::string_view name);

/// The folder `options` open: kiji's compiled dictionary of that name where
/// ModelOptions says it may be used, else ResolveDictionary(options.dict).
Result<DictionaryInfo> ResolveDictionary(const ModelOptions& options);

class Model {
 public:
  /// Opens the dictionary and detects its feature layout.
  static Result<std::shared_ptr<const Model>> Open(const ModelOptions& options);
  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  const DictionaryInfo& info() const { return info_; }
  const ModelOptions& options() const { return options_; }

 private:
  friend class Analyzer;
  Model() = default;
  ModelOptions options_;
  DictionaryInfo info_;
  std::unique_ptr<internal::MecabModel> mecab_;
};

/// What an Analyzer has done so far (for tests and benchmarks).
struct AnalyzerStats {
  uint64_t sentences = 0;     // sentences (or pieces of long ones) analyzed
  uint64_t mecab_parses = 0;  // lattices MeCab built (a constrained retry counts twice)
  uint64_t cache_hits = 0;    // sentences whose path came from the parse cache
};

class Analyzer {
 public:
  explicit Analyzer(std::shared_ptr<const Model> model);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  /// Analyzes `article` into *doc (cleared first). The Document views
  /// `article`, which must stay unchanged while the Document is used.
  Status Analyze(const Article& article, Document* doc);

  AnalyzerStats stats() const;

 private:
  std::shared_ptr<const Model> model_;
  std::unique_ptr<internal::MecabTagger> tagger_;
  void SplitBlock(const Article& article, const Block& block, Document* doc);
  Status TagSentence(size_t si, Document* doc);
  void MapTokensToOriginal(size_t si, size_t at, size_t first, Document* doc) const;
  // Scratch, reused between articles: normalized byte -> original byte.
  std::vector<uint32_t> norm_begin_, norm_end_;
  std::vector<size_t> sentence_offset_;
  NormalizedText normalized_block_;
  CodePointIndex cp_index_;
  std::vector<internal::SpanConstraint> constraints_, chunk_constraints_;
};

}  // namespace kiji

#endif  // KIJI_ANALYZER_H_
