// Running an analysis over a whole corpus, in parallel, in input order.
//
// RunCorpus() is the loop every subcommand shares: each input (a file, or
// bytes read from stdin) is read, decoded, parsed into Articles and analyzed
// on one of `jobs` worker threads (each with its own Analyzer); the caller's
// per-article function appends its output for that article to a buffer; the
// buffers and the diagnostics of each input are handed to `emit` on the
// calling thread in input order. Output is therefore byte-identical for any
// number of jobs. At most 4 x jobs inputs are in flight, so memory stays
// bounded whatever the corpus size.
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
};

/// Splits JSON Lines inputs into chunks of about `chunk_bytes` (at line ends)
/// so that one big file is analyzed by all workers; other inputs pass
/// through. JSON Lines files are read here, whole. Read errors are reported.
std::vector<InputSource> ChunkJsonLines(std::vector<InputSource> inputs, size_t chunk_bytes,
                                        Diagnostics& diags);

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

/// Number of worker threads for a --jobs value: 0 means one per core.
int ResolveJobs(int jobs);

/// Runs the corpus (see the file comment); JSON Lines inputs are chunked
/// first (ChunkJsonLines). REQUIRES: jobs >= 1.
void RunCorpus(const std::vector<InputSource>& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit);

/// The ordered parallel loop underneath RunCorpus: work(i, worker) runs on a
/// worker thread; emit(i) runs on the calling thread in order 0..n-1, as soon
/// as item i and all before it are done.
void OrderedParallelFor(size_t n, int jobs, const std::function<void(size_t, int)>& work,
                        const std::function<void(size_t)>& emit);

}  // namespace kiji

#endif  // KIJI_CORPUS_H_
