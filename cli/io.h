// Io: the streams a command uses, and how it reports problems.
//
// Messages go to stderr as "kiji: PATH:LINE: message"; data goes to stdout.
// Io remembers the exit code: any error makes it 2.
#ifndef KIJI_CLI_IO_H_
#define KIJI_CLI_IO_H_

#include <ostream>
#include <string>
#include <string_view>

#include "kiji/diagnostics.h"
#include "kiji/status.h"

namespace kiji::cli {

class Io {
 public:
  Io(std::istream& in, std::ostream& out, std::ostream& err, bool interactive)
      : in_(in), out_(out), err_(err), interactive_(interactive) {}

  std::istream& in() { return in_; }
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  /// True when stderr is a terminal and not in CI: progress may be shown.
  bool interactive() const { return interactive_; }

  /// Writes data to stdout; nothing once a write has failed.
  void Write(std::string_view data);
  /// True once a write to stdout failed (full disk, closed pipe): commands
  /// stop reading inputs, and Main() reports it and exits 2.
  bool write_failed() const { return out_.fail(); }
  /// Prints "kiji: <diagnostic>" and, for errors, sets the exit code to 2.
  void Report(const Diagnostic& d);
  /// Prints "kiji: message" and sets the exit code to 2.
  void Error(std::string_view message);
  /// Records the outcome of a command: a non-OK status is printed.
  void Finish(const Status& status);
  /// Raise the exit code (never lowers it).
  void SetExitCode(int code) {
    if (code > exit_code_) exit_code_ = code;
  }
  int exit_code() const { return exit_code_; }

  void Progress(std::string_view line);
  void EndProgress();

 private:
  std::istream& in_;
  std::ostream& out_;
  std::ostream& err_;
  bool interactive_;
  bool progress_shown_ = false;
  int exit_code_ = 0;
};

}  // namespace kiji::cli

#endif  // KIJI_CLI_IO_H_
