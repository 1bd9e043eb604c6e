#include "corpus/article_parts.h"

#include <fmt/format.h>
#include <sys/stat.h>

namespace kiji {
namespace {

// Part `k` of `a`: blocks [first, last), their text and the metadata.
Article MakePart(const Article& a, size_t first, size_t last, size_t k) {
  Article part;
  part.id = fmt::format("{}#{}", a.id, k);
  part.path = a.path;
  part.line = a.blocks[first].line;
  part.format = a.format;
  part.title = a.title;
  part.date = a.date;
  part.url = a.url;
  part.source = a.source;
  part.reference_title = a.reference_title;
  const size_t base = a.blocks[first].begin;
  part.text = a.text.substr(base, a.blocks[last - 1].end - base);
  for (size_t b = first; b < last; ++b) {
    Block block = a.blocks[b];
    block.begin -= base;
    block.end -= base;
    part.blocks.push_back(block);
  }
  return part;
}

// Whether `in` is a plain input that may hold an article to cut.
bool MayNeedSplitting(const InputSource& in, size_t part_bytes) {
  if (in.bytes) return in.bytes->size() > part_bytes && !IsJsonLines(in.path, *in.bytes);
  if (in.path.ends_with(".jsonl")) return false;
  struct stat st;
  return stat(in.path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
         static_cast<size_t>(st.st_size) > part_bytes;
}

}  // namespace

std::vector<Article> SplitArticle(Article article, size_t part_bytes) {
  std::vector<Article> parts;
  if (article.text.size() <= part_bytes || article.blocks.size() < 2) {
    parts.push_back(std::move(article));
    return parts;
  }
  const std::vector<Block>& blocks = article.blocks;
  for (size_t first = 0; first < blocks.size();) {
    size_t last = first + 1;
    while (last < blocks.size() && blocks[last].end - blocks[first].begin <= part_bytes) ++last;
    parts.push_back(MakePart(article, first, last, parts.size() + 1));
    first = last;
  }
  return parts;
}

ArticleSplitter::ArticleSplitter(JsonLinesChunker* inputs, const SourceOptions& options)
    : inputs_(inputs), options_(options) {}

bool ArticleSplitter::Next(CorpusUnit* unit, Diagnostics& diags) {
  *unit = CorpusUnit();
  while (queued_.empty()) {
    InputSource in;
    if (!inputs_->Next(&in, diags)) return false;
    if (!MayNeedSplitting(in, options_.article_part_bytes)) {
      unit->input = std::move(in);
      return true;
    }
    ReadAndSplit(std::move(in), diags);
  }
  unit->article = std::move(queued_.front());
  queued_.pop_front();
  return true;
}

void ArticleSplitter::ReadAndSplit(InputSource in, Diagnostics& diags) {
  std::string bytes;
  if (in.bytes) {
    bytes = std::move(*in.bytes);
  } else if (!ReadFileBytes(in.path, &bytes, diags, options_.max_file_bytes,
                            BinaryContent::kRefuse)) {
    return;
  }
  for (Article& a : LoadArticles(in.path, std::move(bytes), options_, diags, in.first_line,
                                 in.first_byte)) {
    const size_t size = a.text.size(), line = a.line;
    std::vector<Article> parts = SplitArticle(std::move(a), options_.article_part_bytes);
    if (parts.size() > 1) {
      diags.Report({in.path, line,
                    fmt::format("article of {} bytes, more than --article-part-bytes ({}): "
                                "analyzed as {} articles of whole paragraphs, ID#1 to ID#{}",
                                size, options_.article_part_bytes, parts.size(), parts.size()),
                    Severity::kWarning});
    }
    for (Article& p : parts) queued_.push_back(std::move(p));
  }
}

}  // namespace kiji
