// The rules of `kiji check`: stable ids, default levels and descriptions.
//
// Each rule has an id of the form "family/name" (encoding/bom, duplicates/near)
// that never changes once released: CI configurations, SARIF alert history
// and .kiji.toml files refer to it. The table is the single source of truth
// for docs/check.md, SARIF's tool.driver.rules and --print-config.
// Immutable; thread-safe.
//
//   for (const kiji::RuleInfo& r : kiji::CheckRules()) Print(r.id, r.short_description);
//   std::optional<kiji::RuleIndex> i = kiji::FindRule("encoding/bom");
#ifndef KIJI_CHECK_RULES_H_
#define KIJI_CHECK_RULES_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kiji {

/// How serious a finding is. kOff turns a rule off.
enum class CheckLevel : uint8_t { kOff, kInfo, kWarning, kError };

/// "off", "info", "warning", "error".
std::string_view CheckLevelName(CheckLevel level);
/// Parses a level name; false when it is none of the four.
bool ParseCheckLevel(std::string_view name, CheckLevel* level);

/// Position of a rule in CheckRules(); also its index in SARIF's rules array.
enum class RuleIndex : uint16_t {
  kInvalidUtf8,
  kLegacyEncoding,
  kBom,
  kControlCharacter,
  kReplacementCharacter,
  kMojibake,
  kLoneCr,
  kNfkc,
  kMixedVariants,
  kZeroWidth,
  kMissingTitle,
  kLongTitle,
  kEmptyBody,
  kShortBody,
  kMissingReference,
  kUnbalancedBrackets,
  kScrapingLeftover,
  kTrailingWhitespace,
  kBlankLines,
  kUnreadable,
  kExactDuplicate,
  kNearDuplicate,
  kUnknownWords,
  kNoSector,
  kQuoteWithoutSpeaker,
  kBadDate,
  kCount,  // not a rule: the number of rules
};

inline constexpr size_t kRuleCount = static_cast<size_t>(RuleIndex::kCount);

struct RuleInfo {
  std::string_view id;                 // "encoding/bom"
  CheckLevel default_level;            // what the rule reports at unless configured
  std::string_view short_description;  // one line
  std::string_view full_description;   // what it looks for and why it matters
  std::string_view help;               // how to fix it
  bool needs_analysis;                 // needs MeCab (content rules)
};

/// All rules, in RuleIndex order.
std::span<const RuleInfo> CheckRules();
const RuleInfo& Rule(RuleIndex r);
/// The rule with this id, or nullopt.
std::optional<RuleIndex> FindRule(std::string_view id);

}  // namespace kiji

#endif  // KIJI_CHECK_RULES_H_
