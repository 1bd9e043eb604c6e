#include "analysis/parse_cache.h"

#include <algorithm>
#include <functional>

namespace kiji::internal {

ParseCache::ParseCache(int slot_bits, size_t byte_budget)
    : slot_bits_(slot_bits), byte_budget_(byte_budget), slots_(size_t{1} << slot_bits) {}

size_t ParseCache::Cost(size_t sentence_bytes, size_t constraints, size_t nodes) {
  return sentence_bytes + constraints * sizeof(SpanConstraint) + nodes * sizeof(PathNode);
}

size_t ParseCache::Slot(std::string_view sentence,
                        std::span<const SpanConstraint> constraints) const {
  uint64_t h = std::hash<std::string_view>()(sentence);
  for (const SpanConstraint& c : constraints) {
    h = (h ^ (c.begin * 31 + c.end)) * 0x9E3779B97F4A7C15u;
  }
  return static_cast<size_t>((h * 0x9E3779B97F4A7C15u) >> (64 - slot_bits_));
}

bool ParseCache::Matches(const Entry& e, std::string_view sentence,
                         std::span<const SpanConstraint> constraints) const {
  return e.used && e.sentence == sentence &&
         std::equal(e.constraints.begin(), e.constraints.end(), constraints.begin(),
                    constraints.end());
}

const std::vector<PathNode>* ParseCache::Find(std::string_view sentence,
                                              std::span<const SpanConstraint> constraints) {
  if (sentence.size() > kMaxSentenceBytes) return nullptr;
  const Entry& e = slots_[Slot(sentence, constraints)];
  if (!Matches(e, sentence, constraints)) return nullptr;
  ++hits_;
  return &e.path;
}

void ParseCache::Store(std::string_view sentence, std::span<const SpanConstraint> constraints,
                       const std::vector<PathNode>& path) {
  if (sentence.size() > kMaxSentenceBytes) return;
  const size_t slot = Slot(sentence, constraints);
  const Entry& old = slots_[slot];
  const size_t replaced =
      old.used ? Cost(old.sentence.size(), old.constraints.size(), old.path.size()) : 0;
  const size_t added = Cost(sentence.size(), constraints.size(), path.size());
  if (stored_bytes_ - replaced + added > byte_budget_) {
    Clear();
  } else {
    stored_bytes_ -= replaced;
  }
  Entry& e = slots_[slot];
  e.used = true;
  e.sentence.assign(sentence);
  e.constraints.assign(constraints.begin(), constraints.end());
  e.path.assign(path.begin(), path.end());
  stored_bytes_ += added;
}

void ParseCache::Clear() {
  // Release the memory too: the budget bounds what is held, not just used.
  std::vector<Entry>(slots_.size()).swap(slots_);
  stored_bytes_ = 0;
}

}  // namespace kiji::internal
