#include "kiji/keyword_corpus.h"

#include <fmt/format.h>

#include <charconv>
#include <iterator>

#include "kiji/output.h"

namespace kiji {
namespace {

// Starts the record of an article.
constexpr char kArticleMark = '\x01';

Status Malformed(size_t line) {
  return Status::DataError(fmt::format("keyword records:{}: malformed record", line));
}

}  // namespace

void EncodeArticleTerms(std::string_view id, const ArticleTerms& terms, std::string* out) {
  out->push_back(kArticleMark);
  AppendTsvField(id, out);
  out->push_back('\n');
  for (const auto& [t, c] : terms) {
    AppendTsvField(t, out);
    fmt::format_to(std::back_inserter(*out), "\t{}\n", c);
  }
}

Result<KeywordCorpus> KeywordCorpus::Parse(std::string_view records) {
  KeywordCorpus corpus;
  size_t pos = 0, line_no = 0;
  while (pos < records.size()) {
    size_t nl = records.find('\n', pos);
    if (nl == std::string_view::npos) nl = records.size();
    const std::string_view line = records.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line[0] == kArticleMark) {
      corpus.articles_.push_back({UnescapeTsvField(line.substr(1)), {}});
      continue;
    }
    const size_t tab = line.rfind('\t');
    uint64_t count = 0;
    if (corpus.articles_.empty() || tab == std::string_view::npos) return Malformed(line_no);
    const std::string_view digits = line.substr(tab + 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (ec != std::errc() || end != digits.data() + digits.size()) return Malformed(line_no);
    std::string term = UnescapeTsvField(line.substr(0, tab));
    corpus.df_.Add(term, count, 1);
    corpus.articles_.back().terms.emplace_back(std::move(term), count);
  }
  return corpus;
}

}  // namespace kiji
