// KwicFilter: which keyword-in-context hits `kiji kwic --sector / --speaker`
// keep: hits in sentences tagged with a sector (sentence level, the default
// threshold of `kiji sectors`) and hits inside the statements of a speaker
// (its fullest name or its mention, as `kiji speakers` prints them). Both
// run on the same analyzed Document, so nothing is tokenized twice.
// Immutable after Create(); thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(kiji::KwicFilter f,
//                         kiji::KwicFilter::Create({sectors, "energy", nullptr, ""}));
//   std::vector<kiji::KwicHit> kept = f.Apply(doc, searcher.Search(doc));
#ifndef KIJI_KWIC_FILTER_H_
#define KIJI_KWIC_FILTER_H_

#include <memory>
#include <string>
#include <vector>

#include "kiji/kwic.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "kiji/status.h"
#include "kiji/token.h"

namespace kiji {

struct KwicFilterOptions {
  std::shared_ptr<const SectorLexicon> sectors;  // null: no sector filter
  std::string sector;                            // the sector id kept
  std::shared_ptr<const QuoteLexicon> quotes;    // null: no speaker filter
  std::string speaker;                           // the speaker or mention kept
};

class KwicFilter {
 public:
  /// An unknown sector id is an error.
  static Result<KwicFilter> Create(KwicFilterOptions options);

  /// The hits of `hits` that pass the filters (all without filters).
  std::vector<KwicHit> Apply(const Document& doc, std::vector<KwicHit> hits) const;

 private:
  explicit KwicFilter(KwicFilterOptions options) : opt_(std::move(options)) {}
  std::vector<bool> SentencesInSector(const Document& doc) const;
  std::vector<std::pair<uint32_t, uint32_t>> SpeakerQuoteSpans(const Document& doc) const;
  KwicFilterOptions opt_;
};

}  // namespace kiji

#endif  // KIJI_KWIC_FILTER_H_
