#include "common.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "kiji/domain_terms.h"
#include "kiji/fingerprint.h"

namespace kiji::cli {
namespace {

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The help group of the analysis options; the rest of AddCorpusOptions is
// in "Inputs".
constexpr char kAnalysisGroup[] = "Analysis";

void AddAnalysisOptions(CLI::App* cmd, CorpusArgs* a) {
  cmd->add_option("-j,--jobs", a->jobs, "Worker threads; 0 = one per core (default 1)")
      ->check(JobsValidator());  // in "Options": it is for --counts runs too
  cmd->add_option("--dict", a->dict,
                  "MeCab dictionary: ipadic, naist, unidic, juman (system-NAME: Debian's "
                  "build, not kiji's), or a folder (default: $KIJI_DICT, else ipadic)")
      ->group(kAnalysisGroup);
  OnePerFlag(cmd->add_option("--userdic", a->user_dicts,
                             "Compiled MeCab user dictionary for that system dictionary "
                             "(repeatable)"))
      ->group(kAnalysisGroup);
  cmd->add_option("--terms", a->terms,
                  "Domain terms kept as single tokens (default: dictionaries/terms.tsv)")
      ->group(kAnalysisGroup);
  cmd->add_flag("--no-terms", a->no_terms, "Do not load any domain terms")->group(kAnalysisGroup);
  cmd->add_option("--cache", a->cache,
                  "Keep each article's analysis in this folder and reuse it when the same "
                  "text is analysed again with the same settings (default: $KIJI_CACHE_DIR, "
                  "else none)")
      ->group(kAnalysisGroup);
}

}  // namespace

CLI::Validator JobsValidator() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        int n = -1;
        const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec == std::errc() && p == v.data() + v.size() && n >= 0 && n <= 256) return "";
        return fmt::format("expected a number of threads, 0 to 256 (0: one per core), got '{}'",
                           v);
      },
      "");
}

CLI::Option* OnePerFlag(CLI::Option* option) {
  return option->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

std::string ExitStatusHelp(std::string_view findings) {
  if (findings.empty()) {
    return "Exit status: 0 ok (also when nothing is found), 2 error (usage, input, output).";
  }
  return fmt::format("Exit status: 0 ok, 1 {}, 2 error (usage, input, output).", findings);
}

void AddCorpusOptions(CLI::App* cmd, CorpusArgs* a) {
  cmd->add_option("inputs", a->inputs,
                  "Article files, folders (walked recursively) or - for stdin (default: stdin)");
  cmd->add_option("--files0-from", a->files0_from,
                  "Read input names, NUL-separated, from FILE (- for stdin), as find -print0 "
                  "writes them");
  OnePerFlag(cmd->add_option("--glob", a->globs,
                             "File-name patterns picked up in folders (repeatable; default "
                             "*.txt *.md *.jsonl)"));
  OnePerFlag(cmd->add_option("--exclude", a->exclude,
                             "File-name patterns skipped in folders (repeatable; default "
                             "README* LICENSE* CHANGES* COPYING*)"));
  cmd->add_flag("--no-exclude", a->no_exclude, "Skip no file names when walking folders");
  cmd->add_option("--encoding", a->encoding,
                  "Convert inputs from this encoding (shift_jis, euc-jp, iso-2022-jp); default: "
                  "UTF-8 only");
  cmd->add_option(
      "--max-line-bytes", a->max_line_bytes,
      "Report and skip files (JSON Lines: records) with a longer line (default 1048576)");
  cmd->add_option("--max-file-bytes", a->max_file_bytes,
                  "Report and skip files (and stdin) longer than N bytes; JSON Lines files "
                  "are read up to N bytes (default 67108864 = 64 MiB)");
  cmd->add_option("--article-part-bytes", a->article_part_bytes,
                  "Analyze a longer article as articles ID#1, ID#2, ... of whole paragraphs "
                  "of at most N bytes, to bound memory (default 131072 = 128 KiB)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 40));
  cmd->add_flag("--no-follow", a->no_follow, "Do not follow symbolic links to folders");
  for (CLI::Option* o : cmd->get_options()) {
    if (o->nonpositional() && o != cmd->get_help_ptr()) o->group("Inputs");
  }
  AddAnalysisOptions(cmd, a);
}

void ExcludeFromCounts(CLI::Option* counts, const std::vector<CLI::Option*>& options) {
  constexpr std::string_view kNote = " (not with --counts)";
  for (CLI::Option* o : options) {
    counts->excludes(o);
    if (o->nonpositional() && !o->get_group().ends_with(kNote)) {
      o->group(o->get_group() + std::string(kNote));
    }
  }
}

void ExcludeCorpusOptions(CLI::App* cmd, CLI::Option* counts) {
  std::vector<CLI::Option*> options;
  for (const char* name :
       {"inputs", "--files0-from", "--glob", "--exclude", "--no-exclude", "--encoding",
        "--max-line-bytes", "--max-file-bytes", "--no-follow", "--dict", "--userdic", "--terms",
        "--no-terms"}) {
    options.push_back(cmd->get_option(name));
  }
  ExcludeFromCounts(counts, options);
}

std::string GivenAnalysisOption(const CorpusArgs& a) {
  const CorpusArgs defaults;
  if (!a.files0_from.empty()) return "--files0-from";
  if (!a.globs.empty()) return "--glob";
  if (!a.exclude.empty()) return "--exclude";
  if (a.no_exclude) return "--no-exclude";
  if (!a.encoding.empty()) return "--encoding";
  if (a.max_line_bytes != defaults.max_line_bytes) return "--max-line-bytes";
  if (a.max_file_bytes != defaults.max_file_bytes) return "--max-file-bytes";
  if (a.article_part_bytes != defaults.article_part_bytes) return "--article-part-bytes";
  if (a.no_follow) return "--no-follow";
  if (!a.dict.empty()) return "--dict";
  if (!a.user_dicts.empty()) return "--userdic";
  if (!a.terms.empty()) return "--terms";
  if (a.no_terms) return "--no-terms";
  return "";
}

std::string DictionaryName(const CorpusArgs& a) {
  if (!a.dict.empty()) return a.dict;
  if (const char* env = std::getenv("KIJI_DICT"); env && *env) return env;
  return "ipadic";
}

std::string DataDir() {
  if (const char* env = std::getenv("KIJI_DATA_DIR"); env && *env) return env;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  if (n > 0) {
    exe[n] = '\0';
    std::filesystem::path p(exe);
    std::string installed = (p.parent_path().parent_path() / "share/kiji/dictionaries").string();
    if (IsDir(installed)) return installed;
  }
  if (IsDir(KIJI_SOURCE_DATA_DIR)) return KIJI_SOURCE_DATA_DIR;
  return KIJI_INSTALL_DATA_DIR;
}

DefaultData Defaults() {
  const std::string dir = DataDir();
  return {dir + "/sectors.tsv", dir + "/stopwords.tsv", dir + "/terms.tsv",
          QuoteLexiconPaths::In(dir)};
}

std::vector<std::string> SectorLexiconsOr(const std::vector<std::string>& given) {
  if (!given.empty()) return given;
  return {Defaults().sector_lexicon};
}

Result<SectorLexicon> LoadSectorLexicon(const std::vector<std::string>& paths) {
  KIJI_ASSIGN_OR_RETURN(SectorLexicon lexicon, SectorLexicon::Load(paths));
  if (lexicon.sectors().empty()) {
    return Status::DataError(fmt::format("{}: no sectors in the lexicon (empty file?)",
                                         fmt::join(paths, ", ")));
  }
  return lexicon;
}

std::string DomainTermsPath(const CorpusArgs& a) {
  if (a.no_terms) return "";
  return a.terms.empty() ? Defaults().domain_terms : a.terms;
}

SourceOptions MakeSourceOptions(const CorpusArgs& a) {
  SourceOptions o;
  if (!a.globs.empty()) o.globs = a.globs;
  if (!a.exclude.empty()) o.exclude = a.exclude;
  if (a.no_exclude) o.exclude.clear();
  o.encoding = a.encoding;
  o.max_line_bytes = a.max_line_bytes;
  o.max_file_bytes = a.max_file_bytes;
  o.article_part_bytes = a.article_part_bytes;
  o.follow_symlinks = !a.no_follow;
  o.analysis_cache_dir = a.cache;
  o.token_fields = a.token_fields;
  if (o.analysis_cache_dir.empty()) {
    if (const char* env = std::getenv("KIJI_CACHE_DIR"); env && *env) o.analysis_cache_dir = env;
  }
  if (!o.analysis_cache_dir.empty()) {
    const std::string terms = DomainTermsPath(a);
    Result<std::string> fp = terms.empty() ? Result<std::string>(std::string("none"))
                                           : FileFingerprint(terms);
    o.analysis_identity = "terms=" + (fp.ok() ? *fp : terms);
  }
  return o;
}

bool UsesAnalysisCache(const CorpusArgs& args) {
  return !MakeSourceOptions(args).analysis_cache_dir.empty();
}

Result<std::string> FilesConfig(const std::vector<std::string>& paths) {
  std::string config;
  for (const std::string& path : paths) {
    config += "\nfile=";
    if (path.empty()) continue;
    KIJI_ASSIGN_OR_RETURN(std::string fingerprint, FileFingerprint(path));
    config += path + ":" + fingerprint;
  }
  return config;
}

int Jobs(const CorpusArgs& a) {
  const int jobs = ResolveJobs(a.jobs);
  if (!a.files0_from.empty() || a.inputs.empty()) return jobs;
  for (const std::string& p : a.inputs) {
    struct stat st;
    if (p == "-" || p.ends_with(".jsonl") || stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      return jobs;
    }
  }
  return std::min(jobs, static_cast<int>(a.inputs.size()));
}

InputFunction CollectInputs(const CorpusArgs& a, Io& io) {
  struct State {
    std::vector<std::string> operands;
    size_t next_operand = 0;
    std::unique_ptr<std::ifstream> list_file;
    std::istream* list = nullptr;  // --files0-from, read a name at a time
    bool stdin_used = false;
    size_t max_file_bytes = 0;
    size_t list_entries = 0;
    std::string list_problem;  // what is wrong with the --files0-from list
    std::unique_ptr<InputWalker> walker;
  };
  auto st = std::make_shared<State>();
  st->operands = a.inputs;
  st->max_file_bytes = a.max_file_bytes;
  if (!a.files0_from.empty()) {
    if (a.files0_from == "-") {
      st->list = &io.in();
      st->stdin_used = true;
    } else {
      st->list_file = std::make_unique<std::ifstream>(a.files0_from, std::ios::binary);
      if (!*st->list_file) {
        io.Error(fmt::format("{}: cannot read file list", a.files0_from));
        return [](InputSource*, Diagnostics&) { return false; };
      }
      st->list = st->list_file.get();
    }
  } else if (st->operands.empty()) {
    st->operands.push_back("-");
  }
  State* raw = st.get();
  st->walker = std::make_unique<InputWalker>(
      [raw](std::string* op) {
        if (raw->next_operand < raw->operands.size()) {
          *op = std::move(raw->operands[raw->next_operand++]);
          return true;
        }
        while (raw->list != nullptr && std::getline(*raw->list, *op, '\0')) {
          ++raw->list_entries;
          if (op->find('\n') != std::string::npos && raw->list->eof() && raw->list_entries == 1) {
            raw->list_problem = "names are separated by newlines, not NULs (use find -print0)";
            return false;
          }
          if (!op->empty()) return true;
          if (raw->list_problem.empty()) {  // reported at the end; the other names go on
            raw->list_problem = fmt::format("empty name (entry {}), skipped", raw->list_entries);
          }
        }
        return false;
      },
      MakeSourceOptions(a));
  const std::string list_name = a.files0_from;
  return [st, &io, list_name](InputSource* next, Diagnostics& diags) {
    std::string path;
    while (st->walker->Next(&path, diags)) {
      InputSource src{std::move(path), std::nullopt};
      if (src.path == "-") {
        if (st->stdin_used) {
          diags.Report(
              {"-", 0, "standard input is already used by --files0-from", Severity::kError});
          continue;
        }
        st->stdin_used = true;
        std::string bytes;
        if (!ReadStreamBytes(io.in(), "-", &bytes, diags, st->max_file_bytes,
                             BinaryContent::kRefuse)) {
          continue;
        }
        src.bytes = std::move(bytes);
      }
      *next = std::move(src);
      return true;
    }
    if (!st->list_problem.empty()) {
      diags.Report({list_name, 0, "--files0-from: " + std::exchange(st->list_problem, ""),
                    Severity::kError});
    }
    return false;
  };
}

std::string KijiDictionariesDir() {
  if (const char* env = std::getenv("KIJI_DICTIONARIES_DIR"); env) return env;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  if (n > 0) {
    exe[n] = '\0';
    std::filesystem::path p(exe);
    std::string installed = (p.parent_path().parent_path() / "share/kiji/dic").string();
    if (IsDir(installed)) return installed;
  }
  if (IsDir(KIJI_BUILD_DICTIONARIES_DIR)) return KIJI_BUILD_DICTIONARIES_DIR;
  return KIJI_INSTALL_DICTIONARIES_DIR;
}

ModelOptions DictionaryOptions(const CorpusArgs& a) {
  ModelOptions o;
  o.dict = DictionaryName(a);
  o.kiji_dictionaries = KijiDictionariesDir();
  o.user_dicts = a.user_dicts;
  return o;
}

Result<std::shared_ptr<const Model>> OpenModel(const CorpusArgs& a) {
  ModelOptions o = DictionaryOptions(a);
  if (const std::string path = DomainTermsPath(a); !path.empty()) {
    KIJI_ASSIGN_OR_RETURN(DomainTerms terms, DomainTerms::Load(path));
    o.terms = std::make_shared<const DomainTerms>(std::move(terms));
  }
  Result<std::shared_ptr<const Model>> model = Model::Open(o);
  if (!model.ok() && a.dict.empty() && o.dict != "ipadic") {
    // The name came from the environment: say so, or the user looks for a --dict.
    return Status::InvalidArgument(
        fmt::format("KIJI_DICT={}: {}", o.dict, model.status().message()));
  }
  return model;
}

namespace {

// The emit function of the shared loop: diagnostics, output, progress.
EmitFunction Emitter(Io& io, std::string* collected, size_t* done) {
  return [&io, collected, done](UnitOutput& u) {
    for (const Diagnostic& d : u.diagnostics) io.Report(d);
    if (collected != nullptr) {
      collected->append(u.text);
    } else {
      io.Write(u.text);
    }
    ++*done;
    if (*done % 16 == 0) io.Progress(fmt::format("kiji: {} inputs", *done));
  };
}

// Once stdout cannot be written, no further input is read.
InputFunction UntilWriteFails(const InputFunction& inputs, Io& io) {
  return [&inputs, &io](InputSource* next, Diagnostics& diags) {
    return !io.write_failed() && inputs(next, diags);
  };
}

}  // namespace

void RunAndCollect(const InputFunction& inputs, std::shared_ptr<const Model> model,
                   const CorpusArgs& args, Io& io, const ArticleFunction& fn,
                   std::string* collected) {
  size_t done = 0;
  RunCorpus(inputs, std::move(model), MakeSourceOptions(args), Jobs(args), fn,
            Emitter(io, collected, &done));
  io.EndProgress();
}

void RunAndWrite(const InputFunction& inputs, std::shared_ptr<const Model> model,
                 const CorpusArgs& args, Io& io, const ArticleFunction& fn) {
  RunAndCollect(UntilWriteFails(inputs, io), std::move(model), args, io, fn, nullptr);
}

void RunAndWrite(const InputFunction& inputs, std::shared_ptr<const Model> model,
                 const CorpusArgs& args, Io& io, const CachedArticleResult& result) {
  size_t done = 0;
  RunCorpus(UntilWriteFails(inputs, io), std::move(model), MakeSourceOptions(args), Jobs(args),
            result, Emitter(io, nullptr, &done));
  io.EndProgress();
}

}  // namespace kiji::cli
