// `kiji check`: corpus checks for CI (encoding, normalization, structure,
// duplicates, content), in seven output formats. Exit 0 when nothing is at
// error level, 1 when something is, 2 on usage or I/O errors.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "app.h"
#include "common.h"
#include "kiji/check.h"
#include "kiji/check_writer.h"
#include "kiji/fingerprint.h"

namespace kiji::cli {
namespace {

struct CheckArgs {
  CorpusArgs corpus;  // inputs, --files0-from, --encoding, -j, --dict
  std::string format = "text";
  std::string config;
  bool print_config = false;
  std::string since;
  std::string cache;
};

Result<CheckConfig> FindConfig(const CheckArgs& a) {
  if (!a.config.empty()) return LoadCheckConfig(a.config);
  std::string start = ".";
  if (!a.corpus.inputs.empty()) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p(a.corpus.inputs[0]);
    start = fs::is_directory(p, ec) ? p.string() : p.parent_path().string();
  }
  if (std::optional<std::string> found = FindCheckConfig(start.empty() ? "." : start)) {
    return LoadCheckConfig(*found);
  }
  return CheckConfig();
}

// Fingerprints of the data the content rules depend on, for the cache key.
std::string AnalysisIdentity(const CheckArgs& a, const std::vector<std::string>& files) {
  std::string id = "dict=" + DictionaryName(a.corpus);
  if (Result<std::string> dir = ResolveDictionary(DictionaryName(a.corpus)); dir.ok()) {
    if (Result<std::string> fp = DictionaryFingerprint(*dir); fp.ok()) id += ":" + *fp;
  }
  for (const std::string& f : files) {
    Result<std::string> fp = FileFingerprint(f);
    id += "\n" + f + "=" + (fp.ok() ? *fp : "missing");
  }
  for (const std::string& u : a.corpus.user_dicts) {
    Result<std::string> fp = FileFingerprint(u);
    id += "\nuserdic=" + (fp.ok() ? *fp : u);
  }
  return id;
}

Status LoadLexicons(const CheckArgs& a, CheckOptions* o, std::vector<std::string>* files) {
  const std::string data = DataDir();
  if (o->config.On(RuleIndex::kNoSector)) {
    const std::string path = data + "/sectors.tsv";
    KIJI_ASSIGN_OR_RETURN(SectorLexicon lex, SectorLexicon::Load({path}));
    o->sectors = std::make_shared<const SectorLexicon>(std::move(lex));
    files->push_back(path);
  }
  if (o->config.On(RuleIndex::kQuoteWithoutSpeaker)) {
    QuoteLexiconPaths paths = QuoteLexiconPaths::In(data);
    KIJI_ASSIGN_OR_RETURN(QuoteLexicon lex, QuoteLexicon::Load(paths));
    o->quotes = std::make_shared<const QuoteLexicon>(std::move(lex));
    for (const std::string* p :
         {&paths.verbs, &paths.statement_nouns, &paths.honorifics, &paths.speaker_words,
          &paths.context_words}) {
      files->push_back(*p);
    }
  }
  if (!a.corpus.no_terms) {
    files->push_back(a.corpus.terms.empty() ? data + "/terms.tsv" : a.corpus.terms);
  }
  return Status::Ok();
}

// The report set: files changed since --since and names from --files0-from.
Status ReportSet(const CheckArgs& a, const std::vector<std::string>& corpus, Io& io,
                 std::optional<std::vector<std::string>>* report) {
  if (a.since.empty() && a.corpus.files0_from.empty()) return Status::Ok();
  report->emplace();
  if (!a.since.empty()) {
    KIJI_ASSIGN_OR_RETURN(std::vector<std::string> changed,
                          ChangedFilesSince(a.since, a.corpus.inputs));
    std::set<std::string> changed_set;
    for (const std::string& c : changed) {
      changed_set.insert(std::filesystem::path(c).lexically_normal().string());
    }
    for (const std::string& p : corpus) {  // only files the walk picks up
      if (changed_set.count(std::filesystem::path(p).lexically_normal().string())) {
        (*report)->push_back(p);
      }
    }
  }
  if (!a.corpus.files0_from.empty()) {
    std::string list;
    if (a.corpus.files0_from == "-") {
      list.assign(std::istreambuf_iterator<char>(io.in()), std::istreambuf_iterator<char>());
    } else {
      std::ifstream in(a.corpus.files0_from, std::ios::binary);
      if (!in) return Status::IOError(a.corpus.files0_from + ": cannot read file list");
      list.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    for (std::string& p : SplitFileList0(list)) (*report)->push_back(std::move(p));
  }
  return Status::Ok();
}

void WriteStepSummary(const CheckReport& report, Io& io) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (path == nullptr || *path == '\0') return;
  std::ofstream out(path, std::ios::app | std::ios::binary);
  out << CheckMarkdownSummary(report);
  if (!out) io.Error(fmt::format("{}: cannot append the step summary", path));
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
  options.jobs = ResolveJobs(a.corpus.jobs);
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
      ->check(CLI::Range(0, 256));
  cmd->add_option("--dict", a->corpus.dict,
                  "MeCab dictionary for the content rules (default: $KIJI_DICT, else ipadic)");
  cmd->callback([a, &io] { io.Finish(RunCheckCommand(*a, io)); });
}

}  // namespace kiji::cli
