// Grouping: which groups an article is counted under by `--group-by` (its
// date, month, year, source, folder, or the sectors `kiji sectors` tags it
// with). Immutable after LoadGrouping(); thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(kiji::Grouping g, kiji::LoadGrouping("month", {}));
//   std::vector<std::string> groups = kiji::GroupsOf(doc, g);   // {"2024-05"}
#ifndef KIJI_GROUPING_H_
#define KIJI_GROUPING_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/lexicon.h"
#include "kiji/status.h"
#include "kiji/token.h"

namespace kiji {

/// kSector groups an article under every sector it is tagged with (none, one
/// or several), with the lexicon in Grouping.
enum class GroupBy { kNone, kDate, kMonth, kYear, kSource, kDir, kSector };

/// Parses "" or "none", "date", "month", "year", "source", "dir", "sector".
Status ParseGroupBy(std::string_view s, GroupBy* out);

struct Grouping {
  GroupBy by = GroupBy::kNone;
  std::shared_ptr<const SectorLexicon> lexicon;  // set for kSector
  std::vector<std::string> lexicon_paths;        // the files it came from
};

/// Parses `group_by`; for "sector" loads the lexicon files
/// `sector_lexicons` (which must be given), otherwise refuses any.
Result<Grouping> LoadGrouping(std::string_view group_by,
                              const std::vector<std::string>& sector_lexicons);

/// The groups of an article (none, one, or several; sectors sorted by id).
std::vector<std::string> GroupsOf(const Document& doc, const Grouping& grouping);

}  // namespace kiji

#endif  // KIJI_GROUPING_H_
