// text and github formats, the Markdown step summary and GitHub escaping.
#include <fmt/format.h>

#include <map>

#include "check/formats.h"
#include "kiji/check_writer.h"

namespace kiji {
namespace {

std::string TextLine(const Finding& f) {
  const std::string where =
      f.begin.line == 0 ? f.path : fmt::format("{}:{}:{}", f.path, f.begin.line, f.begin.column);
  return fmt::format("{}: {} [{}] {}\n", where, CheckLevelName(f.level), Rule(f.rule).id,
                     f.message);
}

std::string_view GithubCommand(CheckLevel l) {
  return l == CheckLevel::kError ? "error" : l == CheckLevel::kWarning ? "warning" : "notice";
}

std::string GithubAnnotation(const Finding& f) {
  std::string props = "file=" + GithubEscapeProperty(f.path);
  if (f.begin.line > 0) {
    props += fmt::format(",line={},col={}", f.begin.line, f.begin.column);
    if (f.end.line > 0 && f.end.line != f.begin.line) {
      props += fmt::format(",endLine={}", f.end.line);
    } else if (f.end.column > f.begin.column) {
      props += fmt::format(",endColumn={}", f.end.column);
    }
  }
  props += ",title=" + GithubEscapeProperty(fmt::format("kiji [{}]", Rule(f.rule).id));
  return fmt::format("::{} {}::{}\n", GithubCommand(f.level), props, GithubEscapeData(f.message));
}

std::string Github(const CheckReport& r, const CheckWriteOptions& o) {
  // Per type, the first findings in report order; errors are annotated
  // first, as GitHub drops what is past its limit.
  std::string out;
  std::map<CheckLevel, size_t> shown, total;
  for (const Finding& f : r.findings) ++total[f.level];
  const size_t all = r.findings.size();
  size_t annotated = 0;
  for (CheckLevel l : {CheckLevel::kError, CheckLevel::kWarning, CheckLevel::kInfo}) {
    size_t limit = o.github_limit;
    size_t rest = 0;
    for (CheckLevel m : {CheckLevel::kError, CheckLevel::kWarning, CheckLevel::kInfo}) {
      rest += total[m] > o.github_limit ? total[m] - o.github_limit : 0;
    }
    // The summary notice takes one of the notice places when needed.
    if (l == CheckLevel::kInfo && rest > 0 && limit > 0) --limit;
    for (const Finding& f : r.findings) {
      if (f.level != l || shown[l] >= limit) continue;
      out += GithubAnnotation(f);
      ++shown[l];
      ++annotated;
    }
  }
  if (annotated < all) {
    out += fmt::format(
        "::notice title=kiji check::{} more findings are not shown as annotations (GitHub shows "
        "{} per type): {} errors, {} warnings, {} notices in all; see the step log\n",
        all - annotated, o.github_limit, total[CheckLevel::kError], total[CheckLevel::kWarning],
        total[CheckLevel::kInfo]);
  }
  out += fmt::format("::group::kiji check: {} findings in {} files\n", all, r.reported.size());
  for (const Finding& f : r.findings) {
    // A newline in a file name or message would start a new log line.
    std::string line = TextLine(f);
    line.pop_back();
    out += GithubEscapeData(line) + "\n";
  }
  out += "::endgroup::\n";
  return out;
}

std::string MarkdownCell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string GithubEscapeData(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string GithubEscapeProperty(std::string_view s) {
  std::string out;
  for (char c : GithubEscapeData(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string CheckMarkdownSummary(const CheckReport& r) {
  std::map<std::pair<size_t, CheckLevel>, size_t> counts;
  for (const Finding& f : r.findings) ++counts[{static_cast<size_t>(f.rule), f.level}];
  std::string out = "### kiji check\n\n";
  out += fmt::format("{} files checked: {} errors, {} warnings, {} notices.\n\n", r.reported.size(),
                     r.Count(CheckLevel::kError), r.Count(CheckLevel::kWarning),
                     r.Count(CheckLevel::kInfo));
  if (counts.empty()) return out;
  out += "| rule | level | findings |\n|---|---|---:|\n";
  for (const auto& [key, n] : counts) {
    out += fmt::format("| `{}` | {} | {} |\n", MarkdownCell(CheckRules()[key.first].id),
                       CheckLevelName(key.second), n);
  }
  return out + "\n";
}

bool ParseCheckFormat(std::string_view name, CheckFormat* format) {
  static constexpr std::pair<std::string_view, CheckFormat> kNames[] = {
      {"text", CheckFormat::kText},      {"github", CheckFormat::kGithub},
      {"sarif", CheckFormat::kSarif},    {"json", CheckFormat::kJson},
      {"junit", CheckFormat::kJunit},    {"checkstyle", CheckFormat::kCheckstyle},
      {"rdjsonl", CheckFormat::kRdjsonl}};
  for (const auto& [n, f] : kNames) {
    if (n == name) {
      *format = f;
      return true;
    }
  }
  return false;
}

std::string FormatCheckReport(const CheckReport& r, CheckFormat format,
                              const CheckWriteOptions& o) {
  switch (format) {
    case CheckFormat::kText: {
      std::string out;
      for (const Finding& f : r.findings) out += TextLine(f);
      return out;
    }
    case CheckFormat::kGithub:
      return Github(r, o);
    case CheckFormat::kSarif:
      return internal::Sarif(r, o);
    case CheckFormat::kJson:
      return internal::Json(r);
    case CheckFormat::kRdjsonl:
      return internal::Rdjsonl(r);
    case CheckFormat::kJunit:
      return internal::Junit(r);
    case CheckFormat::kCheckstyle:
      return internal::Checkstyle(r);
  }
  return "";
}

}  // namespace kiji
