// FileLocator, FindingSink, Snippet and the cache encoding of FileResult.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>

#include "check/file_check.h"

namespace kiji::internal {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Messages quote at most this many code points of the offending text.
constexpr size_t kMaxSnippetCodePoints = 40;

// The cache encoding: little-endian integers and length-prefixed strings.
void PutU32(uint32_t v, std::string* out) { out->append(reinterpret_cast<const char*>(&v), 4); }
void PutU64(uint64_t v, std::string* out) { out->append(reinterpret_cast<const char*>(&v), 8); }
void PutString(std::string_view s, std::string* out) {
  PutU32(static_cast<uint32_t>(s.size()), out);
  out->append(s);
}
void PutPosition(const TextPosition& p, std::string* out) {
  PutU32(p.line, out);
  PutU32(p.column, out);
  PutU32(p.byte_column, out);
  PutU32(p.utf16_column, out);
}

struct Reader {
  std::string_view data;
  bool ok = true;
  template <typename T>
  T Get() {
    T v{};
    if (data.size() < sizeof(T)) {
      ok = false;
      return v;
    }
    std::memcpy(&v, data.data(), sizeof(T));
    data.remove_prefix(sizeof(T));
    return v;
  }
  std::string String() {
    uint32_t n = Get<uint32_t>();
    if (!ok || data.size() < n) {
      ok = false;
      return {};
    }
    std::string s(data.substr(0, n));
    data.remove_prefix(n);
    return s;
  }
  TextPosition Position() {
    TextPosition p;
    p.line = Get<uint32_t>();
    p.column = Get<uint32_t>();
    p.byte_column = Get<uint32_t>();
    p.utf16_column = Get<uint32_t>();
    return p;
  }
};

}  // namespace

FileLocator::FileLocator(std::string_view bytes) : bytes_(bytes) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n') line_starts_.push_back(i + 1);
  }
}

TextPosition FileLocator::At(size_t byte) const {
  byte = std::min(byte, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
  const size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based
  const size_t start = line_starts_[line - 1];
  TextPosition p;
  p.line = static_cast<uint32_t>(line);
  p.byte_column = static_cast<uint32_t>(byte - start + 1);
  uint32_t cps = 0, utf16 = 0;
  for (size_t i = start; i < byte; ++i) {
    const auto c = static_cast<unsigned char>(bytes_[i]);
    if (IsContinuation(c)) continue;
    ++cps;
    utf16 += c >= 0xF0 ? 2 : 1;  // a 4-byte sequence is a surrogate pair
  }
  p.column = cps + 1;
  p.utf16_column = utf16 + 1;
  return p;
}

void FindingSink::Add(RuleIndex r, size_t begin, size_t end, std::string message) {
  if (!On(r)) return;
  Finding f;
  f.rule = r;
  f.level = config_.Level(r);
  f.message = std::move(message);
  f.begin = locator_.At(begin);
  f.end = locator_.At(std::max(end, begin));
  out_->push_back(std::move(f));
}

void FindingSink::AddLine(RuleIndex r, uint32_t line, std::string message) {
  if (!On(r)) return;
  Finding f;
  f.rule = r;
  f.level = config_.Level(r);
  f.message = std::move(message);
  if (line > 0) {
    f.begin = {line, 1, 1, 1};
    f.end = f.begin;
  }
  out_->push_back(std::move(f));
}

void AddAt(FindingSink& sink, const ArticlePlace& place, RuleIndex r, size_t begin, size_t end,
           std::string message) {
  if (place.in_file) {
    sink.Add(r, begin + place.shift, end + place.shift, std::move(message));
  } else {
    sink.AddLine(r, place.record_line, std::move(message));
  }
}

std::string Snippet(std::string_view text) {
  std::string out;
  size_t cps = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!IsContinuation(c) && ++cps > kMaxSnippetCodePoints) {
      out += "…";
      break;
    }
    if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

namespace {

void PutFinding(const Finding& f, std::string* out) {
  PutU32(static_cast<uint32_t>(f.rule), out);
  PutU32(static_cast<uint32_t>(f.level), out);
  PutString(f.message, out);
  PutPosition(f.begin, out);
  PutPosition(f.end, out);
}

bool GetFinding(Reader& in, Finding* f) {
  const uint32_t rule = in.Get<uint32_t>();
  const uint32_t level = in.Get<uint32_t>();
  if (rule >= kRuleCount || level > static_cast<uint32_t>(CheckLevel::kError)) return false;
  f->rule = static_cast<RuleIndex>(rule);
  f->level = static_cast<CheckLevel>(level);
  f->message = in.String();
  f->begin = in.Position();
  f->end = in.Position();
  return in.ok;
}

}  // namespace

std::string EncodeReport(const CheckReport& r) {
  std::string out;
  PutU32(static_cast<uint32_t>(r.files), &out);
  PutU32(static_cast<uint32_t>(r.reported.size()), &out);
  std::map<std::string_view, uint32_t> index;
  for (const std::string& p : r.reported) {
    index.emplace(p, static_cast<uint32_t>(index.size()));
    PutString(p, &out);
  }
  PutU32(static_cast<uint32_t>(r.findings.size()), &out);
  for (const Finding& f : r.findings) {
    PutU32(index.at(f.path), &out);
    PutFinding(f, &out);
  }
  return out;
}

bool DecodeReport(std::string_view data, CheckReport* r) {
  Reader in{data};
  r->files = in.Get<uint32_t>();
  const uint32_t paths = in.Get<uint32_t>();
  for (uint32_t i = 0; in.ok && i < paths; ++i) r->reported.push_back(in.String());
  const uint32_t n = in.Get<uint32_t>();
  for (uint32_t i = 0; in.ok && i < n; ++i) {
    const uint32_t p = in.Get<uint32_t>();
    Finding f;
    if (!in.ok || p >= r->reported.size() || !GetFinding(in, &f)) return false;
    f.path = r->reported[p];
    r->findings.push_back(std::move(f));
  }
  return in.ok && in.data.empty();
}

std::string EncodeFileResult(const FileResult& r) {
  std::string out;
  PutU32(r.rules_ran ? 1 : 0, &out);
  PutU32(static_cast<uint32_t>(r.findings.size()), &out);
  for (const Finding& f : r.findings) PutFinding(f, &out);
  PutU32(static_cast<uint32_t>(r.articles.size()), &out);
  for (const ArticleSignature& a : r.articles) {
    PutU32(a.line, &out);
    PutU64(a.exact_hi, &out);
    PutU64(a.exact_lo, &out);
    PutU32(static_cast<uint32_t>(a.minhash.size()), &out);
    for (uint32_t v : a.minhash) PutU32(v, &out);
  }
  return out;
}

bool DecodeFileResult(std::string_view data, FileResult* r) {
  Reader in{data};
  *r = FileResult();
  r->rules_ran = in.Get<uint32_t>() != 0;
  const uint32_t findings = in.Get<uint32_t>();
  for (uint32_t i = 0; in.ok && i < findings; ++i) {
    Finding f;
    if (!GetFinding(in, &f)) return false;
    r->findings.push_back(std::move(f));
  }
  const uint32_t articles = in.Get<uint32_t>();
  for (uint32_t i = 0; in.ok && i < articles; ++i) {
    ArticleSignature a;
    a.line = in.Get<uint32_t>();
    a.exact_hi = in.Get<uint64_t>();
    a.exact_lo = in.Get<uint64_t>();
    const uint32_t n = in.Get<uint32_t>();
    if (n != 0 && n != kMinHashFunctions) return false;
    for (uint32_t k = 0; in.ok && k < n; ++k) a.minhash.push_back(in.Get<uint32_t>());
    r->articles.push_back(std::move(a));
  }
  return in.ok && in.data.empty();
}

}  // namespace kiji::internal
