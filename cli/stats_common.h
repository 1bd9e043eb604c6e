// What the term-statistics commands share: term options (--by, --pos,
// --stopwords, --ngram), grouping, output options, counting a corpus with
// one TermCounts per worker, reading and merging counts files, and a row
// writer for TSV / JSON Lines.
#ifndef KIJI_CLI_STATS_COMMON_H_
#define KIJI_CLI_STATS_COMMON_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common.h"
#include "io.h"
#include "kiji/lexicon.h"
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

/// How articles are grouped. kSector groups an article under every sector
/// `kiji sectors` tags it with (none, one or several), with the lexicon in
/// Grouping.
enum class GroupBy { kNone, kDate, kMonth, kYear, kSource, kDir, kSector };
Status ParseGroupBy(const std::string& s, GroupBy* out);

struct Grouping {
  GroupBy by = GroupBy::kNone;
  std::shared_ptr<const SectorLexicon> lexicon;  // set for kSector
  std::vector<std::string> lexicon_paths;        // the files it came from
};
/// Parses --group-by; for "sector" loads the lexicon files (empty: the shipped
/// sectors.tsv).
Result<Grouping> MakeGrouping(const std::string& group_by,
                              const std::vector<std::string>& lexicons);
/// The groups of an article (none, one, or several).
std::vector<std::string> GroupsOf(const Document& doc, const Grouping& g);

struct OutputArgs {
  std::string format = "tsv";
  bool no_header = false;
  size_t top = 0;
};
void AddOutputOptions(CLI::App* cmd, OutputArgs* args, bool with_top);
/// OK for the formats RowWriter writes (tsv, jsonl).
Status CheckOutputArgs(const OutputArgs& args);

/// Rows of named columns written as TSV (header unless --no-header) or JSON
/// Lines. Floating-point values are printed with 6 decimals ("{:.6f}"),
/// p-values with 6 significant digits ("{:.6g}"), so output is identical on
/// every run.
class RowWriter {
 public:
  RowWriter(const OutputArgs& args, std::vector<std::string> columns);
  std::string Header() const;
  RowWriter& Str(std::string_view v);
  RowWriter& Int(uint64_t v);
  RowWriter& Num(double v);
  RowWriter& Sig(double v);
  /// Ends the row and appends it to *out.
  void End(std::string* out);

 private:
  void Key();
  bool jsonl_;
  bool header_;
  std::vector<std::string> columns_;
  size_t col_ = 0;
  std::string row_;
};

/// dict.layout, dict.dir, dict.fingerprint, dict.terms, dict.userdic of a run.
Result<std::map<std::string, std::string>> RunIdentity(const Model& model, const CorpusArgs& args);

/// Analyzes the corpus with one TermCounts per worker and merges them. With
/// sector grouping the lexicon's identity is recorded in the counts.
Result<TermCounts> CountCorpus(const CorpusArgs& corpus, const CountOptions& options,
                               const Grouping& grouping, Io& io);

/// Reads counts files and merges them; a file whose metadata differ from the
/// first one's is an error naming both files.
Result<TermCounts> ReadCounts(const std::vector<std::string>& paths);

/// True when the file at `path` starts like a counts file.
bool IsCountsFile(const std::string& path);

/// Writes a counts file to `path` ("-": stdout).
Status WriteCountsOutput(const std::string& path, const std::string& text, Io& io);

/// "kiji: memory: RssAnon ..." from /proc/self/status (empty if unknown).
std::string MemoryReport();

}  // namespace kiji::cli

#endif  // KIJI_CLI_STATS_COMMON_H_
