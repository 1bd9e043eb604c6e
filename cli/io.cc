#include "io.h"

#include <ostream>

namespace kiji::cli {

void Io::Write(std::string_view data) {
  if (write_failed()) return;
  out_.write(data.data(), static_cast<std::streamsize>(data.size()));
}

void Io::Report(const Diagnostic& d) {
  EndProgress();
  err_ << "kiji: " << FormatDiagnostic(d) << '\n';
  if (d.severity == Severity::kError) SetExitCode(2);
}

void Io::Error(std::string_view message) {
  EndProgress();
  err_ << "kiji: " << message << '\n';
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
