// AnalysisCache: results of expensive per-file work kept between runs, keyed
// by the file's content hash and the identity of the configuration that
// produced them, in one SQLite database (DIR/kiji-cache.sqlite).
//
// Every kiji command can keep its results here: a `kind` ("check", later
// "tokens", "sectors") separates them, and a `config` string (a hash of all
// that the results depend on: options, dictionary and lexicon fingerprints,
// kiji's version) makes results of another configuration invisible rather
// than wrong. Keys are content hashes, not modification times, which CI
// checkouts reset. Each value is stored with its own XXH3 checksum.
//
// The cache is never trusted and never fatal: a file that is not a kiji cache
// (another database, garbage, a truncated file), a schema of another version
// or a value whose checksum fails is dropped and rebuilt, and Open() says so
// in a warning. If the folder cannot be used at all, the cache is disabled.
// An instance is one SQLite connection: use it from one thread at a time;
// several instances (threads, processes) may share a folder (WAL journal,
// a busy timeout for writers). RunCheck loads all values of a kind up front
// and stores new ones at the end; RunCorpus looks up on each worker with
// its own instance and stores from the calling thread (src/cache/).
//
//   std::string warning;
//   std::unique_ptr<kiji::AnalysisCache> cache = kiji::AnalysisCache::Open(dir, &warning);
//   auto values = cache->LoadAll("check", config_id);     // key -> value
//   cache->StoreAll("check", config_id, fresh);           // one transaction
#ifndef KIJI_ANALYSIS_CACHE_H_
#define KIJI_ANALYSIS_CACHE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kiji/status.h"

namespace kiji {

/// A 128-bit content hash (XXH3-128 of a file's bytes).
struct ContentKey {
  uint64_t hi = 0, lo = 0;
  bool operator==(const ContentKey&) const = default;
  static ContentKey Of(std::string_view bytes);
};

struct ContentKeyHash {
  size_t operator()(const ContentKey& k) const { return static_cast<size_t>(k.lo ^ k.hi); }
};

/// XXH3-64 of `bytes` as 16 hex digits: for configuration identities.
std::string HashHex(std::string_view bytes);

class AnalysisCache {
 public:
  /// The database file inside a cache folder.
  static constexpr std::string_view kFileName = "kiji-cache.sqlite";

  /// Opens or creates DIR/kiji-cache.sqlite (and DIR). Never fails: problems
  /// are described in *warning and leave a cache that was rebuilt, or a
  /// disabled one (enabled() false) that stores nothing.
  static std::unique_ptr<AnalysisCache> Open(const std::string& dir, std::string* warning);
  ~AnalysisCache();
  AnalysisCache(const AnalysisCache&) = delete;
  AnalysisCache& operator=(const AnalysisCache&) = delete;

  bool enabled() const { return db_ != nullptr; }

  /// Every value of (kind, config) whose checksum holds. A read error drops
  /// the whole cache (warning set) and returns what was read so far: nothing.
  std::unordered_map<ContentKey, std::string, ContentKeyHash> LoadAll(std::string_view kind,
                                                                      std::string_view config,
                                                                      std::string* warning);
  /// The value of one key, or nullopt (missing, damaged or unreadable).
  std::optional<std::string> Get(std::string_view kind, std::string_view config,
                                 const ContentKey& key);
  /// Calls `use` with the value of one key in place (valid only during the
  /// call: no copy) and returns what it returns; false when the value is
  /// missing, damaged or unreadable. The statement is prepared once per
  /// cache, so a cache object is used by one thread at a time.
  bool Read(std::string_view kind, std::string_view config, const ContentKey& key,
            const std::function<bool(std::string_view)>& use);
  /// Inserts or replaces values in one transaction; with `replace`, the
  /// other values of (kind, config) are deleted first. Nothing else is
  /// evicted: a cache folder grows with the contents and configurations it
  /// has seen until Prune() (`kiji cache prune`).
  Status StoreAll(std::string_view kind, std::string_view config,
                  const std::vector<std::pair<ContentKey, std::string>>& values,
                  bool replace = false);

  struct KindSummary {
    std::string kind;
    uint64_t configs = 0, entries = 0, bytes = 0;
  };
  struct Summary {
    uint64_t entries = 0, bytes = 0;  // bytes: of the values
    uint64_t file_bytes = 0;          // the database's pages
    std::vector<KindSummary> kinds;
  };
  /// Entries and their sizes, per kind.
  Result<Summary> Stats();
  /// Deletes the oldest-stored entries until the values left take at most
  /// max_bytes, then compacts the file; returns the number deleted.
  Result<uint64_t> Prune(uint64_t max_bytes);
  /// Deletes every entry and compacts the file.
  Status Clear();

 private:
  explicit AnalysisCache(void* db) : db_(db) {}
  void* db_;                  // sqlite3*, kept out of this header
  void* get_stmt_ = nullptr;  // sqlite3_stmt* of Read(), prepared on first use
};

}  // namespace kiji

#endif  // KIJI_ANALYSIS_CACHE_H_
