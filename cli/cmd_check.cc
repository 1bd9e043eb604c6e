// `kiji check`: corpus checks for CI (encoding, normalization, structure,
// duplicates, content), in seven output formats. Exit 0 when nothing is at
// error level, 1 when something is, 2 on usage or I/O errors.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <memory>

#include "app.h"
#include "check_setup.h"
#include "common.h"
#include "kiji/atomic_file.h"
#include "kiji/check.h"
#include "kiji/check_writer.h"
#include "kiji/fingerprint.h"

namespace kiji::cli {
namespace {

void WriteStepSummary(const CheckReport& report, Io& io) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (path == nullptr || *path == '\0') return;
  // Appended by rewriting the file whole (temporary, fsync, rename), so a
  // failed write leaves the summary as it was.
  std::string text;
  if (std::ifstream in(path, std::ios::binary); in) {
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  text += CheckMarkdownSummary(report);
  if (Status s = WriteFileAtomically(path, text); !s.ok()) {
    io.Error(fmt::format("GITHUB_STEP_SUMMARY: {}", s.message()));
  }
}

Status RunCheckCommand(const CheckArgs& a, Io& io) {
  CheckFormat format;
  if (!ParseCheckFormat(a.format, &format)) {
    return Status::InvalidArgument(fmt::format(
        "unknown format '{}' (expected text, github, sarif, json, junit, checkstyle or rdjsonl)",
        a.format));
  }
  CheckOptions options;
  KIJI_ASSIGN_OR_RETURN(options.config, FindConfig(a));
  if (a.print_config) {
    io.Write(FormatCheckConfig(options.config));
    return Status::Ok();
  }
  if (a.corpus.inputs.empty() && a.corpus.files0_from.empty()) {
    return Status::InvalidArgument("check: no paths given (try 'kiji check corpus/')");
  }
  options.source = MakeSourceOptions(a.corpus);
  options.jobs = Jobs(a.corpus);
  options.cache_dir = a.cache;
  if (options.cache_dir.empty()) {
    if (const char* env = std::getenv("KIJI_CACHE_DIR"); env && *env) options.cache_dir = env;
  }
  std::vector<std::string> data_files;
  KIJI_RETURN_IF_ERROR(LoadLexicons(a, &options, &data_files));
  options.analysis_identity = AnalysisIdentity(a, data_files);
  CorpusArgs corpus_args = a.corpus;
  options.open_model = [corpus_args] { return OpenModel(corpus_args); };

  CheckInputs inputs;
  DiagnosticList walk;
  inputs.corpus = ExpandInputs(a.corpus.inputs, options.source, walk);
  for (const Diagnostic& d : walk.items()) io.Report(d);
  KIJI_RETURN_IF_ERROR(ReportSet(a, inputs.corpus, io, &inputs.report));

  KIJI_ASSIGN_OR_RETURN(CheckReport report, RunCheck(inputs, options));
  for (const Diagnostic& d : report.problems) io.Report(d);
  CheckWriteOptions write;
  write.tool_version = KIJI_VERSION;
  io.Write(FormatCheckReport(report, format, write));
  if (format == CheckFormat::kGithub) WriteStepSummary(report, io);
  if (report.Count(CheckLevel::kError) > 0) io.SetExitCode(1);
  return Status::Ok();
}

}  // namespace

void AddCheckCommand(CLI::App& app, Io& io) {
  auto a = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check a corpus for CI: encoding, normalization, structure, duplicates, content");
  cmd->add_option("paths", a->corpus.inputs,
                  "Article files or folders (walked recursively): the corpus");
  cmd->add_option("-f,--format", a->format,
                  "Output: text (default), github, sarif, json, junit, checkstyle, rdjsonl");
  cmd->add_option("--config", a->config,
                  "Configuration file (default: the first .kiji.toml found walking up from the "
                  "first path)");
  cmd->add_flag("--print-config", a->print_config, "Print the effective configuration and exit");
  cmd->add_option("--since", a->since,
                  "Report only files changed since this git revision (duplicates are still "
                  "looked for in the whole corpus)");
  cmd->add_option("--files0-from", a->corpus.files0_from,
                  "Report only the files named, NUL-separated, in FILE (- for stdin)");
  cmd->add_option("--cache", a->cache,
                  "Cache folder for per-file results (default: $KIJI_CACHE_DIR; none)");
  cmd->add_option("--encoding", a->corpus.encoding,
                  "Read inputs in this encoding (shift_jis, euc-jp); default: UTF-8 only");
  cmd->add_option("-j,--jobs", a->corpus.jobs, "Worker threads; 0 = one per core (default 1)")
      ->check(JobsValidator());
  cmd->add_option("--dict", a->corpus.dict,
                  "MeCab dictionary for the content rules (default: $KIJI_DICT, else ipadic)");
  cmd->footer(ExitStatusHelp("a finding at error level"));
  cmd->callback([a, &io] { io.Finish(RunCheckCommand(*a, io)); });
}

}  // namespace kiji::cli
