// ArticleRecord: the summary row `kiji report` keeps of one article — its
// metadata, tagged sectors with their best evidence sentence, statements,
// and its distinct terms and compound-noun candidates with their counts —
// as plain data, so that `kiji count --report` can write it into a counts
// file (counts_io.h), `kiji merge` can carry it, and `kiji report --counts`
// can build from it exactly the report of the articles themselves.
// Everything a report section needs of an article is here; tokens are not.
// Plain data: copyable, no invariants beyond the comments.
#ifndef KIJI_ARTICLE_RECORD_H_
#define KIJI_ARTICLE_RECORD_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kiji/report.h"

namespace kiji {

struct RecordStatement {
  std::string speaker, type, role, kind, quote, verb;  // as kiji speakers names them
  uint32_t start = 0, end = 0;                         // the quote's span
};

struct RecordEvidence {
  std::string sector;         // lexicon id of a tagged sector
  EvidenceSentence sentence;  // `article` unused (0): the report numbers articles
};

struct ArticleRecord {
  // Metadata, counts and tagged sector ids (by score); keywords and
  // speakers are left empty (the report computes them).
  ArticleRow row;
  std::vector<RecordEvidence> evidence;      // one per tagged sector with evidence, row order
  std::vector<RecordStatement> statements;   // in text order
  uint64_t unigrams = 0;                     // unigram term occurrences (N of statistics)
  std::vector<std::pair<std::string, uint64_t>> terms;      // distinct terms, sorted, count > 0
  // Compound-noun candidates (flr.h), parts TAB-separated, sorted, count > 0.
  std::vector<std::pair<std::string, uint64_t>> compounds;
};

}  // namespace kiji

#endif  // KIJI_ARTICLE_RECORD_H_
