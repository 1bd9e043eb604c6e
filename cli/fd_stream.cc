#include "fd_stream.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>

namespace kiji::cli {

bool FdOutBuf::WriteAll(const char* s, size_t n) {
  if (error_ != 0) return false;
  while (n > 0) {
    ssize_t w = ::write(fd_, s, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    s += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool FdOutBuf::Drain() {
  const size_t n = static_cast<size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return WriteAll(buffer_.data(), n);
}

int FdOutBuf::overflow(int c) {
  if (!Drain()) return traits_type::eof();
  if (c != traits_type::eof()) {
    *pptr() = static_cast<char>(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

std::streamsize FdOutBuf::xsputn(const char* s, std::streamsize n) {
  const size_t size = static_cast<size_t>(n);
  if (size <= static_cast<size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(n));
    return n;
  }
  if (!Drain() || !WriteAll(s, size)) return 0;
  return n;
}

int FdOutBuf::sync() { return Drain() ? 0 : -1; }

std::string WriteErrorReason(std::ostream& out) {
  const auto* buf = dynamic_cast<const FdOutBuf*>(out.rdbuf());
  if (buf == nullptr || buf->error() == 0) return "output stream failed";
  if (buf->error() == EPIPE) return "";
  return std::strerror(buf->error());
}

}  // namespace kiji::cli
