// Output helpers shared by every writer: TSV field escaping and JSON strings.
//
// TSV fields escape backslash, tab, newline and carriage return as \\, \t, \n
// and \r, so a record is always one line (docs/formats.md). JSON strings are
// produced by nlohmann::json's serializer. Pure functions; thread-safe.
//
//   std::string line;
//   kiji::AppendTsvField("a\tb", &line);   // line == "a\\tb"
//   kiji::UnescapeTsvField(line);           // "a\tb" again
//   kiji::AppendJsonString("「引用」", &line);
#ifndef KIJI_OUTPUT_H_
#define KIJI_OUTPUT_H_

#include <string>
#include <string_view>

namespace kiji {

/// Appends `field` to *out, escaped for TSV.
void AppendTsvField(std::string_view field, std::string* out);

/// Writes `field` escaped for TSV at p, which must have room for
/// 2 * field.size() bytes, and returns the end of what it wrote: for writers
/// that size their buffer once per record instead of appending per field.
char* WriteTsvField(std::string_view field, char* p);

/// Undoes AppendTsvField: \\ \t \n \r become \ TAB NL CR; any other
/// escaped character stands for itself.
std::string UnescapeTsvField(std::string_view field);

/// Appends `s` as a quoted JSON string (UTF-8 kept as is).
void AppendJsonString(std::string_view s, std::string* out);

/// Appends `s` quoted, as it is, and returns true when no byte of it needs a
/// JSON escape; otherwise appends nothing and returns false. It does not
/// check UTF-8: a writer that uses it checks its whole output once (every
/// string sits between ASCII quotes, so a broken sequence in one string is
/// broken in the whole) and falls back to AppendJsonString when it fails.
bool AppendPlainJsonString(std::string_view s, std::string* out);

/// Appends `field` to *out as an RFC 4180 CSV field (quoted when needed).
void AppendCsvField(std::string_view field, std::string* out);

}  // namespace kiji

#endif  // KIJI_OUTPUT_H_
