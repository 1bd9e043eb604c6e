#include "report/summary_codec.h"

#include <cstdint>

#include "kiji/term_stats.h"

namespace kiji::report {
namespace {

// Bumped whenever the layout changes; a value of another version does not
// decode and is recomputed.
constexpr uint8_t kSummaryCodecVersion = 1;

void PutVar(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string_view s, std::string* out) {
  PutVar(s.size(), out);
  out->append(s);
}

// Sorted, distinct keys with counts: each key as the length it shares with
// the previous key and the rest.
void PutCounts(const std::vector<std::pair<std::string, uint64_t>>& rows, std::string* out) {
  PutVar(rows.size(), out);
  std::string_view prev;
  for (const auto& [key, count] : rows) {
    size_t shared = 0;
    while (shared < prev.size() && shared < key.size() && prev[shared] == key[shared]) ++shared;
    PutVar(shared, out);
    PutString(std::string_view(key).substr(shared), out);
    PutVar(count, out);
    prev = key;
  }
}

// Reads what the Put functions wrote; every read checks the bounds, and
// the first failure sticks.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  bool ok() const { return ok_; }
  bool at_end() const { return p_ == end_; }

  uint64_t Var() {
    if (p_ < end_ && static_cast<uint8_t>(*p_) < 0x80) return static_cast<uint8_t>(*p_++);
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) break;
      const auto b = static_cast<uint8_t>(*p_++);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    ok_ = false;
    p_ = end_;
    return 0;
  }
  // A count of items that take at least one byte each: never more than
  // the bytes left, so a damaged count cannot reserve gigabytes.
  size_t Count() {
    const uint64_t n = Var();
    if (n > static_cast<uint64_t>(end_ - p_)) Fail();
    return ok_ ? static_cast<size_t>(n) : 0;
  }
  uint32_t U32() {
    const uint64_t v = Var();
    if (v > UINT32_MAX) Fail();
    return static_cast<uint32_t>(v);
  }
  std::string_view Bytes() {
    const uint64_t n = Var();
    if (n > static_cast<uint64_t>(end_ - p_)) {
      Fail();
      return {};
    }
    std::string_view s(p_, static_cast<size_t>(n));
    p_ += n;
    return s;
  }
  std::string String() { return std::string(Bytes()); }
  void Fail() {
    ok_ = false;
    p_ = end_;
  }

 private:
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

bool ReadCounts(Reader& in, std::vector<std::pair<std::string, uint64_t>>* rows,
                std::vector<uint64_t>* hashes) {
  const size_t n = in.Count();
  rows->clear();
  rows->reserve(n);
  hashes->clear();
  hashes->reserve(n);
  std::string_view prev;
  for (size_t i = 0; i < n && in.ok(); ++i) {
    const uint64_t shared = in.Var();
    const std::string_view rest = in.Bytes();
    const uint64_t count = in.Var();
    // Strictly increasing keys with a count: what KeyCounter::Sorted gives.
    if (!in.ok() || shared > prev.size() || count == 0 || (i > 0 && rest.empty()) ||
        (shared < prev.size() && static_cast<unsigned char>(rest[0]) <=
                                     static_cast<unsigned char>(prev[shared]))) {
      return false;
    }
    std::string key;
    key.reserve(shared + rest.size());
    key.append(prev.substr(0, shared)).append(rest);
    hashes->push_back(TermTable::KeyHash(key));
    rows->emplace_back(std::move(key), count);
    prev = rows->back().first;
  }
  return in.ok();
}

}  // namespace

void EncodeSummary(const ArticleSummary& s, std::string* out) {
  const ArticleRecord& r = s.record;
  out->push_back(static_cast<char>(kSummaryCodecVersion));
  PutVar(r.row.sentences, out);
  PutVar(r.row.tokens, out);
  PutVar(r.row.characters, out);
  PutVar(s.sectors.size(), out);
  for (uint32_t i : s.sectors) PutVar(i, out);
  PutVar(r.evidence.size(), out);
  for (size_t e = 0; e < r.evidence.size(); ++e) {
    const EvidenceSentence& sent = r.evidence[e].sentence;
    PutVar(s.evidence_sectors[e], out);
    PutString(sent.text, out);
    PutVar(sent.start, out);
    PutVar(sent.end, out);
    PutVar(sent.terms.size(), out);
    for (const std::string& t : sent.terms) PutString(t, out);
  }
  PutVar(r.statements.size(), out);
  for (const RecordStatement& st : r.statements) {
    for (const std::string* f : {&st.speaker, &st.type, &st.role, &st.kind, &st.quote, &st.verb}) {
      PutString(*f, out);
    }
    PutVar(st.start, out);
    PutVar(st.end, out);
  }
  PutVar(r.unigrams, out);
  PutCounts(r.terms, out);
  PutCounts(r.compounds, out);
}

bool DecodeSummary(std::string_view bytes, const SectorLexicon& lexicon, ArticleSummary* s) {
  if (bytes.empty() || static_cast<uint8_t>(bytes[0]) != kSummaryCodecVersion) return false;
  Reader in(bytes.substr(1));
  ArticleRecord& r = s->record;
  r.row.sentences = in.Var();
  r.row.tokens = in.Var();
  r.row.characters = in.Var();
  const auto& sectors = lexicon.sectors();
  auto sector_id = [&](uint32_t i) -> const std::string* {
    if (i >= sectors.size() || sectors[i].offtopic) return nullptr;
    return &sectors[i].id;
  };
  const size_t nsectors = in.Count();
  for (size_t k = 0; k < nsectors && in.ok(); ++k) {
    const uint32_t i = in.U32();
    const std::string* id = sector_id(i);
    if (id == nullptr) return false;
    s->sectors.push_back(i);
    r.row.sectors.push_back(*id);
  }
  const size_t nevidence = in.Count();
  for (size_t k = 0; k < nevidence && in.ok(); ++k) {
    const uint32_t i = in.U32();
    const std::string* id = sector_id(i);
    if (id == nullptr) return false;
    s->evidence_sectors.push_back(i);
    RecordEvidence& e = r.evidence.emplace_back();
    e.sector = *id;
    e.sentence.text = in.String();
    e.sentence.start = in.U32();
    e.sentence.end = in.U32();
    const size_t nterms = in.Count();
    for (size_t t = 0; t < nterms && in.ok(); ++t) e.sentence.terms.push_back(in.String());
  }
  const size_t nstatements = in.Count();
  for (size_t k = 0; k < nstatements && in.ok(); ++k) {
    RecordStatement& st = r.statements.emplace_back();
    for (std::string* f : {&st.speaker, &st.type, &st.role, &st.kind, &st.quote, &st.verb}) {
      *f = in.String();
    }
    st.start = in.U32();
    st.end = in.U32();
  }
  r.unigrams = in.Var();
  if (!ReadCounts(in, &r.terms, &s->term_hashes)) return false;
  if (!ReadCounts(in, &r.compounds, &s->compound_hashes)) return false;
  return in.ok() && in.at_end();
}

}  // namespace kiji::report
