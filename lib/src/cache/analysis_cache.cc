// AnalysisCache over SQLite. SQLite rather than a file format of our own:
// the analysis cache of every command (issue 14) will hold far more than
// check's signatures and be written by concurrent kiji processes; SQLite
// gives atomic transactions, locking between processes, lookups and
// upserts without rewriting the whole file, and its own detection of files
// that are not databases. Each value still carries an XXH3 checksum, as
// SQLite does not checksum page contents.
#include "kiji/analysis_cache.h"

#include <fmt/format.h>
#include <sqlite3.h>
#include <xxhash.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <functional>
#include <tuple>

namespace kiji {
namespace fs = std::filesystem;
namespace {

// PRAGMA application_id of a kiji cache ("KIJI") and the schema version;
// a database with other values is foreign and rebuilt.
constexpr int kApplicationId = 0x4B494A49;
// 2: entries.stored (for prune); 3: a rowid table. Values are tens of KB,
// so they spill to overflow pages, and in a WITHOUT ROWID table every key
// compared on the way down the tree read its whole row: a quarter of a run
// from a warm cache. The key's own index holds only the key.
constexpr int kSchemaVersion = 3;
// How long a writer waits for another kiji process holding the lock.
constexpr int kBusyTimeoutMs = 10000;

sqlite3* Db(void* p) { return static_cast<sqlite3*>(p); }

bool Exec(sqlite3* db, const char* sql) {
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool PragmaInt(sqlite3* db, const char* sql, int* out) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return false;
  const bool ok = sqlite3_step(st) == SQLITE_ROW;
  if (ok) *out = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return ok;
}

// The database's application id, schema version and number of schema
// objects, read in one statement, that is from one snapshot: read one by
// one, they could straddle another kiji process's creation of the schema
// (id 0 but version 3), and the cache was taken for a foreign file and
// deleted under that process.
bool ReadIdentity(sqlite3* db, int* app, int* version, int* tables) {
  sqlite3_stmt* st = nullptr;
  const char* sql =
      "SELECT (SELECT application_id FROM pragma_application_id()), "
      "(SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_master)";
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return false;
  const bool ok = sqlite3_step(st) == SQLITE_ROW;
  if (ok) {
    *app = sqlite3_column_int(st, 0);
    *version = sqlite3_column_int(st, 1);
    *tables = sqlite3_column_int(st, 2);
  }
  sqlite3_finalize(st);
  return ok;
}

// A cheap test for a truncated or padded file: the size the header records
// must be the size on disk. (PRAGMA quick_check reads every page, which
// cost more than a whole cached run.)
bool SizeMatches(sqlite3* db, const std::string& path) {
  int pages = 0, page_size = 0;
  if (!PragmaInt(db, "PRAGMA page_count", &pages) ||
      !PragmaInt(db, "PRAGMA page_size", &page_size)) {
    return false;
  }
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return false;
  // While a write-ahead log exists (another kiji process has the cache
  // open), the pages it holds are not in the file yet.
  if (fs::exists(path + "-wal", ec)) return page_size > 0 && size % page_size == 0;
  return size == static_cast<uintmax_t>(pages) * static_cast<uintmax_t>(page_size);
}

// Why a file could not be opened as a kiji cache.
enum class OpenFailure { kNone, kForeign, kBusy };

bool IsBusy(sqlite3* db) {
  const int rc = sqlite3_errcode(db) & 0xff;
  return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

// Writes an empty kiji cache (schema, identity, WAL mode) to `tmp`.
bool WriteEmptyCache(const std::string& tmp, std::string* why) {
  sqlite3* db = nullptr;
  bool ok = sqlite3_open_v2(tmp.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) == SQLITE_OK;
  if (ok) {
    const std::string schema = fmt::format(
        "CREATE TABLE entries(kind TEXT NOT NULL, config TEXT NOT NULL, hi INTEGER NOT NULL, "
        "lo INTEGER NOT NULL, checksum INTEGER NOT NULL, value BLOB NOT NULL, "
        "stored INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(kind, config, hi, lo)); "
        "PRAGMA application_id = {}; PRAGMA user_version = {}; PRAGMA journal_mode = WAL;",
        kApplicationId, kSchemaVersion);
    ok = Exec(db, schema.c_str());
  }
  if (!ok) *why = db ? sqlite3_errmsg(db) : "cannot create";
  // Closing the last connection checkpoints and removes the write-ahead
  // log; WAL mode itself is recorded in the file.
  ok = sqlite3_close(db) == SQLITE_OK && ok;
  return ok;
}

// Creates the cache at `path` unless it exists: built in a private file and
// linked into place, so that no kiji process ever opens a half-made schema
// (two processes creating the cache at once took each other's for a
// foreign file, or met its lock while it was being made). Whoever links
// first wins; the other opens that one.
void CreateIfMissing(const std::string& path) {
  std::error_code ec;
  if (fs::exists(path, ec)) return;
  static std::atomic<int> made{0};
  const std::string tmp = fmt::format("{}.new-{}-{}", path, ::getpid(), made++);
  std::string why;
  if (WriteEmptyCache(tmp, &why)) (void)::link(tmp.c_str(), path.c_str());
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(tmp + suffix, ec);
}

// Opens `path` as a kiji cache: creates the schema in an empty database,
// returns null (with the reason, and whether it was only another process's
// lock) for anything else that is not one.
sqlite3* OpenValid(const std::string& path, std::string* why, OpenFailure* failure) {
  *failure = OpenFailure::kForeign;
  CreateIfMissing(path);
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    *why = db ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  auto fail = [&](std::string reason) -> sqlite3* {
    if (IsBusy(db)) *failure = OpenFailure::kBusy;
    *why = std::move(reason);
    sqlite3_close(db);
    return nullptr;
  };
  int app = 0, version = 0, tables = 0;
  if (!ReadIdentity(db, &app, &version, &tables)) return fail(sqlite3_errmsg(db));
  if (app == 0 && version == 0 && tables == 0) {
    // An empty file someone else made (CreateIfMissing makes whole ones):
    // the schema is made under the write lock, and only where no other
    // kiji process made it.
    const std::string schema = fmt::format(
        "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS entries(kind TEXT NOT NULL, config TEXT NOT NULL, hi INTEGER NOT NULL, "
        "lo INTEGER NOT NULL, checksum INTEGER NOT NULL, value BLOB NOT NULL, "
        "stored INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY(kind, config, hi, lo)); "
        "PRAGMA application_id = {}; PRAGMA user_version = {}; COMMIT; "
        "PRAGMA journal_mode = WAL;",
        kApplicationId, kSchemaVersion);
    if (!Exec(db, schema.c_str())) return fail(sqlite3_errmsg(db));
    *failure = OpenFailure::kNone;
    return db;
  }
  if (app != kApplicationId || version != kSchemaVersion) {
    return fail(app != kApplicationId
                    ? "not a kiji cache"
                    : fmt::format("cache schema version {}, expected {}", version, kSchemaVersion));
  }
  if (!SizeMatches(db, path)) return fail("the database is damaged");
  // Readers and one writer at a time, across processes (WAL).
  Exec(db, "PRAGMA journal_mode = WAL");
  // Values are read through a memory map rather than copied page by page
  // with pread (which was a quarter of a warm run's time); a damaged file
  // is caught by the size check above and each value's checksum.
  Exec(db, "PRAGMA mmap_size = 4294967296");
  *failure = OpenFailure::kNone;
  return db;
}

int64_t Signed(uint64_t v) { return static_cast<int64_t>(v); }

}  // namespace

ContentKey ContentKey::Of(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return {h.high64, h.low64};
}

std::string HashHex(std::string_view bytes) {
  return fmt::format("{:016x}", XXH3_64bits(bytes.data(), bytes.size()));
}

std::unique_ptr<AnalysisCache> AnalysisCache::Open(const std::string& dir, std::string* warning) {
  warning->clear();
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    *warning = fmt::format("{}: cannot create the cache folder ({}); running without cache", dir,
                           ec.message());
    return std::unique_ptr<AnalysisCache>(new AnalysisCache(nullptr));
  }
  const std::string path = (fs::path(dir) / kFileName).string();
  std::string why;
  OpenFailure failure = OpenFailure::kNone;
  sqlite3* db = OpenValid(path, &why, &failure);
  if (db == nullptr && failure == OpenFailure::kBusy) {
    // Another kiji process holds the lock past the busy timeout: the file
    // is theirs to fill, never deleted; this run goes on without it.
    *warning = fmt::format("{}: {}; running without cache", path, why);
    return std::unique_ptr<AnalysisCache>(new AnalysisCache(nullptr));
  }
  if (db == nullptr) {
    // Not ours or damaged: never trusted, rebuilt from scratch.
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(path + suffix, ec);
    *warning = fmt::format("{}: {}; cache rebuilt", path, why);
    db = OpenValid(path, &why, &failure);
    if (db == nullptr) {
      *warning = fmt::format("{}: {}; running without cache", path, why);
    }
  }
  return std::unique_ptr<AnalysisCache>(new AnalysisCache(db));
}

AnalysisCache::~AnalysisCache() {
  sqlite3_finalize(static_cast<sqlite3_stmt*>(get_stmt_));
  sqlite3_close(Db(db_));
}

std::unordered_map<ContentKey, std::string, ContentKeyHash> AnalysisCache::LoadAll(
    std::string_view kind, std::string_view config, std::string* warning) {
  std::unordered_map<ContentKey, std::string, ContentKeyHash> out;
  if (db_ == nullptr) return out;
  sqlite3_stmt* st = nullptr;
  const char* sql = "SELECT hi, lo, checksum, value FROM entries WHERE kind = ? AND config = ?";
  if (sqlite3_prepare_v2(Db(db_), sql, -1, &st, nullptr) != SQLITE_OK) {
    *warning = fmt::format("cache: {}; ignored", sqlite3_errmsg(Db(db_)));
    return out;
  }
  sqlite3_bind_text(st, 1, kind.data(), static_cast<int>(kind.size()), SQLITE_STATIC);
  sqlite3_bind_text(st, 2, config.data(), static_cast<int>(config.size()), SQLITE_STATIC);
  size_t bad = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    ContentKey k{static_cast<uint64_t>(sqlite3_column_int64(st, 0)),
                 static_cast<uint64_t>(sqlite3_column_int64(st, 1))};
    const auto checksum = static_cast<uint64_t>(sqlite3_column_int64(st, 2));
    const void* blob = sqlite3_column_blob(st, 3);
    const auto n = static_cast<size_t>(sqlite3_column_bytes(st, 3));
    std::string value(static_cast<const char*>(blob), n);
    if (XXH3_64bits(value.data(), value.size()) != checksum) {
      ++bad;  // a damaged value is a miss; the run stores it again
      continue;
    }
    out.emplace(k, std::move(value));
  }
  if (rc != SQLITE_DONE) {
    *warning = fmt::format("cache: {}; ignored", sqlite3_errmsg(Db(db_)));
    out.clear();
  } else if (bad > 0) {
    *warning = fmt::format("cache: {} damaged entries ignored", bad);
  }
  sqlite3_finalize(st);
  return out;
}

std::optional<std::string> AnalysisCache::Get(std::string_view kind, std::string_view config,
                                              const ContentKey& key) {
  std::optional<std::string> out;
  Read(kind, config, key, [&out](std::string_view value) {
    out.emplace(value);
    return true;
  });
  return out;
}

bool AnalysisCache::Read(std::string_view kind, std::string_view config, const ContentKey& key,
                         const std::function<bool(std::string_view)>& use) {
  if (db_ == nullptr) return false;
  // Prepared once: preparing the statement for every article was a tenth
  // of a run from a warm cache.
  if (get_stmt_ == nullptr) {
    const char* sql =
        "SELECT checksum, value FROM entries WHERE kind = ? AND config = ? AND hi = ? AND lo = ?";
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(Db(db_), sql, -1, &prepared, nullptr) != SQLITE_OK) return false;
    get_stmt_ = prepared;
  }
  auto* st = static_cast<sqlite3_stmt*>(get_stmt_);
  sqlite3_bind_text(st, 1, kind.data(), static_cast<int>(kind.size()), SQLITE_STATIC);
  sqlite3_bind_text(st, 2, config.data(), static_cast<int>(config.size()), SQLITE_STATIC);
  sqlite3_bind_int64(st, 3, Signed(key.hi));
  sqlite3_bind_int64(st, 4, Signed(key.lo));
  bool used = false;
  if (sqlite3_step(st) == SQLITE_ROW) {
    const auto checksum = static_cast<uint64_t>(sqlite3_column_int64(st, 0));
    const void* blob = sqlite3_column_blob(st, 1);
    const std::string_view value(static_cast<const char*>(blob),
                                 static_cast<size_t>(sqlite3_column_bytes(st, 1)));
    if (XXH3_64bits(value.data(), value.size()) == checksum) used = use(value);
  }
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  return used;
}

Status AnalysisCache::StoreAll(std::string_view kind, std::string_view config,
                               const std::vector<std::pair<ContentKey, std::string>>& values,
                               bool replace) {
  if (db_ == nullptr || values.empty()) return Status::Ok();
  sqlite3* db = Db(db_);
  auto fail = [&](const char* what) {
    std::string m = fmt::format("cache: cannot {}: {}", what, sqlite3_errmsg(db));
    Exec(db, "ROLLBACK");
    return Status::IOError(m);
  };
  if (!Exec(db, "BEGIN IMMEDIATE")) return fail("start a transaction");
  sqlite3_stmt* st = nullptr;
  if (replace) {
    if (sqlite3_prepare_v2(db, "DELETE FROM entries WHERE kind = ? AND config = ?", -1, &st,
                           nullptr) != SQLITE_OK) {
      return fail("prepare");
    }
    sqlite3_bind_text(st, 1, kind.data(), static_cast<int>(kind.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, config.data(), static_cast<int>(config.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    st = nullptr;
    if (rc != SQLITE_DONE) return fail("delete old values");
  }
  const char* sql =
      "INSERT OR REPLACE INTO entries(kind, config, hi, lo, checksum, value, stored) "
      "VALUES(?, ?, ?, ?, ?, ?, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))";
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return fail("prepare");
  for (const auto& [key, value] : values) {
    sqlite3_bind_text(st, 1, kind.data(), static_cast<int>(kind.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, config.data(), static_cast<int>(config.size()), SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, Signed(key.hi));
    sqlite3_bind_int64(st, 4, Signed(key.lo));
    sqlite3_bind_int64(st, 5, Signed(XXH3_64bits(value.data(), value.size())));
    sqlite3_bind_blob(st, 6, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_DONE) {
      sqlite3_finalize(st);
      return fail("store a value");
    }
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  if (!Exec(db, "COMMIT")) return fail("commit");
  return Status::Ok();
}

namespace {

// Runs a query that yields rows of (text, int, int).
bool ForEachRow(sqlite3* db, const char* sql,
                const std::function<void(sqlite3_stmt*)>& row) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return false;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(st);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE;
}

}  // namespace

Result<AnalysisCache::Summary> AnalysisCache::Stats() {
  Summary out;
  if (db_ == nullptr) return Status::IOError("cache: not open");
  const bool ok = ForEachRow(
      Db(db_),
      "SELECT kind, count(DISTINCT config), count(*), sum(length(value)) FROM entries "
      "GROUP BY kind ORDER BY kind",
      [&](sqlite3_stmt* st) {
        KindSummary k;
        k.kind = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        k.configs = static_cast<uint64_t>(sqlite3_column_int64(st, 1));
        k.entries = static_cast<uint64_t>(sqlite3_column_int64(st, 2));
        k.bytes = static_cast<uint64_t>(sqlite3_column_int64(st, 3));
        out.entries += k.entries;
        out.bytes += k.bytes;
        out.kinds.push_back(std::move(k));
      });
  if (!ok) return Status::IOError(fmt::format("cache: {}", sqlite3_errmsg(Db(db_))));
  int pages = 0, page_size = 0;
  if (PragmaInt(Db(db_), "PRAGMA page_count", &pages) &&
      PragmaInt(Db(db_), "PRAGMA page_size", &page_size)) {
    out.file_bytes = static_cast<uint64_t>(pages) * static_cast<uint64_t>(page_size);
  }
  return out;
}

Result<uint64_t> AnalysisCache::Prune(uint64_t max_bytes) {
  if (db_ == nullptr) return Status::IOError("cache: not open");
  sqlite3* db = Db(db_);
  // Newest first: keep entries while their values fit in max_bytes.
  uint64_t kept = 0;
  std::vector<std::tuple<std::string, std::string, int64_t, int64_t>> victims;
  const bool ok = ForEachRow(
      db, "SELECT kind, config, hi, lo, length(value) FROM entries ORDER BY stored DESC",
      [&](sqlite3_stmt* st) {
        const auto n = static_cast<uint64_t>(sqlite3_column_int64(st, 4));
        if (kept + n <= max_bytes && victims.empty()) {
          kept += n;
          return;
        }
        victims.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                             reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                             sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3));
      });
  if (!ok) return Status::IOError(fmt::format("cache: {}", sqlite3_errmsg(db)));
  if (victims.empty()) return uint64_t{0};
  if (!Exec(db, "BEGIN IMMEDIATE")) {
    return Status::IOError(fmt::format("cache: {}", sqlite3_errmsg(db)));
  }
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "DELETE FROM entries WHERE kind = ? AND config = ? AND hi = ? AND lo = ?",
                     -1, &st, nullptr);
  for (const auto& [kind, config, hi, lo] : victims) {
    sqlite3_bind_text(st, 1, kind.data(), static_cast<int>(kind.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, config.data(), static_cast<int>(config.size()), SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, hi);
    sqlite3_bind_int64(st, 4, lo);
    sqlite3_step(st);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  if (!Exec(db, "COMMIT")) {
    std::string m = fmt::format("cache: cannot prune: {}", sqlite3_errmsg(db));
    Exec(db, "ROLLBACK");
    return Status::IOError(m);
  }
  Exec(db, "VACUUM");
  return static_cast<uint64_t>(victims.size());
}

Status AnalysisCache::Clear() {
  if (db_ == nullptr) return Status::IOError("cache: not open");
  if (!Exec(Db(db_), "DELETE FROM entries")) {
    return Status::IOError(fmt::format("cache: cannot clear: {}", sqlite3_errmsg(Db(db_))));
  }
  Exec(Db(db_), "VACUUM");
  return Status::Ok();
}

}  // namespace kiji
