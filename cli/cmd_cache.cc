// `kiji cache stats|prune|clear`: the analysis cache folder that --cache and
// KIJI_CACHE_DIR name (lib/include/kiji/analysis_cache.h).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdlib>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/analysis_cache.h"
#include "kiji/diagnostics.h"

namespace kiji::cli {
namespace {

struct CacheOptions {
  std::string dir;  // empty: $KIJI_CACHE_DIR
  std::string max_size;
};

// "500M", "2G", "64K" or a number of bytes.
Result<uint64_t> ParseSize(const std::string& s) {
  uint64_t n = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  const std::string_view unit(p, static_cast<size_t>(s.data() + s.size() - p));
  uint64_t scale = 0;
  if (unit.empty() || unit == "B") scale = 1;
  if (unit == "K" || unit == "KiB") scale = uint64_t{1} << 10;
  if (unit == "M" || unit == "MiB") scale = uint64_t{1} << 20;
  if (unit == "G" || unit == "GiB") scale = uint64_t{1} << 30;
  if (ec != std::errc() || p == s.data() || scale == 0) {
    return Status::InvalidArgument(
        fmt::format("--max-size: expected a size like 500M, 2G or a number of bytes, got '{}'", s));
  }
  return n * scale;
}

Result<std::unique_ptr<AnalysisCache>> OpenCache(const CacheOptions& o, Io& io) {
  std::string dir = o.dir;
  if (dir.empty()) {
    if (const char* env = std::getenv("KIJI_CACHE_DIR"); env && *env) dir = env;
  }
  if (dir.empty()) {
    return Status::InvalidArgument("cache: no cache folder (give --cache DIR or set KIJI_CACHE_DIR)");
  }
  std::string warning;
  std::unique_ptr<AnalysisCache> cache = AnalysisCache::Open(dir, &warning);
  if (!warning.empty()) io.Report({"", 0, warning, Severity::kWarning});
  if (!cache->enabled()) return Status::IOError(fmt::format("{}: cannot open the cache", dir));
  return cache;
}

Status RunStats(const CacheOptions& o, Io& io) {
  KIJI_ASSIGN_OR_RETURN(std::unique_ptr<AnalysisCache> cache, OpenCache(o, io));
  KIJI_ASSIGN_OR_RETURN(AnalysisCache::Summary s, cache->Stats());
  std::string out = "kind\tconfigs\tentries\tbytes\n";
  for (const AnalysisCache::KindSummary& k : s.kinds) {
    out += fmt::format("{}\t{}\t{}\t{}\n", k.kind, k.configs, k.entries, k.bytes);
  }
  out += fmt::format("total\t-\t{}\t{}\nfile\t-\t-\t{}\n", s.entries, s.bytes, s.file_bytes);
  io.Write(out);
  return Status::Ok();
}

Status RunPrune(const CacheOptions& o, Io& io) {
  KIJI_ASSIGN_OR_RETURN(uint64_t max, ParseSize(o.max_size));
  KIJI_ASSIGN_OR_RETURN(std::unique_ptr<AnalysisCache> cache, OpenCache(o, io));
  KIJI_ASSIGN_OR_RETURN(uint64_t removed, cache->Prune(max));
  io.Write(fmt::format("removed {} entries\n", removed));
  return Status::Ok();
}

Status RunClear(const CacheOptions& o, Io& io) {
  KIJI_ASSIGN_OR_RETURN(std::unique_ptr<AnalysisCache> cache, OpenCache(o, io));
  return cache->Clear();
}

CLI::App* AddSub(CLI::App* cmd, const char* name, const char* help, CacheOptions* opt) {
  CLI::App* sub = cmd->add_subcommand(name, help);
  sub->add_option("--cache", opt->dir, "Cache folder (default: $KIJI_CACHE_DIR)");
  sub->footer(ExitStatusHelp());
  return sub;
}

}  // namespace

void AddCacheCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<CacheOptions>();
  CLI::App* cmd = app.add_subcommand(
      "cache", "Show, prune or clear the analysis cache (--cache DIR, KIJI_CACHE_DIR)");
  cmd->require_subcommand(1);
  cmd->footer(ExitStatusHelp());
  AddSub(cmd, "stats", "Entries and bytes per kind (TSV)", opt.get())->callback([opt, &io] {
    io.Finish(RunStats(*opt, io));
  });
  CLI::App* prune = AddSub(cmd, "prune",
                           "Delete the oldest-stored entries until the rest take at most "
                           "--max-size, then compact the file",
                           opt.get());
  prune->add_option("--max-size", opt->max_size, "Largest size kept: 500M, 2G, or bytes")
      ->required();
  prune->callback([opt, &io] { io.Finish(RunPrune(*opt, io)); });
  AddSub(cmd, "clear", "Delete every entry", opt.get())->callback([opt, &io] {
    io.Finish(RunClear(*opt, io));
  });
}

}  // namespace kiji::cli
