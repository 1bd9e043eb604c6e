#include "kiji/flr.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "base/data_file.h"
#include "kiji/ranking.h"
#include "kiji/term_selection.h"

namespace kiji {
namespace {

// こと, もの, 今日, 現在: nouns that do not head a compound term.
bool Dependent(const Token& t) {
  return t.Has(TokenTrait::kDependent) || t.Has(TokenTrait::kAdverbial);
}

bool IsNoun(const Token& t) {
  if (t.unknown && PunctuationOnly(t.surface)) return false;
  switch (t.pos_class) {
    case PosClass::kNoun:
    case PosClass::kProperNoun:
    case PosClass::kAdjectivalNoun:
      return !Dependent(t);
    default:
      return false;
  }
}

bool IsNakaguro(const Token& t) {
  return t.pos_class == PosClass::kSymbol && (t.surface == "・" || t.surface == "･");
}

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> FindCompoundRuns(std::span<const Token> tokens) {
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t i = 0;
  while (i < n) {
    uint32_t b = i;
    if (tokens[i].pos_class == PosClass::kPrefix && i + 1 < n && IsNoun(tokens[i + 1])) {
      ++i;  // a prefix opens a run only before a noun
    } else if (!IsNoun(tokens[i])) {
      ++i;
      continue;
    }
    // tokens[i] is a noun; extend.
    uint32_t e = i + 1;
    while (e < n) {
      const Token& t = tokens[e];
      if (IsNoun(t) || t.pos_class == PosClass::kSuffix) {
        ++e;
      } else if (IsNakaguro(t) && e + 1 < n && IsNoun(tokens[e + 1])) {
        e += 2;
      } else {
        break;
      }
    }
    runs.emplace_back(b, e);
    i = e;
  }
  return runs;
}

std::vector<FlrRow> ScoreFlr(const TermTable& compounds, uint32_t min_length) {
  const auto sorted = compounds.Sorted();
  // FL(N), FR(N): occurrences of a noun directly left / right of N.
  std::unordered_map<std::string_view, std::pair<uint64_t, uint64_t>> adj;
  std::vector<std::vector<std::string_view>> parts;
  parts.reserve(sorted.size());
  for (const auto& [key, e] : sorted) {
    parts.push_back(SplitFields(key, '\t'));
    const auto& p = parts.back();
    for (size_t i = 0; i + 1 < p.size(); ++i) {
      adj[p[i + 1]].first += e->tf;  // p[i] is left of p[i + 1]
      adj[p[i]].second += e->tf;     // p[i + 1] is right of p[i]
    }
  }
  std::vector<FlrRow> rows;
  for (size_t k = 0; k < sorted.size(); ++k) {
    const auto& p = parts[k];
    if (p.size() < min_length) continue;
    FlrRow r;
    double log_sum = 0;
    for (size_t i = 0; i < p.size(); ++i) {
      if (i > 0) r.parts.push_back(' ');
      r.parts.append(p[i]);
      r.term.append(p[i]);
      auto it = adj.find(p[i]);
      const uint64_t fl = it == adj.end() ? 0 : it->second.first;
      const uint64_t fr = it == adj.end() ? 0 : it->second.second;
      log_sum += std::log(static_cast<double>(fl + 1)) + std::log(static_cast<double>(fr + 1));
    }
    r.length = static_cast<uint32_t>(p.size());
    r.freq = sorted[k].second->tf;
    r.df = sorted[k].second->df;
    r.lr = std::exp(log_sum / (2.0 * static_cast<double>(p.size())));
    r.flr = static_cast<double>(r.freq) * r.lr;
    rows.push_back(std::move(r));
  }
  // Rows are in key order (parts joined by TAB), which settles rows of one term.
  RankRows(&rows, [](const FlrRow& r) { return RankKey{r.flr, r.freq, r.term}; });
  return rows;
}

}  // namespace kiji
