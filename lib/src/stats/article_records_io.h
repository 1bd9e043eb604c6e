// The article records of a counts file (format version 2, docs/formats.md
// "Article records"): one `article` line per article, then its `asector`,
// `evidence`, `statement`, `aterm` and `acompound` lines, in that order.
// ArticleRecordReader takes the lines one at a time (the counts reader and
// the report both feed it), checks them and hands each complete record on.
#ifndef KIJI_STATS_ARTICLE_RECORDS_IO_H_
#define KIJI_STATS_ARTICLE_RECORDS_IO_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/article_record.h"
#include "kiji/status.h"

namespace kiji {

/// Appends the lines of one record (AppendTsvField escaping; terms and
/// compounds as they are: the caller keeps them sorted).
void AppendArticleRecord(const ArticleRecord& record, std::string* out);

/// True for the record kinds of article records ("article", "asector", ...).
bool IsArticleRecordKind(std::string_view kind);

class ArticleRecordReader {
 public:
  /// `on_record` (may be empty) receives each record once the next article
  /// line or Finish() shows it is complete.
  explicit ArticleRecordReader(std::function<Status(ArticleRecord)> on_record)
      : on_record_(std::move(on_record)) {}
  /// One line split at TABs. Errors are plain messages (no location): the
  /// caller adds FILE:LINE.
  Status Feed(const std::vector<std::string_view>& fields);
  /// Hands on the last record.
  Status Finish();
  uint64_t records() const { return records_; }

 private:
  Status ReadArticle(const std::vector<std::string_view>& f);
  Status ReadEvidence(const std::vector<std::string_view>& f);
  Status ReadStatement(const std::vector<std::string_view>& f);
  Status ReadCounted(const std::vector<std::string_view>& f, bool compound);
  Status Flush();

  std::function<Status(ArticleRecord)> on_record_;
  ArticleRecord current_;
  bool open_ = false;
  int rank_ = 0;  // kind order inside a record
  uint64_t records_ = 0;
};

}  // namespace kiji

#endif  // KIJI_STATS_ARTICLE_RECORDS_IO_H_
