#include "kiji/lexicon_examples.h"

#include <fmt/format.h>

#include <algorithm>

#include "kiji/article.h"
#include "kiji/sectors.h"

namespace kiji {
namespace {

// "協力|し|た": how the dictionary cut the example, to see why nothing matched.
std::string TokenList(const Document& doc) {
  std::string s;
  for (const Token& t : doc.tokens) {
    if (!s.empty()) s.push_back('|');
    s += t.surface;
  }
  return s;
}

std::string Why(const Document& doc, const SectorLexicon& lex, const SectorHits& hits,
                uint32_t entry) {
  for (const CancelledHit& c : hits.cancelled) {
    if (c.hit.entry != entry) continue;
    switch (c.reason) {
      case CancelReason::kUnless:
        return "cancelled by unless " + lex.PhraseText(c.by);
      case CancelReason::kNoNear:
        return "cancelled: no near phrase in the sentence";
      case CancelReason::kOverlapped:
        return "overlapped by " + lex.entries()[c.by].term;
      case CancelReason::kSameMention:
        return "the same mention as " + lex.entries()[c.by].term;
      case CancelReason::kSource:
        return "names the source of the sentence";
    }
  }
  return "no match in tokens " + TokenList(doc);
}

}  // namespace

Result<ExampleReport> CheckLexiconExamples(const SectorLexicon& lexicon, Analyzer* analyzer) {
  ExampleReport report;
  Document doc;
  for (uint32_t e = 0; e < lexicon.entries().size(); ++e) {
    const LexiconEntry& entry = lexicon.entries()[e];
    if (entry.must_match.empty() && entry.must_not_match.empty()) continue;
    ++report.entries;
    const std::string& sector = lexicon.sectors()[entry.sector].id;
    for (int must = 1; must >= 0; --must) {
      for (const std::string& example : must ? entry.must_match : entry.must_not_match) {
        ++report.examples;
        Article article = ParseTextArticle("example", "example", example);
        KIJI_RETURN_IF_ERROR(analyzer->Analyze(article, &doc));
        SectorHits hits = FindSectorHits(doc, lexicon);
        const bool fired = std::any_of(hits.hits.begin(), hits.hits.end(),
                                       [e](const SectorHit& h) { return h.entry == e; });
        if (fired == static_cast<bool>(must)) continue;
        std::string message =
            must ? fmt::format("{}:{}: {} '{}' does not fire on '{}' ({})", entry.path, entry.line,
                               sector, entry.term, example, Why(doc, lexicon, hits, e))
                 : fmt::format("{}:{}: {} '{}' fires on must-not-match '{}' (tokens {})",
                               entry.path, entry.line, sector, entry.term, example, TokenList(doc));
        report.failures.push_back({e, static_cast<bool>(must), example, std::move(message)});
      }
    }
  }
  return report;
}

}  // namespace kiji
