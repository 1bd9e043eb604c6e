#include "report/key_counter.h"

#include <algorithm>

#include "stats/term_interner.h"

namespace kiji::report {
namespace {

// The first 8 bytes of `key` as a big-endian number, zero-padded: ordering
// by it and then by the whole key is ordering by the bytes.
uint64_t Prefix(std::string_view key) {
  uint64_t p = 0;
  for (size_t i = 0; i < 8; ++i) {
    p = (p << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
  }
  return p;
}

}  // namespace

void KeyCounter::Grow() {
  slots_.assign(slots_.empty() ? 256 : slots_.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint32_t e = 0; e < entries_.size(); ++e) {
    size_t i = static_cast<size_t>(entries_[e].hash) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = e + 1;
  }
}

void KeyCounter::Add(std::string_view key, uint64_t hash) {
  if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
    if (slots_[i] == 0) {
      entries_.push_back({key, hash, 1, Prefix(key)});
      slots_[i] = static_cast<uint32_t>(entries_.size());
      return;
    }
    Entry& e = entries_[slots_[i] - 1];
    if (e.hash == hash && e.key == key) {
      ++e.count;
      return;
    }
  }
}

void KeyCounter::Add(std::string_view key) { Add(key, TermInterner::Hash(key)); }

std::vector<std::pair<std::string, uint64_t>> KeyCounter::Sorted(
    std::vector<uint64_t>* hashes) const {
  std::vector<Entry> order = entries_;
  std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
    return a.prefix != b.prefix ? a.prefix < b.prefix : a.key < b.key;
  });
  std::vector<std::pair<std::string, uint64_t>> out;
  out.reserve(order.size());
  if (hashes != nullptr) hashes->reserve(hashes->size() + order.size());
  for (const Entry& e : order) {
    out.emplace_back(std::string(e.key), e.count);
    if (hashes != nullptr) hashes->push_back(e.hash);
  }
  return out;
}

}  // namespace kiji::report
