// The ordered parallel loop underneath RunCorpus (corpus.h): items are worked
// on by `jobs` threads and emitted on the calling thread in input order, so
// output is the same for any number of jobs.
#ifndef KIJI_SRC_CORPUS_ORDERED_PARALLEL_H_
#define KIJI_SRC_CORPUS_ORDERED_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace kiji {

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

#endif  // KIJI_SRC_CORPUS_ORDERED_PARALLEL_H_
