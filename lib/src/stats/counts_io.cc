#include "kiji/counts_io.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <compare>
#include <iterator>
#include <optional>
#include <tuple>
#include <fstream>
#include <sstream>
#include <vector>

#include "base/data_file.h"
#include "stats/article_records_io.h"
#include "kiji/output.h"
#include "kiji/utf8.h"

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
void AppendInt(uint64_t v, std::string* out) {
  const fmt::format_int f(v);
  out->append(f.data(), f.size());
}

// Numbers are written with fmt::format_int: fmt::format_to parsed its format
// string again for every line (85 M of 940 M instructions of a warm `kiji
// count` on 408 Wikinews files).
void AppendTable(std::string_view kind, const TermTable& t, bool multi, std::string* out,
                 size_t* lines) {
  for (const auto& [key, e] : t.Sorted()) {
    out->append(kind);
    out->push_back('\t');
    AppendInt(e->tf, out);
    out->push_back('\t');
    AppendInt(e->df, out);
    out->push_back('\t');
    if (multi) {
      AppendKey(key, out);
    } else {
      AppendTsvField(key, out);
    }
    out->push_back('\n');
    ++*lines;
  }
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
  const int version = c.article_record_count() > 0 ? kCountsFormatVersion : 1;
  fmt::format_to(std::back_inserter(out), "{}\t{}\n", kMagic, version);
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
  out.append(c.article_records());
  lines += static_cast<size_t>(std::count(c.article_records().begin(),
                                          c.article_records().end(), '\n'));
  fmt::format_to(std::back_inserter(out), "end\t{}\n", lines);
  return out;
}

namespace {

// Reads a counts file line by line, keeping the line number for errors.
class CountsParser {
 public:
  CountsParser(std::string_view text, const std::string& path) : text_(text), path_(path) {}

  Result<TermCounts> Run() {
    KIJI_RETURN_IF_ERROR(CheckBytes());
    KIJI_RETURN_IF_ERROR(ReadVersion());
    TermCounts counts(ReadMetadata());
    KIJI_RETURN_IF_ERROR(ReadBody(&counts));
    return counts;
  }

 private:
  bool NextLine(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t nl = text_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = text_.size();
    *line = text_.substr(pos_, nl - pos_);
    pos_ = nl + 1;
    ++line_no_;
    return true;
  }

  Status Error(std::string_view what) const {
    return Status::DataError(fmt::format("{}:{}: {}", path_, line_no_, what));
  }

  // Every line is UTF-8 and escapes only what AppendTsvField escapes; a
  // first pass, so that the line numbers are those of the file.
  Status CheckBytes() {
    std::string_view line;
    while (NextLine(&line)) {
      if (std::optional<size_t> bad = FindInvalidUtf8(line)) {
        return Error(fmt::format("invalid UTF-8 at byte {} of the line", *bad));
      }
      for (size_t i = line.find('\\'); i != std::string_view::npos;
           i = line.find('\\', i + 2)) {
        if (i + 1 >= line.size() || std::string_view("\\tnr").find(line[i + 1]) == line.npos) {
          return Error(fmt::format("bad escape at byte {} (expected \\\\, \\t, \\n or \\r)", i));
        }
      }
    }
    pos_ = 0;
    line_no_ = 0;
    return Status::Ok();
  }

  Status ReadVersion() {
    std::string_view line;
    if (!NextLine(&line) || !LooksLikeCounts(line)) {
      line_no_ = 1;
      return Error("not a kiji counts file (expected 'kiji-counts<TAB>VERSION' on the first line)");
    }
    uint64_t version = 0;
    if (!ParseU64(line.substr(kMagic.size() + 1), &version)) return Error("bad format version");
    if (version < 1 || version > static_cast<uint64_t>(kCountsFormatVersion)) {
      return Error(fmt::format("counts format version {} is not one this kiji reads (1 to {})",
                               version, kCountsFormatVersion));
    }
    version_ = version;
    return Status::Ok();
  }

  // Metadata first: TermCounts is built from it. Stops before the first
  // other line; a malformed meta line is left for ReadBody to refuse.
  std::map<std::string, std::string> ReadMetadata() {
    std::map<std::string, std::string> meta;
    size_t body = pos_, body_line = line_no_;
    std::string_view line;
    while (NextLine(&line)) {
      const std::vector<std::string_view> f = SplitFields(line, '\t');
      if (f[0] != "meta" || f.size() != 3) break;
      meta[UnescapeTsvField(f[1])] = UnescapeTsvField(f[2]);
      body = pos_;
      body_line = line_no_;
    }
    pos_ = body;
    line_no_ = body_line;
    return meta;
  }

  Status ReadBody(TermCounts* counts) {
    uint64_t articles = 0, tokens = 0;
    bool ended = false;
    const size_t first_line = line_no_ + 1;  // a meta line here is a malformed one
    std::string_view line;
    while (NextLine(&line)) {
      if (ended) return Error("data after the end line");
      const std::vector<std::string_view> f = SplitFields(line, '\t');
      const std::string_view kind = f[0];
      if (kind == "meta" && line_no_ == first_line) {
        return Error("expected meta<TAB>key<TAB>value");
      }
      if (kind == "articles" || kind == "tokens") {
        if (f.size() != 2 || !ParseU64(f[1], kind == "articles" ? &articles : &tokens)) {
          return Error(fmt::format("expected {}<TAB>number", kind));
        }
        articles_ = articles;
      } else if (kind == "group") {
        KIJI_RETURN_IF_ERROR(ReadGroup(f, counts));
      } else if (kind == "term" || kind == "gterm" || kind == "pair" || kind == "triple" ||
                 kind == "compound") {
        KIJI_RETURN_IF_ERROR(ReadRecord(f, counts));
      } else if (IsArticleRecordKind(kind)) {
        KIJI_RETURN_IF_ERROR(ReadArticleLine(f, line));
      } else if (kind == "end") {
        uint64_t n;
        if (f.size() != 2 || !ParseU64(f[1], &n) || n != line_no_ - 1) {
          return Error("end line does not match the number of lines (file damaged?)");
        }
        KIJI_RETURN_IF_ERROR(FinishArticles(counts));
        ended = true;
      } else {
        return Error(fmt::format("unknown record kind '{}'", kind.substr(0, 40)));
      }
    }
    if (!ended) return Error("file ends without its end line (truncated?)");
    counts->SetTotals(articles, tokens);
    return Status::Ok();
  }

  // An article record line: after every other record, version 2 only.
  Status ReadArticleLine(const std::vector<std::string_view>& f, std::string_view line) {
    if (version_ < 2) {
      return Error(fmt::format("{} record in a version {} counts file (article records need "
                               "version 2)", f[0], version_));
    }
    prev_rank_ = kArticleRank;
    if (Status s = articles_reader_.Feed(f); !s.ok()) return Error(s.message());
    article_lines_.append(line).push_back('\n');
    return Status::Ok();
  }

  Status FinishArticles(TermCounts* counts) {
    if (Status s = articles_reader_.Finish(); !s.ok()) return Error(s.message());
    const uint64_t n = articles_reader_.records();
    if (n > 0 && n != articles_) {
      return Error(fmt::format("{} article records, but the articles line says {}", n, articles_));
    }
    counts->AppendArticleRecords(article_lines_, n);
    return Status::Ok();
  }

  Status ReadGroup(const std::vector<std::string_view>& f, TermCounts* counts) {
    uint64_t ga, gt;
    if (f.size() != 4 || !ParseU64(f[2], &ga) || !ParseU64(f[3], &gt)) {
      return Error("expected group<TAB>name<TAB>articles<TAB>tokens");
    }
    const std::string name = UnescapeTsvField(f[1]);
    if (counts->groups().count(name) != 0) {
      return Error(fmt::format("duplicate group '{}'", Trimmed(name)));
    }
    GroupCounts& g = counts->mutable_group(name);
    g.articles += ga;
    g.tokens += gt;
    return Status::Ok();
  }

  // term, gterm, pair, triple or compound: kind TAB tf TAB df TAB fields.
  Status ReadRecord(const std::vector<std::string_view>& f, TermCounts* counts) {
    const std::string_view kind = f[0];
    const size_t want = kind == "term"                      ? 4
                        : kind == "gterm" || kind == "pair" ? 5
                        : kind == "triple"                  ? 6
                                                            : 0;
    uint64_t tf, df;
    if (f.size() < 4 || (want && f.size() != want) || !ParseU64(f[1], &tf) ||
        !ParseU64(f[2], &df)) {
      return Error(fmt::format("malformed {} record", kind));
    }
    if (tf < df) return Error(fmt::format("{} record with tf {} below its df {}", kind, tf, df));
    if (kind == "gterm") {
      const std::string group = UnescapeTsvField(f[3]);
      key_ = UnescapeTsvField(f[4]);
      KIJI_RETURN_IF_ERROR(CheckOrder(kind, group));
      auto it = counts->groups().find(group);
      const uint64_t group_articles = it == counts->groups().end() ? 0 : it->second.articles;
      if (df > group_articles) {
        return Error(fmt::format("gterm record with df {} above the {} articles of group '{}'",
                                 df, group_articles, Trimmed(group)));
      }
      counts->mutable_group(group).terms.Add(key_, tf, df);
      return Status::Ok();
    }
    key_.clear();
    for (size_t i = 3; i < f.size(); ++i) {
      if (i > 3) key_.push_back('\t');
      key_.append(UnescapeTsvField(f[i]));
    }
    KIJI_RETURN_IF_ERROR(CheckOrder(kind, ""));
    if (df > articles_) {
      return Error(
          fmt::format("{} record with df {} above the article count {}", kind, df, articles_));
    }
    TermTable& t = kind == "term"     ? counts->mutable_terms()
                   : kind == "pair"   ? counts->mutable_pairs()
                   : kind == "triple" ? counts->mutable_triples()
                                      : counts->mutable_compounds();
    t.Add(key_, tf, df);
    return Status::Ok();
  }

  // Records come in kind order (term, gterm, pair, triple, compound), each
  // kind sorted by (group, key) without repeats: what WriteCounts writes.
  Status CheckOrder(std::string_view kind, const std::string& group) {
    static constexpr std::string_view kKinds[] = {"term",     "gterm",  "pair", "triple",
                                                  "compound", "article"};
    const int rank = static_cast<int>(std::find(std::begin(kKinds), std::end(kKinds), kind) -
                                      std::begin(kKinds));
    if (rank < prev_rank_) {
      return Error(fmt::format("{} record after the {} records (records out of order)", kind,
                               kKinds[prev_rank_]));
    }
    if (rank == prev_rank_) {
      const auto order = std::tie(group, key_) <=> std::tie(prev_group_, prev_key_);
      if (order == 0) return Error(fmt::format("duplicate {} record '{}'", kind, Trimmed(key_)));
      if (order < 0) {
        return Error(fmt::format("{} records not sorted: '{}' after '{}'", kind, Trimmed(key_),
                                 Trimmed(prev_key_)));
      }
    }
    prev_rank_ = rank;
    prev_group_ = group;
    prev_key_ = key_;
    return Status::Ok();
  }

  // A key as messages show it: escaped (one line) and cut at 60 bytes.
  static std::string Trimmed(std::string_view key) {
    size_t cut = std::min<size_t>(key.size(), 60);
    while (cut > 0 && cut < key.size() && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) {
      --cut;  // not inside a UTF-8 sequence
    }
    std::string out;
    AppendTsvField(key.substr(0, cut), &out);
    return out;
  }

  static constexpr int kArticleRank = 5;  // kKinds of CheckOrder

  std::string_view text_;
  const std::string& path_;
  uint64_t version_ = 1;
  ArticleRecordReader articles_reader_{nullptr};
  std::string article_lines_;
  uint64_t articles_ = 0;  // from the articles line, read before any record
  int prev_rank_ = -1;
  std::string prev_group_, prev_key_;
  size_t pos_ = 0, line_no_ = 0;
  std::string key_;  // reused between records
};

}  // namespace

Result<TermCounts> ParseCounts(std::string_view text, const std::string& path) {
  return CountsParser(text, path).Run();
}

Result<TermCounts> ReadCountsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("{}: cannot read counts file", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseCounts(ss.str(), path);
}

bool IsCountsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char buf[16] = {};
  in.read(buf, sizeof(buf));
  return LooksLikeCounts(std::string_view(buf, static_cast<size_t>(in.gcount())));
}

Result<TermCounts> ReadCounts(const std::vector<std::string>& paths) {
  if (paths.empty()) return Status::InvalidArgument("no counts files given");
  KIJI_ASSIGN_OR_RETURN(TermCounts total, ReadCountsFile(paths[0]));
  for (size_t i = 1; i < paths.size(); ++i) {
    KIJI_ASSIGN_OR_RETURN(TermCounts next, ReadCountsFile(paths[i]));
    KIJI_RETURN_IF_ERROR(CheckMetadata(total.metadata(), paths[0], next.metadata(), paths[i],
                                       MetadataScope::kMerge));
    KIJI_RETURN_IF_ERROR(total.Merge(next));
  }
  return total;
}

}  // namespace kiji
