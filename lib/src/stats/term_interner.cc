#include "stats/term_interner.h"

#include "kiji/term_stats.h"

namespace kiji {

uint64_t TermInterner::Hash(std::string_view term) { return TermTable::KeyHash(term); }

size_t TermInterner::Probe(std::string_view term, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == 0 || (s.hash == hash && names_[s.id] == term)) return i;
  }
}

void TermInterner::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 4096 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.hash == 0) continue;
    size_t i = static_cast<size_t>(s.hash) & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

uint32_t TermInterner::Intern(std::string_view term, uint64_t hash) {
  if ((names_.size() + 1) * 2 > slots_.size()) Grow();
  Slot& s = slots_[Probe(term, hash)];
  if (s.hash == 0) {
    s.hash = hash;
    s.id = static_cast<uint32_t>(names_.size());
    names_.emplace_back(term);
    hashes_.push_back(hash);
  }
  return s.id;
}

uint32_t TermInterner::Find(std::string_view term) const {
  if (slots_.empty()) return UINT32_MAX;
  const Slot& s = slots_[Probe(term, Hash(term))];
  return s.hash == 0 ? UINT32_MAX : s.id;
}

}  // namespace kiji
