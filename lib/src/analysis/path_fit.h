// Span constraints met on MeCab's plain best path, without its constrained
// search.
//
// MeCab's constrained search (a lattice with boundary constraints) rescans
// the sentence for the next boundary at every position it looks words up
// from (Tokenizer::lookup<true>): on news, where most sentences hold a date,
// a bracket or a figure, it made kiji's analysis twice as slow as `mecab`.
// Yet most constraints fall on token boundaries of the plain best path:
// "2025年6月17日" is 2025|年|6|月|17|日, an ASCII "(" one unknown symbol,
// "3.5" 3|.|5. Such a constraint is met by merging the nodes it covers into
// one unknown node with the feature the constrained search gives a span no
// dictionary word fills (the constraint's POS). MeCab's unknown-word
// grouping reads a run of symbols as one word (")、", "\"。", "):"): such a
// node is cut at the constraint's ends, each piece outside it read as the
// dictionary's words ("』。" a closing bracket and a full stop). Only a constraint that a dictionary word
// crosses needs the constrained search.
//
// The tokens outside the constraints are those of the plain parse. They can
// differ from a constrained parse's, whose Viterbi path sees the
// constraint's POS as the neighbours' context: both are MeCab's best path,
// of a lattice with and without that knowledge.
#ifndef KIJI_SRC_ANALYSIS_PATH_FIT_H_
#define KIJI_SRC_ANALYSIS_PATH_FIT_H_

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "analysis/parse_cache.h"

namespace kiji::internal {

/// True when a feature string has the POS a constraint asks for: the
/// constraint's fields are a prefix of the feature's (nullptr or "*" asks for
/// nothing).
bool FeatureMatches(const char* constraint, const char* feature);

/// Writes into *fitted the plain best path `plain` with every constraint
/// (in text order, not overlapping) made one node: kept where one node with
/// the asked-for POS spans it, else the nodes it covers merged into one
/// unknown node with the constraint's feature, except that a date, time,
/// URL or e-mail address and a run of ASCII letters and digits with a letter
/// get `unknown_noun_feature` (the full feature of an unknown common noun),
/// and a digit run the feature of its first node when that is an unknown
/// number.
/// An unknown node that crosses a constraint's end is first cut there, each
/// piece read as words from its start: `word_at(begin, end)` is the
/// dictionary's longest word from `begin` that ends by `end` (a null feature:
/// none, and the rest of the piece keeps the node's feature).
/// Returns false when some constraint cannot be met so (a dictionary word
/// crosses one of its ends, or a digit run starts with a dictionary word):
/// the caller then needs MeCab's constrained search.
using WordLookup = std::function<PathNode(uint32_t begin, uint32_t end)>;
bool FitConstraints(std::span<const PathNode> plain, std::span<const SpanConstraint> constraints,
                    const char* unknown_noun_feature, const WordLookup& word_at,
                    std::vector<PathNode>* fitted);

}  // namespace kiji::internal

#endif  // KIJI_SRC_ANALYSIS_PATH_FIT_H_
