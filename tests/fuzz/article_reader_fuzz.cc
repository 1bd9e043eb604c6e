// libFuzzer target: arbitrary bytes through the input checks and article
// parsers (LoadArticles: BOM, NUL, UTF-8, encodings, long lines, plain /
// livedoor / JSON Lines), then the normalizer and sentence splitter on every
// block, checking the invariants spans rely on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kiji/normalize.h"
#include "text/sentence.h"
#include "kiji/source.h"
#include "kiji/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  kiji::SourceOptions options;
  options.max_line_bytes = 4096;
  kiji::DiagnosticList diags;
  const std::string path = size > 0 && data[0] == '{' ? "f.jsonl" : "f.txt";
  for (const kiji::Article& a : kiji::LoadArticles(path, bytes, options, diags)) {
    if (kiji::FindInvalidUtf8(a.text)) std::abort();  // accepted text is valid
    for (const kiji::Block& b : a.blocks) {
      if (b.begin > b.end || b.end > a.text.size()) std::abort();
      kiji::NormalizedText n;
      kiji::Normalize(a.BlockText(b), &n);
      if (n.begin_of.size() != n.text.size() + 1) std::abort();
      for (size_t i = 0; i <= n.text.size(); ++i) {
        if (n.begin_of[i] > b.end - b.begin || n.end_of[i] > b.end - b.begin) std::abort();
      }
      for (const kiji::TextSpan& s : kiji::SplitSentences(n.text)) {
        if (s.begin >= s.end || s.end > n.text.size()) std::abort();
        if (n.OriginalBegin(s.begin) > n.OriginalEnd(s.end)) std::abort();
      }
    }
  }
  return 0;
}
