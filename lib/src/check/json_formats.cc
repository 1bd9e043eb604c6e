// sarif, json and rdjsonl: the JSON formats, written with nlohmann::ordered_json
// so that keys keep a fixed order.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "check/formats.h"
#include "kiji/analysis_cache.h"
#include "kiji/output.h"
#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

using Json_ = nlohmann::ordered_json;

std::string Dump(const Json_& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string_view SarifLevel(CheckLevel l) {
  return l == CheckLevel::kError ? "error" : l == CheckLevel::kWarning ? "warning" : "note";
}

std::string_view RdSeverity(CheckLevel l) {
  return l == CheckLevel::kError ? "ERROR" : l == CheckLevel::kWarning ? "WARNING" : "INFO";
}

// Whole-file findings (line 0) point at the start of the file.
TextPosition Begin(const Finding& f) {
  return f.begin.line == 0 ? TextPosition{1, 1, 1, 1} : f.begin;
}
TextPosition End(const Finding& f) { return f.end.line == 0 ? Begin(f) : f.end; }

Json_ SarifRules() {
  Json_ rules = Json_::array();
  for (const RuleInfo& r : CheckRules()) {
    rules.push_back(
        {{"id", r.id},
         {"shortDescription", {{"text", r.short_description}}},
         {"fullDescription", {{"text", r.full_description}}},
         {"help", {{"text", r.help}}},
         {"defaultConfiguration",
          {{"level",
            r.default_level == CheckLevel::kOff ? "none" : SarifLevel(r.default_level)}}}});
  }
  return rules;
}

// AppendJsonString, with a fast path for the common string that needs no
// escaping.
void AppendJson(std::string_view s, std::string* out) {
  const bool plain = std::none_of(s.begin(), s.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c < 0x20 || ch == '"' || ch == '\\';
  });
  if (!plain || FindInvalidUtf8(s)) {
    AppendJsonString(s, out);
    return;
  }
  out->push_back('"');
  out->append(s);
  out->push_back('"');
}

}  // namespace

std::string PathUri(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  std::string out;
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/') {
      out += ch;
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

std::string FindingFingerprint(const Finding& f, size_t occurrence) {
  return HashHex(fmt::format("{}\n{}\n{}\n{}", Rule(f.rule).id, f.path, f.message, occurrence));
}

// Results are written as text rather than built as JSON values: a corpus
// can have hundreds of thousands of findings, and the value tree cost more
// than the whole cached check.
std::string Sarif(const CheckReport& r, const CheckWriteOptions& o) {
  std::string results;
  std::map<std::string, size_t> occurrences;
  for (const Finding& f : r.findings) {
    const TextPosition b = Begin(f), e = End(f);
    const size_t occurrence =
        occurrences[fmt::format("{}\n{}\n{}", Rule(f.rule).id, f.path, f.message)]++;
    results += results.empty() ? "" : ",";
    results += fmt::format(R"({{"ruleId":"{}","ruleIndex":{},"level":"{}","message":{{"text":)",
                           Rule(f.rule).id, static_cast<size_t>(f.rule), SarifLevel(f.level));
    AppendJson(f.message, &results);
    results += R"(},"locations":[{"physicalLocation":{"artifactLocation":{"uri":)";
    AppendJson(PathUri(f.path), &results);
    results += fmt::format(
        R"(,"uriBaseId":"%SRCROOT%"}},"region":{{"startLine":{},"startColumn":{},"endLine":{},)"
        R"("endColumn":{}}}}}}}],"partialFingerprints":{{"kijiFindingHash/v1":"{}"}}}})",
        b.line, b.column, e.line, e.column, FindingFingerprint(f, occurrence));
  }
  Json_ driver = {{"name", "kiji"},
                  {"version", o.tool_version},
                  {"informationUri", o.information_uri},
                  {"rules", SarifRules()}};
  std::string out = R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json",)"
                    R"("version":"2.1.0","runs":[{"tool":{"driver":)";
  out += Dump(driver);
  out += R"(},"columnKind":"unicodeCodePoints","results":[)";
  out += results;
  return out + "]}]}\n";
}

std::string Json(const CheckReport& r) {
  std::string out = R"({"findings":[)";
  bool first = true;
  for (const Finding& f : r.findings) {
    out += first ? "{\"path\":" : ",{\"path\":";
    first = false;
    AppendJson(f.path, &out);
    out += fmt::format(R"(,"line":{},"column":{},"end_line":{},"end_column":{},"byte_column":{},)"
                       R"("utf16_column":{},"rule":"{}","severity":"{}","message":)",
                       f.begin.line, f.begin.column, f.end.line, f.end.column, f.begin.byte_column,
                       f.begin.utf16_column, Rule(f.rule).id, CheckLevelName(f.level));
    AppendJson(f.message, &out);
    out += "}";
  }
  out += fmt::format(R"(],"summary":{{"files":{},"errors":{},"warnings":{},"infos":{}}}}})",
                     r.reported.size(), r.Count(CheckLevel::kError), r.Count(CheckLevel::kWarning),
                     r.Count(CheckLevel::kInfo));
  return out + "\n";
}

std::string Rdjsonl(const CheckReport& r) {
  std::string out;
  for (const Finding& f : r.findings) {
    out += "{\"message\":";
    AppendJson(f.message, &out);
    out += ",\"location\":{\"path\":";
    AppendJson(f.path, &out);
    if (f.begin.line > 0) {
      // reviewdog counts columns in UTF-8 bytes; end is exclusive.
      out += fmt::format(
          R"(,"range":{{"start":{{"line":{},"column":{}}},"end":{{"line":{},"column":{}}}}})",
          f.begin.line, f.begin.byte_column, f.end.line, f.end.byte_column);
    }
    out += fmt::format(R"(}},"severity":"{}","code":{{"value":"{}"}},"source":{{"name":"kiji"}}}})",
                       RdSeverity(f.level), Rule(f.rule).id);
    out += "\n";
  }
  return out;
}

}  // namespace kiji::internal
