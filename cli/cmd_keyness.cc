// `kiji keyness TARGET... --reference REF...`: terms over- and
// under-represented in the target against the reference, with signed G2,
// its p-value, signed chi-square (Yates) and log ratio (keyness.h). Each side
// is articles (files, folders) or counts files (kiji count), not a mix.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/keyness.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct KeynessOptions {
  CorpusArgs corpus;  // inputs: the target
  std::vector<std::string> reference;
  TermArgs terms;
  OutputArgs output;
  uint64_t min_freq = 2;
};

Result<TermCounts> CountSide(const CorpusArgs& corpus, std::string_view side,
                             const TermArgs& term_args, Io& io) {
  size_t counts_files = 0;
  for (const std::string& p : corpus.inputs) counts_files += IsCountsFile(p) ? 1 : 0;
  if (counts_files > 0 && counts_files < corpus.inputs.size()) {
    return Status::InvalidArgument(fmt::format(
        "the {} mixes counts files and articles; give one kind (kiji count the articles first)",
        side));
  }
  if (counts_files > 0) return ReadCounts(corpus.inputs);
  CountOptions co;
  KIJI_ASSIGN_OR_RETURN(co.terms, MakeTermOptions(term_args));
  return CountCorpus(corpus, co, Grouping{}, io);
}

bool AllCountsFiles(const std::vector<std::string>& inputs) {
  return !inputs.empty() && std::all_of(inputs.begin(), inputs.end(), IsCountsFile);
}

Status RunKeyness(const KeynessOptions& opt, Io& io) {
  KIJI_RETURN_IF_ERROR(CheckOutputArgs(opt.output));
  if (opt.corpus.inputs.empty() && opt.corpus.files0_from.empty()) {
    return Status::InvalidArgument(
        "keyness: no target (--reference takes every value up to the next option: give the "
        "target first, or end the references with --)");
  }
  if (AllCountsFiles(opt.corpus.inputs) && AllCountsFiles(opt.reference)) {
    std::string given = GivenAnalysisOption(opt.corpus);
    if (given.empty()) given = GivenTermOption(opt.terms);
    if (!given.empty()) {
      return Status::InvalidArgument(
          fmt::format("{} has no effect when the target and the reference are counts files "
                      "(they record the options they were made with)",
                      given));
    }
  }
  KIJI_ASSIGN_OR_RETURN(TermCounts target, CountSide(opt.corpus, "target", opt.terms, io));
  CorpusArgs ref_args = opt.corpus;
  ref_args.inputs = opt.reference;
  ref_args.files0_from.clear();
  KIJI_ASSIGN_OR_RETURN(TermCounts reference, CountSide(ref_args, "reference", opt.terms, io));
  KIJI_RETURN_IF_ERROR(CheckMetadata(target.metadata(), "the target", reference.metadata(),
                                     "the reference", MetadataScope::kCompare));
  RowWriter w(RowOptionsOf(opt.output),
              {"term", "target", "reference", "g2", "p", "chi2", "log_ratio"});
  std::string out = w.Header();
  size_t n = 0;
  for (const KeynessRow& r : KeynessTable(target.terms(), target.tokens(), reference.terms(),
                                          reference.tokens(), opt.min_freq)) {
    if (opt.output.top > 0 && n++ >= opt.output.top) break;
    w.Str(r.term).Int(r.target).Int(r.reference);
    w.Num(r.scores.g2).Sig(r.scores.p).Num(r.scores.chi2).Num(r.scores.log_ratio).End(&out);
  }
  io.Write(out);
  return Status::Ok();
}

}  // namespace

void AddKeynessCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<KeynessOptions>();
  CLI::App* cmd = app.add_subcommand(
      "keyness", "Terms over- and under-represented in TARGET against --reference (G2, chi2)");
  AddCorpusOptions(cmd, &opt->corpus);
  AddTermOptions(cmd, &opt->terms);
  AddOutputOptions(cmd, &opt->output, true);
  cmd->add_option("-r,--reference", opt->reference,
                  "Reference articles (files, folders) or counts files: every value up to the "
                  "next option (end the list with -- to give the target after it)")
      ->required();
  cmd->add_option("--min-freq", opt->min_freq,
                  "Leave out terms with target + reference frequency below N (default 2)");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunKeyness(*opt, io)); });
}

}  // namespace kiji::cli
