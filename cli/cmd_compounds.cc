// `kiji compounds` (alias `terms`, its former name): compound-noun terms
// (runs of nouns such as 再生可能エネルギー) ranked by the FLR score of
// Nakagawa's TermExtract (flr.h, docs/statistics.md), from articles or
// counts files.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/flr.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct CompoundsOptions {
  CorpusArgs corpus;
  OutputArgs output;
  std::vector<std::string> counts;
  uint32_t min_length = 1;
  uint64_t min_freq = 1;
};

Status RunCompounds(const CompoundsOptions& opt, Io& io) {
  KIJI_RETURN_IF_ERROR(CheckOutputArgs(opt.output));
  TermCounts counts(std::map<std::string, std::string>{});
  if (!opt.counts.empty()) {
    KIJI_ASSIGN_OR_RETURN(counts, ReadCountsOption(opt.counts, "--counts"));
    if (!counts.has_compounds()) {
      return Status::InvalidArgument(fmt::format(
          "{}: made with --no-compounds; kiji compounds needs compound counts", opt.counts[0]));
    }
  } else {
    CountOptions co;
    co.terms.pos = PosSet();  // only compounds are needed
    co.compounds = true;
    KIJI_ASSIGN_OR_RETURN(counts, CountCorpus(opt.corpus, co, Grouping{}, io));
  }
  RowWriter w(RowOptionsOf(opt.output), {"term", "parts", "length", "freq", "df", "lr", "flr"});
  std::string out = w.Header();
  size_t n = 0;
  for (const FlrRow& r : ScoreFlr(counts.compounds(), opt.min_length)) {
    if (r.freq < opt.min_freq) continue;
    if (opt.output.top > 0 && n++ >= opt.output.top) break;
    w.Str(r.term).Str(r.parts).Int(r.length).Int(r.freq).Int(r.df).Num(r.lr).Num(r.flr).End(&out);
  }
  io.Write(out);
  return Status::Ok();
}

}  // namespace

void AddCompoundsCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<CompoundsOptions>();
  CLI::App* cmd =
      app.add_subcommand("compounds", "Compound-noun terms ranked by FLR (Nakagawa's TermExtract)");
  cmd->alias("terms");  // the command's name before 0.2, kept for old scripts
  AddCorpusOptions(cmd, &opt->corpus);
  AddOutputOptions(cmd, &opt->output, true);
  AddCountsOption(cmd, &opt->counts);
  cmd->add_option("--min-length", opt->min_length,
                  "Leave out terms of fewer nouns (default 1: single nouns too)");
  cmd->add_option("--min-freq", opt->min_freq, "Leave out terms seen fewer times (default 1)");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunCompounds(*opt, io)); });
}

}  // namespace kiji::cli
