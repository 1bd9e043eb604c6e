#include "app.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "fd_stream.h"
#include "io.h"

namespace kiji::cli {
namespace {

// Flushes stdout: a write that failed makes the exit code 2 and, unless the
// pipe was closed (quiet, as SIGPIPE would be), prints the system reason.
int CheckOutput(std::ostream& out, std::ostream& err, int rc) {
  out.flush();
  if (out) return rc;
  if (const std::string reason = WriteErrorReason(out); !reason.empty()) {
    err << "kiji: write error: " << reason << '\n';
  }
  return 2;
}

}  // namespace

int Main(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err) {
  // Progress only on a terminal, and never in CI.
  const char* ci = std::getenv("CI");
  const bool interactive =
      &err == &std::cerr && isatty(STDERR_FILENO) && !(ci && *ci && std::string(ci) != "false");
  Io io(in, out, err, interactive);

  CLI::App app{"kiji: text mining for Japanese news", "kiji"};
  app.set_version_flag("-V,--version", "kiji " KIJI_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 ok, 1 nothing found (filter-like commands), 2 error.\n"
      "Run 'kiji COMMAND --help' for a command's options.");
  AddTokenizeCommand(app, io);
  AddSectorsCommand(app, io);
  AddLexiconCommand(app, io);
  AddSpeakersCommand(app, io);
  AddStatsCommand(app, io);
  AddKeywordsCommand(app, io);
  AddCompoundsCommand(app, io);
  AddKeynessCommand(app, io);
  AddCollocationsCommand(app, io);
  AddKwicCommand(app, io);
  AddCountCommand(app, io);
  AddMergeCommand(app, io);
  AddReportCommand(app, io);
  AddCheckCommand(app, io);

  int rc = 0;
  try {
    app.parse(argc, argv);
    rc = io.exit_code();
  } catch (const CLI::CallForHelp& e) {
    rc = app.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    rc = app.exit(e, out, err);
  } catch (const CLI::CallForVersion& e) {
    rc = app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    // CLI11's own exit codes are >= 100; a usage error is a 2, as in grep.
    err << "kiji: " << e.what() << "\nRun 'kiji --help' for usage.\n";
    return 2;
  }
  return CheckOutput(out, err, rc);
}

}  // namespace kiji::cli
