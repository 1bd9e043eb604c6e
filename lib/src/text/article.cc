#include "kiji/article.h"

#include <fmt/format.h>

#include <cstdint>
#include <nlohmann/json.hpp>

#include "kiji/enum_names.h"
#include "kiji/utf8.h"
#include "text/citations.h"

namespace kiji {
namespace {

struct Line {
  size_t begin, end;  // without the line terminator and a trailing '\r'
  size_t number;
};

// Lines end at "\n", "\r\n" or a lone "\r" (old Mac files: without it such
// a file would be one line, one sentence without a word).
std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0, number = 1;
  if (text.find('\r') == std::string_view::npos) {
    // The common case, one memchr per line: find_first_of("\r\n") costs a
    // memchr over its set for every byte (9% of a warm-cache tokenize).
    for (;;) {
      const size_t eol = text.find('\n', pos);
      lines.push_back({pos, eol == std::string_view::npos ? text.size() : eol, number++});
      if (eol == std::string_view::npos) return lines;
      pos = eol + 1;
    }
  }
  while (pos <= text.size()) {
    size_t eol = text.find_first_of("\r\n", pos);
    size_t end = eol == std::string_view::npos ? text.size() : eol;
    lines.push_back({pos, end, number++});
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
    if (text[eol] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
  }
  return lines;
}

// Trims white space (ASCII and ideographic) from both ends of [*b, *e).
void Trim(std::string_view text, size_t* b, size_t* e) {
  while (*b < *e) {
    size_t p = *b;
    if (!IsInlineSpace(DecodeUtf8(text, &p))) break;
    *b = p;
  }
  while (*e > *b) {
    size_t p = *e - 1;
    while (p > *b && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    size_t q = p;
    if (!IsInlineSpace(DecodeUtf8(text, &q))) break;
    *e = p;
  }
}

// A bullet marker at the start of a line, and its length in bytes.
size_t BulletMarker(std::string_view s) {
  for (std::string_view m : {"- ", "* ", "・", "• ", "•", "－ ", "◆", "■", "●"}) {
    if (s.substr(0, m.size()) == m && s.size() > m.size()) return m.size();
  }
  return 0;
}

bool EndsSentence(std::string_view s) {
  for (std::string_view end : {"。", "．", "！", "？", "!", "?", "」", "』", "）", ")", "…", "."}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

// Headings are short lines that do not end like a sentence ("12本の協力合意
// 注目のポイント", "1. 脱グローバル化へのカウンターモデル").
constexpr size_t kMaxHeadingCodePoints = 60;

bool IsReferenceMarker(std::string_view s) {
  return s == "Reference(s):" || s == "References:" || s == "Reference:" || s == "参考:" ||
         s == "参考：" || s == "出典:" || s == "出典：";
}

// True when `s` matches `shape`, where '9' stands for an ASCII digit and
// every other byte for itself.
bool HasShape(std::string_view s, std::string_view shape) {
  if (s.size() != shape.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (shape[i] == '9' ? (s[i] < '0' || s[i] > '9') : s[i] != shape[i]) return false;
  }
  return true;
}

// livedoor's date line: 2012-09-01T10:00:00, then +0900, -0500, Z or
// nothing. (A std::regex did this: compiling it cost 2.5 M instructions in
// every process that read an article, 1% of a warm `kiji stats` of 520 files.)
bool IsLivedoorDate(std::string_view s) {
  constexpr std::string_view kDateTime = "9999-99-99T99:99:99";
  if (s.size() < kDateTime.size() || !HasShape(s.substr(0, kDateTime.size()), kDateTime)) {
    return false;
  }
  const std::string_view zone = s.substr(kDateTime.size());
  return zone.empty() || zone == "Z" || HasShape(zone, "+9999") || HasShape(zone, "-9999");
}

bool LooksLikeLivedoor(std::string_view text, const std::vector<Line>& lines) {
  if (lines.size() < 3) return false;
  auto line = [&](size_t i) { return text.substr(lines[i].begin, lines[i].end - lines[i].begin); };
  std::string_view url = line(0);
  return (url.starts_with("http://") || url.starts_with("https://")) && IsLivedoorDate(line(1));
}

// A line that opens a box of related links at the end of web news
// (【関連記事】, ■関連情報, 【特集】...): it and the lines after it, up to a
// body paragraph, are reference blocks. Behind a box mark (■, 【) a short
// line that names articles or features is one too (■デジ通の記事をもっと見る,
// 【MOVIE ENTER おすすめ記事】, ■ビデオSALON 最新記事).
constexpr size_t kMaxMarkedBoxCodePoints = 24;

bool IsRelatedLinksMarker(std::string_view s) {
  bool marked = false;
  for (std::string_view lead : {"【", "■", "◆", "●", "［", "["}) {
    if (s.starts_with(lead)) {
      s.remove_prefix(lead.size());
      marked = true;
      break;
    }
  }
  for (std::string_view m :
       {"関連記事", "関連情報", "関連リンク", "関連ニュース", "関連サイト", "特集", "最近の記事"}) {
    if (s.starts_with(m) && CountCodePoints(s) <= CountCodePoints(m) + 12) return true;
  }
  if (!marked || CountCodePoints(s) > kMaxMarkedBoxCodePoints) return false;
  for (std::string_view m : {"記事", "特集"}) {
    if (s.find(m) != std::string_view::npos) return true;
  }
  return false;
}

// A paragraph that ends with a source list (Wikinews) is cut in two.
void AddParagraph(Article* a, size_t b, size_t e, size_t line) {
  std::string_view s = std::string_view(a->text).substr(b, e - b);
  const size_t tail = CitationTail(s);
  if (tail == std::string_view::npos) {
    a->blocks.push_back({BlockKind::kParagraph, b, e, line});
    return;
  }
  if (tail > 0) a->blocks.push_back({BlockKind::kParagraph, b, b + tail, line});
  a->blocks.push_back({BlockKind::kReference, b + tail, e, line});
}

void ParseBody(Article* a, const std::vector<Line>& lines, size_t first) {
  std::string_view text = a->text;
  bool in_references = false, in_related = false;
  size_t reference_lines = 0;
  for (size_t i = first; i < lines.size(); ++i) {
    size_t b = lines[i].begin, e = lines[i].end;
    Trim(text, &b, &e);
    if (b == e) continue;
    std::string_view s = text.substr(b, e - b);
    if (in_references) {
      if (reference_lines == 0) a->reference_title = std::string(s);
      if (reference_lines == 1) a->source = std::string(s);
      ++reference_lines;
      continue;
    }
    if (IsReferenceMarker(s)) {
      in_references = true;
      continue;
    }
    // The box ends at a body paragraph (a long line that ends a sentence);
    // link titles are short.
    if (in_related && EndsSentence(s) && CountCodePoints(s) > kMaxHeadingCodePoints) {
      in_related = false;
    }
    in_related = in_related || IsRelatedLinksMarker(s);
    if (in_related) {
      a->blocks.push_back({BlockKind::kReference, b, e, lines[i].number});
      continue;
    }
    if (size_t m = BulletMarker(s); m > 0) {
      size_t cb = b + m, ce = e;
      Trim(text, &cb, &ce);
      if (cb < ce) a->blocks.push_back({BlockKind::kBullet, cb, ce, lines[i].number});
      continue;
    }
    if (!EndsSentence(s) && CountCodePoints(s) <= kMaxHeadingCodePoints) {
      a->blocks.push_back({BlockKind::kHeading, b, e, lines[i].number});
    } else {
      AddParagraph(a, b, e, lines[i].number);
    }
  }
}

}  // namespace

namespace {
constexpr auto kArticleFormatNames =
    MakeEnumNames<ArticleFormat>({{ArticleFormat::kPlain, "plain"},
                                  {ArticleFormat::kLivedoor, "livedoor"},
                                  {ArticleFormat::kJsonl, "jsonl"}});
}  // namespace

std::string_view ArticleFormatName(ArticleFormat v) { return kArticleFormatNames.Name(v); }

namespace {
constexpr auto kBlockKindNames = MakeEnumNames<BlockKind>({{BlockKind::kTitle, "title"},
                                                           {BlockKind::kHeading, "heading"},
                                                           {BlockKind::kParagraph, "paragraph"},
                                                           {BlockKind::kBullet, "bullet"},
                                                           {BlockKind::kReference, "reference"}});
}  // namespace

std::string_view BlockKindName(BlockKind v) { return kBlockKindNames.Name(v); }

Article ParseTextArticle(std::string id, std::string path, std::string text) {
  Article a;
  a.id = std::move(id);
  a.path = std::move(path);
  a.text = std::move(text);
  std::string_view t = a.text;
  std::vector<Line> lines = SplitLines(t);
  size_t title_index = 0;
  if (LooksLikeLivedoor(t, lines)) {
    a.format = ArticleFormat::kLivedoor;
    a.url = std::string(t.substr(lines[0].begin, lines[0].end - lines[0].begin));
    a.date = std::string(t.substr(lines[1].begin, lines[1].end - lines[1].begin));
    a.source = "livedoor";
    title_index = 2;
  } else {
    // The title is the first non-blank line.
    while (title_index < lines.size() && lines[title_index].begin == lines[title_index].end) {
      ++title_index;
    }
  }
  if (title_index < lines.size()) {
    size_t b = lines[title_index].begin, e = lines[title_index].end;
    Trim(t, &b, &e);
    if (b < e) {
      a.title = std::string(t.substr(b, e - b));
      a.blocks.push_back({BlockKind::kTitle, b, e, lines[title_index].number});
    }
  }
  ParseBody(&a, lines, title_index + 1);
  return a;
}

Result<Article> ParseJsonArticle(std::string_view line, const std::string& path, size_t line_no) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Status::DataError(fmt::format("{}:{}: not a valid JSON value", path, line_no));
  }
  if (!j.is_object()) {
    return Status::DataError(fmt::format("{}:{}: expected a JSON object", path, line_no));
  }
  auto get = [&](const char* key, std::string* out) -> Status {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::Ok();
    if (it->is_string()) {
      *out = it->get<std::string>();
    } else if (it->is_number_integer() && std::string_view(key) == "id") {
      if (it->is_number_unsigned() && it->get<uint64_t>() > uint64_t{INT64_MAX}) {
        return Status::DataError(
            fmt::format("{}:{}: integer \"id\" above 2^63-1; write it as a string", path, line_no));
      }
      *out = std::to_string(it->get<long long>());
    } else {
      return Status::DataError(
          fmt::format("{}:{}: field \"{}\" must be a string", path, line_no, key));
    }
    if (out->find('\0') != std::string::npos) {
      return Status::DataError(
          fmt::format("{}:{}: field \"{}\" contains an escaped NUL (\\u0000), record skipped", path,
                      line_no, key));
    }
    return Status::Ok();
  };
  Article a;
  a.format = ArticleFormat::kJsonl;
  a.path = path;
  a.line = line_no;
  KIJI_RETURN_IF_ERROR(get("id", &a.id));
  KIJI_RETURN_IF_ERROR(get("title", &a.title));
  KIJI_RETURN_IF_ERROR(get("date", &a.date));
  KIJI_RETURN_IF_ERROR(get("url", &a.url));
  KIJI_RETURN_IF_ERROR(get("source", &a.source));
  KIJI_RETURN_IF_ERROR(get("body", &a.text));
  if (a.text.empty()) KIJI_RETURN_IF_ERROR(get("text", &a.text));
  if (a.id.empty()) a.id = fmt::format("{}:{}", path, line_no);
  if (a.text.empty()) {
    return Status::DataError(
        fmt::format("{}:{}: record has no \"body\" or \"text\" (or it is empty)", path, line_no));
  }
  if (auto bad = FindInvalidUtf8(a.text)) {  // nlohmann validates, but be explicit
    return Status::DataError(fmt::format("{}:{}: invalid UTF-8 in body", path, line_no));
  }
  // The body is the text spans point into; the title is metadata here.
  std::vector<Line> lines = SplitLines(a.text);
  ParseBody(&a, lines, 0);
  if (a.blocks.empty()) {
    return Status::DataError(
        fmt::format("{}:{}: record body is only white space, record skipped", path, line_no));
  }
  for (Block& b : a.blocks) b.line = line_no;
  return a;
}

}  // namespace kiji
