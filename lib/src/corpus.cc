#include "kiji/corpus.h"

#include <fmt/format.h>

#include <algorithm>
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
  if (jobs <= 1) {
    for (size_t i = 0; i < n; ++i) {
      work(i, 0);
      emit(i);
    }
    return;
  }
  const size_t window = static_cast<size_t>(jobs) * 4;
  std::mutex mu;
  std::condition_variable cv;
  size_t next = 0;        // next item to hand out
  size_t emitted = 0;     // items emitted so far
  std::deque<bool> done;  // done[i - emitted]
  std::vector<std::thread> threads;
  for (int w = 0; w < jobs; ++w) {
    threads.emplace_back([&, w] {
      for (;;) {
        size_t i;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return next >= n || next < emitted + window; });
          if (next >= n) return;
          i = next++;
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
  while (emitted < n) {
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return !done.empty() && done.front(); });
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

std::vector<InputSource> ChunkJsonLines(std::vector<InputSource> inputs, size_t chunk_bytes,
                                        Diagnostics& diags) {
  std::vector<InputSource> out;
  for (InputSource& in : inputs) {
    if (!in.path.ends_with(".jsonl") && !(in.bytes && IsJsonLines(in.path, *in.bytes))) {
      out.push_back(std::move(in));
      continue;
    }
    std::string bytes;
    if (in.bytes) {
      bytes = std::move(*in.bytes);
    } else if (!ReadFileBytes(in.path, &bytes, diags)) {
      continue;
    }
    if (bytes.size() <= chunk_bytes) {
      out.push_back({in.path, std::move(bytes), in.first_line});
      continue;
    }
    size_t pos = 0, line = in.first_line;
    while (pos < bytes.size()) {
      size_t end = std::min(bytes.size(), pos + chunk_bytes);
      size_t nl = bytes.find('\n', end == 0 ? 0 : end - 1);
      end = nl == std::string::npos ? bytes.size() : nl + 1;
      std::string chunk = bytes.substr(pos, end - pos);
      const size_t lines = static_cast<size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
      out.push_back({in.path, std::move(chunk), line});
      line += lines;
      pos = end;
    }
  }
  return out;
}

void RunCorpus(const std::vector<InputSource>& raw_inputs, std::shared_ptr<const Model> model,
               const SourceOptions& source_options, int jobs, const ArticleFunction& fn,
               const EmitFunction& emit) {
  DiagnosticList read_errors;
  const std::vector<InputSource> inputs = ChunkJsonLines(raw_inputs, 256 * 1024, read_errors);
  if (!read_errors.items().empty()) {
    UnitOutput unit;
    unit.diagnostics = read_errors.items();
    emit(unit);
  }
  std::vector<std::unique_ptr<Analyzer>> analyzers;
  std::vector<Document> docs(static_cast<size_t>(jobs));
  for (int w = 0; w < jobs; ++w) analyzers.push_back(std::make_unique<Analyzer>(model));
  // Results wait here between work and emit; the window bounds their number.
  std::mutex mu;
  std::unordered_map<size_t, UnitOutput> pending;

  auto work = [&](size_t i, int w) {
    UnitOutput unit;
    unit.index = i;
    DiagnosticList diags;
    const InputSource& in = inputs[i];
    std::string bytes;
    bool ok = true;
    if (in.bytes) {
      bytes = *in.bytes;
    } else {
      ok = ReadFileBytes(in.path, &bytes, diags);
    }
    if (ok) {
      std::vector<Article> articles =
          LoadArticles(in.path, std::move(bytes), source_options, diags, in.first_line);
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
  OrderedParallelFor(inputs.size(), jobs, work, emit_one);
}

}  // namespace kiji
