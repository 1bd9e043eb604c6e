// content/*: rules on MeCab's analysis of an article and on its metadata.
#include <fmt/format.h>

#include <algorithm>
#include <regex>

#include "check/file_check.h"
#include "corpus/article_parts.h"
#include "kiji/analyzer.h"
#include "kiji/statements.h"
#include "kiji/sectors.h"
#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

// Articles with fewer word tokens than this are too short for a meaningful
// unknown-word ratio.
constexpr size_t kMinTokensForRatio = 20;

// What the content rules gather over the parts of one article.
struct ContentTally {
  size_t words = 0, unknown = 0;
  bool tagged = false;
};

void CountWords(const Document& doc, ContentTally* tally) {
  for (const Token& t : doc.tokens) {
    if (t.pos_class == PosClass::kSymbol || t.pos_class == PosClass::kWhitespace) continue;
    ++tally->words;
    tally->unknown += t.unknown;
  }
}

void CheckUnknownWords(const ContentTally& tally, const ArticlePlace& place, FindingSink& sink) {
  const size_t words = tally.words;
  if (words < kMinTokensForRatio) return;
  const double ratio = static_cast<double>(tally.unknown) / static_cast<double>(words);
  if (ratio > sink.config().max_unknown_ratio) {
    AddAt(sink, place, RuleIndex::kUnknownWords, 0, 0,
          fmt::format("{:.0f}% of the {} words are unknown to the dictionary (at most {:.0f}%)",
                      ratio * 100, words, sink.config().max_unknown_ratio * 100));
  }
}

bool AnySectorTagged(const Document& doc, const SectorLexicon& lexicon) {
  std::vector<SectorScore> scores = TagSectors(doc, lexicon, SectorOptions{});
  return std::any_of(scores.begin(), scores.end(), [](const SectorScore& s) { return s.tagged; });
}

void ReportNoSector(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  const size_t b = a.blocks.empty() ? 0 : a.blocks[0].begin;
  const size_t e = a.blocks.empty() ? 0 : a.blocks[0].end;
  AddAt(sink, place, RuleIndex::kNoSector, b, e, "no cooperation sector is tagged");
}

// Top-level 「…」 spans of the paragraphs, as byte ranges of the text
// (brackets included).
std::vector<std::pair<size_t, size_t>> Quotations(const Article& a) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const Block& block : a.blocks) {
    if (block.kind != BlockKind::kParagraph) continue;
    std::string_view text = a.text;
    size_t pos = block.begin, depth = 0, start = 0;
    while (pos < block.end) {
      const size_t at = pos;
      const char32_t c = DecodeUtf8(text, &pos);
      if (c == U'「' && depth++ == 0) start = at;
      if (c == U'」' && depth > 0 && --depth == 0) out.emplace_back(start, pos);
    }
  }
  return out;
}

void CheckQuotes(const Document& doc, const QuoteLexicon& lexicon, const ArticlePlace& place,
                 FindingSink& sink) {
  const Article& a = *doc.article;
  std::vector<std::pair<size_t, size_t>> quotes = Quotations(a);
  if (quotes.empty()) return;
  std::vector<Statement> statements = ExtractStatements(doc, lexicon);
  CodePointIndex cp(a.text);
  for (auto [b, e] : quotes) {
    const std::string_view q = std::string_view(a.text).substr(b, e - b);
    if (CountCodePoints(q) < sink.config().min_quote_chars + 2) continue;  // + the brackets
    const uint32_t qs = cp.ToCodePoint(b), qe = cp.ToCodePoint(e);
    const bool attributed = std::any_of(statements.begin(), statements.end(), [&](const auto& s) {
      return s.quote_start < qe && qs < s.quote_end;
    });
    if (!attributed) {
      AddAt(sink, place, RuleIndex::kQuoteWithoutSpeaker, b, e,
            fmt::format("no speaker found for the quote '{}'", Snippet(q)));
    }
  }
}

}  // namespace

bool IsIsoDate(std::string_view date) {
  static const std::regex kIso(
      R"(^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$)");
  return std::regex_match(date.begin(), date.end(), kIso);
}

// The rules that look at one part of an article (or the whole of a small one).
void CheckPart(const Document& doc, const CheckOptions& options, const ArticlePlace& place,
               FindingSink& sink, ContentTally* tally) {
  CountWords(doc, tally);
  if (sink.On(RuleIndex::kNoSector) && options.sectors && !tally->tagged) {
    tally->tagged = AnySectorTagged(doc, *options.sectors);
  }
  if (sink.On(RuleIndex::kQuoteWithoutSpeaker) && options.quotes) {
    CheckQuotes(doc, *options.quotes, place, sink);
  }
}

Status CheckContent(const Article& a, const CheckOptions& options, const ArticlePlace& place,
                    Analyzer& analyzer, FindingSink& sink) {
  ContentTally tally;
  Document doc;
  if (a.text.size() <= options.source.article_part_bytes) {
    KIJI_RETURN_IF_ERROR(analyzer.Analyze(a, &doc));
    CheckPart(doc, options, place, sink, &tally);
  } else {
    size_t first_block = 0;
    for (const Article& part : SplitArticle(a, options.source.article_part_bytes)) {
      ArticlePlace at = place;  // part spans are bytes into the part's text
      at.shift += a.blocks[first_block].begin;
      first_block += part.blocks.size();
      KIJI_RETURN_IF_ERROR(analyzer.Analyze(part, &doc));
      CheckPart(doc, options, at, sink, &tally);
    }
  }
  if (sink.On(RuleIndex::kUnknownWords)) CheckUnknownWords(tally, place, sink);
  if (sink.On(RuleIndex::kNoSector) && options.sectors && !tally.tagged) {
    ReportNoSector(a, place, sink);
  }
  return Status::Ok();
}

}  // namespace kiji::internal
