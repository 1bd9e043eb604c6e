// Reading kiji's own data files (dictionaries/*.tsv and users' replacements):
// the one place that knows their common shape.
//
// A data file is UTF-8 text, one record per line, fields separated by TAB;
// lines starting with '#' and empty lines are ignored, a trailing '\r' is
// dropped. ForEachDataLine() validates the encoding first and hands each
// record line to a callback with its 1-based line number; errors are
// "PATH:LINE: message". Pure functions; thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(std::string text, kiji::ReadDataFile(path, "terms"));
//   KIJI_RETURN_IF_ERROR(kiji::ForEachDataLine(text, path,
//       [&](size_t line_no, std::string_view line) -> kiji::Status {
//         std::vector<std::string_view> fields = kiji::SplitFields(line, '\t');
//         ...
//       }));
#ifndef KIJI_SRC_BASE_DATA_FILE_H_
#define KIJI_SRC_BASE_DATA_FILE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/status.h"

namespace kiji {

/// The whole content of a data file; NotFound "PATH: cannot open WHAT file".
Result<std::string> ReadDataFile(const std::string& path, std::string_view what);

/// Calls fn(line_no, line) for every record line of `text` (see the file
/// comment) and stops at the first error. Invalid UTF-8 is an error
/// "PATH:LINE: invalid UTF-8 at byte N".
Status ForEachDataLine(std::string_view text, const std::string& path,
                       const std::function<Status(size_t, std::string_view)>& fn);

/// Splits on `sep`; n separators give n + 1 fields (empty ones included).
std::vector<std::string_view> SplitFields(std::string_view s, char sep);

}  // namespace kiji

#endif  // KIJI_SRC_BASE_DATA_FILE_H_
