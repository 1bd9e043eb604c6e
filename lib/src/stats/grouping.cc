#include "kiji/grouping.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "kiji/enum_names.h"
#include "kiji/sectors.h"

namespace kiji {

namespace {
constexpr auto kGroupByNames = MakeEnumNames<GroupBy>({{GroupBy::kNone, "none"},
                                                       {GroupBy::kNone, ""},
                                                       {GroupBy::kDate, "date"},
                                                       {GroupBy::kMonth, "month"},
                                                       {GroupBy::kYear, "year"},
                                                       {GroupBy::kSource, "source"},
                                                       {GroupBy::kDir, "dir"},
                                                       {GroupBy::kSector, "sector"}});
}  // namespace

Status ParseGroupBy(std::string_view s, GroupBy* out) {
  if (kGroupByNames.Parse(s, out)) return Status::Ok();
  return Status::InvalidArgument(fmt::format(
      "unknown --group-by '{}' (expected date, month, year, source, dir or sector)", s));
}

Result<Grouping> LoadGrouping(std::string_view group_by,
                              const std::vector<std::string>& sector_lexicons) {
  Grouping g;
  KIJI_RETURN_IF_ERROR(ParseGroupBy(group_by, &g.by));
  if (g.by != GroupBy::kSector) {
    if (!sector_lexicons.empty()) {
      return Status::InvalidArgument("--lexicon is only used with --group-by sector");
    }
    return g;
  }
  g.lexicon_paths = sector_lexicons;
  KIJI_ASSIGN_OR_RETURN(SectorLexicon lexicon, SectorLexicon::Load(g.lexicon_paths));
  g.lexicon = std::make_shared<const SectorLexicon>(std::move(lexicon));
  return g;
}

namespace {

// The article-level tags of `kiji sectors`, with its default threshold.
std::vector<std::string> TaggedSectors(const Document& doc, const SectorLexicon& lexicon) {
  std::vector<std::string> ids;
  for (const SectorScore& s : TagSectors(doc, lexicon, SectorOptions{})) {
    if (s.tagged) ids.push_back(lexicon.sectors()[s.sector].id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::vector<std::string> GroupsOf(const Document& doc, const Grouping& grouping) {
  const Article& a = *doc.article;
  switch (grouping.by) {
    case GroupBy::kNone:
      return {};
    case GroupBy::kDate:
      return {a.date.substr(0, 10)};
    case GroupBy::kMonth:
      return {a.date.substr(0, 7)};
    case GroupBy::kYear:
      return {a.date.substr(0, 4)};
    case GroupBy::kSource:
      return {a.source};
    case GroupBy::kDir: {
      std::string dir = std::filesystem::path(a.path).parent_path().string();
      return {dir.empty() ? "." : dir};
    }
    case GroupBy::kSector:
      return TaggedSectors(doc, *grouping.lexicon);
  }
  return {};
}

}  // namespace kiji
