#include "kiji/corpus.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "cache/corpus_cache.h"
#include "cache/document_codec.h"
#include "corpus/article_parts.h"
#include "corpus/json_lines_chunker.h"
#include "corpus/ordered_parallel.h"

namespace kiji {

int ResolveJobs(int jobs) {
  if (jobs > 0) return jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

InputFunction InputsOf(std::vector<InputSource> inputs) {
  auto list = std::make_shared<std::vector<InputSource>>(std::move(inputs));
  return [list, i = size_t{0}](InputSource* next, Diagnostics&) mutable {
    if (i >= list->size()) return false;
    *next = std::move((*list)[i++]);
    return true;
  };
}

namespace {

// One unit of input (a file, or a chunk of JSON Lines records) on its way
// from the reader to a worker.
// JSON Lines files are cut into units of about 256 KiB of whole records, so
// that one large file keeps every worker busy.
constexpr size_t kJsonLinesChunkBytes = 256 * 1024;

struct Unit {
  CorpusUnit work;                      // neither: only problems met on the way
  std::vector<Diagnostic> diagnostics;  // met while finding it
};

// What a worker does with each article: an ArticleFunction, or a result
// kept in the cache (exactly one of them is set).
struct ArticleWork {
  const ArticleFunction* fn = nullptr;
  const CachedArticleResult* result = nullptr;
};

// Analyzes article a with the analyzer into doc (or takes it from the
// cache, when there is one) and hands it to the work; a cached result of
// the article is used without any analysis.
void AnalyzeArticle(const Article& a, int w, Analyzer& analyzer, Document& doc,
                    internal::CorpusCache* cache, const ArticleWork& work, UnitOutput& unit,
                    DiagnosticList& diags) {
  ContentKey key;
  if (cache != nullptr) {
    key = internal::ArticleKey(a);
    if (work.result != nullptr && cache->ReadResult(w, key, [&](std::string_view value) {
          return work.result->use(value, a, w, &unit.text);
        })) {
      ++unit.articles;
      return;
    }
  }
  if (cache == nullptr || !cache->Lookup(w, a, key, &doc)) {
    doc.strings.reset();
    Status st = analyzer.Analyze(a, &doc);
    if (!st.ok()) {
      diags.Report({a.path, a.line, st.message(), Severity::kError});
      return;
    }
    if (cache != nullptr) cache->Add(key, doc);
  }
  if (work.result != nullptr) {
    std::string value;
    work.result->make(doc, w, cache != nullptr ? &value : nullptr, &unit.text);
    if (cache != nullptr) cache->AddResult(key, std::move(value));
  } else {
    (*work.fn)(doc, w, &unit.text);
  }
  ++unit.articles;
}

// Reads unit u and analyzes each of its articles with worker w's Analyzer,
// handing each Document to fn.
UnitOutput AnalyzeUnit(Unit u, size_t index, int w, Analyzer& analyzer, Document& doc,
                       internal::CorpusCache* cache, const SourceOptions& source_options,
                       const ArticleWork& fn) {
  UnitOutput unit;
  unit.index = index;
  DiagnosticList diags;
  for (const Diagnostic& d : u.diagnostics) diags.Report(d);
  if (u.work.article) AnalyzeArticle(*u.work.article, w, analyzer, doc, cache, fn, unit, diags);
  if (u.work.input) {
    InputSource& in = *u.work.input;  // owned by this worker now
    std::string bytes;
    bool ok = true;
    if (in.bytes) {
      bytes = std::move(*in.bytes);
    } else {
      ok = ReadFileBytes(in.path, &bytes, diags, source_options.max_file_bytes,
                         BinaryContent::kRefuse);
    }
    if (ok) {
      std::vector<Article> articles = LoadArticles(in.path, std::move(bytes), source_options,
                                                   diags, in.first_line, in.first_byte);
      for (const Article& a : articles) {
        AnalyzeArticle(a, w, analyzer, doc, cache, fn, unit, diags);
      }
    }
  }
  unit.diagnostics = diags.items();
  return unit;
}

}  // namespace

void RunCorpus(const std::vector<InputSource>& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit) {
  RunCorpus(InputsOf(inputs), std::move(model), source_options, jobs, fn, emit);
}

namespace {

void RunWork(const InputFunction& inputs, std::shared_ptr<const Model> model,
             const SourceOptions& source_options, int jobs, const ArticleWork& fn,
             const EmitFunction& emit) {
  JsonLinesChunker units(inputs, kJsonLinesChunkBytes, source_options.max_line_bytes,
                         source_options.max_file_bytes);
  ArticleSplitter parts(&units, source_options);
  std::vector<std::unique_ptr<Analyzer>> analyzers;
  std::vector<Document> docs(static_cast<size_t>(jobs));
  for (int w = 0; w < jobs; ++w) analyzers.push_back(std::make_unique<Analyzer>(model));
  // Warnings of the cache (it is never fatal) go with the first input's
  // diagnostics, or the last one's for a failed store.
  std::string cache_warning;
  std::unique_ptr<internal::CorpusCache> cache =
      internal::CorpusCache::Open(*model, source_options, jobs, &cache_warning);
  if (cache && fn.result != nullptr) cache->SetResult(fn.result->kind, fn.result->config);
  auto cache_diagnostic = [&](UnitOutput& unit) {
    if (cache_warning.empty()) return;
    unit.diagnostics.insert(unit.diagnostics.begin(),
                            Diagnostic{"", 0, cache_warning, Severity::kWarning});
    cache_warning.clear();
  };
  // Units wait here between next and work, results between work and emit;
  // the window of OrderedParallelStream bounds their number.
  std::mutex mu;
  std::unordered_map<size_t, Unit> queued;
  std::unordered_map<size_t, UnitOutput> pending;

  auto next = [&](size_t i) {
    DiagnosticList diags;
    CorpusUnit work;
    const bool more = parts.Next(&work, diags);
    if (!more && diags.items().empty()) return false;
    Unit u;
    if (more) u.work = std::move(work);
    u.diagnostics = diags.items();
    std::lock_guard<std::mutex> lock(mu);
    queued.emplace(i, std::move(u));
    return true;
  };
  auto work = [&](size_t i, int w) {
    Unit u;
    {
      std::lock_guard<std::mutex> lock(mu);
      auto it = queued.find(i);
      u = std::move(it->second);
      queued.erase(it);
    }
    UnitOutput unit = AnalyzeUnit(std::move(u), i, w, *analyzers[static_cast<size_t>(w)],
                                  docs[static_cast<size_t>(w)], cache.get(), source_options, fn);
    std::lock_guard<std::mutex> lock(mu);
    pending.emplace(i, std::move(unit));
  };
  auto emit_one = [&](size_t i) {
    UnitOutput unit;
    {
      std::lock_guard<std::mutex> lock(mu);
      auto it = pending.find(i);
      unit = std::move(it->second);
      pending.erase(it);
    }
    if (cache) cache->Flush(false, &cache_warning);
    cache_diagnostic(unit);
    emit(unit);
  };
  OrderedParallelStream(jobs, next, work, emit_one);
  if (cache) cache->Flush(true, &cache_warning);
}

}  // namespace

void RunCorpus(const InputFunction& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit) {
  RunWork(inputs, std::move(model), source_options, jobs, ArticleWork{.fn = &fn}, emit);
}

void RunCorpus(const InputFunction& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const CachedArticleResult& result,
               const EmitFunction& emit) {
  RunWork(inputs, std::move(model), source_options, jobs, ArticleWork{.result = &result}, emit);
}

}  // namespace kiji
