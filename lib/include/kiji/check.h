// Corpus checks for CI: `kiji check`.
//
// RunCheck() reads every file of a corpus, runs the rules of check_rules.h on
// it (encoding and normalization on the bytes, structure on the parsed
// Article, content on MeCab's analysis), then looks for exact and near
// duplicates across the whole corpus, and returns the findings of the files
// asked for, sorted by path, line, column and rule. With a cache folder the
// per-file results (findings and near-duplicate signatures) are kept in an
// AnalysisCache keyed by the file's content hash and the configuration
// identity, so an unchanged file is never read by the rules again.
// Findings point at the file as written: line and column in three units
// (code points, UTF-8 bytes, UTF-16 code units) so that each output format
// can use the one its consumer expects (check_writer.h).
// RunCheck() is thread-safe; it uses `jobs` threads of its own.
//
//   kiji::CheckOptions options;            // built-in configuration, no cache
//   options.open_model = [] { return kiji::Model::Open({}); };
//   KIJI_ASSIGN_OR_RETURN(kiji::CheckReport report,
//                         kiji::RunCheck({.corpus = {"corpus/a.txt"}}, options));
//   for (const kiji::Finding& f : report.findings) Print(f.path, f.begin.line, f.message);
#ifndef KIJI_CHECK_H_
#define KIJI_CHECK_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/check_config.h"
#include "kiji/check_rules.h"
#include "kiji/diagnostics.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "kiji/source.h"
#include "kiji/status.h"

namespace kiji {

/// A place in a file. line 0 means the whole file (columns 0 too). Columns
/// are 1-based; an end position is exclusive.
struct TextPosition {
  uint32_t line = 0;
  uint32_t column = 0;        // in Unicode code points
  uint32_t byte_column = 0;   // in UTF-8 bytes
  uint32_t utf16_column = 0;  // in UTF-16 code units
};

struct Finding {
  std::string path;  // as given on the command line or found in a folder
  RuleIndex rule = RuleIndex::kInvalidUtf8;
  CheckLevel level = CheckLevel::kError;
  std::string message;  // what is wrong, with the offending text where short
  TextPosition begin, end;
};

struct CheckInputs {
  // Every file of the corpus: rules run on the reported ones, duplicates are
  // looked for across all.
  std::vector<std::string> corpus;
  // The files whose findings are reported (--since, --files0-from); those not
  // in `corpus` are added to it. nullopt: all of `corpus`.
  std::optional<std::vector<std::string>> report;
};

struct CheckOptions {
  CheckConfig config;
  SourceOptions source;  // encoding, line limit
  // Opens the MeCab model the first time a content rule needs it; may be
  // empty when every content rule is off.
  std::function<Result<std::shared_ptr<const Model>>()> open_model;
  std::shared_ptr<const SectorLexicon> sectors;  // for content/no-sector
  std::shared_ptr<const QuoteLexicon> quotes;    // for content/quote-without-speaker
  // Identity of the data the analysis depends on (dictionary and lexicon
  // fingerprints); part of the cache key.
  std::string analysis_identity;
  std::string cache_dir;  // empty: no cache
  int jobs = 1;           // worker threads, >= 1
};

struct CheckReport {
  std::vector<Finding> findings;      // sorted by path, line, column, rule
  size_t files = 0;                   // files in the corpus
  std::vector<std::string> reported;  // the files whose findings are reported, in order
  size_t cache_hits = 0;              // files whose results came from the cache
  // Problems that are not findings: unreadable files (errors), a cache that
  // was rebuilt or could not be used (warnings).
  std::vector<Diagnostic> problems;

  size_t Count(CheckLevel level) const;
};

/// Runs the check (see the file comment). Fails only when the configuration
/// is unusable (a scraping pattern that does not compile) or the model
/// cannot be opened.
Result<CheckReport> RunCheck(const CheckInputs& inputs, const CheckOptions& options);

/// The files under `paths` that differ between git revision `rev` and the
/// working tree, plus untracked ones, as paths relative to the current
/// folder. Runs git; errors carry git's message.
Result<std::vector<std::string>> ChangedFilesSince(const std::string& rev,
                                                   const std::vector<std::string>& paths);

/// The configuration identity used in cache keys: the effective
/// configuration (without ignore globs), source options and
/// analysis_identity, hashed.
std::string CheckConfigIdentity(const CheckOptions& options);

}  // namespace kiji

#endif  // KIJI_CHECK_H_
