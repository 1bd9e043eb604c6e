// Writers for statements (statements.h): JSON Lines, TSV and CSV records (TSV
// and CSV through RowWriter), and the
// per-speaker summary of `kiji speakers --by speaker`.
//
// Record fields, in this order (docs/formats.md): article, kind, quote,
// quote_start, quote_end, speaker, speaker_type, mention, mention_start,
// mention_end, honorific, reading, role, verb, sentence.
//
// SpeakerSummary is a mergeable accumulator: Add() the statements of each
// article (or Encode() them on a worker thread and AddEncoded() them later, in
// input order), Merge() partial summaries of shards, then Append() the rows,
// sorted by (statements desc, speaker, type). Output is the same whatever
// the order articles were added in. Not thread-safe; use one per thread.
//
//   kiji::AppendStatements(doc.article->id, statements, kiji::StatementFormat::kJsonl, &out);
//   kiji::SpeakerSummary summary;
//   summary.Add(doc.article->id, statements);
//   summary.Append(kiji::StatementFormat::kTsv, &out);
#ifndef KIJI_STATEMENT_WRITER_H_
#define KIJI_STATEMENT_WRITER_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/statements.h"

namespace kiji {

enum class StatementFormat { kJsonl, kTsv, kCsv };

/// Parses "jsonl", "tsv" or "csv".
bool ParseStatementFormat(std::string_view s, StatementFormat* out);

/// The TSV or CSV header line of statement records (with '\n'); "" for JSON
/// Lines.
std::string StatementHeader(StatementFormat format);
/// Appends an article id as AppendStatements writes it (escaped or quoted
/// for the format; SpeakerSummary::Encode writes it as kTsv), for the
/// analysis cache (cached_output.h).
void AppendStatementArticleId(StatementFormat format, std::string_view article, std::string* out);

/// Appends one record per statement.
void AppendStatements(std::string_view article, const std::vector<Statement>& statements,
                      StatementFormat format, std::string* out);

class SpeakerSummary {
 public:
  void Add(std::string_view article, const std::vector<Statement>& statements);
  /// A compact line-based form of Add()'s arguments, for passing results from
  /// worker threads; AddEncoded(Encode(a, s)) == Add(a, s).
  static void Encode(std::string_view article, const std::vector<Statement>& statements,
                     std::string* out);
  void AddEncoded(std::string_view encoded);
  void Merge(const SpeakerSummary& other);

  /// The TSV or CSV header line of summary rows (with '\n'); "" for JSON Lines.
  static std::string Header(StatementFormat format);
  void Append(StatementFormat format, std::string* out) const;
  size_t size() const { return rows_.size(); }

 private:
  struct Row {
    std::set<std::string> roles;  // the shortest non-empty one is shown
    size_t statements = 0;
    std::map<std::string, size_t> verbs;  // verb -> statements
    std::set<std::string> articles;
  };
  void AddOne(std::string_view article, std::string_view speaker, std::string_view type,
              std::string_view role, std::string_view verb);
  std::map<std::pair<std::string, std::string>, Row> rows_;  // (speaker, type)
};

}  // namespace kiji

#endif  // KIJI_STATEMENT_WRITER_H_
