// A per-thread memo of MeCab's best path for sentences seen before.
//
// News corpora repeat themselves: bylines, "■関連リンク", photo credits, a
// wire story filed under two categories. On the benchmark news (wikinews +
// livedoor) 8.7% of the sentence bytes repeat an earlier sentence. MeCab is
// deterministic, so the best path of a sentence under the same constraints
// is the same every time: the second time it is taken from here instead of
// from a new lattice, and the tokens built from it are identical.
//
// Bounded: a direct-mapped table (a new sentence takes its slot) whose
// stored bytes never exceed a budget; when a store would pass it, the table
// is emptied and starts again. Sentences longer than kMaxSentenceBytes are
// not stored (repeats are short). Entries are compared in full, not by hash.
#ifndef KIJI_SRC_ANALYSIS_PARSE_CACHE_H_
#define KIJI_SRC_ANALYSIS_PARSE_CACHE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/text_units.h"

namespace kiji::internal {

/// A span of the sentence that must come out as one token. With a feature
/// (a POS prefix such as "名詞,固有名詞,人名") the token gets that POS.
struct SpanConstraint {
  size_t begin, end;    // bytes into the sentence
  const char* feature;  // nullptr: any POS
  bool domain_term;
  // A run with an ASCII letter (fc2, blog29): never a number, whatever
  // template MeCab's unknown-word handling picked for it.
  bool has_letter = false;
  // A run of one ASCII punctuation character forced to a symbol: MeCab's
  // plain parse sees it in full width (MecabTagger::WidenPunctuation).
  bool punctuation = false;
  // A domain term's full feature string in the dictionary's layout (reading
  // and pronunciation from the terms file), for when MeCab does not know the
  // word; nullptr for other constraints. Owned by the MecabModel.
  const char* term_feature = nullptr;
  // A date, time, URL or e-mail address: the token gets its own PosClass.
  TextUnit unit = TextUnit::kNone;

  bool operator==(const SpanConstraint&) const = default;
};

/// One node of MeCab's best path, enough to rebuild its Token. The feature
/// pointer stays valid while the MeCab model is open (it points into the
/// mmapped dictionary or at a constraint's static feature string).
struct PathNode {
  uint32_t begin = 0, end = 0;  // bytes into the sentence
  const char* feature = nullptr;
  bool unknown = false;
};

class ParseCache {
 public:
  static constexpr size_t kMaxSentenceBytes = 1024;

  /// `slot_bits`: log2 of the number of slots; `byte_budget`: the most
  /// bytes (sentences plus nodes) kept at once.
  ParseCache(int slot_bits, size_t byte_budget);

  /// The path stored for exactly this sentence under exactly these
  /// constraints, or nullptr. Counts a hit when found.
  const std::vector<PathNode>* Find(std::string_view sentence,
                                    std::span<const SpanConstraint> constraints);

  /// Stores the path of a sentence just parsed (after a Find that missed).
  void Store(std::string_view sentence, std::span<const SpanConstraint> constraints,
             const std::vector<PathNode>& path);

  uint64_t hits() const { return hits_; }
  size_t stored_bytes() const { return stored_bytes_; }

 private:
  struct Entry {
    bool used = false;
    std::string sentence;
    std::vector<SpanConstraint> constraints;
    std::vector<PathNode> path;
  };
  // Bytes an entry holds: its sentence, constraints and path nodes.
  static size_t Cost(size_t sentence_bytes, size_t constraints, size_t nodes);
  size_t Slot(std::string_view sentence, std::span<const SpanConstraint> constraints) const;
  bool Matches(const Entry& e, std::string_view sentence,
               std::span<const SpanConstraint> constraints) const;
  void Clear();

  int slot_bits_;
  size_t byte_budget_;
  std::vector<Entry> slots_;
  size_t stored_bytes_ = 0;
  uint64_t hits_ = 0;
};

}  // namespace kiji::internal

#endif  // KIJI_SRC_ANALYSIS_PARSE_CACHE_H_
