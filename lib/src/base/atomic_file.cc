#include "kiji/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace kiji {
namespace {

Status SystemError(const std::string& path, std::string_view what, int err) {
  return Status::IOError(fmt::format("{}: {}: {}", path, what, std::strerror(err)));
}

// "dir/.name.kiji-XXXXXX" for "dir/name"; the dot hides it from folder walks.
std::string TemporaryTemplate(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return dir + "." + name + ".kiji-XXXXXX";
}

mode_t CurrentUmask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

}  // namespace

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  if (path.empty() || path.back() == '/') {
    return Status::InvalidArgument(fmt::format("{}: not a file name", path));
  }
  std::string temp = TemporaryTemplate(path);
  std::vector<char> buffer(temp.begin(), temp.end());
  buffer.push_back('\0');
  int fd = ::mkstemp(buffer.data());
  if (fd < 0) return SystemError(path, "cannot create", errno);
  ::fchmod(fd, 0666 & ~CurrentUmask());  // mkstemp makes 0600; a new file gets the usual mode
  return AtomicFile(path, std::string(buffer.data()), fd);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)), fd_(other.fd_) {
  other.fd_ = -1;
  other.temp_.clear();
}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept {
  if (this != &other) {
    Discard();
    path_ = std::move(other.path_);
    temp_ = std::move(other.temp_);
    fd_ = other.fd_;
    other.fd_ = -1;
    other.temp_.clear();
  }
  return *this;
}

AtomicFile::~AtomicFile() { Discard(); }

Status AtomicFile::Write(std::string_view data) {
  if (fd_ < 0) return Status::IOError(fmt::format("{}: write after close", path_));
  while (!data.empty()) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return SystemError(path_, "write error", errno);
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (fd_ < 0) return Status::IOError(fmt::format("{}: commit after close", path_));
  int fd = std::exchange(fd_, -1);
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    return SystemError(path_, "write error", err);
  }
  if (::close(fd) != 0) return SystemError(path_, "write error", errno);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) return SystemError(path_, "cannot rename", errno);
  temp_.clear();
  return Status::Ok();
}

void AtomicFile::Discard() {
  if (fd_ >= 0) ::close(std::exchange(fd_, -1));
  if (!temp_.empty()) ::unlink(std::exchange(temp_, std::string()).c_str());
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  KIJI_ASSIGN_OR_RETURN(AtomicFile file, AtomicFile::Create(path));
  KIJI_RETURN_IF_ERROR(file.Write(contents));
  return file.Commit();
}

}  // namespace kiji
