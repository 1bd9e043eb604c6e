// junit and checkstyle: the XML formats.
#include <fmt/format.h>

#include <map>

#include "check/formats.h"

namespace kiji::internal {
namespace {

// Escapes text for an XML attribute or element. Control characters that XML
// 1.0 forbids are written as \xNN; newlines and tabs as character references
// so attributes keep them.
std::string Xml(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02X}", c);
        } else {
          out += ch;
        }
    }
  }
  return out;
}

std::string Where(const Finding& f) {
  return f.begin.line == 0 ? std::string("whole file")
                           : fmt::format("line {}, column {}", f.begin.line, f.begin.column);
}

// Findings grouped by file, files in report order (files without findings
// included).
std::vector<std::pair<std::string, std::vector<const Finding*>>> ByFile(const CheckReport& r) {
  std::map<std::string, std::vector<const Finding*>> by;
  for (const Finding& f : r.findings) by[f.path].push_back(&f);
  std::vector<std::pair<std::string, std::vector<const Finding*>>> out;
  for (const std::string& p : r.reported) {
    auto it = by.find(p);
    out.emplace_back(p, it == by.end() ? std::vector<const Finding*>() : std::move(it->second));
  }
  return out;
}

}  // namespace

std::string Junit(const CheckReport& r) {
  // One testsuite per file, one testcase per finding (a file with none gets
  // one passing testcase). Errors and warnings are failures; infos are
  // skipped testcases, shown but not failing.
  size_t failures = r.Count(CheckLevel::kError) + r.Count(CheckLevel::kWarning);
  std::string body;
  size_t tests = 0;
  for (const auto& [path, findings] : ByFile(r)) {
    size_t file_failures = 0, skipped = 0;
    for (const Finding* f : findings) (f->level == CheckLevel::kInfo ? skipped : file_failures)++;
    const size_t n = findings.empty() ? 1 : findings.size();
    tests += n;
    body += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
        Xml(path), n, file_failures, skipped);
    if (findings.empty()) {
      body += fmt::format("    <testcase classname=\"{}\" name=\"kiji check\"/>\n", Xml(path));
    }
    for (const Finding* f : findings) {
      const std::string text = fmt::format("{}: {} [{}] {}", Where(*f), CheckLevelName(f->level),
                                           Rule(f->rule).id, f->message);
      body += fmt::format("    <testcase classname=\"{}\" name=\"{} {}\">\n", Xml(path),
                          Xml(Rule(f->rule).id), Xml(Where(*f)));
      if (f->level == CheckLevel::kInfo) {
        body += fmt::format("      <skipped message=\"{}\"/>\n", Xml(text));
      } else {
        body += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                            Xml(f->message), CheckLevelName(f->level), Xml(text));
      }
      body += "    </testcase>\n";
    }
    body += "  </testsuite>\n";
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"kiji check\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}"
      "</testsuites>\n",
      tests, failures, body);
}

std::string Checkstyle(const CheckReport& r) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const auto& [path, findings] : ByFile(r)) {
    out += fmt::format("  <file name=\"{}\">\n", Xml(path));
    for (const Finding* f : findings) {
      out += fmt::format(
          "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" "
          "source=\"kiji.{}\"/>\n",
          f->begin.line, f->begin.column, CheckLevelName(f->level), Xml(f->message),
          Xml(Rule(f->rule).id));
    }
    out += "  </file>\n";
  }
  return out + "</checkstyle>\n";
}

}  // namespace kiji::internal
