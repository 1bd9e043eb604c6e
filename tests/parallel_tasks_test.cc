// Tests of RunTasks (src/base/parallel_tasks.h).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

#include "base/parallel_tasks.h"

namespace {

// Tasks that each count their runs in their own slot.
std::vector<std::function<void()>> CountingTasks(std::vector<int>& runs) {
  std::vector<std::function<void()>> tasks;
  for (size_t i = 0; i < runs.size(); ++i) tasks.push_back([&runs, i] { ++runs[i]; });
  return tasks;
}

}  // namespace

TEST_CASE("RunTasks runs every task exactly once for any number of threads") {
  for (int threads : {0, 1, 2, 3, 16}) {
    CAPTURE(threads);
    std::vector<int> runs(7, 0);
    kiji::RunTasks(threads, CountingTasks(runs));
    CHECK(runs == std::vector<int>(7, 1));
  }
}

TEST_CASE("RunTasks with one thread runs the tasks in order on the calling thread") {
  std::vector<int> order;
  const std::thread::id caller = std::this_thread::get_id();
  bool all_on_caller = true;
  std::vector<std::function<void()>> tasks;
  for (int i = 0; i < 4; ++i) {
    tasks.push_back([&, i] {
      order.push_back(i);
      all_on_caller = all_on_caller && std::this_thread::get_id() == caller;
    });
  }
  kiji::RunTasks(1, tasks);
  CHECK(order == std::vector<int>{0, 1, 2, 3});
  CHECK(all_on_caller);
}

TEST_CASE("RunTasks uses more than one thread when asked and there is work for them") {
  // Two tasks that each wait until the other has started: they finish only
  // when they run at the same time.
  std::atomic<int> started{0};
  std::atomic<bool> met{true};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  std::vector<std::thread::id> seen(2);
  std::vector<std::function<void()>> tasks;
  for (int i = 0; i < 2; ++i) {
    tasks.push_back([&, i] {
      seen[i] = std::this_thread::get_id();
      ++started;
      while (started.load() < 2) {
        if (std::chrono::steady_clock::now() > deadline) {
          met = false;
          break;
        }
        std::this_thread::yield();
      }
    });
  }
  kiji::RunTasks(2, tasks);
  CHECK(met.load());
  CHECK(seen[0] != seen[1]);
}

TEST_CASE("RunTasks with no tasks returns at once") {
  CHECK_NOTHROW(kiji::RunTasks(4, {}));
}
