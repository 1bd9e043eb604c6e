// RowWriter: rows of named columns as TSV (with a header line unless asked
// not to) or JSON Lines, the output of every statistics command.
//
// Floating-point values are printed with 6 decimals ("{:.6f}", -0 printed
// as 0), p-values with 6 significant digits ("{:.6g}"), non-finite values as
// an empty TSV field or JSON null, so output is identical on every run and
// machine. Not thread-safe: one writer per thread.
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

enum class RowFormat { kTsv, kJsonl };

/// Parses "tsv" or "jsonl".
Status ParseRowFormat(std::string_view s, RowFormat* out);

struct RowOptions {
  RowFormat format = RowFormat::kTsv;
  bool header = true;  // TSV only: print the column names first
};

class RowWriter {
 public:
  RowWriter(RowOptions options, std::vector<std::string> columns);
  /// The TSV header line; "" for JSON Lines or without a header.
  std::string Header() const;
  RowWriter& Str(std::string_view v);
  RowWriter& Int(uint64_t v);
  RowWriter& Num(double v);
  RowWriter& Sig(double v);
  /// Ends the row and appends it to *out.
  void End(std::string* out);

 private:
  void Key();
  // A number: fixed 6 decimals, else 6 significant digits.
  void Number(double v, bool fixed);
  bool jsonl_;
  bool header_;
  std::vector<std::string> columns_;
  size_t col_ = 0;
  std::string row_;
};

}  // namespace kiji

#endif  // KIJI_ROW_WRITER_H_
