// The kiji command line: Main() builds the CLI11 app, registers one command per
// cmd_*.cc file and maps the result to an exit code (0 ok, 1 findings for
// kwic, check and lexicon test, 2 errors). It takes its streams as parameters, so tests
// run the whole CLI in-process.
#ifndef KIJI_CLI_APP_H_
#define KIJI_CLI_APP_H_

#include <iosfwd>

namespace CLI {
class App;
}

namespace kiji::cli {

class Io;

int Main(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err);

// One per subcommand file.
void AddTokenizeCommand(CLI::App& app, Io& io);
void AddSectorsCommand(CLI::App& app, Io& io);
void AddLexiconCommand(CLI::App& app, Io& io);
void AddSpeakersCommand(CLI::App& app, Io& io);
void AddStatsCommand(CLI::App& app, Io& io);
void AddKeywordsCommand(CLI::App& app, Io& io);
void AddCompoundsCommand(CLI::App& app, Io& io);
void AddKeynessCommand(CLI::App& app, Io& io);
void AddCollocationsCommand(CLI::App& app, Io& io);
void AddKwicCommand(CLI::App& app, Io& io);
void AddCountCommand(CLI::App& app, Io& io);
void AddMergeCommand(CLI::App& app, Io& io);
void AddReportCommand(CLI::App& app, Io& io);
void AddCheckCommand(CLI::App& app, Io& io);
void AddCacheCommand(CLI::App& app, Io& io);

}  // namespace kiji::cli

#endif  // KIJI_CLI_APP_H_
