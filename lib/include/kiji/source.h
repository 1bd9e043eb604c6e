// Sources: from command-line operands to Articles.
//
// ExpandInputs() turns files, folders (walked recursively, sorted by bytes,
// symlink loops detected) and "-" into a list of inputs. LoadArticles() turns
// the bytes of one input into Articles: it strips a BOM, rejects binary files
// (NUL bytes), empty files, invalid UTF-8 (saying which legacy encoding the
// bytes look like) and overlong lines, converts from --encoding when asked,
// and reads JSON Lines one record at a time. Every problem is reported to the
// Diagnostics sink with its location and the rest of the input goes on.
// Functions are thread-safe; each call needs its own Diagnostics.
//
//   kiji::DiagnosticList diags;
//   for (const std::string& path : kiji::ExpandInputs({"corpus/"}, {}, diags)) {
//     std::string bytes;
//     if (kiji::ReadFileBytes(path, &bytes, diags))
//       for (kiji::Article& a : kiji::LoadArticles(path, std::move(bytes), {}, diags)) ...
//   }
#ifndef KIJI_SOURCE_H_
#define KIJI_SOURCE_H_

#include <sys/types.h>

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/article.h"
#include "kiji/diagnostics.h"

namespace kiji {

/// The default per-file limit: 64 MiB, far above any news article.
inline constexpr size_t kDefaultMaxFileBytes = size_t{64} << 20;
inline constexpr size_t kDefaultArticlePartBytes = size_t{128} << 10;

/// The token fields a command reads from a Document.
enum class TokenFields {
  kAll,
  kSurfaces,  // surfaces, POS classes, flags and spans only (wakati)
  kTerms,     // those, lemmas and readings: what terms are made of (stats)
};

struct SourceOptions {
  // File-name patterns ('*' and '?') picked up when walking folders. Files
  // named explicitly are always read. Default: *.txt, *.md, *.jsonl.
  std::vector<std::string> globs = {"*.txt", "*.md", "*.jsonl"};
  // Names skipped when walking folders even if a glob matches: documentation
  // that sits beside articles (corpus/README.md, livedoor's LICENSE.txt).
  std::vector<std::string> exclude = {"README*", "LICENSE*", "CHANGES*", "COPYING*"};
  // Input encoding. Empty: UTF-8 only (other encodings are reported and the
  // file skipped). Otherwise an ICU converter name, e.g. shift_jis, euc-jp.
  std::string encoding;
  // Lines longer than this are reported and their file skipped. Default 1 MiB.
  size_t max_line_bytes = size_t{1} << 20;
  // Files (and stdin) longer than this are reported and skipped; checked
  // while reading, so endless inputs (/dev/zero) stop there. JSON Lines files
  // are read a record at a time, each bounded by max_line_bytes, and stop
  // at this many bytes. Default 64 MiB (kDefaultMaxFileBytes).
  size_t max_file_bytes = kDefaultMaxFileBytes;
  // Articles longer than this are analyzed as articles of whole blocks of
  // at most this many bytes, "ID#1", "ID#2", ... (src/corpus/article_parts.h),
  // so that the memory of one article stays bounded. Default 128 KiB (four
  // times the longest article of the livedoor and wikinews-ja corpora).
  size_t article_part_bytes = kDefaultArticlePartBytes;
  // Follow symbolic links to folders while walking (loops are detected).
  bool follow_symlinks = true;
  // The analysis cache folder (src/cache/corpus_cache.h): RunCorpus() takes
  // each article's analysis from there when its text was analysed before
  // with the same configuration, and stores the new ones. Empty: no cache.
  std::string analysis_cache_dir;
  // The token fields the command reads: with kSurfaces an analysis taken
  // from the cache decodes nothing else (fresh analyses have every field).
  TokenFields token_fields = TokenFields::kAll;
  // Fingerprints of the data files the analysis depends on that the Model
  // does not name (the domain terms file), part of the cache configuration.
  std::string analysis_identity;
};

/// Produces operands one at a time (false at the end): a list, or names read
/// from a stream as they are needed (--files0-from).
using OperandFunction = std::function<bool(std::string* operand)>;

/// Expands operands into input paths lazily, in the order ExpandInputs lists
/// them: memory holds the folders on the current path and their sorted
/// names, never the whole list, so a corpus of millions of files costs what
/// its deepest path costs.
class InputWalker {
 public:
  InputWalker(OperandFunction next_operand, SourceOptions options);
  InputWalker(std::vector<std::string> operands, SourceOptions options);

  /// The next input path, or false at the end. Missing or unreadable paths
  /// and symlink loops met on the way are reported to `diags`.
  bool Next(std::string* path, Diagnostics& diags);

 private:
  struct Folder {
    std::string path;
    std::vector<std::string> names;  // sorted by bytes
    size_t next = 0;
    dev_t dev;
    ino_t ino;
  };
  OperandFunction next_operand_;
  SourceOptions options_;
  std::vector<Folder> folders_;  // the folders on the current path
};

/// Expands operands into input paths, in order: "-" stays "-", files stay as
/// given, folders become their matching files in sorted byte order. Missing or
/// unreadable paths and symlink loops are reported.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& operands,
                                      const SourceOptions& options, Diagnostics& diags);

/// Splits a NUL-separated file list (find -print0); empty names are dropped.
std::vector<std::string> SplitFileList0(std::string_view list);

/// What a read does with binary content.
enum class BinaryContent {
  kRead,    // read it all (kiji check reports binary files as a finding)
  kRefuse,  // a NUL byte in the first 64 KiB of a file that is not JSON Lines
            // is reported ("binary file (NUL byte at byte N), skipped") and
            // reading stops at once: no need to read 500 MB of zeros
};

/// Reads a whole file of at most `max_bytes`. On failure reports "PATH:
/// message" and returns false: the system's reason, a file over the limit
/// (reading stops there), or binary content when `binary` refuses it.
bool ReadFileBytes(const std::string& path, std::string* bytes, Diagnostics& diags,
                   size_t max_bytes = kDefaultMaxFileBytes,
                   BinaryContent binary = BinaryContent::kRead);

/// The same for a stream (stdin, named `name` in messages).
bool ReadStreamBytes(std::istream& in, const std::string& name, std::string* bytes,
                     Diagnostics& diags, size_t max_bytes = kDefaultMaxFileBytes,
                     BinaryContent binary = BinaryContent::kRead);

/// True when the glob pattern ('*', '?') matches the whole name.
bool GlobMatch(std::string_view pattern, std::string_view name);

/// True when an input is read as JSON Lines: its name ends in .jsonl, or its
/// first byte is '{'.
bool IsJsonLines(std::string_view path, std::string_view bytes);

/// Decodes and parses one input's bytes (see the file comment). `first_line`
/// and `first_byte` say where in `path` the bytes start (a chunk of a JSON
/// Lines file); line numbers and byte offsets in messages count from them.
/// JSON Lines are checked a record at a time: a line with a NUL byte,
/// invalid UTF-8 or over max_line_bytes is reported and skipped, and the
/// other records go on.
std::vector<Article> LoadArticles(const std::string& path, std::string bytes,
                                  const SourceOptions& options, Diagnostics& diags,
                                  size_t first_line = 1, size_t first_byte = 0);

}  // namespace kiji

#endif  // KIJI_SOURCE_H_
