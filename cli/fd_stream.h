// FdOutBuf: a std::streambuf that writes to a file descriptor with write(2)
// and remembers the errno of the first failed write, so that `kiji` can say
// why its output could not be written ("No space left on device").
//
// Not thread-safe; one per stream. Used by main.cc for stdout.
#ifndef KIJI_CLI_FD_STREAM_H_
#define KIJI_CLI_FD_STREAM_H_

#include <array>
#include <streambuf>
#include <string>

namespace kiji::cli {

class FdOutBuf : public std::streambuf {
 public:
  explicit FdOutBuf(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  ~FdOutBuf() override { sync(); }
  FdOutBuf(const FdOutBuf&) = delete;
  FdOutBuf& operator=(const FdOutBuf&) = delete;

  /// The errno of the first failed write, or 0.
  int error() const { return error_; }

 protected:
  int overflow(int c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool WriteAll(const char* s, size_t n);
  bool Drain();

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_;
};

/// The system reason a stream failed, when its buffer is an FdOutBuf that
/// recorded one; else "output stream failed". EPIPE is reported as "" (a
/// closed pipe is not an error worth a message).
std::string WriteErrorReason(std::ostream& out);

}  // namespace kiji::cli

#endif  // KIJI_CLI_FD_STREAM_H_
