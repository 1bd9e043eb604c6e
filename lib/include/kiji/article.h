// Article: one news article as read from a file or a JSON Lines record.
//
// An Article keeps its original text (UTF-8, BOM removed) and a list of blocks
// (title, headings, paragraphs, bullet items) as byte ranges into that text;
// every later stage points into `text`, never into a copy. Three input layouts
// are read (docs/formats.md):
//   - plain text, the corpus format of corpus/: first line title; then
//     paragraphs, headings and "- " bullets; an optional "Reference(s):"
//     footer naming the source title and publisher;
//   - the livedoor news corpus: URL line, ISO date line, title line, body;
//   - JSON Lines: {"id", "title", "body" | "text", "date", "url", "source"}.
// The parsers are pure functions; thread-safe.
//
//   kiji::Article a = kiji::ParseTextArticle("corpus/x.txt", "corpus/x.txt", text);
//   for (const kiji::Block& b : a.blocks) Use(a.BlockText(b));
#ifndef KIJI_ARTICLE_H_
#define KIJI_ARTICLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/status.h"

namespace kiji {

enum class ArticleFormat { kPlain, kLivedoor, kJsonl };
// kReference: source lists and related-link boxes at the end of an article
// (a Wikinews paragraph's citation tail, 【関連記事】 and the lines after it):
// analysed like paragraphs, but not evidence for `kiji sectors`.
enum class BlockKind { kTitle, kHeading, kParagraph, kBullet, kReference };

/// "plain", "livedoor", "jsonl" / "title", "heading", "paragraph", "bullet",
/// "reference".
std::string_view ArticleFormatName(ArticleFormat f);
std::string_view BlockKindName(BlockKind k);

struct Block {
  BlockKind kind;
  size_t begin;  // byte offsets into Article::text, half-open; for bullets
  size_t end;    // the "- " marker is left out
  size_t line;   // 1-based line in the source file
};

struct Article {
  std::string id;    // file path as given, or the JSON record's "id"
  std::string path;  // the file the article came from ("-" for stdin)
  size_t line = 1;   // line of `path` where the article starts (JSON Lines)
  ArticleFormat format = ArticleFormat::kPlain;
  std::string text;  // original text; spans are code points into it
  std::string title;
  std::string date;  // ISO 8601 when known
  std::string url;
  std::string source;           // publisher ("cgtn.com", "livedoor", ...)
  std::string reference_title;  // the "Reference(s):" source title
  std::vector<Block> blocks;

  std::string_view BlockText(const Block& b) const {
    return std::string_view(text).substr(b.begin, b.end - b.begin);
  }
};

/// Parses a plain-text or livedoor article (detected from its first lines).
/// REQUIRES: text is valid UTF-8 without a BOM.
Article ParseTextArticle(std::string id, std::string path, std::string text);

/// Parses one JSON Lines record. Errors name path:line_no.
Result<Article> ParseJsonArticle(std::string_view line, const std::string& path, size_t line_no);

}  // namespace kiji

#endif  // KIJI_ARTICLE_H_
