// kiji: text mining for Japanese news. All behaviour lives in app.cc; here
// stdout is written with write(2) so that a failed write says why, and its
// final close is checked.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "app.h"
#include "fd_stream.h"

int main(int argc, char** argv) {
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
