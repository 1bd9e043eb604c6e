#include "kiji/corpus.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "corpus/article_parts.h"
#include "corpus/json_lines_chunker.h"
#include "corpus/ordered_parallel.h"

TEST_CASE("OrderedParallelFor emits in input order for any number of jobs") {
  for (int jobs : {1, 2, 3, 8}) {
    INFO("jobs: " << jobs);
    const size_t n = 200;
    std::vector<int> results(n, -1);
    std::vector<size_t> emitted;
    std::atomic<int> max_worker{0};
    kiji::OrderedParallelFor(
        n, jobs,
        [&](size_t i, int w) {
          // Uneven work so that items finish out of order.
          if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          results[i] = static_cast<int>(i * i);
          int m = max_worker.load();
          while (w > m && !max_worker.compare_exchange_weak(m, w)) {
          }
        },
        [&](size_t i) {
          CHECK(results[i] == static_cast<int>(i * i));  // ready when emitted
          emitted.push_back(i);
        });
    REQUIRE(emitted.size() == n);
    for (size_t i = 0; i < n; ++i) CHECK(emitted[i] == i);
    CHECK(max_worker.load() < jobs);
  }
}

TEST_CASE("ResolveJobs: 0 means one per core") {
  CHECK(kiji::ResolveJobs(3) == 3);
  CHECK(kiji::ResolveJobs(0) >= 1);
}

namespace {

std::vector<kiji::InputSource> Drain(kiji::JsonLinesChunker& chunker, kiji::Diagnostics& diags) {
  std::vector<kiji::InputSource> out;
  kiji::InputSource unit;
  while (chunker.Next(&unit, diags)) out.push_back(std::move(unit));
  return out;
}

std::string TenRecords() {
  std::string jsonl;
  for (int i = 1; i <= 10; ++i)
    jsonl += "{\"id\":\"" + std::to_string(i) + "\",\"body\":\"本文。\"}\n";
  return jsonl;
}

// The chunks of `path` must be its lines in order, cut at line ends, with
// the line numbers of the whole file.
void CheckChunks(const std::vector<kiji::InputSource>& chunks, const std::string& path,
                 const std::string& whole) {
  kiji::DiagnosticList diags;
  std::string joined;
  size_t expected_line = 1;
  for (const kiji::InputSource& c : chunks) {
    CHECK(c.path == path);
    CHECK(c.first_line == expected_line);
    REQUIRE(c.bytes.has_value());
    CHECK(c.bytes->back() == '\n');
    expected_line += static_cast<size_t>(std::count(c.bytes->begin(), c.bytes->end(), '\n'));
    joined += *c.bytes;
    // Articles parsed from a chunk carry their line in the whole file.
    auto articles = kiji::LoadArticles(path, *c.bytes, {}, diags, c.first_line);
    REQUIRE_FALSE(articles.empty());
    CHECK(articles.front().line == c.first_line);
    CHECK(articles.front().id == std::to_string(c.first_line));
  }
  CHECK(joined == whole);
  CHECK(diags.items().empty());
}

}  // namespace

TEST_CASE("JsonLinesChunker splits JSON Lines read from stdin at line ends, keeps line numbers") {
  const std::string jsonl = TenRecords();
  std::vector<kiji::InputSource> in;
  in.push_back({"-", jsonl, 1});
  in.push_back({"b.txt", std::nullopt, 1});
  kiji::JsonLinesChunker chunker(kiji::InputsOf(std::move(in)), 64);
  kiji::DiagnosticList diags;
  auto out = Drain(chunker, diags);
  REQUIRE(out.size() > 3);
  CHECK(out.back().path == "b.txt");  // other inputs pass through, unread
  CHECK_FALSE(out.back().bytes.has_value());
  out.pop_back();
  CheckChunks(out, "-", jsonl);
}

TEST_CASE("JsonLinesChunker reads a .jsonl file a chunk at a time") {
  const auto dir = std::filesystem::temp_directory_path() / "kiji_chunker_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "a.jsonl").string();
  const std::string empty = (dir / "empty.jsonl").string();
  // Longer than one read of the chunker (64 KiB), so the file is read in pieces.
  std::string jsonl;
  for (int i = 1; i <= 3000; ++i) {
    jsonl += "{\"id\":\"" + std::to_string(i) + "\",\"body\":\"" + std::string(40, 'x') + "\"}\n";
  }
  std::ofstream(path, std::ios::binary) << jsonl;
  std::ofstream(empty, std::ios::binary).flush();
  std::vector<kiji::InputSource> in;
  in.push_back({path, std::nullopt, 1});
  in.push_back({empty, std::nullopt, 1});
  in.push_back({(dir / "missing.jsonl").string(), std::nullopt, 1});
  kiji::JsonLinesChunker chunker(kiji::InputsOf(std::move(in)), 1000);
  kiji::DiagnosticList diags;
  auto out = Drain(chunker, diags);
  // The empty file is one empty unit (reading it reports it); the missing one is reported.
  REQUIRE(out.size() > 2);
  CHECK(out.back().path == empty);
  CHECK(out.back().bytes == std::string());
  out.pop_back();
  CHECK(out.size() >= jsonl.size() / 1100);
  for (const auto& c : out) CHECK(c.bytes->size() < 1000 + 100);
  CheckChunks(out, path, jsonl);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].path.ends_with("missing.jsonl"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("OrderedParallelStream takes items as they are needed, in order") {
  for (int jobs : {1, 2, 4}) {
    INFO("jobs: " << jobs);
    std::vector<size_t> asked, emitted;
    std::vector<int> results(100, -1);
    kiji::OrderedParallelStream(
        jobs,
        [&](size_t i) {
          asked.push_back(i);  // called one at a time
          return i < 100;
        },
        [&](size_t i, int) {
          if (i % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(100));
          results[i] = static_cast<int>(i);
        },
        [&](size_t i) {
          CHECK(results[i] == static_cast<int>(i));
          emitted.push_back(i);
        });
    REQUIRE(emitted.size() == 100);
    for (size_t i = 0; i < emitted.size(); ++i) CHECK(emitted[i] == i);
    REQUIRE(asked.size() == 101);  // stops asking once next() said no
    for (size_t i = 0; i < asked.size(); ++i) CHECK(asked[i] == i);
  }
}

TEST_CASE("JsonLinesChunker stops a .jsonl file at max_file_bytes, dropping the record it cuts") {
  const auto dir = std::filesystem::temp_directory_path() / "kiji_chunker_limit_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "a.jsonl").string();
  std::string jsonl;
  for (int i = 1; i <= 3000; ++i) {
    jsonl += "{\"id\":\"" + std::to_string(i) + "\",\"body\":\"" + std::string(40, 'x') + "\"}\n";
  }
  std::ofstream(path, std::ios::binary) << jsonl;
  const size_t limit = 100000;  // more than one read (64 KiB), inside a record
  REQUIRE(jsonl[limit - 1] != '\n');
  std::vector<kiji::InputSource> in;
  in.push_back({path, std::nullopt, 1});
  kiji::JsonLinesChunker chunker(kiji::InputsOf(std::move(in)), 1000, size_t{1} << 20, limit);
  kiji::DiagnosticList diags;
  auto out = Drain(chunker, diags);
  const std::string kept = jsonl.substr(0, jsonl.rfind('\n', limit - 1) + 1);
  CheckChunks(out, path, kept);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message ==
        "file larger than --max-file-bytes (100000 bytes): the records from there on are not read");
  std::filesystem::remove_all(dir);
}

TEST_CASE("SplitArticle cuts a big article into articles of whole blocks") {
  kiji::Article a;
  a.id = "big.txt";
  a.path = "big.txt";
  a.title = "T";
  a.date = "2026-01-02";
  // "T\n\naaaa\n\nbbbb\n\ncccc": a title and three paragraphs of 4 bytes.
  a.text = "T\n\naaaa\n\nbbbb\n\ncccc";
  a.blocks = {{kiji::BlockKind::kTitle, 0, 1, 1},
              {kiji::BlockKind::kParagraph, 3, 7, 3},
              {kiji::BlockKind::kParagraph, 9, 13, 5},
              {kiji::BlockKind::kParagraph, 15, 19, 7}};
  SUBCASE("small enough: the article itself") {
    auto parts = kiji::SplitArticle(a, a.text.size());
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].id == "big.txt");
    CHECK(parts[0].text == a.text);
  }
  SUBCASE("parts of at most 10 bytes of whole blocks") {
    auto parts = kiji::SplitArticle(a, 10);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].id == "big.txt#1");
    CHECK(parts[0].text == "T\n\naaaa");
    CHECK(parts[0].blocks.size() == 2);
    CHECK(parts[1].id == "big.txt#2");
    CHECK(parts[1].text == "bbbb\n\ncccc");
    CHECK(parts[1].line == 5);
    CHECK(parts[1].date == "2026-01-02");
    REQUIRE(parts[1].blocks.size() == 2);
    CHECK(parts[1].BlockText(parts[1].blocks[0]) == "bbbb");
    CHECK(parts[1].BlockText(parts[1].blocks[1]) == "cccc");
    CHECK(parts[1].blocks[1].line == 7);
  }
  SUBCASE("a block longer than the limit is a part alone") {
    auto parts = kiji::SplitArticle(a, 2);
    REQUIRE(parts.size() == 4);
    CHECK(parts[2].text == "bbbb");
  }
}
