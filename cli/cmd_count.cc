// `kiji count`: the map step. Articles in, a counts file out (term,
// document, group, co-occurrence and compound counts, with the options and
// dictionary used); `kiji merge` is the reduce step, and every statistic reads
// counts with --counts.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/corpus_counts.h"
#include "kiji/counts_io.h"
#include "kiji/report_builder.h"
#include "report_data.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct CountCmdOptions {
  CorpusArgs corpus;
  TermArgs terms;
  int window = 5;
  bool sentence = false;
  bool triples = false;
  bool no_compounds = false;
  std::string group_by;
  std::vector<std::string> lexicons;  // for --group-by sector
  std::string output = "-";
  bool report = false;  // also the article records of kiji report --counts
};

// Counts plus the article records of every article, in input order.
Result<TermCounts> CountWithRecords(const CountCmdOptions& opt, const CountOptions& co,
                                    const Grouping& grouping, Io& io) {
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(opt.corpus));
  KIJI_ASSIGN_OR_RETURN(ReportData data,
                        LoadReportData(opt.lexicons, opt.corpus, model.get(), co.terms));
  Metadata identity = data.identity;
  KIJI_RETURN_IF_ERROR(AddGroupingIdentity(grouping, &identity));
  for (auto& [key, value] : ReportMetadata(data.provenance)) identity[key] = value;
  const ArticleRecorder recorder(data);
  WorkerTermCounts counts(Jobs(opt.corpus), co, identity);
  std::string records;
  RunAndCollect(CollectInputs(opt.corpus, io), model, opt.corpus, io,
                [&](const Document& doc, int w, std::string* out) {
                  counts.Add(doc, w, grouping);
                  recorder.Append(doc, out);
                },
                &records);
  KIJI_ASSIGN_OR_RETURN(TermCounts total, std::move(counts).Merge());
  total.AppendArticleRecords(records, total.articles());
  return total;
}

Status RunCount(const CountCmdOptions& opt, Io& io) {
  CountOptions co;
  KIJI_ASSIGN_OR_RETURN(co.terms, MakeTermOptions(opt.terms));
  if (opt.window < 0) return Status::InvalidArgument("--window must be >= 0");
  co.window = opt.window;
  co.sentence = opt.sentence;
  co.triples = opt.triples;
  co.compounds = !opt.no_compounds;
  if ((co.window > 0 || co.sentence) && co.terms.ngram_min != 1) {
    return Status::InvalidArgument(
        "co-occurrence counts need unigrams: use --ngram 1-M, or --window 0");
  }
  KIJI_ASSIGN_OR_RETURN(Grouping grouping, MakeGrouping(opt.group_by, opt.lexicons));
  const GroupBy g = grouping.by;
  co.group_by = g == GroupBy::kNone ? "" : opt.group_by;
  KIJI_ASSIGN_OR_RETURN(std::optional<AtomicFile> output, OpenOutput(opt.output));
  KIJI_ASSIGN_OR_RETURN(TermCounts counts, opt.report
                                               ? CountWithRecords(opt, co, grouping, io)
                                               : CountCorpus(opt.corpus, co, grouping, io));
  if (g != GroupBy::kNone) KIJI_RETURN_IF_ERROR(CheckUnnamedGroup(counts, opt.group_by, io));
  return WriteOutput(&output, WriteCounts(counts), io);
}

}  // namespace

void AddCountCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<CountCmdOptions>();
  CLI::App* cmd = app.add_subcommand(
      "count", "Count terms, co-occurrences and compounds into a mergeable counts file");
  AddCorpusOptions(cmd, &opt->corpus);
  AddTermOptions(cmd, &opt->terms);
  cmd->add_option("--window", opt->window,
                  "Count pairs of terms at most N terms apart in a sentence (default 5; 0: no "
                  "pairs)");
  cmd->add_flag("--sentence", opt->sentence, "Count pairs of terms anywhere in a sentence");
  cmd->add_flag("--triples", opt->triples, "Also count triples in the same window or sentence");
  cmd->add_flag("--no-compounds", opt->no_compounds,
                "Do not count compound-noun candidates (kiji compounds)");
  AddGroupingOptions(cmd, &opt->group_by, &opt->lexicons,
                     "Also count per group: date, month, year, source, dir or sector");
  cmd->add_flag("--report", opt->report,
                "Also write every article's summary record, so that kiji report --counts can "
                "build the report from these counts (with --lexicon: the sector lexicon)");
  cmd->add_option("-o,--output", opt->output, "Counts file to write (default -: stdout)");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunCount(*opt, io)); });
}

}  // namespace kiji::cli
