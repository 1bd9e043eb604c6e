// TermInterner: gives each distinct term a small id, in the order terms are
// first seen: one flat table of (hash, id), no node per term. The calling
// thread of `kiji report` keeps per-article term rows as (id, count) and
// corpus counts in arrays (the hash of a term computed on a worker thread,
// next to where the term was counted), and FLR numbers compound parts with
// it. Adding a term costs one probe and one comparison of bytes when found.
#ifndef KIJI_STATS_TERM_INTERNER_H_
#define KIJI_STATS_TERM_INTERNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiji {

class TermInterner {
 public:
  /// The hash Intern() expects for `term` (TermTable::KeyHash, so one hash
  /// serves both); pure, thread-safe.
  static uint64_t Hash(std::string_view term);
  /// Asks the CPU to load the slot where `hash` starts its probe, ahead of
  /// an Intern() a few terms later. A hint only: changes nothing.
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  /// The id of `term` (whose Hash() is `hash`), a new one (size() before
  /// the call) when it is not interned yet.
  uint32_t Intern(std::string_view term, uint64_t hash);
  /// The id of `term`, or UINT32_MAX.
  uint32_t Find(std::string_view term) const;

  /// Terms by id.
  const std::vector<std::string>& names() const { return names_; }
  /// Hash() of each term, by id.
  const std::vector<uint64_t>& hashes() const { return hashes_; }
  size_t size() const { return names_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0: empty (Hash() is never 0)
    uint32_t id = 0;
  };
  // The slot holding `term`, or the empty slot where it would go.
  size_t Probe(std::string_view term, uint64_t hash) const;
  void Grow();

  std::vector<Slot> slots_;  // size 0 or a power of two, at most half full
  std::vector<std::string> names_;
  std::vector<uint64_t> hashes_;
};

}  // namespace kiji

#endif  // KIJI_STATS_TERM_INTERNER_H_
