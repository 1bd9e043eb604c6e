// TermCounts: the mergeable counts every term statistic is computed from.
//
// Add(doc) counts one analyzed article: term frequency and document frequency
// of every term (term_selection.h), per group when the article has groups,
// co-occurring pairs (and triples) of terms inside a window or a sentence,
// and compound-noun candidates for the FLR score (flr.h). Merge() adds the
// counts of another TermCounts made with the same options and dictionary, so
// shards of a corpus counted apart (threads, processes, machines) combine into
// exactly the counts of one pass. counts_io.h writes and reads them.
//
// Keys are copied once into an arena on first insertion and looked up as
// string_views, so memory grows with the vocabulary, not with the corpus.
// A TermCounts is not thread-safe: keep one per worker and Merge() at the end.
//
//   kiji::TermCounts counts(options, identity);
//   counts.Add(doc, {});                          // per article
//   KIJI_RETURN_IF_ERROR(total.Merge(counts));    // per worker, at the end
//   for (auto& [term, e] : total.terms().Sorted()) Use(term, e->tf, e->df);
#ifndef KIJI_TERM_STATS_H_
#define KIJI_TERM_STATS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/status.h"
#include "kiji/term_selection.h"
#include "kiji/token.h"

namespace kiji {

struct TermEntry {
  uint64_t tf = 0;                 // occurrences
  uint64_t df = 0;                 // articles with at least one occurrence
  uint64_t last_doc = UINT64_MAX;  // the last article counted (for df)
};

/// A hash table from string keys (owned by an arena) to TermEntry.
class TermTable {
 public:
  TermTable() = default;
  TermTable(TermTable&&) = default;
  TermTable& operator=(TermTable&&) = default;

  /// Counts one occurrence of `key` in article `doc` (df grows once per doc).
  void Count(std::string_view key, uint64_t doc);
  /// Adds tf and df to `key` (reading and merging counts).
  void Add(std::string_view key, uint64_t tf, uint64_t df);
  /// The same, with `hash` = KeyHash(key) computed by the caller (on another
  /// thread, say).
  void Add(std::string_view key, uint64_t hash, uint64_t tf, uint64_t df);
  /// The hash the table keys `key` by: never 0; pure, thread-safe.
  static uint64_t KeyHash(std::string_view key);
  /// Asks the CPU to load the bucket where a key of `hash` starts its probe,
  /// ahead of an Add() a few keys later. A hint only: changes nothing.
  void Prefetch(uint64_t hash) const {
    if (!buckets_.empty()) __builtin_prefetch(&buckets_[hash & (buckets_.size() - 1)]);
  }
  /// The entry of `key`, or nullptr. Valid until the next Count() or Add().
  const TermEntry* Find(std::string_view key) const;
  size_t size() const { return size_; }
  void MergeFrom(const TermTable& other);
  /// Entries sorted by key (bytes, that is code points). The pointers are
  /// valid until the next Count() or Add().
  std::vector<std::pair<std::string_view, const TermEntry*>> Sorted() const;
  /// Calls f(key, entry) for every entry, in no particular order.
  template <typename F>
  void ForEach(const F& f) const {
    for (const Bucket& b : buckets_) {
      if (b.hash != 0) f(b.key, b.entry);
    }
  }
  /// Bytes held by keys in the arena.
  size_t arena_bytes() const { return arena_used_total_; }

 private:
  // Open addressing with linear probing: one flat array, no node per key
  // (the node table's pointer chasing was a tenth of `kiji stats`).
  struct Bucket {
    uint64_t hash = 0;  // 0: empty (stored hashes are odd)
    std::string_view key;
    TermEntry entry;
  };
  // The bucket holding `key`, or the empty one where it would go.
  size_t Probe(std::string_view key, uint64_t hash) const;
  void Grow();
  TermEntry& Slot(std::string_view key, uint64_t hash);
  std::string_view Intern(std::string_view key);
  std::vector<Bucket> buckets_;  // size 0 or a power of two
  size_t size_ = 0;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_left_ = 0;
  char* block_ptr_ = nullptr;
  size_t arena_used_total_ = 0;
};

struct CountOptions {
  // What a term is (field, POS, stopwords, n-grams).
  TermOptions terms;
  // Count pairs of unigram term occurrences at most `window` kept terms
  // apart in one sentence (1 = adjacent terms); every pair of positions
  // counts. 0: no co-occurrence counts. Default 0.
  int window = 0;
  // Count, for each pair of distinct terms, the sentences holding both (each
  // pair once per sentence; overrides window). Default false.
  bool sentence = false;
  // Also count triples (three distinct terms inside the same window or
  // sentence). Default false. REQUIRES window > 0 or sentence.
  bool triples = false;
  // Count compound-noun candidates (flr.h). Default false.
  bool compounds = false;
  // Name of the grouping applied by the caller ("source", "date", ...; empty
  // for none). Recorded only: groups are passed to Add().
  std::string group_by;
};

/// The metadata keys a CountOptions is recorded as (terms.by, terms.pos,
/// terms.ngram, terms.stopwords, counts.pairs, counts.triples,
/// counts.compounds, group_by).
std::map<std::string, std::string> OptionsMetadata(const CountOptions& options);

/// Which metadata keys must agree: kMerge all but informational ones
/// (dict.dir); kCompare those that define what a term is (terms.*, dict.*
/// but dict.dir), for comparing two corpora (keyness, keywords --reference).
enum class MetadataScope { kMerge, kCompare };

/// OK when two metadata maps agree in `scope`; else an error naming the first
/// differing key and both values (`a_name`, `b_name` name the two sides).
Status CheckMetadata(const std::map<std::string, std::string>& a, std::string_view a_name,
                     const std::map<std::string, std::string>& b, std::string_view b_name,
                     MetadataScope scope);

struct GroupCounts {
  uint64_t articles = 0;
  uint64_t tokens = 0;  // unigram terms counted in the group
  TermTable terms;
};

class TermCounts {
 public:
  /// Counts made with `options`; `identity` adds what the options cannot say
  /// (dict.layout, dict.fingerprint, dict.terms, dict.userdic, dict.dir).
  /// REQUIRES: options.terms.ngram_min == 1 when pairs are counted.
  TermCounts(const CountOptions& options, std::map<std::string, std::string> identity);
  /// Empty counts with metadata only (the counts reader fills them); Add()
  /// must not be called on them.
  explicit TermCounts(std::map<std::string, std::string> metadata);
  TermCounts(TermCounts&&) = default;
  TermCounts& operator=(TermCounts&&) = default;

  /// Counts one article; `groups` are the groups it belongs to (none, one, or
  /// several, e.g. sectors). REQUIRES: made with CountOptions.
  void Add(const Document& doc, std::span<const std::string> groups);

  /// Adds one article whose terms were counted already (ArticleTerms,
  /// corpus_counts.h): `unigrams` unigram term occurrences and its distinct
  /// terms with their occurrences, what Add(doc, {}) counts of it.
  /// REQUIRES: made with CountOptions that count no pairs and no compounds.
  void AddCounted(uint64_t unigrams, std::span<const std::pair<std::string, uint64_t>> terms);

  /// Adds `other`'s counts. Fails, changing nothing, when the metadata differ
  /// (CheckMetadata, kMerge).
  Status Merge(const TermCounts& other);

  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  uint64_t articles() const { return articles_; }
  /// Unigram term occurrences: N of every statistic.
  uint64_t tokens() const { return tokens_; }
  const TermTable& terms() const { return terms_; }
  const TermTable& pairs() const { return pairs_; }
  const TermTable& triples() const { return triples_; }
  const TermTable& compounds() const { return compounds_; }
  const std::map<std::string, GroupCounts, std::less<>>& groups() const { return groups_; }
  /// Article records (article_record.h, `kiji count --report`) as
  /// counts-file lines (docs/formats.md), in article order; Merge() appends
  /// the other's after these, so shards merged in input order keep it.
  const std::string& article_records() const { return article_records_; }
  uint64_t article_record_count() const { return article_record_count_; }
  void AppendArticleRecords(std::string_view lines, uint64_t records) {
    article_records_.append(lines);
    article_record_count_ += records;
  }
  bool has_pairs() const;
  bool has_triples() const;
  bool has_compounds() const;

  // For the counts reader.
  void SetTotals(uint64_t articles, uint64_t tokens) {
    articles_ = articles;
    tokens_ = tokens;
  }
  TermTable& mutable_terms() { return terms_; }
  TermTable& mutable_pairs() { return pairs_; }
  TermTable& mutable_triples() { return triples_; }
  TermTable& mutable_compounds() { return compounds_; }
  GroupCounts& mutable_group(std::string_view name);

 private:
  void CountCooccurrences(uint64_t doc);
  void CountCompounds(const Document& doc, const Sentence& s, uint64_t doc_id);

  CountOptions options_;
  std::map<std::string, std::string> metadata_;
  std::unique_ptr<TermExtractor> extractor_;  // null for counts read from a file
  uint64_t articles_ = 0;
  uint64_t tokens_ = 0;
  TermTable terms_, pairs_, triples_, compounds_;
  std::map<std::string, GroupCounts, std::less<>> groups_;
  std::string article_records_;
  uint64_t article_record_count_ = 0;
  // Scratch, reused between articles.
  std::vector<TermOccurrence> occ_;
  std::vector<std::string_view> unigrams_;
  std::vector<uint32_t> positions_;
  std::string ngram_buffer_, key_;
};

}  // namespace kiji

#endif  // KIJI_TERM_STATS_H_
