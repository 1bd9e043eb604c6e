// The token writers on a Document built by hand (no MeCab): exact bytes of
// each format, escaping, and the TSV header's field count.
#include "kiji/token_writer.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "analysis/raw_feature.h"
#include "kiji/article.h"
#include "kiji/output.h"
#include "kiji/row_writer.h"
#include "kiji/utf8.h"

namespace {

// "猫\tが" as two tokens of one sentence: 猫 and a TAB-containing token.
struct Fixture {
  kiji::Article article = kiji::ParseTextArticle("id\t1", "a.txt", "猫\tが\n");
  kiji::Document doc;

  Fixture() {
    doc.article = &article;
    doc.normalized = "猫\tが";
    kiji::Sentence s;
    s.byte_begin = 0;
    s.byte_end = 7;
    s.start = 0;
    s.end = 3;
    s.token_begin = 0;
    s.token_end = 2;
    doc.sentences.push_back(s);
    Add(0, 3, 0, 1, "猫", kiji::PosClass::kNoun, "名詞,一般,*,*,*,*,猫,ネコ,ネコ");
    Add(3, 7, 1, 3, "\tが", kiji::PosClass::kParticle, "助詞,格助詞,一般,*,*,*,が,ガ,ガ");
  }
  void Add(uint32_t b, uint32_t e, uint32_t start, uint32_t end, std::string_view surface,
           kiji::PosClass pos, std::string_view feature) {
    kiji::Token t;
    t.surface = surface;
    t.lemma = surface;
    t.pos_class = pos;
    t.byte_begin = b;
    t.byte_end = e;
    t.start = start;
    t.end = end;
    *kiji::internal::RawFeature::Of(&t) = feature;
    doc.tokens.push_back(t);
  }
  std::string Write(kiji::TokenFormat f) const {
    std::string out;
    kiji::AppendTokens(doc, f, &out);
    return out;
  }
};

size_t Fields(std::string_view line) {
  size_t n = 1;
  for (char c : line) n += c == '\t';
  return n;
}

}  // namespace

TEST_CASE("mecab format: surface, TAB, the raw feature, EOS after each sentence") {
  Fixture f;
  CHECK(f.Write(kiji::TokenFormat::kMecab) ==
        "猫\t名詞,一般,*,*,*,*,猫,ネコ,ネコ\n\tが\t助詞,格助詞,一般,*,*,*,が,ガ,ガ\nEOS\n");
}

TEST_CASE("wakati format: normalized surfaces separated by spaces, one sentence per line") {
  Fixture f;
  CHECK(f.Write(kiji::TokenFormat::kWakati) == "猫 \tが\n");
}

TEST_CASE("tsv format: escaped fields, as many as the header names") {
  Fixture f;
  const std::string out = f.Write(kiji::TokenFormat::kTsv);
  const std::string header = kiji::TokenHeader(kiji::TokenFormat::kTsv);
  CHECK(out.find("id\\t1\t0\t0\t猫\t猫\t猫\t\tnoun\t") == 0);
  CHECK(out.find("\\tが\t\\tが\t\\tが\t") != std::string::npos);  // TAB escaped, never raw
  size_t lines = 0;
  for (size_t pos = 0; pos < out.size(); ++lines) {
    size_t nl = out.find('\n', pos);
    REQUIRE(nl != std::string::npos);
    CHECK(Fields(std::string_view(out).substr(pos, nl - pos)) ==
          Fields(std::string_view(header).substr(0, header.size() - 1)));
    pos = nl + 1;
  }
  CHECK(lines == 2);
}

TEST_CASE("tsv rows are byte for byte the generic row writer's") {
  // AppendTokens writes TSV straight into a sized buffer; the row writer is
  // the reference for the bytes (escapes in the id, surface and fields).
  Fixture f;
  f.doc.tokens[1].reading = "ガ\\";
  f.doc.tokens[1].pos = {"助詞", "格助詞", "", "\r"};
  f.doc.tokens[1].conj_form = "\n";
  f.doc.tokens[1].unknown = true;
  kiji::RowWriter w({kiji::RowFormat::kTsv, false}, std::vector<std::string>(17, "c"));
  std::string expected;
  size_t index = 0;
  for (const kiji::Token& t : f.doc.tokens) {
    w.Str(f.article.id).Int(0).Int(index++).Str(f.doc.OriginalText(t)).Str(t.surface);
    w.Str(t.lemma).Str(t.reading).Str(kiji::PosClassName(t.pos_class));
    for (std::string_view p : t.pos) w.Str(p);
    w.Str(t.conj_type).Str(t.conj_form).Bool(t.unknown).Int(t.start).Int(t.end).End(&expected);
  }
  CHECK(f.Write(kiji::TokenFormat::kTsv) == expected);
}

TEST_CASE("csv format: the TSV columns, quoted where RFC 4180 asks, with a header") {
  Fixture f;
  CHECK(kiji::TokenHeader(kiji::TokenFormat::kCsv).find("article,sentence,token,surface,") == 0);
  CHECK(kiji::TokenHeader(kiji::TokenFormat::kJsonl).empty());
  CHECK(kiji::TokenHeader(kiji::TokenFormat::kMecab).empty());
  const std::string out = f.Write(kiji::TokenFormat::kCsv);
  CHECK(out.find("id\t1,0,0,猫,猫,猫,,noun,") == 0);  // a TAB needs no quotes in CSV
  CHECK(out.find(",\tが,\tが,\tが,") != std::string::npos);
}

TEST_CASE("jsonl format: one valid JSON record per article with original and normalized forms") {
  Fixture f;
  const std::string out = f.Write(kiji::TokenFormat::kJsonl);
  REQUIRE(out.back() == '\n');
  auto j = nlohmann::json::parse(out);
  CHECK(j["article"] == "id\t1");
  REQUIRE(j["sentences"].size() == 1);
  const auto& tokens = j["sentences"][0]["tokens"];
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[1]["surface"] == "\tが");
  CHECK(tokens[1]["pos_class"] == "particle");
  CHECK(tokens[1]["start"] == 1);
  CHECK(tokens[1]["end"] == 3);
}

TEST_CASE("jsonl: a broken UTF-8 field is replaced as AppendJsonString replaces it") {
  // The record is written fast and checked once; a broken sequence (a
  // user dictionary's lemma, say) sends it through the checking writer.
  Fixture f;
  const std::string broken = "\xE3\x81";
  f.doc.tokens[0].lemma = broken;
  const std::string out = f.Write(kiji::TokenFormat::kJsonl);
  CHECK_FALSE(kiji::FindInvalidUtf8(out).has_value());
  std::string lemma;
  kiji::AppendJsonString(broken, &lemma);
  CHECK(out.find(",\"lemma\":" + lemma + ",") != std::string::npos);
  CHECK(out.find("{\"surface\":\"\\tが\",") != std::string::npos);  // escapes kept
  CHECK(std::count(out.begin(), out.end(), '\n') == 1);         // written once
  CHECK_NOTHROW(nlohmann::json::parse(out));
}

TEST_CASE("format names parse and unknown names are refused") {
  kiji::TokenFormat f;
  CHECK(kiji::ParseTokenFormat("wakati", &f));
  CHECK(f == kiji::TokenFormat::kWakati);
  CHECK(kiji::ParseTokenFormat("jsonl", &f));
  CHECK(f == kiji::TokenFormat::kJsonl);
  CHECK_FALSE(kiji::ParseTokenFormat("json", &f));
}
