// normalization/*: NFKC changes, mixed look-alike variants, zero-width
// characters, on an article's original text.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "check/file_check.h"
#include "kiji/utf8.h"
#include "text/icu_text.h"

namespace kiji::internal {
namespace {

bool IsZeroWidth(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// Groups of look-alike characters an article should not mix.
struct VariantGroup {
  std::string_view name;
  std::array<char32_t, 5> members;  // 0 = unused
};
constexpr std::array<VariantGroup, 2> kVariantGroups = {{
    {"wave dash / tilde", {0x301C, 0xFF5E, 0x223C, 0, 0}},
    {"dash", {0x2014, 0x2015, 0x2500, 0x2012, 0x2013}},
}};

void CheckNfkc(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  std::string_view text = a.text;
  std::string normalized;
  std::vector<NormalizationEdit> edits;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    NfkcUtf8(line, &normalized, &edits);
    size_t changes = 0;
    const NormalizationEdit* first = nullptr;
    for (const NormalizationEdit& e : edits) {
      if (!e.changed) continue;
      if (first == nullptr) first = &e;
      ++changes;
    }
    if (first != nullptr) {
      std::string_view from = line.substr(first->source, first->old_length);
      std::string_view to = std::string_view(normalized).substr(first->dest, first->new_length);
      std::string more = changes > 1 ? fmt::format(" ({} more on this line)", changes - 1) : "";
      AddAt(sink, place, RuleIndex::kNfkc, pos + first->source,
            pos + first->source + first->old_length,
            fmt::format("NFKC changes '{}' to '{}'{}", Snippet(from), Snippet(to), more));
    }
    pos = end + 1;
  }
}

void CheckVariants(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  std::string_view text = a.text;
  // Per group: first offset and count of each member.
  std::array<std::map<char32_t, std::pair<size_t, size_t>>, kVariantGroups.size()> seen;
  size_t pos = 0, zero_width_line_start = std::string_view::npos;
  while (pos < text.size()) {
    const size_t at = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    if (c == '\n') zero_width_line_start = std::string_view::npos;
    if (IsZeroWidth(c) && zero_width_line_start == std::string_view::npos) {
      zero_width_line_start = at;  // one finding per line
      AddAt(sink, place, RuleIndex::kZeroWidth, at, pos,
            fmt::format("zero-width character U+{:04X}", static_cast<uint32_t>(c)));
    }
    if (c < 0x2000) continue;
    for (size_t g = 0; g < kVariantGroups.size(); ++g) {
      const auto& m = kVariantGroups[g].members;
      if (std::find(m.begin(), m.end(), c) == m.end()) continue;
      auto [it, inserted] = seen[g].try_emplace(c, at, 0);
      ++it->second.second;
    }
  }
  if (!sink.On(RuleIndex::kMixedVariants)) return;
  for (size_t g = 0; g < kVariantGroups.size(); ++g) {
    if (seen[g].size() < 2) continue;
    // The most frequent variant is taken as the article's choice.
    auto main = std::max_element(seen[g].begin(), seen[g].end(), [](const auto& x, const auto& y) {
      return x.second.second < y.second.second;
    });
    std::string main_text;
    AppendUtf8(main->first, &main_text);
    for (const auto& [c, where] : seen[g]) {
      if (c == main->first) continue;
      std::string s;
      AppendUtf8(c, &s);
      AddAt(sink, place, RuleIndex::kMixedVariants, where.first, where.first + s.size(),
            fmt::format("{} variant '{}' (U+{:04X}, {}x) mixed with '{}' (U+{:04X}, {}x)",
                        kVariantGroups[g].name, s, static_cast<uint32_t>(c), where.second,
                        main_text, static_cast<uint32_t>(main->first), main->second.second));
    }
  }
}

}  // namespace

void CheckNormalization(const Article& a, const ArticlePlace& place, FindingSink& sink) {
  if (sink.On(RuleIndex::kNfkc)) CheckNfkc(a, place, sink);
  CheckVariants(a, place, sink);
}

}  // namespace kiji::internal
