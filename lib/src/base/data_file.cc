#include "base/data_file.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "kiji/utf8.h"

namespace kiji {

Result<std::string> ReadDataFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open {} file", path, what));
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(fmt::format("{}: cannot read {} file", path, what));
  return ss.str();
}

Status ForEachDataLine(std::string_view text, const std::string& path,
                       const std::function<Status(size_t, std::string_view)>& fn) {
  if (auto bad = FindInvalidUtf8(text)) {
    return Status::DataError(
        fmt::format("{}:{}: invalid UTF-8 at byte {}", path, LineOfOffset(text, *bad), *bad));
  }
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    ++line_no;
    const size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    KIJI_RETURN_IF_ERROR(fn(line_no, line));
  }
  return Status::Ok();
}

std::vector<std::string_view> SplitFields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  for (;;) {
    const size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string_view::npos ? s.npos : next - pos));
    if (next == std::string_view::npos) return out;
    pos = next + 1;
  }
}

}  // namespace kiji
