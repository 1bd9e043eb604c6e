// libFuzzer target: the analysis cache's document decoder (DecodeDocument,
// src/cache/document_codec.h) on damaged values. The input is used twice:
// as a value on its own, and as edits of a real value (an analyzed article
// encoded at start-up): the first two bytes cut it, each further three
// bytes overwrite one byte (position, value), so the fuzzer explores values
// that are almost right. Whatever decodes must be a Document whose spans
// and views lie inside its article and normalized text (or its strings),
// and must encode and decode again; with every TokenFields.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "cache/document_codec.h"
#include "kiji/analyzer.h"
#include "kiji/article.h"

namespace {

constexpr const char* kText =
    "政府は２０２５年６月17日、新たな計画を発表した。\n\n"
    "「協力を進める」と外務省の報道官は述べた。Zhalyn氏もCGTNに語った。\n";

struct Sample {
  std::shared_ptr<const kiji::Model> model;
  kiji::Article article;
  std::string bytes;
};
Sample* g_sample = nullptr;

bool Inside(std::string_view part, std::string_view whole) {
  return part.empty() ||
         (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

void CheckDocument(const kiji::Document& doc, const kiji::Article& a) {
  for (const kiji::Token& t : doc.tokens) {
    if (t.byte_begin > t.byte_end || t.byte_end > a.text.size()) std::abort();
    if (t.start > t.end) std::abort();
    if (!Inside(t.surface, doc.normalized)) std::abort();
  }
  for (const kiji::Sentence& s : doc.sentences) {
    if (s.token_begin > s.token_end || s.token_end > doc.tokens.size()) std::abort();
    if (s.byte_begin > s.byte_end || s.byte_end > a.text.size()) std::abort();
  }
}

void Decode(std::string_view bytes, const kiji::Article& a) {
  for (kiji::TokenFields fields :
       {kiji::TokenFields::kAll, kiji::TokenFields::kSurfaces, kiji::TokenFields::kTerms}) {
    kiji::Document doc;
    if (!kiji::internal::DecodeDocument(bytes, a, fields, &doc)) continue;
    CheckDocument(doc, a);
    // Lemmas and readings view the normalized text or the decoded strings.
    const std::string_view strings = doc.strings ? std::string_view(*doc.strings) : "";
    for (const kiji::Token& t : doc.tokens) {
      for (std::string_view f : {t.lemma, t.reading}) {
        if (!Inside(f, doc.normalized) && !Inside(f, strings)) std::abort();
      }
    }
    if (fields != kiji::TokenFields::kAll) continue;
    std::string again;
    kiji::internal::EncodeDocument(doc, &again);
    kiji::Document second;
    if (!kiji::internal::DecodeDocument(again, a, fields, &second)) std::abort();
    if (second.tokens.size() != doc.tokens.size()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto model = kiji::Model::Open(kiji::ModelOptions{});  // ipadic, no domain terms
  if (!model.ok()) std::abort();
  g_sample = new Sample{*model, kiji::ParseTextArticle("t", "t.txt", kText), {}};
  kiji::Analyzer analyzer(g_sample->model);
  kiji::Document doc;
  if (!analyzer.Analyze(g_sample->article, &doc).ok()) std::abort();
  kiji::internal::EncodeDocument(doc, &g_sample->bytes);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const kiji::Article& a = g_sample->article;
  Decode(std::string_view(reinterpret_cast<const char*>(data), size), a);
  std::string edited = g_sample->bytes;
  if (size >= 2) edited.resize(std::min<size_t>(edited.size(), data[0] | size_t(data[1]) << 8));
  for (size_t i = 2; i + 3 <= size && !edited.empty(); i += 3) {
    edited[(data[i] | size_t(data[i + 1]) << 8) % edited.size()] = char(data[i + 2]);
  }
  Decode(edited, a);
  return 0;
}
