#include "kiji/corpus.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

TEST_CASE("OrderedParallelFor emits in input order for any number of jobs") {
  for (int jobs : {1, 2, 3, 8}) {
    INFO("jobs: " << jobs);
    const size_t n = 200;
    std::vector<int> results(n, -1);
    std::vector<size_t> emitted;
    std::atomic<int> max_worker{0};
    kiji::OrderedParallelFor(
        n, jobs,
        [&](size_t i, int w) {
          // Uneven work so that items finish out of order.
          if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          results[i] = static_cast<int>(i * i);
          int m = max_worker.load();
          while (w > m && !max_worker.compare_exchange_weak(m, w)) {
          }
        },
        [&](size_t i) {
          CHECK(results[i] == static_cast<int>(i * i));  // ready when emitted
          emitted.push_back(i);
        });
    REQUIRE(emitted.size() == n);
    for (size_t i = 0; i < n; ++i) CHECK(emitted[i] == i);
    CHECK(max_worker.load() < jobs);
  }
}

TEST_CASE("ResolveJobs: 0 means one per core") {
  CHECK(kiji::ResolveJobs(3) == 3);
  CHECK(kiji::ResolveJobs(0) >= 1);
}

TEST_CASE("ChunkJsonLines splits big JSON Lines inputs at line ends and keeps line numbers") {
  std::string jsonl;
  for (int i = 1; i <= 10; ++i)
    jsonl += "{\"id\":\"" + std::to_string(i) + "\",\"body\":\"本文。\"}\n";
  kiji::DiagnosticList diags;
  std::vector<kiji::InputSource> in;
  in.push_back({"a.jsonl", jsonl, 1});
  in.push_back({"b.txt", std::string("題\n本文。\n"), 1});
  auto out = kiji::ChunkJsonLines(std::move(in), 64, diags);
  REQUIRE(out.size() > 3);
  CHECK(out.back().path == "b.txt");
  std::string joined;
  size_t expected_line = 1;
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    CHECK(out[i].path == "a.jsonl");
    CHECK(out[i].first_line == expected_line);
    REQUIRE(out[i].bytes.has_value());
    CHECK(out[i].bytes->back() == '\n');
    expected_line +=
        static_cast<size_t>(std::count(out[i].bytes->begin(), out[i].bytes->end(), '\n'));
    joined += *out[i].bytes;
    // Articles parsed from a chunk carry their line in the whole file.
    auto articles = kiji::LoadArticles("a.jsonl", *out[i].bytes, {}, diags, out[i].first_line);
    REQUIRE_FALSE(articles.empty());
    CHECK(articles.front().line == out[i].first_line);
    CHECK(articles.front().id == std::to_string(out[i].first_line));
  }
  CHECK(joined == jsonl);
  CHECK(diags.items().empty());
}
