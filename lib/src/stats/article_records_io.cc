#include "stats/article_records_io.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <iterator>

#include "kiji/output.h"

namespace kiji {
namespace {

// Kinds inside one record, in the order they must come.
constexpr std::string_view kKinds[] = {"article", "asector", "evidence", "statement", "aterm",
                                       "acompound"};

int RankOf(std::string_view kind) {
  return static_cast<int>(std::find(std::begin(kKinds), std::end(kKinds), kind) -
                          std::begin(kKinds));
}

void AppendFields(std::initializer_list<std::string_view> fields, std::string* out) {
  for (std::string_view f : fields) {
    out->push_back('\t');
    AppendTsvField(f, out);
  }
}

// Keys of terms are one field; compounds hold their parts TAB-separated.
void AppendCounted(std::string_view kind, const std::pair<std::string, uint64_t>& c, bool multi,
                   std::string* out) {
  fmt::format_to(std::back_inserter(*out), "{}\t{}", kind, c.second);
  std::string_view key = c.first;
  for (size_t pos = 0;;) {
    size_t tab = multi ? key.find('\t', pos) : std::string_view::npos;
    out->push_back('\t');
    AppendTsvField(key.substr(pos, tab == std::string_view::npos ? key.npos : tab - pos), out);
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  out->push_back('\n');
}

bool ParseNumber(std::string_view s, uint64_t* v) {
  if (s.empty() || (s.size() > 1 && s[0] == '0')) return false;  // canonical digits only
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseSpan(std::string_view a, std::string_view b, uint32_t* start, uint32_t* end) {
  uint64_t x, y;
  if (!ParseNumber(a, &x) || !ParseNumber(b, &y) || x > y || y > UINT32_MAX) return false;
  *start = static_cast<uint32_t>(x);
  *end = static_cast<uint32_t>(y);
  return true;
}

// A raw field as messages show it: cut at 60 bytes, not inside a UTF-8 sequence.
std::string_view Shown(std::string_view f) {
  size_t cut = std::min<size_t>(f.size(), 60);
  while (cut > 0 && cut < f.size() && (static_cast<unsigned char>(f[cut]) & 0xC0) == 0x80) --cut;
  return f.substr(0, cut);
}

// "" or YYYY-MM-DD with ASCII digits.
bool IsDateOrEmpty(std::string_view s) {
  if (s.empty()) return true;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

void AppendArticleRecord(const ArticleRecord& r, std::string* out) {
  const ArticleRow& row = r.row;
  out->append("article");
  AppendFields({row.id, row.title, row.date, row.date_origin, row.source, row.url}, out);
  fmt::format_to(std::back_inserter(*out), "\t{}\t{}\t{}\t{}\n", row.sentences, row.tokens,
                 row.characters, r.unigrams);
  for (const std::string& id : row.sectors) {
    out->append("asector");
    AppendFields({id}, out);
    out->push_back('\n');
  }
  for (const RecordEvidence& e : r.evidence) {
    out->append("evidence");
    AppendFields({e.sector}, out);
    fmt::format_to(std::back_inserter(*out), "\t{}\t{}", e.sentence.start, e.sentence.end);
    AppendFields({e.sentence.text}, out);
    for (const std::string& t : e.sentence.terms) AppendFields({t}, out);
    out->push_back('\n');
  }
  for (const RecordStatement& s : r.statements) {
    fmt::format_to(std::back_inserter(*out), "statement\t{}\t{}", s.start, s.end);
    AppendFields({s.speaker, s.type, s.role, s.kind, s.verb, s.quote}, out);
    out->push_back('\n');
  }
  for (const auto& t : r.terms) AppendCounted("aterm", t, false, out);
  for (const auto& c : r.compounds) AppendCounted("acompound", c, true, out);
}

bool IsArticleRecordKind(std::string_view kind) {
  return RankOf(kind) < static_cast<int>(std::size(kKinds));
}

Status ArticleRecordReader::Feed(const std::vector<std::string_view>& f) {
  const int rank = RankOf(f[0]);
  if (rank == 0) return ReadArticle(f);
  if (!open_) return Status::DataError(fmt::format("{} record before any article record", f[0]));
  if (rank < rank_) {
    return Status::DataError(fmt::format("{} record after the {} records of its article", f[0],
                                         kKinds[rank_]));
  }
  rank_ = rank;
  switch (rank) {
    case 1: {
      if (f.size() != 2 || f[1].empty()) return Status::DataError("expected asector<TAB>sector");
      std::string id = UnescapeTsvField(f[1]);
      auto& sectors = current_.row.sectors;
      if (std::find(sectors.begin(), sectors.end(), id) != sectors.end()) {
        return Status::DataError(fmt::format("sector '{}' twice in one article", Shown(f[1])));
      }
      sectors.push_back(std::move(id));
      return Status::Ok();
    }
    case 2: return ReadEvidence(f);
    case 3: return ReadStatement(f);
    default: return ReadCounted(f, rank == 5);
  }
}

Status ArticleRecordReader::ReadArticle(const std::vector<std::string_view>& f) {
  KIJI_RETURN_IF_ERROR(Flush());
  ArticleRow& row = current_.row;
  if (f.size() != 11 || !ParseNumber(f[7], &row.sentences) || !ParseNumber(f[8], &row.tokens) ||
      !ParseNumber(f[9], &row.characters) || !ParseNumber(f[10], &current_.unigrams)) {
    return Status::DataError(
        "expected article<TAB>id<TAB>title<TAB>date<TAB>date_origin<TAB>source<TAB>url"
        "<TAB>sentences<TAB>tokens<TAB>characters<TAB>unigrams");
  }
  row.id = UnescapeTsvField(f[1]);
  row.title = UnescapeTsvField(f[2]);
  row.date = UnescapeTsvField(f[3]);
  if (!IsDateOrEmpty(row.date)) {
    return Status::DataError(fmt::format("article date '{}' is not YYYY-MM-DD", Shown(f[3])));
  }
  row.date_origin = UnescapeTsvField(f[4]);
  row.source = UnescapeTsvField(f[5]);
  row.url = UnescapeTsvField(f[6]);
  open_ = true;
  rank_ = 0;
  return Status::Ok();
}

Status ArticleRecordReader::ReadEvidence(const std::vector<std::string_view>& f) {
  RecordEvidence e;
  if (f.size() < 5 || !ParseSpan(f[2], f[3], &e.sentence.start, &e.sentence.end)) {
    return Status::DataError(
        "expected evidence<TAB>sector<TAB>start<TAB>end<TAB>sentence{<TAB>term}, start <= end");
  }
  e.sector = UnescapeTsvField(f[1]);
  const auto& sectors = current_.row.sectors;
  if (std::find(sectors.begin(), sectors.end(), e.sector) == sectors.end()) {
    return Status::DataError(
        fmt::format("evidence for sector '{}', which the article is not tagged with", Shown(f[1])));
  }
  for (const RecordEvidence& other : current_.evidence) {
    if (other.sector == e.sector) {
      return Status::DataError(fmt::format("second evidence record for sector '{}'", Shown(f[1])));
    }
  }
  e.sentence.text = UnescapeTsvField(f[4]);
  for (size_t i = 5; i < f.size(); ++i) e.sentence.terms.push_back(UnescapeTsvField(f[i]));
  current_.evidence.push_back(std::move(e));
  return Status::Ok();
}

Status ArticleRecordReader::ReadStatement(const std::vector<std::string_view>& f) {
  RecordStatement s;
  if (f.size() != 9 || !ParseSpan(f[1], f[2], &s.start, &s.end)) {
    return Status::DataError(
        "expected statement<TAB>start<TAB>end<TAB>speaker<TAB>type<TAB>role<TAB>kind<TAB>verb"
        "<TAB>quote, start <= end");
  }
  s.speaker = UnescapeTsvField(f[3]);
  s.type = UnescapeTsvField(f[4]);
  s.role = UnescapeTsvField(f[5]);
  s.kind = UnescapeTsvField(f[6]);
  s.verb = UnescapeTsvField(f[7]);
  s.quote = UnescapeTsvField(f[8]);
  current_.statements.push_back(std::move(s));
  return Status::Ok();
}

Status ArticleRecordReader::ReadCounted(const std::vector<std::string_view>& f, bool compound) {
  const std::string_view kind = f[0];
  uint64_t n;
  if (f.size() < 3 || (!compound && f.size() != 3) || !ParseNumber(f[1], &n) || n == 0) {
    return Status::DataError(fmt::format("expected {}<TAB>count<TAB>{} with a count of 1 or more",
                                         kind, compound ? "part{<TAB>part}" : "term"));
  }
  std::string key;
  for (size_t i = 2; i < f.size(); ++i) {
    if (i > 2) key.push_back('\t');
    key.append(UnescapeTsvField(f[i]));
  }
  auto& list = compound ? current_.compounds : current_.terms;
  if (!list.empty() && key <= list.back().first) {
    return Status::DataError(fmt::format("{} records of an article not sorted or repeated at '{}'",
                                         kind, Shown(f[2])));
  }
  list.emplace_back(std::move(key), n);
  return Status::Ok();
}

Status ArticleRecordReader::Flush() {
  if (!open_) return Status::Ok();
  open_ = false;
  ++records_;
  ArticleRecord done = std::move(current_);
  current_ = ArticleRecord{};
  return on_record_ ? on_record_(std::move(done)) : Status::Ok();
}

Status ArticleRecordReader::Finish() { return Flush(); }

}  // namespace kiji
