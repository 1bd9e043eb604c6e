// `kiji stats`: per term frequency, document frequency, share and IDF, over
// the corpus or per group (--group-by date|month|year|source|dir), from
// articles or from counts files (--counts).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/frequency.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct StatsOptions {
  CorpusArgs corpus;
  TermArgs terms;
  OutputArgs output;
  std::vector<std::string> counts;
  std::string group_by;
  std::vector<std::string> lexicons;  // for --group-by sector
  uint64_t min_freq = 1;
  bool memory = false;
};

void AppendRows(const TermTable& table, uint64_t tokens, uint64_t articles,
                const std::string* group, const StatsOptions& opt, RowWriter& w, std::string* out) {
  size_t n = 0;
  for (const FrequencyRow& r : FrequencyStats(table, tokens, articles, opt.min_freq)) {
    if (opt.output.top > 0 && n++ >= opt.output.top) break;
    if (group) w.Str(*group);
    w.Str(r.term).Int(r.tf).Int(r.df).Num(r.share).Num(r.idf).End(out);
  }
}

Status RunStats(const StatsOptions& opt, Io& io) {
  KIJI_RETURN_IF_ERROR(CheckOutputArgs(opt.output));
  KIJI_ASSIGN_OR_RETURN(Grouping grouping, MakeGrouping(opt.group_by, opt.lexicons));
  const GroupBy g = grouping.by;
  TermCounts counts(std::map<std::string, std::string>{});
  if (!opt.counts.empty()) {
    KIJI_ASSIGN_OR_RETURN(counts, ReadCountsOption(opt.counts, "--counts"));
    const std::string want = g == GroupBy::kNone ? "none" : opt.group_by;
    auto it = counts.metadata().find("group_by");
    const std::string have = it == counts.metadata().end() ? "none" : it->second;
    if (g != GroupBy::kNone && have != want) {
      return Status::InvalidArgument(
          fmt::format("{}: counts are grouped by {}, not {} (kiji count --group-by {})",
                      opt.counts[0], have, want, want));
    }
  } else {
    CountOptions co;
    KIJI_ASSIGN_OR_RETURN(co.terms, MakeTermOptions(opt.terms));
    co.group_by = g == GroupBy::kNone ? "" : opt.group_by;
    // Terms read only lemmas, readings, surfaces and POS classes of the
    // tokens; sector groups tag sectors, which read more.
    CorpusArgs corpus = opt.corpus;
    if (g != GroupBy::kSector) corpus.token_fields = TokenFields::kTerms;
    KIJI_ASSIGN_OR_RETURN(counts, CountCorpus(corpus, co, grouping, io));
  }
  if (g != GroupBy::kNone) KIJI_RETURN_IF_ERROR(CheckUnnamedGroup(counts, opt.group_by, io));
  std::vector<std::string> columns = {"term", "freq", "df", "share", "idf"};
  if (g != GroupBy::kNone) columns.insert(columns.begin(), "group");
  RowWriter w(RowOptionsOf(opt.output), columns);
  std::string out = w.Header();
  if (g == GroupBy::kNone) {
    AppendRows(counts.terms(), counts.tokens(), counts.articles(), nullptr, opt, w, &out);
  } else {
    for (const auto& [name, gc] : counts.groups()) {
      AppendRows(gc.terms, gc.tokens, gc.articles, &name, opt, w, &out);
    }
  }
  io.Write(out);
  if (opt.memory) io.err() << MemoryReport();
  return Status::Ok();
}

}  // namespace

void AddStatsCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<StatsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "stats", "Term frequency, document frequency, share and IDF, overall or per group");
  AddCorpusOptions(cmd, &opt->corpus);
  std::vector<CLI::Option*> term_opts = AddTermOptions(cmd, &opt->terms);
  AddOutputOptions(cmd, &opt->output, true);
  AddCountsOption(cmd, &opt->counts, term_opts);
  AddGroupingOptions(cmd, &opt->group_by, &opt->lexicons,
                     "One table per group: date (YYYY-MM-DD), month, year, source, dir, or sector "
                     "(an article counts in every sector kiji sectors tags it with)");
  cmd->add_option("--min-freq", opt->min_freq, "Leave out terms seen fewer times (default 1)");
  cmd->add_flag("--stats-memory", opt->memory,
                "Print the process's RssAnon / RssFile / VmHWM to stderr at the end");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunStats(*opt, io)); });
}

}  // namespace kiji::cli
