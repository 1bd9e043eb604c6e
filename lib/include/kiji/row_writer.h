// RowWriter: rows of named columns as TSV, CSV (each with a header line
// unless asked not to) or JSON Lines: the one writer of every tabular output
// (statistics commands, `kiji tokenize`, `kiji sectors`, `kiji speakers`).
//
// TSV fields escape \\ TAB LF CR as \\ \t \n \r (output.h), so a record is one
// line. CSV is RFC 4180 with LF line ends: a field with '"', ',', CR or LF is
// quoted and its quotes doubled. JSON Lines has one object per row, keys in
// column order. docs/formats.md gives the reading recipes.
//
// Floating-point values (Num) are printed with 10 significant digits
// ("{:.10g}", so their order survives printing); magnitudes below 1e-12, which
// only rounding error makes here, print as 0, and so does -0. Probabilities
// (Sig) have 6 significant digits. Non-finite values are an empty TSV/CSV
// field or JSON null. Output is identical on every run and machine. Not
// thread-safe: one writer per thread.
//
//   kiji::RowWriter w({kiji::RowFormat::kTsv, true}, {"term", "tf"});
//   std::string out = w.Header();
//   w.Str("中国").Int(17).End(&out);   // "term\ttf\n中国\t17\n"
#ifndef KIJI_ROW_WRITER_H_
#define KIJI_ROW_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/status.h"

namespace kiji {

enum class RowFormat { kTsv, kCsv, kJsonl };

/// Parses "tsv", "csv" or "jsonl".
Status ParseRowFormat(std::string_view s, RowFormat* out);

struct RowOptions {
  RowFormat format = RowFormat::kTsv;
  bool header = true;  // TSV and CSV: print the column names first
};

/// "10 significant digits" of RowWriter::Num, as text: "0.3333333333",
/// "1.5e-07", "17"; "" for a non-finite value.
std::string FormatNumber(double v);

class RowWriter {
 public:
  RowWriter(RowOptions options, std::vector<std::string> columns);
  /// The header line; "" for JSON Lines or without a header.
  std::string Header() const;
  RowWriter& Str(std::string_view v);
  RowWriter& Int(uint64_t v);
  /// A bool as 1 / 0 (JSON: true / false).
  RowWriter& Bool(bool v);
  RowWriter& Num(double v);
  RowWriter& Sig(double v);
  /// Ends the row and appends it to *out.
  void End(std::string* out);

 private:
  void Key();
  void Number(double v, bool probability);
  RowFormat format_;
  bool header_;
  std::vector<std::string> columns_;
  std::vector<std::string> json_keys_;  // each column as a JSON key and ':'
  size_t col_ = 0;
  std::string row_;
};

}  // namespace kiji

#endif  // KIJI_ROW_WRITER_H_
