#include "kiji/corpus.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
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
