#include "kiji/analysis_cache.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

fs::path FreshDir(const char* name) {
  fs::path d = fs::temp_directory_path() / name;
  fs::remove_all(d);
  return d;
}

}  // namespace

TEST_CASE("values come back by kind, configuration and content key") {
  fs::path dir = FreshDir("kiji_cache_roundtrip");
  const kiji::ContentKey k1 = kiji::ContentKey::Of("one"), k2 = kiji::ContentKey::Of("two");
  CHECK_FALSE(k1 == k2);
  {
    std::string w;
    auto cache = kiji::AnalysisCache::Open(dir.string(), &w);
    CHECK(w.empty());
    REQUIRE(cache->enabled());
    REQUIRE(cache->StoreAll("check", "cfg1", {{k1, "v1"}, {k2, std::string("v\0two", 5)}}).ok());
    REQUIRE(cache->StoreAll("check", "cfg2", {{k1, "other"}}).ok());
  }
  std::string w;
  auto cache = kiji::AnalysisCache::Open(dir.string(), &w);
  CHECK(w.empty());
  auto all = cache->LoadAll("check", "cfg1", &w);
  CHECK(w.empty());
  REQUIRE(all.size() == 2);
  CHECK(all[k1] == "v1");
  CHECK(all[k2] == std::string("v\0two", 5));
  CHECK(cache->LoadAll("check", "cfg2", &w)[k1] == "other");
  CHECK(cache->LoadAll("tokens", "cfg1", &w).empty());
  fs::remove_all(dir);
}

TEST_CASE("Read gives one value in place, again and again, and Get a copy of it") {
  fs::path dir = FreshDir("kiji_cache_read");
  std::string w;
  auto cache = kiji::AnalysisCache::Open(dir.string(), &w);
  REQUIRE(cache->enabled());
  const kiji::ContentKey big = kiji::ContentKey::Of("big"), small = kiji::ContentKey::Of("small");
  const std::string big_value(100000, 'b');  // spills to overflow pages
  REQUIRE(cache->StoreAll("tokens", "cfg", {{big, big_value}, {small, "s"}}).ok());
  for (int round = 0; round < 3; ++round) {  // the one prepared statement is reset each time
    std::string seen;
    CHECK(cache->Read("tokens", "cfg", big, [&](std::string_view v) {
      seen.assign(v);
      return true;
    }));
    CHECK(seen == big_value);
    CHECK(cache->Read("tokens", "cfg", small, [&](std::string_view v) { return v == "s"; }));
  }
  // The callback's answer is Read's; a missing key never calls it.
  CHECK_FALSE(cache->Read("tokens", "cfg", small, [](std::string_view) { return false; }));
  bool called = false;
  CHECK_FALSE(cache->Read("tokens", "other", small, [&](std::string_view) { return called = true; }));
  CHECK_FALSE(called);
  CHECK(cache->Get("tokens", "cfg", small) == std::optional<std::string>("s"));
  CHECK_FALSE(cache->Get("tokens", "cfg", kiji::ContentKey::Of("none")).has_value());
  fs::remove_all(dir);
}

TEST_CASE("a corrupt or foreign cache file is rebuilt, never fatal") {
  fs::path dir = FreshDir("kiji_cache_corrupt");
  fs::create_directories(dir);
  const fs::path file = dir / std::string(kiji::AnalysisCache::kFileName);
  SUBCASE("garbage") { std::ofstream(file) << "this is not a database at all, not even close"; }
  SUBCASE("a truncated cache") {
    {
      std::string w;
      auto cache = kiji::AnalysisCache::Open(dir.string(), &w);
      std::vector<std::pair<kiji::ContentKey, std::string>> values;
      for (int i = 0; i < 200; ++i) {
        values.emplace_back(kiji::ContentKey::Of(std::to_string(i)), std::string(500, 'x'));
      }
      REQUIRE(cache->StoreAll("check", "c", values).ok());
    }
    fs::resize_file(file, fs::file_size(file) / 2);
  }
  std::string w;
  auto cache = kiji::AnalysisCache::Open(dir.string(), &w);
  CHECK(w.find("cache rebuilt") != std::string::npos);
  REQUIRE(cache->enabled());
  CHECK(cache->LoadAll("check", "c", &w).empty());
  REQUIRE(cache->StoreAll("check", "c", {{kiji::ContentKey::Of("a"), "b"}}).ok());
  std::string w2;
  CHECK(cache->LoadAll("check", "c", &w2).size() == 1);
  fs::remove_all(dir);
}

TEST_CASE("a folder that cannot be created disables the cache") {
  std::string w;
  auto cache = kiji::AnalysisCache::Open("/proc/kiji-cannot-be-here", &w);
  CHECK_FALSE(cache->enabled());
  CHECK(w.find("running without cache") != std::string::npos);
  CHECK(cache->StoreAll("check", "c", {{kiji::ContentKey::Of("a"), "b"}}).ok());
  CHECK(cache->LoadAll("check", "c", &w).empty());
}
