// RunTasks: runs independent pieces of work side by side on a few threads,
// for the parts of a command that come after the corpus loop (the report's
// sections). Each task runs exactly once; which thread runs it does not
// matter, so a task must write only to what it alone owns. The result is the
// same for any number of threads.
#ifndef KIJI_BASE_PARALLEL_TASKS_H_
#define KIJI_BASE_PARALLEL_TASKS_H_

#include <functional>
#include <vector>

namespace kiji {

/// Runs every task once on up to `threads` threads (the calling thread is
/// one of them; threads <= 1 runs them in order on the calling thread), and
/// returns when all have finished. Tasks are taken in list order, so put the
/// longest first.
void RunTasks(int threads, const std::vector<std::function<void()>>& tasks);

}  // namespace kiji

#endif  // KIJI_BASE_PARALLEL_TASKS_H_
