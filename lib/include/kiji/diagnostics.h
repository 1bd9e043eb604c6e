// Diagnostics: where readers report a bad record and keep going.
//
// A bad input (invalid UTF-8, a binary file, an empty article, a malformed
// lexicon line) is not a failed call: the reader reports a Diagnostic to the
// sink and carries on with the rest. The CLI's sink prints
// "kiji: PATH:LINE: message" and remembers that the run must exit 2.
// DiagnosticList is a plain collecting sink; it is not thread-safe, so each
// worker collects its own and the caller replays them in input order.
#ifndef KIJI_DIAGNOSTICS_H_
#define KIJI_DIAGNOSTICS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace kiji {

enum class Severity { kError, kWarning };

struct Diagnostic {
  std::string path;  // file name as the user gave it ("-" for stdin); empty
                     // when the message already starts with its location
  size_t line = 0;   // 1-based; 0 when the message is about the whole file
  std::string message;
  Severity severity = Severity::kError;
};

/// Formats "PATH:LINE: message" ("PATH: message" when line is 0, the bare
/// message when path is empty).
std::string FormatDiagnostic(const Diagnostic& d);

class Diagnostics {
 public:
  virtual ~Diagnostics() = default;
  virtual void Report(Diagnostic d) = 0;
};

class DiagnosticList : public Diagnostics {
 public:
  void Report(Diagnostic d) override { items_.push_back(std::move(d)); }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool has_errors() const;
  void Clear() { items_.clear(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace kiji

#endif  // KIJI_DIAGNOSTICS_H_
