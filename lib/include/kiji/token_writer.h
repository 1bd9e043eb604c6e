// Writers for `kiji tokenize`: MeCab's own format, wakati, TSV, CSV (both
// through RowWriter, row_writer.h) and JSON Lines.
//
// Each writer appends one Document to a string buffer; the caller writes the
// buffer out in input order, so output is the same for any number of threads.
// Formats are defined in docs/formats.md. Pure functions; thread-safe.
//
//   std::string buf;
//   kiji::AppendTokens(doc, kiji::TokenFormat::kTsv, &buf);
#ifndef KIJI_TOKEN_WRITER_H_
#define KIJI_TOKEN_WRITER_H_

#include <string>
#include <string_view>

#include "kiji/token.h"

namespace kiji {

enum class TokenFormat { kMecab, kWakati, kTsv, kCsv, kJsonl };

/// Parses "mecab", "wakati", "tsv", "csv", "jsonl".
bool ParseTokenFormat(std::string_view name, TokenFormat* out);

/// The header line of TSV or CSV (with '\n'); "" for the other formats.
std::string TokenHeader(TokenFormat format);

/// Appends the tokens of `doc` in `format`.
void AppendTokens(const Document& doc, TokenFormat format, std::string* out);

}  // namespace kiji

#endif  // KIJI_TOKEN_WRITER_H_
