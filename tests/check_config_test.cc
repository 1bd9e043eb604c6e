#include "kiji/check_config.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

TEST_CASE("a .kiji.toml sets levels and thresholds") {
  auto c = kiji::ParseCheckConfig(
      "[check]\nmax_title_chars = 80\nnear_duplicate_threshold = 0.9\n"
      "scraping_patterns = [\"foo\"]\nignore = [\"drafts/**\"]\n"
      "[check.rules]\n\"encoding/bom\" = \"error\"\n\"content/no-sector\" = \"off\"\n",
      "k.toml");
  REQUIRE(c.ok());
  CHECK(c->max_title_chars == 80);
  CHECK(c->near_duplicate_threshold == 0.9);
  CHECK(c->scraping_patterns == std::vector<std::string>{"foo"});
  CHECK(c->Level(kiji::RuleIndex::kBom) == kiji::CheckLevel::kError);
  CHECK_FALSE(c->On(kiji::RuleIndex::kNoSector));
  CHECK(c->Level(kiji::RuleIndex::kNfkc) == kiji::CheckLevel::kInfo);  // default kept
}

TEST_CASE("configuration errors name the file and line") {
  auto err = [](const char* toml) {
    auto c = kiji::ParseCheckConfig(toml, "k.toml");
    REQUIRE_FALSE(c.ok());
    return c.status().message();
  };
  CHECK(err("[check]\nmax_title_chars = -1\n") ==
        "k.toml:2: check.max_title_chars must be a non-negative integer");
  CHECK(err("[check]\n\n[check.rules]\n\"encoding/nope\" = \"off\"\n") ==
        "k.toml:4: unknown rule 'encoding/nope'");
  CHECK(err("[check]\nnear_duplicate_threshold = 1.5\n") ==
        "k.toml:2: check.near_duplicate_threshold must be a number from 0 to 1");
  CHECK(err("[check]\nfoo = 1\n") == "k.toml:2: unknown setting 'check.foo'");
  CHECK(err("[check]\nx = = 1\n").starts_with("k.toml:2: "));
}

TEST_CASE("the printed configuration reads back to the same configuration") {
  kiji::CheckConfig c;
  c.levels[0] = kiji::CheckLevel::kWarning;
  c.scraping_patterns.push_back("quote \" and \\ backslash");
  c.ignore = {"a/**"};
  const std::string printed = kiji::FormatCheckConfig(c);
  auto back = kiji::ParseCheckConfig(printed, "printed.toml");
  REQUIRE(back.ok());
  back->source.clear();
  CHECK(kiji::FormatCheckConfig(*back) == printed);
}

TEST_CASE("path globs and config discovery") {
  CHECK(kiji::PathGlobMatch("drafts/**", "drafts/a/b.txt"));
  CHECK(kiji::PathGlobMatch("**/*.jsonl", "x/y/z.jsonl"));
  CHECK(kiji::PathGlobMatch("**/*.jsonl", "z.jsonl"));
  CHECK_FALSE(kiji::PathGlobMatch("*.txt", "a/b.txt"));
  CHECK(kiji::PathGlobMatch("a/?.txt", "a/b.txt"));
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "kiji_config_find";
  fs::remove_all(dir);
  fs::create_directories(dir / "a/b");
  std::ofstream(dir / ".kiji.toml") << "[check]\n";
  auto found = kiji::FindCheckConfig((dir / "a/b").string());
  REQUIRE(found.has_value());
  CHECK(*found == (dir / ".kiji.toml").string());
  kiji::CheckConfig c;
  c.source = *found;
  c.ignore = {"a/**"};
  CHECK(kiji::IsIgnored(c, (dir / "a/b/x.txt").string()));
  CHECK_FALSE(kiji::IsIgnored(c, (dir / "x.txt").string()));
  fs::remove_all(dir);
}

// Found by check_config_fuzz: -0.0 printed as "-0" read back as the integer 0.
TEST_CASE("thresholds print as TOML floats that read back the same (-0.0, 1)") {
  for (const char* value : {"-0.0", "1", "0.5", "1e-3"}) {
    INFO(value);
    auto c = kiji::ParseCheckConfig(std::string("[check]\nnear_duplicate_threshold = ") + value +
                                        "\nmax_unknown_ratio = " + value + "\n",
                                    "a.toml");
    REQUIRE(c.ok());
    c->source.clear();
    const std::string printed = kiji::FormatCheckConfig(*c);
    auto back = kiji::ParseCheckConfig(printed, "printed.toml");
    REQUIRE(back.ok());
    back->source.clear();
    CHECK(kiji::FormatCheckConfig(*back) == printed);
  }
}
