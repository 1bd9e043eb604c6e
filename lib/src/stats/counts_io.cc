#include "kiji/counts_io.h"

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <sstream>
#include <vector>

#include "base/data_file.h"
#include "kiji/output.h"

namespace kiji {
namespace {

constexpr std::string_view kMagic = "kiji-counts";

void AppendKey(std::string_view key, std::string* out) {
  // Keys hold their fields TAB-separated; escape each field.
  size_t pos = 0;
  for (;;) {
    size_t tab = key.find('\t', pos);
    AppendTsvField(key.substr(pos, tab == std::string_view::npos ? key.npos : tab - pos), out);
    if (tab == std::string_view::npos) return;
    out->push_back('\t');
    pos = tab + 1;
  }
}

// Terms are one field; pairs, triples and compounds hold their parts
// TAB-separated (parts are tokens, which never contain white space).
void AppendTable(std::string_view kind, const TermTable& t, bool multi, std::string* out,
                 size_t* lines) {
  for (const auto& [key, e] : t.Sorted()) {
    fmt::format_to(std::back_inserter(*out), "{}\t{}\t{}\t", kind, e->tf, e->df);
    if (multi) {
      AppendKey(key, out);
    } else {
      AppendTsvField(key, out);
    }
    out->push_back('\n');
    ++*lines;
  }
}

std::string Unescape(std::string_view f) {
  std::string out;
  out.reserve(f.size());
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '\\' && i + 1 < f.size()) {
      const char c = f[++i];
      out.push_back(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
    } else {
      out.push_back(f[i]);
    }
  }
  return out;
}

bool ParseU64(std::string_view s, uint64_t* v) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

bool LooksLikeCounts(std::string_view bytes) {
  return bytes.starts_with(kMagic) && bytes.size() > kMagic.size() && bytes[kMagic.size()] == '\t';
}

std::string WriteCounts(const TermCounts& c) {
  std::string out;
  size_t lines = 0;
  fmt::format_to(std::back_inserter(out), "{}\t{}\n", kMagic, kCountsFormatVersion);
  ++lines;
  for (const auto& [k, v] : c.metadata()) {
    out.append("meta\t");
    AppendTsvField(k, &out);
    out.push_back('\t');
    AppendTsvField(v, &out);
    out.push_back('\n');
    ++lines;
  }
  fmt::format_to(std::back_inserter(out), "articles\t{}\ntokens\t{}\n", c.articles(), c.tokens());
  lines += 2;
  for (const auto& [name, g] : c.groups()) {
    out.append("group\t");
    AppendTsvField(name, &out);
    fmt::format_to(std::back_inserter(out), "\t{}\t{}\n", g.articles, g.tokens);
    ++lines;
  }
  AppendTable("term", c.terms(), false, &out, &lines);
  for (const auto& [name, g] : c.groups()) {
    for (const auto& [key, e] : g.terms.Sorted()) {
      fmt::format_to(std::back_inserter(out), "gterm\t{}\t{}\t", e->tf, e->df);
      AppendTsvField(name, &out);
      out.push_back('\t');
      AppendTsvField(key, &out);
      out.push_back('\n');
      ++lines;
    }
  }
  AppendTable("pair", c.pairs(), true, &out, &lines);
  AppendTable("triple", c.triples(), true, &out, &lines);
  AppendTable("compound", c.compounds(), true, &out, &lines);
  fmt::format_to(std::back_inserter(out), "end\t{}\n", lines);
  return out;
}

Result<TermCounts> ParseCounts(std::string_view text, const std::string& path) {
  size_t pos = 0, line_no = 0;
  auto next_line = [&](std::string_view* line) {
    if (pos >= text.size()) return false;
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    *line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    return true;
  };
  auto error = [&](std::string_view what) {
    return Status::DataError(fmt::format("{}:{}: {}", path, line_no, what));
  };
  std::string_view line;
  if (!next_line(&line) || !LooksLikeCounts(line)) {
    line_no = 1;
    return error("not a kiji counts file (expected 'kiji-counts<TAB>VERSION' on the first line)");
  }
  uint64_t version = 0;
  if (!ParseU64(line.substr(kMagic.size() + 1), &version)) return error("bad format version");
  if (version != static_cast<uint64_t>(kCountsFormatVersion)) {
    return error(fmt::format("counts format version {} is not the one this kiji reads ({})",
                             version, kCountsFormatVersion));
  }
  std::map<std::string, std::string> meta;
  std::vector<std::string_view> f;
  // Metadata first: TermCounts is built from it.
  size_t body = pos;
  size_t body_line = line_no;
  while (next_line(&line)) {
    f = SplitFields(line, '\t');
    if (f[0] != "meta") break;
    if (f.size() != 3) return error("expected meta<TAB>key<TAB>value");
    meta[Unescape(f[1])] = Unescape(f[2]);
    body = pos;
    body_line = line_no;
  }
  pos = body;
  line_no = body_line;
  TermCounts counts(std::move(meta));
  uint64_t articles = 0, tokens = 0;
  bool ended = false;
  std::string key;
  while (next_line(&line)) {
    if (ended) return error("data after the end line");
    f = SplitFields(line, '\t');
    const std::string_view kind = f[0];
    if (kind == "articles" || kind == "tokens") {
      if (f.size() != 2 || !ParseU64(f[1], kind == "articles" ? &articles : &tokens)) {
        return error(fmt::format("expected {}<TAB>number", kind));
      }
    } else if (kind == "group") {
      uint64_t ga, gt;
      if (f.size() != 4 || !ParseU64(f[2], &ga) || !ParseU64(f[3], &gt)) {
        return error("expected group<TAB>name<TAB>articles<TAB>tokens");
      }
      GroupCounts& g = counts.mutable_group(Unescape(f[1]));
      g.articles += ga;
      g.tokens += gt;
    } else if (kind == "term" || kind == "gterm" || kind == "pair" || kind == "triple" ||
               kind == "compound") {
      const size_t want = kind == "term"                      ? 4
                          : kind == "gterm" || kind == "pair" ? 5
                          : kind == "triple"                  ? 6
                                                              : 0;
      uint64_t tf, df;
      if (f.size() < 4 || (want && f.size() != want) || !ParseU64(f[1], &tf) ||
          !ParseU64(f[2], &df)) {
        return error(fmt::format("malformed {} record", kind));
      }
      if (kind == "gterm") {
        counts.mutable_group(Unescape(f[3])).terms.Add(Unescape(f[4]), tf, df);
        continue;
      }
      key.clear();
      for (size_t i = 3; i < f.size(); ++i) {
        if (i > 3) key.push_back('\t');
        key.append(Unescape(f[i]));
      }
      TermTable& t = kind == "term"     ? counts.mutable_terms()
                     : kind == "pair"   ? counts.mutable_pairs()
                     : kind == "triple" ? counts.mutable_triples()
                                        : counts.mutable_compounds();
      t.Add(key, tf, df);
    } else if (kind == "end") {
      uint64_t n;
      if (f.size() != 2 || !ParseU64(f[1], &n) || n != line_no - 1) {
        return error("end line does not match the number of lines (file damaged?)");
      }
      ended = true;
    } else {
      return error(fmt::format("unknown record kind '{}'", kind.substr(0, 40)));
    }
  }
  if (!ended) return error("file ends without its end line (truncated?)");
  counts.SetTotals(articles, tokens);
  return counts;
}

Result<TermCounts> ReadCountsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("{}: cannot read counts file", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseCounts(ss.str(), path);
}

}  // namespace kiji
