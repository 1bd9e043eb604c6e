#include "kiji/flr.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "kiji/ranking.h"
#include "kiji/term_selection.h"
#include "stats/term_interner.h"

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

namespace {

// A compound of the table: its key and its parts, a range of Compounds::parts.
struct Compound {
  std::string_view key;
  const TermEntry* entry = nullptr;
  uint32_t first_part = 0, parts = 0;
  double lr = 0;
};

struct Compounds {
  std::vector<Compound> list;           // in the table's order
  std::vector<std::string_view> parts;  // views into the keys
};

Compounds SplitCompounds(const TermTable& table) {
  Compounds c;
  c.list.reserve(table.size());
  table.ForEach([&](std::string_view key, const TermEntry& e) {
    Compound x{key, &e, static_cast<uint32_t>(c.parts.size()), 0, 0};
    for (size_t begin = 0;;) {
      const size_t tab = key.find('\t', begin);
      c.parts.push_back(key.substr(begin, tab == std::string_view::npos ? tab : tab - begin));
      ++x.parts;
      if (tab == std::string_view::npos) break;
      begin = tab + 1;
    }
    c.list.push_back(x);
  });
  return c;
}

// Sets each compound's lr from FL(N), FR(N): the occurrences of a noun
// directly left / right of N in all compounds. Parts are numbered first, so
// each occurrence is looked up once and each distinct part's
// log(FL + 1) + log(FR + 1) computed once.
void ScoreCompounds(Compounds* c) {
  TermInterner ids;
  std::vector<uint32_t> part_id(c->parts.size());
  for (size_t i = 0; i < c->parts.size(); ++i) {
    part_id[i] = ids.Intern(c->parts[i], TermInterner::Hash(c->parts[i]));
  }
  std::vector<uint64_t> fl(ids.size(), 0), fr(ids.size(), 0);
  for (const Compound& x : c->list) {
    const uint32_t* p = &part_id[x.first_part];
    for (uint32_t i = 0; i + 1 < x.parts; ++i) {
      fl[p[i + 1]] += x.entry->tf;  // p[i] is left of p[i + 1]
      fr[p[i]] += x.entry->tf;      // p[i + 1] is right of p[i]
    }
  }
  std::vector<double> weight(ids.size());
  for (size_t id = 0; id < weight.size(); ++id) {
    weight[id] = std::log(static_cast<double>(fl[id] + 1)) + std::log(static_cast<double>(fr[id] + 1));
  }
  for (Compound& x : c->list) {
    double log_sum = 0;
    for (uint32_t i = 0; i < x.parts; ++i) log_sum += weight[part_id[x.first_part + i]];
    x.lr = std::exp(log_sum / (2.0 * static_cast<double>(x.parts)));
  }
}

FlrRow MakeRow(const Compound& x, const Compounds& c) {
  FlrRow r;
  for (uint32_t i = 0; i < x.parts; ++i) {
    if (i > 0) r.parts.push_back(' ');
    r.parts.append(c.parts[x.first_part + i]);
    r.term.append(c.parts[x.first_part + i]);
  }
  r.length = x.parts;
  r.freq = x.entry->tf;
  r.df = x.entry->df;
  r.lr = x.lr;
  r.flr = static_cast<double>(r.freq) * r.lr;
  return r;
}

}  // namespace

std::vector<FlrRow> ScoreFlr(const TermTable& table, uint32_t min_length, size_t top) {
  Compounds c = SplitCompounds(table);
  ScoreCompounds(&c);
  std::vector<const Compound*> kept;
  std::vector<double> scores;
  for (const Compound& x : c.list) {
    if (x.parts < min_length) continue;
    kept.push_back(&x);
    scores.push_back(static_cast<double>(x.entry->tf) * x.lr);
  }
  // Only the compounds that can rank in the first `top` are built; in key
  // order (parts joined by TAB), which settles rows of one term.
  std::vector<const Compound*> candidates;
  for (size_t i : RankCandidates(scores, top)) candidates.push_back(kept[i]);
  std::sort(candidates.begin(), candidates.end(),
            [](const Compound* a, const Compound* b) { return a->key < b->key; });
  std::vector<FlrRow> rows;
  rows.reserve(candidates.size());
  for (const Compound* x : candidates) rows.push_back(MakeRow(*x, c));
  RankTopRows(&rows, [](const FlrRow& r) { return RankKey{r.flr, r.freq, r.term}; }, top);
  return rows;
}

}  // namespace kiji
