#include "kiji/term_stats.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <functional>

#include "kiji/flr.h"

namespace kiji {

// --- TermTable ---------------------------------------------------------------

std::string_view TermTable::Intern(std::string_view key) {
  if (key.size() > block_left_) {
    const size_t size = std::max<size_t>(64 * 1024, key.size());
    blocks_.push_back(std::make_unique<char[]>(size));
    block_ptr_ = blocks_.back().get();
    block_left_ = size;
  }
  if (!key.empty()) std::memcpy(block_ptr_, key.data(), key.size());
  std::string_view stored(block_ptr_, key.size());
  block_ptr_ += key.size();
  block_left_ -= key.size();
  arena_used_total_ += key.size();
  return stored;
}

uint64_t TermTable::KeyHash(std::string_view key) {
  return std::hash<std::string_view>()(key) | 1;
}

size_t TermTable::Probe(std::string_view key, uint64_t hash) const {
  const size_t mask = buckets_.size() - 1;
  for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
    const Bucket& b = buckets_[i];
    if (b.hash == 0 || (b.hash == hash && b.key == key)) return i;
  }
}

void TermTable::Grow() {
  std::vector<Bucket> old = std::move(buckets_);
  buckets_.assign(old.empty() ? 1024 : old.size() * 2, Bucket{});
  for (Bucket& b : old) {
    if (b.hash != 0) buckets_[Probe(b.key, b.hash)] = b;
  }
}

TermEntry& TermTable::Slot(std::string_view key, uint64_t hash) {
  if (!buckets_.empty()) {
    Bucket& b = buckets_[Probe(key, hash)];
    if (b.hash != 0) return b.entry;
  }
  if ((size_ + 1) * 10 > buckets_.size() * 7) Grow();  // load stays under 0.7
  Bucket& b = buckets_[Probe(key, hash)];
  b.hash = hash;
  b.key = Intern(key);
  ++size_;
  return b.entry;
}

void TermTable::Count(std::string_view key, uint64_t doc) {
  TermEntry& e = Slot(key, KeyHash(key));
  ++e.tf;
  if (e.last_doc != doc) {
    ++e.df;
    e.last_doc = doc;
  }
}

void TermTable::Add(std::string_view key, uint64_t tf, uint64_t df) {
  Add(key, KeyHash(key), tf, df);
}

void TermTable::Add(std::string_view key, uint64_t hash, uint64_t tf, uint64_t df) {
  TermEntry& e = Slot(key, hash);
  e.tf += tf;
  e.df += df;
}

const TermEntry* TermTable::Find(std::string_view key) const {
  if (buckets_.empty()) return nullptr;
  const Bucket& b = buckets_[Probe(key, KeyHash(key))];
  return b.hash == 0 ? nullptr : &b.entry;
}

void TermTable::MergeFrom(const TermTable& other) {
  // Walking `other` bucket by bucket hands over keys in the order of their
  // hashes' low bits; into a smaller array they would land in a few long
  // runs and every insert would probe along them (quadratic: 3,000
  // instructions per key when the report copied its compounds). With at
  // least as many buckets as `other` they spread as they were there.
  while (buckets_.size() < other.buckets_.size()) Grow();
  for (const Bucket& b : other.buckets_) {
    if (b.hash != 0) Add(b.key, b.hash, b.entry.tf, b.entry.df);
  }
}

std::vector<std::pair<std::string_view, const TermEntry*>> TermTable::Sorted() const {
  std::vector<std::pair<std::string_view, const TermEntry*>> out;
  out.reserve(size_);
  for (const Bucket& b : buckets_) {
    if (b.hash != 0) out.emplace_back(b.key, &b.entry);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

// --- metadata ----------------------------------------------------------------

std::map<std::string, std::string> OptionsMetadata(const CountOptions& o) {
  std::map<std::string, std::string> m;
  m["terms.by"] = std::string(TermFieldName(o.terms.by));
  m["terms.pos"] = o.terms.pos.ToString();
  m["terms.ngram"] = fmt::format("{}-{}", o.terms.ngram_min, o.terms.ngram_max);
  m["terms.stopwords"] = o.terms.stopwords ? o.terms.stopwords->fingerprint() : "none";
  m["counts.pairs"] =
      o.sentence ? "sentence" : (o.window > 0 ? fmt::format("window:{}", o.window) : "none");
  m["counts.triples"] = (o.triples && (o.sentence || o.window > 0)) ? "yes" : "no";
  m["counts.compounds"] = o.compounds ? "yes" : "no";
  m["group_by"] = o.group_by.empty() ? "none" : o.group_by;
  return m;
}

namespace {

bool InScope(const std::string& key, MetadataScope scope) {
  if (key == "dict.dir") return false;  // where it was found; the fingerprint says what
  if (scope == MetadataScope::kMerge) return true;
  return key.starts_with("terms.") || key.starts_with("dict.");
}

}  // namespace

Status CheckMetadata(const std::map<std::string, std::string>& a, std::string_view a_name,
                     const std::map<std::string, std::string>& b, std::string_view b_name,
                     MetadataScope scope) {
  auto value = [](const std::map<std::string, std::string>& m, const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? std::string("(absent)") : it->second;
  };
  std::vector<std::string> keys;
  for (const auto& [k, v] : a) keys.push_back(k);
  for (const auto& [k, v] : b) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  for (const std::string& k : keys) {
    if (!InScope(k, scope)) continue;
    const std::string va = value(a, k), vb = value(b, k);
    if (va != vb) {
      return Status::InvalidArgument(fmt::format(
          "{}: counts made with {}={}, but {} has {}={}; counts made with different options "
          "or dictionaries cannot be combined",
          b_name, k, vb, a_name, k, va));
    }
  }
  return Status::Ok();
}

// --- TermCounts --------------------------------------------------------------

TermCounts::TermCounts(const CountOptions& options, std::map<std::string, std::string> identity)
    : options_(options),
      metadata_(std::move(identity)),
      extractor_(std::make_unique<TermExtractor>(options.terms)) {
  assert(options.terms.ngram_min == 1 || (options.window == 0 && !options.sentence));
  for (auto& [k, v] : OptionsMetadata(options)) metadata_[k] = v;
}

TermCounts::TermCounts(std::map<std::string, std::string> metadata)
    : metadata_(std::move(metadata)) {}

bool TermCounts::has_pairs() const {
  auto it = metadata_.find("counts.pairs");
  return it != metadata_.end() && it->second != "none";
}
bool TermCounts::has_triples() const {
  auto it = metadata_.find("counts.triples");
  return it != metadata_.end() && it->second == "yes";
}
bool TermCounts::has_compounds() const {
  auto it = metadata_.find("counts.compounds");
  return it != metadata_.end() && it->second == "yes";
}

GroupCounts& TermCounts::mutable_group(std::string_view name) {
  auto it = groups_.find(name);
  if (it == groups_.end()) it = groups_.emplace(std::string(name), GroupCounts{}).first;
  return it->second;
}

void TermCounts::Add(const Document& doc, std::span<const std::string> groups) {
  assert(extractor_);
  const uint64_t doc_id = articles_++;
  std::vector<GroupCounts*> group_counts;
  for (const std::string& g : groups) {
    GroupCounts* gc = &mutable_group(g);
    if (std::find(group_counts.begin(), group_counts.end(), gc) != group_counts.end()) continue;
    ++gc->articles;
    group_counts.push_back(gc);
  }
  const int nmin = options_.terms.ngram_min, nmax = options_.terms.ngram_max;
  const bool cooc = options_.sentence || options_.window > 0;
  for (const Sentence& s : doc.sentences) {
    occ_.clear();
    extractor_->ExtractSentence(doc, s, 0, &occ_, &ngram_buffer_);
    unigrams_.clear();
    positions_.clear();
    for (const TermOccurrence& o : occ_) {
      if (o.n == 1) {
        ++tokens_;
        for (GroupCounts* gc : group_counts) ++gc->tokens;
        unigrams_.push_back(o.text);
        positions_.push_back(o.position);
      }
      if (o.n < nmin || o.n > nmax) continue;
      terms_.Count(o.text, doc_id);
      for (GroupCounts* gc : group_counts) gc->terms.Count(o.text, doc_id);
    }
    if (cooc) CountCooccurrences(doc_id);
    if (options_.compounds) CountCompounds(doc, s, doc_id);
  }
}

void TermCounts::AddCounted(uint64_t unigrams,
                            std::span<const std::pair<std::string, uint64_t>> terms) {
  assert(!options_.sentence && options_.window == 0 && !options_.compounds);
  ++articles_;
  tokens_ += unigrams;
  for (const auto& [term, count] : terms) terms_.Add(term, count, 1);
}

void TermCounts::CountCooccurrences(uint64_t doc) {
  if (options_.sentence) {
    // Sentence mode counts sentences: each distinct pair (triple) of terms
    // once per sentence in which all of them occur.
    std::sort(unigrams_.begin(), unigrams_.end());
    unigrams_.erase(std::unique(unigrams_.begin(), unigrams_.end()), unigrams_.end());
    positions_.assign(unigrams_.size(), 0);  // every term is "in the window"
  }
  const size_t n = unigrams_.size();
  const uint32_t span = options_.sentence ? UINT32_MAX : static_cast<uint32_t>(options_.window);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n && positions_[j] - positions_[i] <= span; ++j) {
      std::string_view a = unigrams_[i], b = unigrams_[j];
      if (a == b) continue;
      if (b < a) std::swap(a, b);
      key_.assign(a).push_back('\t');
      key_.append(b);
      pairs_.Count(key_, doc);
      if (!options_.triples) continue;
      for (size_t k = j + 1; k < n && positions_[k] - positions_[i] <= span; ++k) {
        std::string_view c = unigrams_[k];
        if (c == unigrams_[i] || c == unigrams_[j]) continue;
        std::string_view t[3] = {unigrams_[i], unigrams_[j], c};
        std::sort(t, t + 3);
        key_.assign(t[0]).push_back('\t');
        key_.append(t[1]).push_back('\t');
        key_.append(t[2]);
        triples_.Count(key_, doc);
      }
    }
  }
}

void TermCounts::CountCompounds(const Document& doc, const Sentence& s, uint64_t doc_id) {
  std::span<const Token> tokens = doc.SentenceTokens(s);
  for (auto [b, e] : FindCompoundRuns(tokens)) {
    key_.clear();
    for (uint32_t i = b; i < e; ++i) {
      if (i > b) key_.push_back('\t');
      key_.append(tokens[i].surface);
    }
    compounds_.Count(key_, doc_id);
  }
}

Status TermCounts::Merge(const TermCounts& other) {
  KIJI_RETURN_IF_ERROR(CheckMetadata(metadata_, "these counts", other.metadata_, "other counts",
                                     MetadataScope::kMerge));
  articles_ += other.articles_;
  tokens_ += other.tokens_;
  terms_.MergeFrom(other.terms_);
  pairs_.MergeFrom(other.pairs_);
  triples_.MergeFrom(other.triples_);
  compounds_.MergeFrom(other.compounds_);
  for (const auto& [name, g] : other.groups_) {
    GroupCounts& mine = mutable_group(name);
    mine.articles += g.articles;
    mine.tokens += g.tokens;
    mine.terms.MergeFrom(g.terms);
  }
  AppendArticleRecords(other.article_records_, other.article_record_count_);
  return Status::Ok();
}

}  // namespace kiji
