// KeyCounter: how often each distinct key occurs in one article, for the
// report's per-article term and compound rows. One hash and one probe of a
// flat table per occurrence, and one sort of the distinct keys at the end,
// instead of sorting every occurrence. The keys are views: what they view
// must outlive the counter. Not thread-safe; one per article.
#ifndef KIJI_REPORT_KEY_COUNTER_H_
#define KIJI_REPORT_KEY_COUNTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiji::report {

class KeyCounter {
 public:
  /// Counts one occurrence of `key`; `hash` is TermInterner::Hash(key).
  void Add(std::string_view key, uint64_t hash);
  /// Counts one occurrence of `key`, hashing it.
  void Add(std::string_view key);

  /// The distinct keys with their counts, sorted by key (bytes), and when
  /// `hashes` is not null the hash of each, in the same order.
  std::vector<std::pair<std::string, uint64_t>> Sorted(std::vector<uint64_t>* hashes) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string_view key;
    uint64_t hash = 0;
    uint64_t count = 0;
    uint64_t prefix = 0;  // the key's first 8 bytes, big-endian: most comparisons end there
  };
  void Grow();

  std::vector<Entry> entries_;    // in first-seen order
  std::vector<uint32_t> slots_;   // entry index + 1, 0 empty; a power of two, under half full
};

}  // namespace kiji::report

#endif  // KIJI_REPORT_KEY_COUNTER_H_
