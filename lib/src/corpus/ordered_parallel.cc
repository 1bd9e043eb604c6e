#include "corpus/ordered_parallel.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace kiji {

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
  size_t handed = 0;       // items handed out so far
  size_t emitted = 0;      // items emitted so far
  bool exhausted = false;  // next() has returned false
  std::deque<bool> done;   // done[i - emitted]
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

}  // namespace kiji
