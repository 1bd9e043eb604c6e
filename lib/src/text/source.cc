#include "kiji/source.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <istream>
#include <memory>
#include <utility>
#include <vector>

#include "kiji/utf8.h"
#include "text/icu_text.h"

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

// The names in `dir`, sorted by bytes. Problems are reported.
std::vector<std::string> SortedNames(const std::string& dir, Diagnostics& diags) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  std::vector<std::string> names;
  if (ec) {
    Report(diags, dir, 0, ec.message());
    return names;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    names.push_back(it->path().filename().string());
  }
  if (ec) Report(diags, dir, 0, ec.message());
  std::sort(names.begin(), names.end());
  return names;
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

// One record per line. A line with a NUL byte, invalid UTF-8 or more than
// max_line_bytes is reported and skipped; the other records go on.
// `first_byte` is where `text` starts in the file (a chunk of it).
std::vector<Article> LoadJsonLines(const std::string& path, const std::string& text,
                                   const SourceOptions& options, Diagnostics& diags,
                                   size_t first_line, size_t first_byte) {
  std::vector<Article> out;
  size_t pos = 0, line_no = first_line;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl;
    std::string_view line(text.data() + pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t at = first_byte + pos;  // the line's byte offset in the file
    if (line.size() > options.max_line_bytes) {
      Report(diags, path, line_no,
             fmt::format("line is {} bytes, longer than the limit of {} (--max-line-bytes); "
                         "record skipped",
                         line.size(), options.max_line_bytes));
    } else if (size_t nul = line.find('\0'); nul != std::string_view::npos) {
      Report(diags, path, line_no, fmt::format("NUL byte at byte {}; record skipped", at + nul));
    } else if (auto bad = FindInvalidUtf8(line)) {
      Report(diags, path, line_no,
             fmt::format("invalid UTF-8 at byte {}; record skipped", at + *bad));
    } else if (line.find_first_not_of(" \t") != std::string_view::npos) {
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

InputWalker::InputWalker(OperandFunction next_operand, SourceOptions options)
    : next_operand_(std::move(next_operand)), options_(std::move(options)) {}

InputWalker::InputWalker(std::vector<std::string> operands, SourceOptions options)
    : options_(std::move(options)) {
  auto list = std::make_shared<std::vector<std::string>>(std::move(operands));
  next_operand_ = [list, i = size_t{0}](std::string* op) mutable {
    if (i >= list->size()) return false;
    *op = std::move((*list)[i++]);
    return true;
  };
}

bool InputWalker::Next(std::string* path, Diagnostics& diags) {
  for (;;) {
    if (folders_.empty()) {
      std::string op;
      if (!next_operand_(&op)) return false;
      if (op == "-") {
        *path = std::move(op);
        return true;
      }
      struct stat st;
      if (stat(op.c_str(), &st) != 0) {
        Report(diags, op, 0, ErrnoMessage(errno));
        continue;
      }
      if (!S_ISDIR(st.st_mode)) {
        *path = std::move(op);
        return true;
      }
      folders_.push_back({op, SortedNames(op, diags), 0, st.st_dev, st.st_ino});
      continue;
    }
    Folder& f = folders_.back();
    if (f.next >= f.names.size()) {
      folders_.pop_back();
      continue;
    }
    std::string entry = f.path;
    if (entry.empty() || entry.back() != '/') entry += '/';
    entry += f.names[f.next++];
    struct stat lst, st;
    if (lstat(entry.c_str(), &lst) != 0) {
      Report(diags, entry, 0, ErrnoMessage(errno));
      continue;
    }
    const bool is_link = S_ISLNK(lst.st_mode);
    if (stat(entry.c_str(), &st) != 0) {
      const int err = errno;
      Report(diags, entry, 0,
             !is_link          ? ErrnoMessage(err)
             : err == ELOOP    ? "symbolic link loop (too many levels of symbolic links)"
             : err == ENOENT   ? "broken symbolic link"
                               : "symbolic link: " + ErrnoMessage(err));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      if (is_link && !options_.follow_symlinks) continue;
      const bool on_path = std::any_of(folders_.begin(), folders_.end(), [&](const Folder& g) {
        return g.dev == st.st_dev && g.ino == st.st_ino;
      });
      if (on_path) {
        Report(diags, entry, 0, "symbolic link loop: folder already visited, not followed");
        continue;
      }
      std::vector<std::string> names = SortedNames(entry, diags);
      folders_.push_back({std::move(entry), std::move(names), 0, st.st_dev, st.st_ino});
      continue;
    }
    const std::string_view name = std::string_view(entry).substr(entry.rfind('/') + 1);
    if (S_ISREG(st.st_mode) && Matches(options_, std::string(name))) {
      *path = std::move(entry);
      return true;
    }
  }
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& operands,
                                      const SourceOptions& options, Diagnostics& diags) {
  InputWalker walker(operands, options);
  std::vector<std::string> out;
  std::string path;
  while (walker.Next(&path, diags)) out.push_back(std::move(path));
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

namespace {

constexpr size_t kReadBlockBytes = 64 * 1024;

// Appends one block read from `path`; false (reported) when reading must
// stop: the limit is passed, or the first block of a file that is not JSON
// Lines has a NUL byte (binary: no need to read 500 MB of zeros).
bool AppendBlock(const std::string& path, std::string_view block, size_t max_bytes,
                 BinaryContent binary, std::string* bytes, Diagnostics& diags) {
  if (binary == BinaryContent::kRefuse && bytes->empty() && !IsJsonLines(path, block)) {
    if (size_t nul = block.find('\0'); nul != std::string_view::npos) {
      const size_t line = LineOfOffset(block, nul);
      Report(diags, path, line, fmt::format("binary file (NUL byte at byte {}), skipped", nul));
      return false;
    }
  }
  if (block.size() > max_bytes - bytes->size()) {
    Report(diags, path, 0,
           fmt::format("file larger than --max-file-bytes ({} bytes), skipped", max_bytes));
    return false;
  }
  bytes->append(block);
  return true;
}

}  // namespace

bool ReadFileBytes(const std::string& path, std::string* bytes, Diagnostics& diags,
                   size_t max_bytes, BinaryContent binary) {
  // Blocks of 64 KiB into a buffer sized from fstat: istreambuf_iterator
  // copies a byte at a time, which showed up in profiles of big corpora.
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    Report(diags, path, 0, ErrnoMessage(errno));
    return false;
  }
  struct stat st;
  bytes->clear();
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
    bytes->reserve(std::min(static_cast<size_t>(st.st_size), max_bytes));
  }
  // Not zero-filled: a vector's 64 KiB of zeros per file cost more than
  // reading a short article.
  const auto buf = std::make_unique_for_overwrite<char[]>(kReadBlockBytes);
  size_t n;
  bool ok = true;
  while (ok && (n = std::fread(buf.get(), 1, kReadBlockBytes, f)) > 0) {
    ok = AppendBlock(path, std::string_view(buf.get(), n), max_bytes, binary, bytes, diags);
  }
  const bool failed = ok && std::ferror(f) != 0;
  const int err = errno;
  std::fclose(f);
  if (failed) {
    Report(diags, path, 0, err == EISDIR ? "is a directory" : ErrnoMessage(err));
    return false;
  }
  return ok;
}

bool ReadStreamBytes(std::istream& in, const std::string& name, std::string* bytes,
                     Diagnostics& diags, size_t max_bytes, BinaryContent binary) {
  bytes->clear();
  const auto buf = std::make_unique_for_overwrite<char[]>(kReadBlockBytes);
  while (in) {
    in.read(buf.get(), static_cast<std::streamsize>(kReadBlockBytes));
    const size_t n = static_cast<size_t>(in.gcount());
    if (n == 0) break;
    if (!AppendBlock(name, std::string_view(buf.get(), n), max_bytes, binary, bytes, diags)) {
      return false;
    }
  }
  if (in.bad()) {
    Report(diags, name, 0, "read error");
    return false;
  }
  return true;
}

bool IsJsonLines(std::string_view path, std::string_view bytes) {
  return path.ends_with(".jsonl") || (!bytes.empty() && bytes.front() == '{');
}

std::vector<Article> LoadArticles(const std::string& path, std::string bytes,
                                  const SourceOptions& options, Diagnostics& diags,
                                  size_t first_line, size_t first_byte) {
  // Line of a byte offset in the whole file.
  auto line_of = [&](size_t offset) { return LineOfOffset(bytes, offset) + first_line - 1; };
  if (first_byte == 0 && bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
    first_byte = 3;
  }
  const bool json_lines = IsJsonLines(path, bytes);
  if (json_lines && options.encoding.empty()) {
    // Records are checked one at a time: a bad one does not lose the others.
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
      Report(diags, path, 0, "empty file");
      return {};
    }
    return LoadJsonLines(path, bytes, options, diags, first_line, first_byte);
  }
  if (LooksBinary(bytes)) {
    const size_t at = bytes.find('\0');
    Report(diags, path, line_of(at),
           fmt::format("binary file (NUL byte at byte {}), skipped", first_byte + at));
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
                         first_byte + esc));
      return {};
    }
  }
  if (auto bad = FindInvalidUtf8(bytes)) {
    Report(diags, path, line_of(*bad),
           fmt::format("invalid UTF-8 at byte {}{}", first_byte + *bad, EncodingHint(bytes)));
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
  if (json_lines) return LoadJsonLines(path, bytes, options, diags, first_line, first_byte);
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
