#include "cache/document_codec.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>

#include "analysis/raw_feature.h"
#include "kiji/analyzer.h"
#include "kiji/article.h"

namespace {

constexpr const char* kText =
    "政府は２０２５年６月17日、新たな計画を発表した。\n\n"
    "「協力を進める」と外務省の報道官は述べた。Zhalyn氏もCGTNに語った。\n";

// What a surfaces-only decode restores of a token: surface, POS class,
// flags and spans.
void CheckSameSpans(const kiji::Token& x, const kiji::Token& y) {
  CHECK(x.surface == y.surface);
  CHECK(x.pos_class == y.pos_class);
  CHECK(x.unknown == y.unknown);
  CHECK(x.domain_term == y.domain_term);
  CHECK(x.sentence == y.sentence);
  CHECK(x.byte_begin == y.byte_begin);
  CHECK(x.byte_end == y.byte_end);
  CHECK(x.start == y.start);
  CHECK(x.end == y.end);
}

void CheckSame(const kiji::Document& a, const kiji::Document& b) {
  CHECK(a.normalized == b.normalized);
  REQUIRE(a.sentences.size() == b.sentences.size());
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const kiji::Sentence &x = a.sentences[i], &y = b.sentences[i];
    CHECK(x.kind == y.kind);
    CHECK(x.byte_begin == y.byte_begin);
    CHECK(x.byte_end == y.byte_end);
    CHECK(x.start == y.start);
    CHECK(x.end == y.end);
    CHECK(x.token_begin == y.token_begin);
    CHECK(x.token_end == y.token_end);
    CHECK(x.line == y.line);
  }
  REQUIRE(a.tokens.size() == b.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const kiji::Token &x = a.tokens[i], &y = b.tokens[i];
    CheckSameSpans(x, y);
    CHECK(x.lemma == y.lemma);
    CHECK(x.reading == y.reading);
    CHECK(x.pos == y.pos);
    CHECK(x.conj_type == y.conj_type);
    CHECK(x.conj_form == y.conj_form);
    CHECK(kiji::internal::RawFeature::Of(x) == kiji::internal::RawFeature::Of(y));
    CHECK(x.traits == y.traits);
    // Surfaces lie in the restored normalized text, as kwic expects.
    CHECK(y.surface.data() >= b.normalized.data());
    CHECK(y.surface.data() + y.surface.size() <= b.normalized.data() + b.normalized.size());
  }
}

// kText analyzed and encoded; the model stays alive, as the tokens' raw
// features view its dictionary, and the article stays put for the Document.
struct Sample {
  std::shared_ptr<const kiji::Model> model;
  kiji::Article article;
  kiji::Document doc;
  std::string bytes;
};

std::unique_ptr<Sample> EncodedSample() {
  auto s = std::make_unique<Sample>();
  auto model = kiji::Model::Open(kiji::ModelOptions{});
  REQUIRE(model.ok());
  s->model = *model;
  kiji::Analyzer analyzer(s->model);
  s->article = kiji::ParseTextArticle("t", "t.txt", kText);
  REQUIRE(analyzer.Analyze(s->article, &s->doc).ok());
  kiji::internal::EncodeDocument(s->doc, &s->bytes);
  return s;
}

}  // namespace

TEST_CASE("document codec: a Document round-trips with every field, and stays valid when moved") {
  const std::unique_ptr<Sample> sample = EncodedSample();
  const kiji::Article& article = sample->article;
  const kiji::Document& doc = sample->doc;
  const std::string& bytes = sample->bytes;
  REQUIRE(doc.tokens.size() > 10);
  kiji::Document back;
  REQUIRE(kiji::internal::DecodeDocument(bytes, article, kiji::TokenFields::kAll, &back));
  CheckSame(doc, back);
  kiji::Document moved = std::move(back);
  for (const kiji::Token& t : moved.tokens) CHECK(!t.lemma.empty());
  CHECK(moved.tokens[0].lemma == doc.tokens[0].lemma);
}

TEST_CASE("document codec: surfaces only gives the surfaces and spans, and nothing else") {
  const std::unique_ptr<Sample> sample = EncodedSample();
  const kiji::Article& article = sample->article;
  const kiji::Document& doc = sample->doc;
  const std::string& bytes = sample->bytes;
  kiji::Document back;
  REQUIRE(kiji::internal::DecodeDocument(bytes, article, kiji::TokenFields::kSurfaces, &back));
  REQUIRE(back.tokens.size() == doc.tokens.size());
  REQUIRE(back.sentences.size() == doc.sentences.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const kiji::Token &a = doc.tokens[i], &b = back.tokens[i];
    CheckSameSpans(a, b);
    CHECK(b.lemma.empty());  // not decoded
    CHECK(b.pos[0].empty());
  }
  CHECK(back.normalized == doc.normalized);
}

TEST_CASE("document codec: damaged or foreign bytes never decode, never read out of bounds") {
  const std::unique_ptr<Sample> sample = EncodedSample();
  const kiji::Article& article = sample->article;
  const std::string& bytes = sample->bytes;
  kiji::Document back;
  for (size_t n = 0; n < bytes.size(); n += 7) {
    const std::string_view cut = std::string_view(bytes).substr(0, n);
    CHECK_FALSE(kiji::internal::DecodeDocument(cut, article, kiji::TokenFields::kAll, &back));
    CHECK_FALSE(kiji::internal::DecodeDocument(cut, article, kiji::TokenFields::kSurfaces, &back));
  }
  std::string version = bytes;
  version[0] = static_cast<char>(version[0] + 1);
  CHECK_FALSE(kiji::internal::DecodeDocument(version, article, kiji::TokenFields::kAll, &back));
  CHECK_FALSE(kiji::internal::DecodeDocument(bytes + "x", article, kiji::TokenFields::kAll, &back));
  // Another article's key differs: a changed byte or block is another entry.
  kiji::Article other = kiji::ParseTextArticle("t", "t.txt", std::string(kText) + "。");
  CHECK_FALSE(kiji::internal::ArticleKey(other) == kiji::internal::ArticleKey(article));
}

TEST_CASE("document codec: a surface outside the normalized text or a reversed span never decodes") {
  // Found by tests/fuzz/document_codec_fuzz: one changed byte made a token's
  // surface a string of the table, which kwic would take an offset of.
  const std::unique_ptr<Sample> sample = EncodedSample();
  const kiji::Article& article = sample->article;
  kiji::Document back;
  SUBCASE("surface in the table") {
    kiji::Document& doc = sample->doc;  // the sample is made anew for each subcase
    const std::string elsewhere(doc.tokens[3].surface);
    doc.tokens[3].surface = elsewhere;
    std::string bytes;
    kiji::internal::EncodeDocument(doc, &bytes);
    CHECK_FALSE(kiji::internal::DecodeDocument(bytes, article, kiji::TokenFields::kAll, &back));
    CHECK_FALSE(kiji::internal::DecodeDocument(bytes, article, kiji::TokenFields::kSurfaces, &back));
  }
  SUBCASE("token ending before it starts") {
    kiji::Document& doc = sample->doc;  // the sample is made anew for each subcase
    REQUIRE(doc.tokens[3].end > 0);
    doc.tokens[3].start = doc.tokens[3].end + 1;
    std::string bytes;
    kiji::internal::EncodeDocument(doc, &bytes);
    CHECK_FALSE(kiji::internal::DecodeDocument(bytes, article, kiji::TokenFields::kAll, &back));
  }
  SUBCASE("sentence ending before it starts") {
    kiji::Document& doc = sample->doc;  // the sample is made anew for each subcase
    doc.sentences[0].start = doc.sentences[0].end + 1;
    std::string bytes;
    kiji::internal::EncodeDocument(doc, &bytes);
    CHECK_FALSE(kiji::internal::DecodeDocument(bytes, article, kiji::TokenFields::kAll, &back));
  }
  SUBCASE("the sample itself decodes (the cases above fail only for their change)") {
    CHECK(kiji::internal::DecodeDocument(sample->bytes, article, kiji::TokenFields::kAll, &back));
  }
}

TEST_CASE("document codec: a field section longer than the value never sizes its table") {
  // Found by document_codec_fuzz: the second section claims more bytes than
  // follow, and its number of field sets (huge) passed the check against
  // that claim, asking for a vector of 10^17 tokens.
  const unsigned char crash[] = {0x04, 0x00, 0x80, 0x00, 0x00, 0x00, 0x97, 0x97, 0x97, 0x97, 0x97,
                                 0x97, 0x97, 0x97, 0x3b, 0x97, 0x97, 0x97, 0x97, 0x97, 0x97, 0x64,
                                 0x04, 0x00, 0x04};
  const std::string_view bytes(reinterpret_cast<const char*>(crash), sizeof crash);
  auto s = EncodedSample();
  for (kiji::TokenFields f :
       {kiji::TokenFields::kAll, kiji::TokenFields::kSurfaces, kiji::TokenFields::kTerms}) {
    kiji::Document doc;
    CHECK_FALSE(kiji::internal::DecodeDocument(bytes, s->article, f, &doc));
  }
}

TEST_CASE("document codec: terms only gives lemmas and readings beside the surfaces") {
  auto s = EncodedSample();
  kiji::Document doc;
  REQUIRE(kiji::internal::DecodeDocument(s->bytes, s->article, kiji::TokenFields::kTerms, &doc));
  REQUIRE(doc.tokens.size() == s->doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    CheckSameSpans(s->doc.tokens[i], doc.tokens[i]);
    CHECK(doc.tokens[i].lemma == s->doc.tokens[i].lemma);
    CHECK(doc.tokens[i].reading == s->doc.tokens[i].reading);
    CHECK(doc.tokens[i].pos[0].empty());
  }
}
