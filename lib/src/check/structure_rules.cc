// structure/*: title, body, references, brackets, scraping leftovers and
// white space, on a parsed Article.
#include <fmt/format.h>

#include <map>
#include <memory>

#include "check/file_check.h"
#include "kiji/utf8.h"
#include "text/icu_text.h"

namespace kiji::internal {
namespace {

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos &&
         line.find("\u3000") == std::string_view::npos;
}

bool IsWhiteSpaceLine(std::string_view line) {
  while (!line.empty()) {
    if (line.front() == ' ' || line.front() == '\t' || line.front() == '\r') {
      line.remove_prefix(1);
    } else if (line.starts_with("\u3000")) {
      line.remove_prefix(3);
    } else {
      return false;
    }
  }
  return true;
}

// Byte length of the white space at the end of `line` (a '\r' is not counted).
size_t TrailingSpace(std::string_view line) {
  size_t n = 0;
  for (;;) {
    std::string_view rest = line.substr(0, line.size() - n);
    if (rest.ends_with(" ") || rest.ends_with("\t")) {
      n += 1;
    } else if (rest.ends_with("\u3000")) {
      n += 3;
    } else {
      return n;
    }
  }
}

void CheckLines(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  std::string_view text = a.text;
  size_t pos = 0, blank_run = 0, blank_start = 0;
  auto end_run = [&] {
    if (blank_run > sink.config().max_blank_lines) {
      AddAt(sink, place, RuleIndex::kBlankLines, blank_start, blank_start,
            fmt::format("{} blank lines in a row (at most {})", blank_run,
                        sink.config().max_blank_lines));
    }
    blank_run = 0;
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    std::string_view content = line.ends_with("\r") ? line.substr(0, line.size() - 1) : line;
    if (size_t n = TrailingSpace(content); n > 0) {
      const size_t b = pos + content.size() - n;
      AddAt(sink, place, RuleIndex::kTrailingWhitespace, b, b + n,
            fmt::format("trailing white space ({} bytes)", n));
    }
    if (IsWhiteSpaceLine(line)) {
      if (blank_run++ == 0) blank_start = pos;
    } else {
      end_run();
    }
    pos = end + 1;
  }
  end_run();
}

struct Bracket {
  char32_t open, close;
};
constexpr Bracket kBrackets[] = {{U'「', U'」'}, {U'『', U'』'}, {U'（', U'）'}, {U'(', U')'}};

void CheckBrackets(const Article& a, const Block& block, const ArticlePlace& place,
                   FindingSink& sink) {
  std::string_view text = a.BlockText(block);
  std::vector<std::pair<char32_t, size_t>> open;  // bracket, offset
  size_t pos = 0;
  auto report = [&](size_t at, char32_t c, const char* what) {
    std::string s;
    AppendUtf8(c, &s);
    AddAt(sink, place, RuleIndex::kUnbalancedBrackets, block.begin + at,
          block.begin + at + s.size(), fmt::format("'{}' {}", s, what));
  };
  while (pos < text.size()) {
    const size_t at = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    for (const Bracket& b : kBrackets) {
      if (c == b.open) open.emplace_back(c, at);
      if (c != b.close) continue;
      if (!open.empty() && open.back().first == b.open) {
        open.pop_back();
      } else {
        report(at, c, "closes a bracket that was not opened");
        return;  // one finding per block: the rest is unreliable
      }
    }
  }
  if (!open.empty()) report(open.front().second, open.front().first, "is never closed");
}

Status CheckScraping(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  for (const std::string& pattern : sink.config().scraping_patterns) {
    // Compiled once per thread, not once per file.
    thread_local std::map<std::string, std::shared_ptr<const Utf8Regex>> compiled;
    std::shared_ptr<const Utf8Regex>& re = compiled[pattern];
    if (re == nullptr) {
      KIJI_ASSIGN_OR_RETURN(re, Utf8Regex::Compile(pattern));
    }
    for (const Block& block : a.blocks) {
      size_t b, e;
      std::string_view text = a.BlockText(block);
      if (!re->Find(text, &b, &e)) continue;
      AddAt(sink, place, RuleIndex::kScrapingLeftover, block.begin + b, block.begin + e,
            fmt::format("scraping leftover '{}'", Snippet(text.substr(b, e - b))));
    }
  }
  return Status::Ok();
}

void CheckTitleAndBody(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  const Block* title =
      !a.blocks.empty() && a.blocks[0].kind == BlockKind::kTitle ? &a.blocks[0] : nullptr;
  // A plain-text title is the first line; a blank first line means none.
  const bool first_line_blank =
      a.format == ArticleFormat::kPlain && IsBlankLine(a.text.substr(0, a.text.find('\n')));
  if ((title == nullptr && a.title.empty()) || first_line_blank) {
    AddAt(sink, place, RuleIndex::kMissingTitle, 0, 0, "article has no title");
  } else {
    const std::string_view t = title ? a.BlockText(*title) : std::string_view(a.title);
    const size_t n = CountCodePoints(t);
    if (n > sink.config().max_title_chars) {
      AddAt(sink, place, RuleIndex::kLongTitle, title ? title->begin : 0, title ? title->end : 0,
            fmt::format("title is {} characters long (at most {})", n,
                        sink.config().max_title_chars));
    }
  }
  size_t body = 0;
  const Block* first_body = nullptr;
  for (const Block& b : a.blocks) {
    if (b.kind == BlockKind::kTitle) continue;
    if (first_body == nullptr) first_body = &b;
    body += CountCodePoints(a.BlockText(b));
  }
  if (first_body == nullptr) {
    AddAt(sink, place, RuleIndex::kEmptyBody, 0, 0, "article has no body text");
  } else if (body < sink.config().min_body_chars) {
    AddAt(sink, place, RuleIndex::kShortBody, first_body->begin, first_body->end,
          fmt::format("body is {} characters long (at least {})", body,
                      sink.config().min_body_chars));
  }
}

void CheckReference(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  if (a.format == ArticleFormat::kLivedoor) return;  // the URL line is the source
  if (a.format == ArticleFormat::kJsonl) {
    if (a.source.empty() && a.url.empty()) {
      AddAt(sink, place, RuleIndex::kMissingReference, 0, 0, "record has no \"source\" or \"url\"");
    }
    return;
  }
  if (a.reference_title.empty() && a.source.empty()) {
    const size_t end = a.text.size();
    AddAt(sink, place, RuleIndex::kMissingReference, end, end,
          "no 'Reference(s):' footer naming the source");
  }
}

}  // namespace

Status CheckStructure(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  CheckTitleAndBody(a, place, sink);
  if (sink.On(RuleIndex::kMissingReference)) CheckReference(a, place, sink);
  if (sink.On(RuleIndex::kUnbalancedBrackets)) {
    for (const Block& b : a.blocks) CheckBrackets(a, b, place, sink);
  }
  if (sink.On(RuleIndex::kScrapingLeftover)) KIJI_RETURN_IF_ERROR(CheckScraping(a, place, sink));
  // Lines of a JSON Lines body are not lines of the file.
  if (place.in_file) CheckLines(a, place, sink);
  return Status::Ok();
}

}  // namespace kiji::internal
