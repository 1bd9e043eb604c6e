// Articles too big to analyze whole are cut into parts of whole blocks.
//
// The working memory of one article is about 100 times its size (tokens of
// 192 bytes, one per ~5 bytes of text, and the output of `tokenize`, about
// 24 times the text, buffered until it is written). So an article longer
// than SourceOptions::article_part_bytes (128 KiB; news articles are a few
// KiB, the longest of livedoor and wikinews-ja 32 KiB) is cut into articles of whole blocks (paragraphs, headings), each a
// unit of the corpus loop of its own: analyzed, written and freed before the
// next, so memory is bounded by one part, not by the article.
#ifndef KIJI_SRC_CORPUS_ARTICLE_PARTS_H_
#define KIJI_SRC_CORPUS_ARTICLE_PARTS_H_

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "corpus/json_lines_chunker.h"
#include "kiji/article.h"
#include "kiji/corpus.h"
#include "kiji/diagnostics.h"
#include "kiji/source.h"

namespace kiji {

/// Cuts `article` into parts of consecutive whole blocks of at most
/// `part_bytes` (a longer block is a part alone). Part k (from 1) has the id
/// "ID#k", its own text (from its first block to its last, block offsets
/// moved with it) and the article's metadata. One part: the article itself.
std::vector<Article> SplitArticle(Article article, size_t part_bytes);

/// A unit of the corpus loop: an input a worker reads, or an article already
/// read (a part of a big one).
struct CorpusUnit {
  std::optional<InputSource> input;
  std::optional<Article> article;
};

/// Hands out the units of JsonLinesChunker's inputs, reading the plain
/// inputs bigger than `options.article_part_bytes` here to cut their big
/// articles (with a warning that says so).
class ArticleSplitter {
 public:
  ArticleSplitter(JsonLinesChunker* inputs, const SourceOptions& options);
  /// The next unit, or false at the end. Problems go to `diags`.
  bool Next(CorpusUnit* unit, Diagnostics& diags);

 private:
  // Reads and parses `in`, queueing its articles (big ones in parts).
  void ReadAndSplit(InputSource in, Diagnostics& diags);

  JsonLinesChunker* inputs_;
  const SourceOptions& options_;
  std::deque<Article> queued_;
};

}  // namespace kiji

#endif  // KIJI_SRC_CORPUS_ARTICLE_PARTS_H_
