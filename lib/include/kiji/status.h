// Status and Result<T>: how libkiji reports failure without throwing.
//
// Every operation that can fail on input or I/O returns a Status (a code and
// a message that names the data location, "path:line: what"), or a Result<T>
// holding either a value or a non-OK Status. Both are plain values and
// thread-compatible.
//
//   kiji::Result<int> ParsePort(std::string_view s);
//   KIJI_ASSIGN_OR_RETURN(int port, ParsePort(text));
//   KIJI_RETURN_IF_ERROR(DoSomething());
#ifndef KIJI_STATUS_H_
#define KIJI_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace kiji {

enum class StatusCode { kOk = 0, kInvalidArgument, kNotFound, kIOError, kDataError };

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(StatusCode::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(StatusCode::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(StatusCode::kIOError, std::move(msg)); }
  static Status DataError(std::string msg) {
    return Status(StatusCode::kDataError, std::move(msg));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  /// The message, already carrying its data location ("path:line: what").
  const std::string& message() const { return message_; }

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

/// Either a T or a non-OK Status. REQUIRES: a Status given to it is not OK.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  /// OK when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }
  /// REQUIRES: ok().
  T& value() & {
    assert(ok());
    return std::get<T>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace kiji

#define KIJI_CONCAT_INNER_(a, b) a##b
#define KIJI_CONCAT_(a, b) KIJI_CONCAT_INNER_(a, b)

#define KIJI_RETURN_IF_ERROR(expr)               \
  do {                                           \
    ::kiji::Status kiji_status_ = (expr);        \
    if (!kiji_status_.ok()) return kiji_status_; \
  } while (0)

#define KIJI_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) return tmp.status();               \
  lhs = std::move(tmp).value()

#define KIJI_ASSIGN_OR_RETURN(lhs, expr) \
  KIJI_ASSIGN_OR_RETURN_IMPL_(KIJI_CONCAT_(kiji_result_, __LINE__), lhs, expr)

#endif  // KIJI_STATUS_H_
