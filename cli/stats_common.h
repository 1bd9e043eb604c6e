// What the term-statistics commands share: term options (--by, --pos,
// --stopwords, --ngram), --group-by, output options, and the glue that runs
// the library's corpus counting (corpus_counts.h) over the command's inputs.
#ifndef KIJI_CLI_STATS_COMMON_H_
#define KIJI_CLI_STATS_COMMON_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common.h"
#include "io.h"
#include "kiji/atomic_file.h"
#include "kiji/corpus_counts.h"
#include "kiji/counts_io.h"
#include "kiji/grouping.h"
#include "kiji/row_writer.h"
#include "kiji/term_stats.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace kiji::cli {

struct TermArgs {
  std::string by = "lemma";
  std::string pos;        // empty: content words
  std::string stopwords;  // empty: dictionaries/stopwords.tsv
  bool no_stopwords = false;
  std::string ngram = "1";  // "N" or "N-M"
};

/// Registers --by, --pos, --stopwords, --no-stopwords, --ngram; returns them
/// (for excludes with --counts).
std::vector<CLI::Option*> AddTermOptions(CLI::App* cmd, TermArgs* args);
Result<TermOptions> MakeTermOptions(const TermArgs& args);
/// The first of those options given ("--by", ...), or "" when none is.
std::string GivenTermOption(const TermArgs& args);

/// Parses --group-by; for "sector" loads the lexicon files (empty: the shipped
/// sectors.tsv).
Result<Grouping> MakeGrouping(const std::string& group_by,
                              const std::vector<std::string>& lexicons);

struct OutputArgs {
  std::string format = "tsv";
  bool no_header = false;
  size_t top = 0;
};
/// --counts FILE...: read counts files instead of articles. Refused next to
/// the options that choose or analyse articles and next to `term_options`
/// (the counts record what they were made with).
void AddCountsOption(CLI::App* cmd, std::vector<std::string>* counts,
                     const std::vector<CLI::Option*>& term_options = {});

/// --group-by (described by `help`) and --lexicon for --group-by sector.
void AddGroupingOptions(CLI::App* cmd, std::string* group_by, std::vector<std::string>* lexicons,
                        const std::string& help);

void AddOutputOptions(CLI::App* cmd, OutputArgs* args, bool with_top);
/// OK for the formats RowWriter writes (tsv, csv, jsonl).
Status CheckOutputArgs(const OutputArgs& args);

/// The RowWriter options of --format and --no-header.
RowOptions RowOptionsOf(const OutputArgs& args);

/// dict.layout, dict.dir, dict.fingerprint, dict.terms, dict.userdic of a run.
Result<Metadata> RunIdentity(const Model& model, const CorpusArgs& args);

/// Analyzes the corpus with one TermCounts per worker and merges them. With
/// sector grouping the lexicon's identity is recorded in the counts.
Result<TermCounts> CountCorpus(const CorpusArgs& corpus, const CountOptions& options,
                               const Grouping& grouping, Io& io);

/// A named output, opened before the work so that a missing or unwritable
/// folder fails at once: an AtomicFile for `path`, none for "-" (stdout).
Result<std::optional<AtomicFile>> OpenOutput(const std::string& path);

/// Writes `text` to the output opened by OpenOutput (stdout when none) and
/// commits it: the target is replaced whole, or left as it was.
Status WriteOutput(std::optional<AtomicFile>* file, std::string_view text, Io& io);

/// "kiji: memory: RssAnon ..." from /proc/self/status (empty if unknown).
std::string MemoryReport();

}  // namespace kiji::cli

#endif  // KIJI_CLI_STATS_COMMON_H_
