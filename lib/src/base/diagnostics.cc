#include "kiji/diagnostics.h"

#include <fmt/format.h>

#include <algorithm>

namespace kiji {

std::string FormatDiagnostic(const Diagnostic& d) {
  if (d.path.empty()) return d.message;  // the message carries its location
  if (d.line == 0) return fmt::format("{}: {}", d.path, d.message);
  return fmt::format("{}:{}: {}", d.path, d.line, d.message);
}

bool DiagnosticList::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace kiji
