// libFuzzer target: the whole analysis chain on arbitrary bytes: input checks,
// article parsers, normalization, sentences, domain terms and MeCab (the
// Debian IPADIC; libmecab itself is not instrumented, so this is a crash and
// sanitizer test of our side), then the token writer. Every token's spans must
// lie inside the article's text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "kiji/analyzer.h"
#include "kiji/source.h"
#include "kiji/token_writer.h"

namespace {
std::shared_ptr<const kiji::Model> g_model;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kiji::ModelOptions options;  // ipadic, no domain terms
  auto model = kiji::Model::Open(options);
  if (!model.ok()) std::abort();
  g_model = *model;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kiji::Analyzer analyzer(g_model);
  std::string bytes(reinterpret_cast<const char*>(data), size);
  kiji::DiagnosticList diags;
  const std::string path = size > 0 && data[0] == '{' ? "f.jsonl" : "f.txt";
  kiji::Document doc;
  for (const kiji::Article& a : kiji::LoadArticles(path, bytes, {}, diags)) {
    if (!analyzer.Analyze(a, &doc).ok()) continue;
    for (const kiji::Token& t : doc.tokens) {
      if (t.byte_begin > t.byte_end || t.byte_end > a.text.size()) std::abort();
      if (t.start > t.end) std::abort();
    }
    std::string out;
    kiji::AppendTokens(doc, kiji::TokenFormat::kJsonl, &out);
  }
  return 0;
}
