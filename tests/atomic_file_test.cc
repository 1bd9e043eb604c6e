#include "kiji/atomic_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path FreshFolder() {
  fs::path dir = fs::temp_directory_path() / ("kiji_atomic_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

size_t EntriesIn(const fs::path& dir) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("AtomicFile replaces the target only on Commit") {
  fs::path dir = FreshFolder();
  fs::path target = dir / "out.tsv";
  std::ofstream(target) << "good\n";
  {
    auto file = kiji::AtomicFile::Create(target.string());
    REQUIRE(file.ok());
    CHECK(file->Write("new").ok());
    CHECK(ReadAll(target) == "good\n");  // untouched while writing
    CHECK(EntriesIn(dir) == 2);          // the target and the temporary
  }                                      // destroyed without Commit
  CHECK(ReadAll(target) == "good\n");
  CHECK(EntriesIn(dir) == 1);  // the temporary is gone

  CHECK(kiji::WriteFileAtomically(target.string(), "replaced\n").ok());
  CHECK(ReadAll(target) == "replaced\n");
  CHECK(EntriesIn(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("AtomicFile refuses a folder that does not exist, naming path and reason") {
  auto file = kiji::AtomicFile::Create("/nonexistent-kiji-dir/out.tsv");
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().message() ==
        "/nonexistent-kiji-dir/out.tsv: cannot create: No such file or directory");
}

TEST_CASE("A discarded AtomicFile refuses writes and leaves nothing behind") {
  fs::path dir = FreshFolder();
  auto file = kiji::AtomicFile::Create((dir / "x").string());
  REQUIRE(file.ok());
  file->Discard();
  CHECK_FALSE(file->Write("late").ok());
  CHECK_FALSE(file->Commit().ok());
  CHECK(EntriesIn(dir) == 0);
  fs::remove_all(dir);
}
