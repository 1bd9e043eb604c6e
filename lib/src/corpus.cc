#include "kiji/corpus.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace kiji {

int ResolveJobs(int jobs) {
  if (jobs > 0) return jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

void OrderedParallelFor(size_t n, int jobs, const std::function<void(size_t, int)>& work,
                        const std::function<void(size_t)>& emit) {
  OrderedParallelStream(
      jobs, [n](size_t i) { return i < n; }, work, emit);
}

void OrderedParallelStream(int jobs, const std::function<bool(size_t)>& next,
                           const std::function<void(size_t, int)>& work,
                           const std::function<void(size_t)>& emit) {
  if (jobs <= 1) {
    for (size_t i = 0; next(i); ++i) {
      work(i, 0);
      emit(i);
    }
    return;
  }
  const size_t window = static_cast<size_t>(jobs) * 4;
  std::mutex mu;
  std::condition_variable cv;
  size_t handed = 0;      // items handed out so far
  size_t emitted = 0;     // items emitted so far
  bool exhausted = false;  // next() has returned false
  std::deque<bool> done;  // done[i - emitted]
  std::vector<std::thread> threads;
  for (int w = 0; w < jobs; ++w) {
    threads.emplace_back([&, w] {
      for (;;) {
        size_t i;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return exhausted || handed < emitted + window; });
          if (exhausted) return;
          if (!next(handed)) {
            exhausted = true;
            cv.notify_all();
            return;
          }
          i = handed++;
          done.push_back(false);
        }
        work(i, w);
        {
          std::lock_guard<std::mutex> lock(mu);
          done[i - emitted] = true;
        }
        cv.notify_all();
      }
    });
  }
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return (!done.empty() && done.front()) || (exhausted && done.empty()); });
      if (done.empty()) break;
    }
    emit(emitted);  // outside the lock: writing output may block
    {
      std::lock_guard<std::mutex> lock(mu);
      done.pop_front();
      ++emitted;
    }
    cv.notify_all();
  }
  for (std::thread& t : threads) t.join();
}

InputFunction InputsOf(std::vector<InputSource> inputs) {
  auto list = std::make_shared<std::vector<InputSource>>(std::move(inputs));
  return [list, i = size_t{0}](InputSource* next, Diagnostics&) mutable {
    if (i >= list->size()) return false;
    *next = std::move((*list)[i++]);
    return true;
  };
}

JsonLinesChunker::JsonLinesChunker(InputFunction next_input, size_t chunk_bytes)
    : next_input_(std::move(next_input)), chunk_bytes_(chunk_bytes) {}

JsonLinesChunker::~JsonLinesChunker() {
  if (file_ != nullptr) std::fclose(file_);
}

bool JsonLinesChunker::Next(InputSource* unit, Diagnostics& diags) {
  for (;;) {
    if (NextChunk(unit, diags)) return true;
    InputSource in;
    if (!next_input_(&in, diags)) return false;
    if (in.bytes ? !IsJsonLines(in.path, *in.bytes) : !in.path.ends_with(".jsonl")) {
      *unit = std::move(in);
      return true;
    }
    path_ = in.path;
    line_ = in.first_line;
    byte_ = in.first_byte;
    produced_ = false;
    if (in.bytes) {
      pending_ = std::move(*in.bytes);
    } else {
      pending_.clear();
      file_ = std::fopen(path_.c_str(), "rb");
      if (file_ == nullptr) {
        diags.Report({path_, 0, std::strerror(errno), Severity::kError});
        produced_ = true;  // reported: nothing more to say about it
        continue;
      }
    }
  }
}

bool JsonLinesChunker::NextChunk(InputSource* unit, Diagnostics& diags) {
  // Read until pending_ holds a chunk's worth and a line end after it.
  size_t cut = std::string::npos;
  for (;;) {
    if (pending_.size() > chunk_bytes_) {
      cut = pending_.find('\n', chunk_bytes_ - 1);
      if (cut != std::string::npos) {
        ++cut;
        break;
      }
    }
    if (file_ == nullptr) break;
    char buf[64 * 1024];
    const size_t n = std::fread(buf, 1, sizeof(buf), file_);
    pending_.append(buf, n);
    if (n < sizeof(buf)) {
      if (std::ferror(file_) != 0) {
        diags.Report({path_, 0, std::strerror(errno), Severity::kError});
      }
      std::fclose(file_);
      file_ = nullptr;
    }
  }
  if (cut == std::string::npos) cut = pending_.size();  // the last chunk
  // An empty input is still one unit, so that reading it reports it.
  if (cut == 0 && produced_) return false;
  produced_ = true;
  InputSource chunk{path_, pending_.substr(0, cut), line_, byte_};
  line_ += static_cast<size_t>(std::count(chunk.bytes->begin(), chunk.bytes->end(), '\n'));
  byte_ += cut;
  pending_.erase(0, cut);
  *unit = std::move(chunk);
  return true;
}

void RunCorpus(const std::vector<InputSource>& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit) {
  RunCorpus(InputsOf(inputs), std::move(model), source_options, jobs, fn, emit);
}

void RunCorpus(const InputFunction& inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit) {
  JsonLinesChunker units(inputs, 256 * 1024);
  std::vector<std::unique_ptr<Analyzer>> analyzers;
  std::vector<Document> docs(static_cast<size_t>(jobs));
  for (int w = 0; w < jobs; ++w) analyzers.push_back(std::make_unique<Analyzer>(model));
  // Units wait here between next and work, results between work and emit;
  // the window of OrderedParallelStream bounds their number.
  struct Unit {
    std::optional<InputSource> input;     // none: only problems met on the way
    std::vector<Diagnostic> diagnostics;  // met while finding it
  };
  std::mutex mu;
  std::unordered_map<size_t, Unit> queued;
  std::unordered_map<size_t, UnitOutput> pending;

  auto next = [&](size_t i) {
    DiagnosticList diags;
    InputSource in;
    const bool more = units.Next(&in, diags);
    if (!more && diags.items().empty()) return false;
    Unit u;
    if (more) u.input = std::move(in);
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
    UnitOutput unit;
    unit.index = i;
    DiagnosticList diags;
    for (const Diagnostic& d : u.diagnostics) diags.Report(d);
    if (u.input) {
      InputSource& in = *u.input;  // owned by this worker now
      std::string bytes;
      bool ok = true;
      if (in.bytes) {
        bytes = std::move(*in.bytes);
      } else {
        ok = ReadFileBytes(in.path, &bytes, diags);
      }
      if (ok) {
        std::vector<Article> articles =
            LoadArticles(in.path, std::move(bytes), source_options, diags, in.first_line,
                         in.first_byte);
        for (const Article& a : articles) {
          Document& doc = docs[static_cast<size_t>(w)];
          Status st = analyzers[static_cast<size_t>(w)]->Analyze(a, &doc);
          if (!st.ok()) {
            diags.Report({a.path, a.line, st.message(), Severity::kError});
            continue;
          }
          fn(doc, w, &unit.text);
          ++unit.articles;
        }
      }
    }
    unit.diagnostics = diags.items();
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
    emit(unit);
  };
  OrderedParallelStream(jobs, next, work, emit_one);
}

}  // namespace kiji
