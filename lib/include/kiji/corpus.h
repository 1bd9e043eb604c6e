// Running an analysis over a whole corpus, in parallel, in input order.
//
// RunCorpus() is the loop every subcommand shares: each input (a file, or
// bytes read from stdin) is read, decoded, parsed into Articles and analyzed
// on one of `jobs` worker threads (each with its own Analyzer); the caller's
// per-article function appends its output for that article to a buffer; the
// buffers and the diagnostics of each input are handed to `emit` on the
// calling thread in input order. Output is therefore byte-identical for any
// number of jobs. Inputs are walked as they are needed and at most 4 x jobs
// are in flight, so memory stays bounded whatever the corpus size or the
// number of files.
//
//   kiji::RunCorpus(inputs, model, options,
//       [&](const kiji::Document& doc, int worker, std::string* out) {
//         kiji::AppendTokens(doc, kiji::TokenFormat::kTsv, out);
//       },
//       [&](kiji::UnitOutput& u) { Write(u.text); Print(u.diagnostics); });
#ifndef KIJI_CORPUS_H_
#define KIJI_CORPUS_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/diagnostics.h"
#include "kiji/source.h"
#include "kiji/token.h"

namespace kiji {

struct InputSource {
  std::string path;                  // as shown in messages and article ids
  std::optional<std::string> bytes;  // already read (stdin); else read `path`
  size_t first_line = 1;             // line of `path` where `bytes` start
  size_t first_byte = 0;             // byte of `path` where `bytes` start
};

/// Where a corpus run takes its inputs from, one at a time and in order:
/// fills *next and returns true, or returns false at the end. Problems met
/// on the way (a missing path, a symlink loop) go to `diags`; they are shown
/// before the output of the next input.
using InputFunction = std::function<bool(InputSource* next, Diagnostics& diags)>;

/// The inputs of a list, in order.
InputFunction InputsOf(std::vector<InputSource> inputs);

struct UnitOutput {
  size_t index = 0;                     // position of the input
  std::string text;                     // what the article function wrote
  std::vector<Diagnostic> diagnostics;  // in the order they happened
  size_t articles = 0;                  // articles analyzed from this input
};

/// Called for each analyzed article on a worker thread; `worker` is in
/// [0, jobs) and lets callers keep per-thread state without locks.
using ArticleFunction = std::function<void(const Document& doc, int worker, std::string* out)>;
/// Called on the calling thread, in input order.
using EmitFunction = std::function<void(UnitOutput& unit)>;

/// A result of each article that the analysis cache keeps beside its
/// analysis (SourceOptions::analysis_cache_dir): a run over an article seen
/// before under the same configuration takes the result from there and
/// neither decodes the analysis nor recomputes the result (`kiji report`
/// keeps its per-article summaries so). Without a cache only `make` runs.
struct CachedArticleResult {
  // The cache's kind for these values ("report-summary"), as `kiji cache
  // stats` lists them.
  std::string kind;
  // What the result depends on besides the analysis: its encoding's
  // version, options, the fingerprints of data files. Values stored under
  // another config (or another analysis configuration) are never seen.
  std::string config;
  // On worker `worker`: the result of an analyzed article, its output
  // appended to *out as an ArticleFunction's, and when `value` is not null
  // the bytes to keep in the cache.
  std::function<void(const Document& doc, int worker, std::string* value, std::string* out)> make;
  // On worker `worker`: the output of `article` from bytes `make` stored
  // for an article with the same text and blocks. False, with nothing
  // appended, when they do not decode: the article is then analyzed and
  // `make` runs (the value is replaced).
  std::function<bool(std::string_view value, const Article& article, int worker,
                     std::string* out)>
      use;
};

/// Number of worker threads for a --jobs value: 0 means one per core.
int ResolveJobs(int jobs);

/// Runs the corpus (see the file comment): inputs are taken as workers need
/// them, JSON Lines inputs in chunks of about 256 KiB. REQUIRES: jobs >= 1.
void RunCorpus(const InputFunction& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit);
/// The same, with a per-article result kept in the analysis cache instead
/// of an ArticleFunction.
void RunCorpus(const InputFunction& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const CachedArticleResult& result,
               const EmitFunction& emit);
void RunCorpus(const std::vector<InputSource>& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit);

}  // namespace kiji

#endif  // KIJI_CORPUS_H_
