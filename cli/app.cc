#include "app.h"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string_view>
#include <vector>

#include "common.h"
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

// CLI11's help with the command's own options ("Options") after the shared
// groups, and without "Excludes: ..." after every option: commands that
// refuse options next to --counts say so once, in the groups' titles
// (ExcludeCorpusOptions).
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_help(const CLI::App* app, std::string name,
                        CLI::AppFormatMode mode) const override {
    if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
    return make_description(app) + make_usage(app, name) + make_positionals(app) +
           OptionGroups(app) + make_subcommands(app, mode) + "\n" + make_footer(app);
  }

  std::string make_option_opts(const CLI::Option* opt) const override {
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    std::string out;
    if (opt->get_type_size() == 0) return out;
    if (!opt->get_type_name().empty()) out += " " + get_label(opt->get_type_name());
    if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
    if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
    if (opt->get_required()) out += " " + get_label("REQUIRED");
    return out;
  }

 private:
  std::string OptionGroups(const CLI::App* app) const {
    std::vector<std::string> groups = app->get_groups();
    std::stable_partition(groups.begin(), groups.end(),
                          [](const std::string& g) { return g != "Options"; });
    std::string out;
    for (const std::string& group : groups) {
      std::vector<const CLI::Option*> opts = app->get_options(
          [&](const CLI::Option* o) { return o->get_group() == group && o->nonpositional(); });
      if (!group.empty() && !opts.empty()) out += make_group(group, false, opts);
    }
    return out;
  }
};

// "kiji 0.1.0", the MeCab library's version and the default dictionary.
// The folder is the one a run opens: kiji's compiled build where there is
// one, else the system's.
std::string VersionText() {
  const ModelOptions options = DictionaryOptions(CorpusArgs{});
  Result<DictionaryInfo> info = ResolveDictionary(options);
  const std::string where = !info.ok()        ? "not found: " + info.status().message()
                            : info->kiji_build ? "kiji's build, " + info->dir
                                               : info->dir;
  return fmt::format("kiji {}\nMeCab {}\ndictionary {} ({})", KIJI_VERSION, MecabVersion(),
                     options.dict, where);
}

std::vector<CLI::App*> AllSubcommands(CLI::App& app) {
  return app.get_subcommands([](CLI::App*) { return true; });
}

// Number options say what they want: CLI11 would read "-5" as a huge --top
// and print "Value abc not in range" for -j abc.
std::string NumberProblem(std::string_view type, const std::string& v) {
  const size_t sign = !v.empty() && (v[0] == '-' || v[0] == '+') ? 1 : 0;
  const bool digits = v.size() > sign && std::all_of(v.begin() + sign, v.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
  if (type.starts_with("UINT")) {
    return digits && v[0] != '-' ? "" : fmt::format("expected a whole number >= 0, got '{}'", v);
  }
  if (type.starts_with("INT")) {
    return digits ? "" : fmt::format("expected a whole number, got '{}'", v);
  }
  char* end = nullptr;
  const double d = std::strtod(v.c_str(), &end);
  const bool number = !v.empty() && end == v.c_str() + v.size() && std::isfinite(d);
  return number ? "" : fmt::format("expected a number, got '{}'", v);
}

void AddNumberChecks(CLI::App& app) {
  for (CLI::App* cmd : AllSubcommands(app)) {
    for (CLI::Option* o : cmd->get_options()) {
      const std::string type = o->get_type_name();
      if (!type.starts_with("UINT") && !type.starts_with("INT") && !type.starts_with("FLOAT")) {
        continue;
      }
      o->check(CLI::Validator([type](std::string& v) { return NumberProblem(type, v); }, ""));
    }
    AddNumberChecks(*cmd);
  }
}

// Edit distance (insertions, deletions, substitutions) between two names.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t next = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = row[j];
      row[j] = next;
    }
  }
  return row[b.size()];
}

// "kiji stats": the commands a parse got to, for "Run 'kiji stats --help'".
std::string CommandPath(const CLI::App& app) {
  std::string path = "kiji";
  for (const CLI::App* cur = &app; !cur->get_subcommands().empty();) {
    cur = cur->get_subcommands().front();
    path += " " + cur->get_name();
  }
  return path;
}

// "unknown command 'tokenise'; did you mean 'tokenize'?" when a word where a
// command is required names none; "" otherwise (CLI11 then parses).
std::string UnknownCommandMessage(CLI::App& app, int argc, char** argv) {
  CLI::App* cur = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word.starts_with("-") || cur->get_require_subcommand_min() == 0) return "";
    std::string best;
    size_t best_distance = 3;  // suggest names at most 2 edits away
    for (CLI::App* sub : AllSubcommands(*cur)) {
      if (sub->check_name(std::string(word))) {
        cur = sub;
        best = "=";
        break;
      }
      if (size_t d = EditDistance(word, sub->get_name()); d < best_distance) {
        best = sub->get_name();
        best_distance = d;
      }
    }
    if (best == "=") continue;
    const std::string path = cur == &app ? "kiji" : "kiji " + cur->get_name();
    const std::string hint = fmt::format("\nRun '{} --help' for the commands.", path);
    return best.empty()
               ? fmt::format("unknown command '{}'{}", word, hint)
               : fmt::format("unknown command '{}'; did you mean '{}'?{}", word, best, hint);
  }
  return "";
}

// Every command's options in help groups: inputs and analysis (common.cc),
// terms and counts (stats_common.cc), and here those that shape the output.
void GroupOutputOptions(CLI::App& app) {
  for (CLI::App* cmd : AllSubcommands(app)) {
    for (CLI::Option* o : cmd->get_options()) {
      for (const char* name : {"--format", "--no-header", "--top", "--output"}) {
        if (o->check_lname(name + 2) && o->get_group() == "Options") o->group("Output");
      }
    }
    GroupOutputOptions(*cmd);
  }
}

}  // namespace

int Main(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err) {
  // Progress only on a terminal, and never in CI.
  const char* ci = std::getenv("CI");
  const bool interactive =
      &err == &std::cerr && isatty(STDERR_FILENO) && !(ci && *ci && std::string(ci) != "false");
  Io io(in, out, err, interactive);

  CLI::App app{"kiji: text mining for Japanese news", "kiji"};
  app.formatter(std::make_shared<HelpFormatter>());
  app.set_version_flag("-V,--version", VersionText,
                       "Print kiji's version, MeCab's and the default dictionary, and exit");
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 ok; 1 findings, only where a command says so (kwic: nothing matched, "
      "check: a finding at error level, lexicon test: an example failed); 2 error.\n"
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
  AddCacheCommand(app, io);
  GroupOutputOptions(app);
  AddNumberChecks(app);

  if (std::string unknown = UnknownCommandMessage(app, argc, argv); !unknown.empty()) {
    err << "kiji: " << unknown << '\n';
    return 2;
  }
  int rc = 0;
  try {
    app.parse(argc, argv);
    rc = io.exit_code();
  } catch (const CLI::CallForHelp& e) {
    rc = app.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    rc = app.exit(e, out, err);
  } catch (const CLI::CallForVersion& e) {
    out << e.what() << '\n';
  } catch (const CLI::ParseError& e) {
    // CLI11's own exit codes are >= 100; a usage error is a 2, as in grep.
    err << "kiji: " << e.what() << "\nRun '" << CommandPath(app) << " --help' for usage.\n";
    return 2;
  }
  return CheckOutput(out, err, rc);
}

}  // namespace kiji::cli
