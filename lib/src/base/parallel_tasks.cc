#include "base/parallel_tasks.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace kiji {

void RunTasks(int threads, const std::vector<std::function<void()>>& tasks) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < tasks.size(); i = next++) tasks[i]();
  };
  const size_t helpers = std::min<size_t>(std::max(threads, 1), tasks.size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

}  // namespace kiji
