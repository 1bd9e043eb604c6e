#include "kiji/source.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

#include "icu_text.h"
#include "kiji/utf8.h"

namespace kiji {
namespace fs = std::filesystem;
namespace {

void Report(Diagnostics& diags, const std::string& path, size_t line, std::string msg) {
  diags.Report({path, line, std::move(msg), Severity::kError});
}

std::string ErrnoMessage(int err) {
  std::string m = std::strerror(err);
  return m;
}

bool Matches(const SourceOptions& o, const std::string& name) {
  auto match = [&](const std::string& g) { return GlobMatch(g, name); };
  return std::any_of(o.globs.begin(), o.globs.end(), match) &&
         std::none_of(o.exclude.begin(), o.exclude.end(), match);
}

// Walks `dir`, appending matching files in sorted byte order. `visited` holds
// the (device, inode) of every folder on the way, to detect symlink loops.
void Walk(const std::string& dir, const SourceOptions& o,
          std::set<std::pair<dev_t, ino_t>>& visited, std::vector<std::string>& out,
          Diagnostics& diags) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    Report(diags, dir, 0, ec.message());
    return;
  }
  std::vector<std::string> names;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    names.push_back(it->path().filename().string());
  }
  if (ec) Report(diags, dir, 0, ec.message());
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string path = dir;
    if (path.empty() || path.back() != '/') path += '/';
    path += name;
    struct stat lst, st;
    if (lstat(path.c_str(), &lst) != 0) {
      Report(diags, path, 0, ErrnoMessage(errno));
      continue;
    }
    const bool is_link = S_ISLNK(lst.st_mode);
    if (stat(path.c_str(), &st) != 0) {
      Report(diags, path, 0, is_link ? "broken symbolic link" : ErrnoMessage(errno));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      if (is_link && !o.follow_symlinks) continue;
      if (!visited.insert({st.st_dev, st.st_ino}).second) {
        Report(diags, path, 0, "symbolic link loop: folder already visited, not followed");
        continue;
      }
      Walk(path, o, visited, out, diags);
      visited.erase({st.st_dev, st.st_ino});
    } else if (S_ISREG(st.st_mode) && Matches(o, name)) {
      out.push_back(path);
    }
  }
}

bool LooksBinary(std::string_view bytes) { return bytes.find('\0') != std::string_view::npos; }

// Why a byte sequence is not UTF-8: a legacy Japanese encoding, or just broken.
// ICU's detector needs a few hundred bytes to be sure; for short samples,
// the encodings that decode the bytes without error are named instead.
std::string EncodingHint(std::string_view bytes) {
  if (auto guess = internal::DetectCharset(bytes); guess && guess->confidence >= 50) {
    if (guess->name == "Shift_JIS") {
      return "; it looks like Shift_JIS (convert with --encoding shift_jis)";
    }
    if (guess->name == "EUC-JP") {
      return "; it looks like EUC-JP (convert with --encoding euc-jp)";
    }
  }
  std::vector<std::string> fits;
  for (const char* name : {"euc-jp", "shift_jis"}) {
    if (internal::ConvertToUtf8(bytes, name).ok()) fits.emplace_back(name);
  }
  if (fits.size() == 1) {
    return fmt::format("; it may be {} (convert with --encoding {})", fits[0], fits[0]);
  }
  if (fits.size() == 2) {
    return "; it may be EUC-JP or Shift_JIS (convert with --encoding euc-jp or shift_jis)";
  }
  return "";
}

std::vector<Article> LoadJsonLines(const std::string& path, const std::string& text,
                                   Diagnostics& diags, size_t first_line) {
  std::vector<Article> out;
  size_t pos = 0, line_no = first_line;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl;
    std::string_view line(text.data() + pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) {
      Result<Article> a = ParseJsonArticle(line, path, line_no);
      if (a.ok()) {
        out.push_back(std::move(a).value());
      } else {
        diags.Report({"", 0, a.status().message(), Severity::kError});
      }
    }
    pos = end + 1;
    ++line_no;
  }
  return out;
}

}  // namespace

bool GlobMatch(std::string_view p, std::string_view s) {
  size_t pi = 0, si = 0, star = std::string_view::npos, mark = 0;
  while (si < s.size()) {
    if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
      ++pi, ++si;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++, mark = si;
    } else if (star != std::string_view::npos) {
      pi = star + 1, si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& operands,
                                      const SourceOptions& options, Diagnostics& diags) {
  std::vector<std::string> out;
  for (const std::string& op : operands) {
    if (op == "-") {
      out.push_back(op);
      continue;
    }
    struct stat st;
    if (stat(op.c_str(), &st) != 0) {
      Report(diags, op, 0, ErrnoMessage(errno));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      std::set<std::pair<dev_t, ino_t>> visited = {{st.st_dev, st.st_ino}};
      Walk(op, options, visited, out, diags);
    } else {
      out.push_back(op);
    }
  }
  return out;
}

std::vector<std::string> SplitFileList0(std::string_view list) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t nul = list.find('\0', pos);
    size_t end = nul == std::string_view::npos ? list.size() : nul;
    if (end > pos) out.emplace_back(list.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool ReadFileBytes(const std::string& path, std::string* bytes, Diagnostics& diags) {
  // One read() per file into a buffer sized from fstat: istreambuf_iterator
  // copies a byte at a time, which showed up in profiles of big corpora.
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    Report(diags, path, 0, ErrnoMessage(errno));
    return false;
  }
  struct stat st;
  bytes->clear();
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
    bytes->reserve(static_cast<size_t>(st.st_size));
  }
  char buf[64 * 1024];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) bytes->append(buf, n);
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  std::fclose(f);
  if (failed) {
    Report(diags, path, 0, err == EISDIR ? "is a directory" : ErrnoMessage(err));
    return false;
  }
  return true;
}

bool IsJsonLines(std::string_view path, std::string_view bytes) {
  return path.ends_with(".jsonl") || (!bytes.empty() && bytes.front() == '{');
}

std::vector<Article> LoadArticles(const std::string& path, std::string bytes,
                                  const SourceOptions& options, Diagnostics& diags,
                                  size_t first_line) {
  // Line of a byte offset in the whole file.
  auto line_of = [&](size_t offset) { return LineOfOffset(bytes, offset) + first_line - 1; };
  if (LooksBinary(bytes)) {
    const size_t at = bytes.find('\0');
    Report(diags, path, line_of(at), fmt::format("binary file (NUL byte at byte {}), skipped", at));
    return {};
  }
  if (!options.encoding.empty()) {
    Result<std::string> converted = internal::ConvertToUtf8(bytes, options.encoding);
    if (!converted.ok()) {
      Report(diags, path, 0, converted.status().message());
      return {};
    }
    bytes = std::move(converted).value();
  }
  if (options.encoding.empty()) {
    // ISO-2022-JP is 7-bit, so it passes UTF-8 validation: look for its escapes.
    size_t esc = std::min(bytes.find("\x1b$B"), bytes.find("\x1b$@"));
    if (esc != std::string::npos) {
      Report(diags, path, line_of(esc),
             fmt::format("ISO-2022-JP escape sequence at byte {}; convert with --encoding "
                         "iso-2022-jp",
                         esc));
      return {};
    }
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (auto bad = FindInvalidUtf8(bytes)) {
    Report(diags, path, line_of(*bad),
           fmt::format("invalid UTF-8 at byte {}{}", *bad, EncodingHint(bytes)));
    return {};
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    Report(diags, path, 0, "empty file");
    return {};
  }
  size_t pos = 0, line_no = first_line;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    size_t end = nl == std::string::npos ? bytes.size() : nl;
    if (end - pos > options.max_line_bytes) {
      Report(diags, path, line_no,
             fmt::format("line is {} bytes, longer than the limit of {} (--max-line-bytes)",
                         end - pos, options.max_line_bytes));
      return {};
    }
    pos = end + 1;
    ++line_no;
  }
  if (IsJsonLines(path, bytes)) return LoadJsonLines(path, bytes, diags, first_line);
  Article a = ParseTextArticle(path, path, std::move(bytes));
  if (a.blocks.empty()) {
    Report(diags, path, 0, "no article text found");
    return {};
  }
  std::vector<Article> out;
  out.push_back(std::move(a));
  return out;
}

}  // namespace kiji
