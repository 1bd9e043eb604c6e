#include "io.h"

#include <fmt/format.h>

#include <ostream>
#include <string>

namespace kiji::cli {
namespace {

// One message, one line: control characters (a newline in a file name)
// are written as \n, \t, \r or \xNN.
std::string OneLine(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  for (char c : message) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (u < 0x20 || u == 0x7F) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void Io::Write(std::string_view data) {
  if (write_failed()) return;
  out_.write(data.data(), static_cast<std::streamsize>(data.size()));
}

void Io::Report(const Diagnostic& d) {
  EndProgress();
  err_ << "kiji: " << OneLine(FormatDiagnostic(d)) << '\n';
  if (d.severity == Severity::kError) SetExitCode(2);
}

void Io::Error(std::string_view message) {
  EndProgress();
  err_ << "kiji: " << OneLine(message) << '\n';
  SetExitCode(2);
}

void Io::Finish(const Status& status) {
  if (!status.ok()) Error(status.message());
}

void Io::Progress(std::string_view line) {
  if (!interactive_) return;
  err_ << '\r' << line << "\x1b[K" << std::flush;
  progress_shown_ = true;
}

void Io::EndProgress() {
  if (!progress_shown_) return;
  err_ << "\r\x1b[K" << std::flush;
  progress_shown_ = false;
}

}  // namespace kiji::cli
