// Options every corpus command shares (inputs, dictionary, jobs), and the
// code that turns them into inputs and a Model.
#ifndef KIJI_CLI_COMMON_H_
#define KIJI_CLI_COMMON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io.h"
#include "kiji/analyzer.h"
#include "kiji/corpus.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "kiji/source.h"

namespace CLI {
class App;
class Option;
class Validator;
}  // namespace CLI

namespace kiji::cli {

struct CorpusArgs {
  std::vector<std::string> inputs;   // files, folders, "-"; none: stdin
  std::string files0_from;           // NUL-separated list of names ("-": stdin)
  std::vector<std::string> globs;    // empty: the SourceOptions default
  std::vector<std::string> exclude;  // empty: the SourceOptions default
  bool no_exclude = false;
  std::string encoding;
  size_t max_line_bytes = size_t{1} << 20;
  size_t max_file_bytes = kDefaultMaxFileBytes;
  size_t article_part_bytes = kDefaultArticlePartBytes;
  bool no_follow = false;
  int jobs = 1;
  std::string dict;  // --dict; empty: $KIJI_DICT, else "ipadic"
  std::vector<std::string> user_dicts;
  std::string terms;  // empty: the shipped terms.tsv (DomainTermsPath)
  bool no_terms = false;
  std::string cache;  // --cache; empty: $KIJI_CACHE_DIR, else no analysis cache
  TokenFields token_fields = TokenFields::kAll;  // set by the command, not an option
};

/// Registers the shared options on a subcommand, in the help groups
/// "Inputs" and "Analysis".
void AddCorpusOptions(CLI::App* cmd, CorpusArgs* args);

/// -j's check: an integer 0..256, else "expected a number of threads, ...".
CLI::Validator JobsValidator();

/// A list option that takes one value per flag (`--glob A --glob B`), so
/// that the next word is an input again: the help shows TEXT, not TEXT ...
CLI::Option* OnePerFlag(CLI::Option* option);

/// The help footer of a command: "Exit status: 0 ok, 1 <findings>, 2 error."
/// (no 1 when `findings` is empty: nothing found is still 0).
std::string ExitStatusHelp(std::string_view findings = {});

/// For commands that can read counts files instead of articles: the options
/// that choose or analyse articles are refused next to `counts` (the counts
/// record the dictionary, terms and options they were made with). The help
/// says so once, in the title of each group ("Inputs (not with --counts)").
void ExcludeCorpusOptions(CLI::App* cmd, CLI::Option* counts);
/// The same for other options (the term options): refused next to `counts`,
/// said once in their group's title.
void ExcludeFromCounts(CLI::Option* counts, const std::vector<CLI::Option*>& options);

/// The first option given that chooses or analyses articles ("--dict", ...),
/// or "" when none is: for inputs that turn out to be counts files.
std::string GivenAnalysisOption(const CorpusArgs& args);

/// The dictionary asked for: --dict, else $KIJI_DICT, else "ipadic".
std::string DictionaryName(const CorpusArgs& args);

/// The folder of kiji's compiled dictionaries (tools/): $KIJI_DICTIONARIES_DIR
/// (empty: none), else ../share/kiji/dic next to the binary, else the build
/// tree's, else the install prefix's.
std::string KijiDictionariesDir();

/// The dictionary part of ModelOptions for these arguments (no terms).
ModelOptions DictionaryOptions(const CorpusArgs& args);

/// The folder with kiji's data files (dictionaries/): $KIJI_DATA_DIR, else
/// ../share/kiji/dictionaries next to the binary, else the source tree, else
/// the install prefix.
std::string DataDir();

/// The shipped data files used when no option names others, all in DataDir():
/// the one place their names are spelled.
struct DefaultData {
  std::string sector_lexicon;  // sectors.tsv
  std::string stopwords;       // stopwords.tsv
  std::string domain_terms;    // terms.tsv
  QuoteLexiconPaths quote_lexicon;
};
/// Computed on each call: KIJI_DATA_DIR may differ between runs of Main().
DefaultData Defaults();

/// `given`, or the shipped sector lexicon when none is given.
std::vector<std::string> SectorLexiconsOr(const std::vector<std::string>& given);

/// Loads sector lexicons, refusing a set with no sector at all (an empty
/// file would otherwise tag nothing and say nothing).
Result<SectorLexicon> LoadSectorLexicon(const std::vector<std::string>& paths);

/// The domain terms of a run: --terms, else the shipped file; "" with --no-terms.
std::string DomainTermsPath(const CorpusArgs& args);

/// The inputs of a run, walked as they are needed: the operands, then the
/// names read from --files0-from, folders expanded on the way; "-" reads
/// stdin. A file list that cannot be opened is reported to io at once.
InputFunction CollectInputs(const CorpusArgs& args, Io& io);

SourceOptions MakeSourceOptions(const CorpusArgs& args);

/// True when the run keeps an analysis cache (--cache, KIJI_CACHE_DIR).
bool UsesAnalysisCache(const CorpusArgs& args);

/// The data files a cached per-article result depends on, for its config
/// (corpus.h): a line "file=PATH:FINGERPRINT" for each, the path as given
/// (outputs may name it) and its contents' fingerprint; "file=" for "".
Result<std::string> FilesConfig(const std::vector<std::string>& paths);

/// Worker threads for a run: -j (0: one per core), capped at the number of
/// inputs when the operands are all plain files (folders, stdin, file lists
/// and .jsonl files, which are cut into chunks, keep -j as given).
int Jobs(const CorpusArgs& args);

/// Opens the MeCab model with the domain terms.
Result<std::shared_ptr<const Model>> OpenModel(const CorpusArgs& args);

/// RunAndWrite, but each input's output is appended to *collected (in input
/// order) instead of written; with `collected` null, written.
void RunAndCollect(const InputFunction& inputs, std::shared_ptr<const Model> model,
                   const CorpusArgs& args, Io& io, const ArticleFunction& fn,
                   std::string* collected);

/// The shared loop: RunCorpus with progress on a terminal, diagnostics
/// printed in input order and each input's output written as it is ready.
void RunAndWrite(const InputFunction& inputs, std::shared_ptr<const Model> model,
                 const CorpusArgs& args, Io& io, const ArticleFunction& fn);
/// The same with a per-article result kept in the analysis cache (corpus.h).
void RunAndWrite(const InputFunction& inputs, std::shared_ptr<const Model> model,
                 const CorpusArgs& args, Io& io, const CachedArticleResult& result);

}  // namespace kiji::cli

#endif  // KIJI_CLI_COMMON_H_
