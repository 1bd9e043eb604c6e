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

#include <cstdio>
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
  size_t first_byte = 0;             // byte of `path` where `bytes` start
};

/// Where a corpus run takes its inputs from, one at a time and in order:
/// fills *next and returns true, or returns false at the end. Problems met
/// on the way (a missing path, a symlink loop) go to `diags`; they are shown
/// before the output of the next input.
using InputFunction = std::function<bool(InputSource* next, Diagnostics& diags)>;

/// The inputs of a list, in order.
InputFunction InputsOf(std::vector<InputSource> inputs);

/// Splits JSON Lines inputs into chunks of about `chunk_bytes` ending at line
/// ends, read as they are needed, so that one big file is analyzed by all
/// workers and never held whole; other inputs pass through. A .jsonl file
/// is read here, a chunk at a time; read errors are reported.
class JsonLinesChunker {
 public:
  JsonLinesChunker(InputFunction next_input, size_t chunk_bytes);
  ~JsonLinesChunker();
  JsonLinesChunker(const JsonLinesChunker&) = delete;
  JsonLinesChunker& operator=(const JsonLinesChunker&) = delete;

  /// The next unit of work, or false at the end.
  bool Next(InputSource* unit, Diagnostics& diags);

 private:
  // Moves the next chunk of the current input into *unit; false when it is
  // used up.
  bool NextChunk(InputSource* unit, Diagnostics& diags);

  InputFunction next_input_;
  size_t chunk_bytes_;
  std::string path_;           // the JSON Lines input being chunked
  std::FILE* file_ = nullptr;  // open while a .jsonl file is read
  std::string pending_;        // bytes read and not yet handed out
  size_t line_ = 1;            // line of path_ where pending_ starts
  size_t byte_ = 0;            // byte of path_ where pending_ starts
  bool produced_ = true;       // a unit of path_ was handed out (none yet: true)
};

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

/// Runs the corpus (see the file comment): inputs are taken as workers need
/// them, JSON Lines inputs in chunks (JsonLinesChunker). REQUIRES: jobs >= 1.
void RunCorpus(const InputFunction& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit);
void RunCorpus(const std::vector<InputSource>& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit);

/// The ordered parallel loop underneath RunCorpus: work(i, worker) runs on a
/// worker thread; emit(i) runs on the calling thread in order 0..n-1, as soon
/// as item i and all before it are done.
void OrderedParallelFor(size_t n, int jobs, const std::function<void(size_t, int)>& work,
                        const std::function<void(size_t)>& emit);

/// The same loop over items produced as they are needed: next(i) is called
/// for i = 0, 1, ... one call at a time (under a lock), and the loop ends
/// when it returns false. At most 4 x jobs items are in flight.
void OrderedParallelStream(int jobs, const std::function<bool(size_t)>& next,
                           const std::function<void(size_t, int)>& work,
                           const std::function<void(size_t)>& emit);

}  // namespace kiji

#endif  // KIJI_CORPUS_H_
