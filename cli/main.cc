// kiji: text mining for Japanese news. All behaviour lives in app.cc; here
// stdout is written with write(2) so that a failed write says why, and its
// final close is checked; SIGINT/SIGTERM/SIGHUP remove unfinished outputs.
#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "app.h"
#include "fd_stream.h"
#include "kiji/atomic_file.h"

namespace {

// SIGINT / SIGTERM: remove the temporaries of named outputs being written,
// then die of the same signal (the shell sees "killed by SIGINT").
void RemoveTemporariesAndDie(int sig) {
  kiji::RemoveLiveTemporaries();
  signal(sig, SIG_DFL);
  raise(sig);
}

void InstallCleanupHandlers() {
  struct sigaction sa = {};
  sa.sa_handler = RemoveTemporariesAndDie;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old = {};
    // A signal the parent ignores (nohup, background jobs) stays ignored.
    if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(sig, &sa, nullptr);
  }
}

}  // namespace

int main(int argc, char** argv) {
  InstallCleanupHandlers();
  int rc;
  {
    kiji::cli::FdOutBuf buf(STDOUT_FILENO);
    std::ostream out(&buf);
    rc = kiji::cli::Main(argc, argv, std::cin, out, std::cerr);
  }
  if (close(STDOUT_FILENO) != 0 && errno != EBADF && rc != 2) {
    std::cerr << "kiji: write error: " << std::strerror(errno) << '\n';
    return 2;
  }
  return rc;
}
