// `kiji collocations`: pairs (or triples) of terms that co-occur in a window
// or a sentence, with frequency, PMI, log-Dice, t-score and G2
// (collocations.h); --node TERM for the collocates of one term.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/collocations.h"
#include "kiji/normalize.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct CollocationsOptions {
  CorpusArgs corpus;
  TermArgs terms;
  OutputArgs output;
  std::vector<std::string> counts;
  int window = 5;
  bool sentence = false;
  bool triples = false;
  std::string node;
  uint64_t min_freq = 2;
  std::string sort = "log-dice";
};

Status RunCollocations(const CollocationsOptions& opt, Io& io) {
  KIJI_RETURN_IF_ERROR(CheckOutputArgs(opt.output));
  CollocationQuery q;
  if (!ParseCollocationSort(opt.sort, &q.sort)) {
    return Status::InvalidArgument(
        fmt::format("unknown --sort '{}' (expected freq, pmi, log-dice, t-score or g2)", opt.sort));
  }
  if (opt.triples && q.sort == CollocationSort::kG2) {
    return Status::InvalidArgument("--sort g2 is for pairs; triples have no G2");
  }
  q.triples = opt.triples;
  q.node = opt.node.empty() ? "" : NormalizeString(opt.node);
  q.min_freq = opt.min_freq;
  q.top = opt.output.top;
  TermCounts counts(std::map<std::string, std::string>{});
  if (!opt.counts.empty()) {
    KIJI_ASSIGN_OR_RETURN(counts, ReadCountsOption(opt.counts, "--counts"));
    if (!counts.has_pairs() || (opt.triples && !counts.has_triples())) {
      return Status::InvalidArgument(
          fmt::format("{}: has no {} counts (kiji count --window N or --sentence{})", opt.counts[0],
                      opt.triples ? "triple" : "pair", opt.triples ? " with --triples" : ""));
    }
  } else {
    CountOptions co;
    KIJI_ASSIGN_OR_RETURN(co.terms, MakeTermOptions(opt.terms));
    if (co.terms.ngram_min != 1 || co.terms.ngram_max != 1) {
      return Status::InvalidArgument("collocations are counted between single terms (no --ngram)");
    }
    if (opt.window < 1 && !opt.sentence) {
      return Status::InvalidArgument("--window must be >= 1 (or use --sentence)");
    }
    co.window = opt.window;
    co.sentence = opt.sentence;
    co.triples = opt.triples;
    KIJI_ASSIGN_OR_RETURN(counts, CountCorpus(opt.corpus, co, Grouping{}, io));
  }
  std::vector<std::string> columns;
  if (opt.triples) {
    columns = {"term1", "term2", "term3", "freq",     "df",     "freq1",
               "freq2", "freq3", "pmi",   "log_dice", "t_score"};
  } else {
    columns = {"term1", "term2", "freq",     "df",      "freq1",
               "freq2", "pmi",   "log_dice", "t_score", "g2"};
  }
  RowWriter w(RowOptionsOf(opt.output), columns);
  std::string out = w.Header();
  for (const CollocationRow& r : Collocations(counts, q)) {
    for (std::string_view t : r.terms) w.Str(t);
    w.Int(r.freq).Int(r.df);
    for (uint64_t f : r.freqs) w.Int(f);
    w.Num(r.scores.pmi).Num(r.scores.log_dice).Num(r.scores.t_score);
    if (!opt.triples) w.Num(r.scores.g2);
    w.End(&out);
  }
  io.Write(out);
  return Status::Ok();
}

}  // namespace

void AddCollocationsCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<CollocationsOptions>();
  CLI::App* cmd = app.add_subcommand("collocations",
                                     "Co-occurring terms: frequency, PMI, log-Dice, t-score, G2");
  AddCorpusOptions(cmd, &opt->corpus);
  std::vector<CLI::Option*> term_opts = AddTermOptions(cmd, &opt->terms);
  AddOutputOptions(cmd, &opt->output, true);
  CLI::Option* window = cmd->add_option("--window", opt->window,
                                        "Terms at most N terms apart in a sentence (default 5)");
  CLI::Option* sentence =
      cmd->add_flag("--sentence", opt->sentence, "Terms anywhere in the same sentence");
  term_opts.push_back(window);
  term_opts.push_back(sentence);
  cmd->add_flag("--triples", opt->triples, "Rank triples of terms instead of pairs");
  cmd->add_option("--node", opt->node, "Only combinations with this term (its collocates)");
  cmd->add_option("--min-freq", opt->min_freq,
                  "Leave out combinations seen fewer times (default 2)");
  cmd->add_option("--sort", opt->sort,
                  "Rank by freq, pmi, log-dice (default), t-score or g2 (pairs)");
  AddCountsOption(cmd, &opt->counts, term_opts);
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunCollocations(*opt, io)); });
}

}  // namespace kiji::cli
