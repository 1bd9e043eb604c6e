// Output formats of `kiji check`: one CheckReport, seven renderings.
//
//   text        FILE:LINE:COL: severity [rule] message   (columns: code points)
//   github      GitHub Actions workflow commands (::error file=...::message),
//               at most 10 per type plus one notice with the count of the rest,
//               then the full report in a collapsed group (columns: code points)
//   sarif       SARIF 2.1.0, columnKind unicodeCodePoints
//   json        one JSON document: {"findings": [...], "summary": {...}}
//   junit       JUnit XML: one testsuite per file, one testcase per finding
//   checkstyle  Checkstyle XML 4.3 (columns: code points)
//   rdjsonl     reviewdog Diagnostic per line (columns: UTF-8 bytes)
// docs/check.md describes each. Pure functions; thread-safe.
//
//   kiji::CheckFormat f;
//   if (kiji::ParseCheckFormat("sarif", &f)) out << kiji::FormatCheckReport(report, f, {});
#ifndef KIJI_CHECK_WRITER_H_
#define KIJI_CHECK_WRITER_H_

#include <string>
#include <string_view>

#include "kiji/check.h"

namespace kiji {

enum class CheckFormat { kText, kGithub, kSarif, kJson, kJunit, kCheckstyle, kRdjsonl };

/// Parses "text", "github", "sarif", "json", "junit", "checkstyle", "rdjsonl".
bool ParseCheckFormat(std::string_view name, CheckFormat* format);

struct CheckWriteOptions {
  std::string tool_version = "0.0.0";  // kiji's version, for SARIF
  // SARIF tool.driver.informationUri: where the rules are documented.
  std::string information_uri = "https://github.com/kiji-news/kiji/blob/main/docs/check.md";
  // GitHub shows at most this many annotations of each type per step.
  size_t github_limit = 10;
};

/// The whole report in `format`.
std::string FormatCheckReport(const CheckReport& report, CheckFormat format,
                              const CheckWriteOptions& options);

/// A Markdown summary (counts per rule and level) for $GITHUB_STEP_SUMMARY.
std::string CheckMarkdownSummary(const CheckReport& report);

/// GitHub workflow-command escaping: data escapes % CR LF; properties also
/// escape ':' and ','.
std::string GithubEscapeData(std::string_view s);
std::string GithubEscapeProperty(std::string_view s);

}  // namespace kiji

#endif  // KIJI_CHECK_WRITER_H_
