// Checking a lexicon against its own examples: `kiji lexicon test`.
//
// Each lexicon entry may carry example sentences that must fire it and
// examples that must not (lexicon.h). CheckLexiconExamples() analyzes every
// example with a real Analyzer (so the MeCab dictionary in use decides the
// tokens, as it will on news) and runs the sector matcher on it: a
// must-match example fails when the entry has no counted hit, a
// must-not-match example fails when it has one. Failures name the entry's
// file and line and say why (the tokens, or what cancelled the hit).
// Not thread-safe: it uses the given Analyzer.
//
//   kiji::Analyzer analyzer(model);
//   KIJI_ASSIGN_OR_RETURN(kiji::ExampleReport report,
//                         kiji::CheckLexiconExamples(lexicon, &analyzer));
//   for (const auto& f : report.failures) Print(f.message);
#ifndef KIJI_LEXICON_EXAMPLES_H_
#define KIJI_LEXICON_EXAMPLES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/lexicon.h"
#include "kiji/status.h"

namespace kiji {

struct ExampleFailure {
  uint32_t entry = 0;       // index into SectorLexicon::entries()
  bool must_match = false;  // which list the example is in
  std::string example;
  std::string message;  // "PATH:LINE: ..." ready to print
};

struct ExampleReport {
  size_t entries = 0;                    // entries with at least one example
  size_t examples = 0;                   // examples run
  std::vector<ExampleFailure> failures;  // in lexicon order
};

/// Runs every example of every entry. Errors only when analysis fails.
Result<ExampleReport> CheckLexiconExamples(const SectorLexicon& lexicon, Analyzer* analyzer);

}  // namespace kiji

#endif  // KIJI_LEXICON_EXAMPLES_H_
