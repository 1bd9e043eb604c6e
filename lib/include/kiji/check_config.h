// Configuration of `kiji check`: rule levels, thresholds, scraping patterns
// and ignore globs, read from a .kiji.toml file (TOML, toml++).
//
// A [check] table holds the settings and a [check.rules] table maps rule ids
// to "off" / "info" / "warning" / "error" (docs/check.md). Unknown keys and
// values of the wrong type are errors "FILE:LINE: message", so a typo never
// silently turns a rule off. FindCheckConfig() walks up from a folder to the
// first .kiji.toml. FormatCheckConfig() prints the effective configuration
// as TOML that LoadCheckConfig() reads back. Plain values; thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(kiji::CheckConfig config, kiji::LoadCheckConfig(".kiji.toml"));
//   if (config.Level(kiji::RuleIndex::kBom) != kiji::CheckLevel::kOff) ...
#ifndef KIJI_CHECK_CONFIG_H_
#define KIJI_CHECK_CONFIG_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/check_rules.h"
#include "kiji/status.h"

namespace kiji {

// The pattern the shipped configuration uses for scraping leftovers: the
// 'video poster' left at the end of seed 000's title by a video player, and
// the page furniture scrapers most often keep.
inline constexpr std::string_view kDefaultScrapingPatterns[] = {
    "video poster",     "(?i)\\badvertisement\\b", "(?i)click here",
    "この記事をシェア", "(?:ツイート|シェア)する", "\\[\\s*(?:画像|動画|写真)\\s*\\]",
    "Copyright\\s*©",
};

struct CheckConfig {
  // Level of each rule, in RuleIndex order. Default: each rule's default.
  std::array<CheckLevel, kRuleCount> levels;
  // Titles longer than this many code points are reported (default 100).
  size_t max_title_chars = 100;
  // Bodies shorter than this many code points are reported (default 100).
  size_t min_body_chars = 100;
  // More consecutive blank lines than this are reported (default 1).
  size_t max_blank_lines = 1;
  // Jaccard similarity of character 5-gram sets from which two articles are
  // near-duplicates (default 0.8).
  double near_duplicate_threshold = 0.8;
  // Share of unknown MeCab tokens above which content/unknown-words fires
  // (default 0.3; Japanese news stays well below 0.1).
  double max_unknown_ratio = 0.3;
  // Quotations shorter than this many code points are taken for terms or
  // titles, not speech (default 15).
  size_t min_quote_chars = 15;
  // ICU regular expressions for structure/scraping-leftover.
  std::vector<std::string> scraping_patterns;
  // Globs ('*' within a path segment, '**' across segments, '?') of paths not
  // checked, matched against the path as given and relative to the config's
  // folder.
  std::vector<std::string> ignore;
  // The file the configuration came from; empty for the built-in defaults.
  std::string source;

  CheckConfig();
  CheckLevel Level(RuleIndex r) const { return levels[static_cast<size_t>(r)]; }
  bool On(RuleIndex r) const { return Level(r) != CheckLevel::kOff; }
};

/// Reads a .kiji.toml file over the defaults. Errors are "FILE:LINE: message".
Result<CheckConfig> LoadCheckConfig(const std::string& path);
/// Parses TOML text; `path` names it in messages.
Result<CheckConfig> ParseCheckConfig(std::string_view toml, const std::string& path);

/// The first .kiji.toml in `dir` or one of its parents, or nullopt.
std::optional<std::string> FindCheckConfig(const std::string& dir);

/// The effective configuration as TOML (every setting and every rule).
std::string FormatCheckConfig(const CheckConfig& config);

/// True when a path matches one of the ignore globs.
bool IsIgnored(const CheckConfig& config, std::string_view path);

/// Glob over '/'-separated paths: '*' and '?' stay within a segment, '**'
/// matches any number of segments.
bool PathGlobMatch(std::string_view pattern, std::string_view path);

}  // namespace kiji

#endif  // KIJI_CHECK_CONFIG_H_
