// libFuzzer target: the domain-terms parser on arbitrary bytes, and, when it
// accepts them, the term search on the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiji/domain_terms.h"
#include "kiji/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto terms = kiji::DomainTerms::Parse(text, "fuzz.tsv");
  if (!terms.ok()) {
    if (terms.status().message().rfind("fuzz.tsv:", 0) != 0) std::abort();  // FILE:LINE
    return 0;
  }
  if (kiji::FindInvalidUtf8(text)) return 0;
  size_t last_end = 0;
  for (const auto& m : terms->FindAll(text)) {
    if (m.begin < last_end || m.end <= m.begin || m.end > text.size()) std::abort();
    last_end = m.end;
  }
  return 0;
}
