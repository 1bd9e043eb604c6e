// `kiji merge`: the reduce step. Counts files in, their sum out, byte for
// byte what one `kiji count` over all their articles writes. Counts made with
// different options or dictionaries are refused.
#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "kiji/counts_io.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string output = "-";
};

Status RunMerge(const MergeOptions& opt, Io& io) {
  KIJI_ASSIGN_OR_RETURN(std::optional<AtomicFile> output, OpenOutput(opt.output));
  KIJI_ASSIGN_OR_RETURN(TermCounts total, ReadCounts(opt.inputs));
  return WriteOutput(&output, WriteCounts(total), io);
}

}  // namespace

void AddMergeCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Add up counts files made by kiji count");
  cmd->add_option("counts", opt->inputs, "Counts files (kiji count -o)")->required();
  cmd->add_option("-o,--output", opt->output, "Counts file to write (default -: stdout)");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunMerge(*opt, io)); });
}

}  // namespace kiji::cli
