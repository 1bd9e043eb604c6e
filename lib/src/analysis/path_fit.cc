#include "analysis/path_fit.h"

#include <cstring>

namespace kiji::internal {

bool FeatureMatches(const char* constraint, const char* feature) {
  if (constraint == nullptr || std::strcmp(constraint, "*") == 0) return true;
  const size_t n = std::strlen(constraint);
  return std::strncmp(constraint, feature, n) == 0 && (feature[n] == ',' || feature[n] == '\0');
}

namespace {

// The feature of the node that replaces plain[first..last] under c, or
// nullptr when the plain path cannot stand for the constrained one.
const char* MergedFeature(std::span<const PathNode> plain, size_t first, const SpanConstraint& c,
                          const char* unknown_noun_feature) {
  // A date or time: the constrained search gives MeCab's unknown noun.
  if (c.unit != TextUnit::kNone || (c.feature == nullptr && c.has_letter)) {
    return unknown_noun_feature;
  }
  if (c.feature != nullptr) return c.feature;
  return plain[first].unknown ? plain[first].feature : nullptr;
}

bool Inside(uint32_t pos, const PathNode& n) { return n.begin < pos && pos < n.end; }

// Appends `node` to *out cut at every constraint end inside it; false when
// it is a dictionary word (which the constrained search must settle).
bool AppendCut(const PathNode& node, std::span<const SpanConstraint> constraints,
               const WordLookup& word_at, std::vector<PathNode>* out) {
  std::vector<uint32_t> cuts;
  for (const SpanConstraint& c : constraints) {
    for (const size_t pos : {c.begin, c.end}) {
      if (Inside(static_cast<uint32_t>(pos), node)) cuts.push_back(static_cast<uint32_t>(pos));
    }
  }
  if (cuts.empty()) {
    out->push_back(node);
    return true;
  }
  if (!node.unknown) return false;
  cuts.push_back(node.end);
  uint32_t from = node.begin;
  for (const uint32_t to : cuts) {
    while (from < to) {
      PathNode word = word_at(from, to);
      if (word.feature == nullptr || word.end <= from || word.end > to) {
        word = {from, to, node.feature, true};
      }
      out->push_back(word);
      from = word.end;
    }
  }
  return true;
}

}  // namespace

bool FitConstraints(std::span<const PathNode> plain_path,
                    std::span<const SpanConstraint> constraints, const char* unknown_noun_feature,
                    const WordLookup& word_at, std::vector<PathNode>* fitted) {
  if (constraints.empty()) {
    fitted->assign(plain_path.begin(), plain_path.end());
    return true;
  }
  std::vector<PathNode> cut;
  cut.reserve(plain_path.size() + 2);
  for (const PathNode& node : plain_path) {
    if (!AppendCut(node, constraints, word_at, &cut)) return false;
  }
  const std::span<const PathNode> plain = cut;
  fitted->clear();
  size_t i = 0;
  for (const SpanConstraint& c : constraints) {
    while (i < plain.size() && plain[i].end <= c.begin) fitted->push_back(plain[i++]);
    if (i == plain.size() || plain[i].begin != c.begin) return false;  // a node crosses c.begin
    size_t last = i;
    while (last < plain.size() && plain[last].end < c.end) ++last;
    if (last == plain.size() || plain[last].end != c.end) return false;  // a node crosses c.end
    // A punctuation run was parsed in full width: its dictionary word's
    // lemma and reading are not the text's.
    if (last == i && !c.punctuation && FeatureMatches(c.feature, plain[i].feature)) {
      fitted->push_back(plain[i++]);
      continue;
    }
    const char* feature = MergedFeature(plain, i, c, unknown_noun_feature);
    if (feature == nullptr) return false;
    fitted->push_back({static_cast<uint32_t>(c.begin), static_cast<uint32_t>(c.end), feature, true});
    i = last + 1;
  }
  while (i < plain.size()) fitted->push_back(plain[i++]);
  return true;
}

}  // namespace kiji::internal
