// One file through the per-file rules: what RunCheck caches per content hash.
#ifndef KIJI_SRC_CHECK_FILE_CHECK_H_
#define KIJI_SRC_CHECK_FILE_CHECK_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/article.h"
#include "kiji/check.h"

namespace kiji::internal {

inline constexpr size_t kMinHashFunctions = 128;

/// What the duplicate rules need of one article.
struct ArticleSignature {
  uint32_t line = 1;                    // where the article starts in its file
  uint64_t exact_hi = 0, exact_lo = 0;  // XXH3-128 of the normalized text
  std::vector<uint32_t> minhash;        // kMinHashFunctions values; empty: too short
};

struct FileResult {
  bool rules_ran = false;         // false: only the signatures were computed
  std::vector<Finding> findings;  // path left empty
  std::vector<ArticleSignature> articles;
};

/// Byte offsets of a file to positions in the three column units.
class FileLocator {
 public:
  explicit FileLocator(std::string_view bytes);
  TextPosition At(size_t byte) const;
  size_t LineCount() const { return line_starts_.size(); }

 private:
  std::string_view bytes_;
  std::vector<size_t> line_starts_;
};

/// Collects findings at their configured levels (rules that are off add
/// nothing). Offsets are bytes into the file; for articles whose text is not
/// the file (JSON Lines) every finding is put on the record's line.
class FindingSink {
 public:
  FindingSink(const CheckConfig& config, const FileLocator& locator, std::vector<Finding>* out)
      : config_(config), locator_(locator), out_(out) {}
  bool On(RuleIndex r) const { return config_.On(r); }
  const CheckConfig& config() const { return config_; }
  /// Reports [begin, end) of the file.
  void Add(RuleIndex r, size_t begin, size_t end, std::string message);
  /// Reports a whole line (line 0: the whole file).
  void AddLine(RuleIndex r, uint32_t line, std::string message);

 private:
  const CheckConfig& config_;
  const FileLocator& locator_;
  std::vector<Finding>* out_;
};

/// Where an article's text lies in its file: plain and livedoor articles are
/// the file less a BOM (`shift` bytes); JSON Lines bodies are decoded, so
/// their findings go on `record_line`.
struct ArticlePlace {
  size_t shift = 0;
  bool in_file = true;
  uint32_t record_line = 0;
};

/// Reports [begin, end) of an article's text.
void AddAt(FindingSink& sink, const ArticlePlace& place, RuleIndex r, size_t begin, size_t end,
           std::string message);

/// Quotes text for a message: at most 40 code points, control characters
/// shown as \xNN.
std::string Snippet(std::string_view text);

// The rule families (one file each). Encoding works on the raw bytes and
// returns false when the file cannot be read as UTF-8 text.
bool CheckEncoding(std::string_view bytes, bool json_lines, FindingSink& sink);
void CheckNormalization(const Article& a, const ArticlePlace& place, FindingSink& sink);
Status CheckStructure(const Article& a, const ArticlePlace& place, FindingSink& sink);
/// The content rules on MeCab's analysis of `a`. An article bigger than
/// options.source.article_part_bytes is analysed part by part (whole blocks,
/// corpus/article_parts.h), so memory is bounded by a part, as in the other
/// commands: the unknown-word ratio is over all parts, the article is
/// tagged when a part is, quotes are checked in their part.
Status CheckContent(const Article& a, const CheckOptions& options, const ArticlePlace& place,
                    Analyzer& analyzer, FindingSink& sink);

/// True for an ISO 8601 date, optionally with a time and offset.
bool IsIsoDate(std::string_view date);

/// The signature of an article (its blocks' text, normalized).
ArticleSignature SignArticle(const Article& a);
/// Sorted, unique hashes of the character 5-grams of the normalized text
/// (white space removed): the set whose Jaccard similarity is confirmed.
std::vector<uint64_t> ShingleSet(const Article& a);
/// MinHash of a shingle set (empty for an empty set).
std::vector<uint32_t> MinHash(const std::vector<uint64_t>& shingles);
/// |A n B| / |A u B| of two sorted sets.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

/// Runs the per-file rules on one file's bytes. `analyzer` may be null when
/// no content rule is on; `signatures_only` skips the rules.
Status CheckFileBytes(const std::string& path, std::string bytes, const CheckOptions& options,
                      Analyzer* analyzer, bool signatures_only, FileResult* out);

/// Cache encoding of a whole report's findings and reported paths.
std::string EncodeReport(const CheckReport& r);
bool DecodeReport(std::string_view data, CheckReport* r);

/// Cache encoding of a FileResult (versioned by the cache's identity).
std::string EncodeFileResult(const FileResult& r);
bool DecodeFileResult(std::string_view data, FileResult* r);

}  // namespace kiji::internal

#endif  // KIJI_SRC_CHECK_FILE_CHECK_H_
