// CheckFileBytes: one file through the encoding, normalization, structure
// and content rules, with the signatures the duplicate rules need.
#include "check/file_check.h"

#include <fmt/format.h>

#include <algorithm>

#include "kiji/source.h"

namespace kiji::internal {
namespace {

bool AnyContentRuleOn(const CheckConfig& c) {
  for (size_t i = 0; i < kRuleCount; ++i) {
    if (CheckRules()[i].needs_analysis && c.levels[i] != CheckLevel::kOff) return true;
  }
  return false;
}

// The reader's diagnostics become structure/unreadable findings. Messages
// that already carry "PATH:LINE: " (JSON Lines records) have it moved into
// the position.
void ReportReaderDiagnostics(const std::string& path, const DiagnosticList& diags,
                             FindingSink& sink) {
  for (const Diagnostic& d : diags.items()) {
    std::string message = d.message;
    uint32_t line = static_cast<uint32_t>(d.line);
    const std::string prefix = path + ":";
    if (d.path.empty() && message.starts_with(prefix)) {
      size_t p = prefix.size(), digits = p;
      while (digits < message.size() && std::isdigit(static_cast<unsigned char>(message[digits])))
        ++digits;
      if (digits > p && message.compare(digits, 2, ": ") == 0) {
        line = static_cast<uint32_t>(std::stoul(message.substr(p, digits - p)));
        message = message.substr(digits + 2);
      }
    }
    sink.AddLine(RuleIndex::kUnreadable, line, std::move(message));
  }
}

void CheckDate(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  if (a.date.empty() || IsIsoDate(a.date)) return;
  const std::string message = fmt::format("date '{}' is not an ISO 8601 date", Snippet(a.date));
  if (a.format == ArticleFormat::kLivedoor) {
    sink.AddLine(RuleIndex::kBadDate, 2, message);  // livedoor's second line
  } else {
    AddAt(sink, place, RuleIndex::kBadDate, 0, 0, message);
  }
}

}  // namespace

Status CheckFileBytes(const std::string& path, std::string bytes, const CheckOptions& options,
                      Analyzer* analyzer, bool signatures_only, FileResult* out) {
  *out = FileResult();
  out->rules_ran = !signatures_only;
  DiagnosticList diags;
  if (signatures_only) {
    for (const Article& a : LoadArticles(path, std::move(bytes), options.source, diags)) {
      out->articles.push_back(SignArticle(a));
    }
    return Status::Ok();
  }
  const FileLocator locator(bytes);
  FindingSink sink(options.config, locator, &out->findings);
  const size_t shift = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const bool json_lines = IsJsonLines(path, std::string_view(bytes).substr(shift));
  if (!CheckEncoding(bytes, json_lines, sink)) return Status::Ok();
  if (bytes.find_first_not_of(" \t\r\n", shift) == std::string::npos) {
    sink.AddLine(RuleIndex::kEmptyBody, 0, "file is empty");
    return Status::Ok();
  }
  std::vector<Article> articles = LoadArticles(path, std::move(bytes), options.source, diags);
  ReportReaderDiagnostics(path, diags, sink);
  const bool analyze = analyzer != nullptr && AnyContentRuleOn(options.config);
  for (const Article& a : articles) {
    const ArticlePlace place{shift, a.format != ArticleFormat::kJsonl,
                             static_cast<uint32_t>(a.line)};
    CheckNormalization(a, place, sink);
    KIJI_RETURN_IF_ERROR(CheckStructure(a, place, sink));
    if (sink.On(RuleIndex::kBadDate)) CheckDate(a, place, sink);
    if (analyze) {
      if (Status st = CheckContent(a, options, place, *analyzer, sink); !st.ok()) {
        sink.AddLine(RuleIndex::kUnreadable, static_cast<uint32_t>(a.line), st.message());
      }
    }
    out->articles.push_back(SignArticle(a));
  }
  return Status::Ok();
}

}  // namespace kiji::internal
