#include "kiji/cached_output.h"

#include <doctest/doctest.h>

#include <string>

namespace {

using kiji::internal::DecodeArticleOutput;
using kiji::internal::EncodeArticleOutput;
using kiji::internal::kArticleIdMarker;
constexpr std::string_view M = kArticleIdMarker;

// An output naming its article twice, as a writer would for id `id`.
std::string Output(std::string_view id, std::string_view text) {
  return std::string(id) + "\ttrade\t" + std::string(text) + "\n" + std::string(id) + "\thealth\n";
}

}  // namespace

TEST_CASE("cached output: the id is held out and put back, for another id too") {
  const std::string marker = Output(kArticleIdMarker, "貿易");
  std::string value;
  REQUIRE(EncodeArticleOutput(marker, Output("a/1.txt", "貿易"), M, "a/1.txt", &value));
  std::string out = "before\n";
  REQUIRE(DecodeArticleOutput(value, M, "a/1.txt", &out));
  CHECK(out == "before\n" + Output("a/1.txt", "貿易"));
  out.clear();
  REQUIRE(DecodeArticleOutput(value, M, "b/copy.txt", &out));
  CHECK(out == Output("b/copy.txt", "貿易"));

  // An empty output (nothing tagged) is kept too.
  REQUIRE(EncodeArticleOutput("", "", M, "a/1.txt", &value));
  out.clear();
  REQUIRE(DecodeArticleOutput(value, M, "x", &out));
  CHECK(out.empty());
}

TEST_CASE("cached output: not kept when the marker does not stand for the id's places") {
  std::string value = "stale";
  // The article's own text holds the marker.
  const std::string text = "「" + std::string(kArticleIdMarker) + "」";
  CHECK_FALSE(EncodeArticleOutput(Output(M, text), Output("a", text), M, "a", &value));
  CHECK(value.empty());
  // The id was written otherwise than the marker (a writer that escapes it).
  CHECK_FALSE(EncodeArticleOutput(Output(M, ""), Output("a\\tb", ""), M, "a\tb", &value));
  CHECK(value.empty());
}

TEST_CASE("cached output: foreign, empty or cut bytes never decode") {
  std::string value;
  REQUIRE(EncodeArticleOutput(Output(M, "x"), Output("a", "x"), M, "a", &value));
  // A writer that quotes ids: the marker is replaced as it was written.
  std::string quoted;
  REQUIRE(EncodeArticleOutput("{\"" + std::string(M) + "\"}", "{\"a\"}", "\"" + std::string(M) + "\"",
                              "\"a\"", &quoted));
  std::string out;
  CHECK_FALSE(DecodeArticleOutput("", M, "a", &out));
  for (size_t n = 0; n < 14; ++n) CHECK_FALSE(DecodeArticleOutput(value.substr(0, n), M, "a", &out));
  std::string other = value;
  other[5] = 'X';
  CHECK_FALSE(DecodeArticleOutput(other, M, "a", &out));
  CHECK_FALSE(DecodeArticleOutput("kiji-output 2\nx", M, "a", &out));
  CHECK(out.empty());
  REQUIRE(DecodeArticleOutput(quoted, "\"" + std::string(M) + "\"", "\"b\"", &out));
  CHECK(out == "{\"b\"}");
}
