// libFuzzer target: kiji's dictionaries/ files on arbitrary bytes: the sector
// lexicon, and the four quote-lexicon lists (the same bytes as each list).
// Errors must name the file given.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"

namespace {
void ExpectNamed(const kiji::Status& s, const std::string& path) {
  if (!s.ok() && s.message().find(path) == std::string::npos) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto lexicon = kiji::SectorLexicon::Parse({{"sectors.tsv", text}});
  if (!lexicon.ok()) ExpectNamed(lexicon.status(), "sectors.tsv");
  kiji::QuoteLexiconTexts texts;
  texts.verbs = {"verbs.tsv", text};
  texts.statement_nouns = {"nouns.tsv", text};
  texts.honorifics = {"honorifics.tsv", text};
  texts.speaker_words = {"words.tsv", text};
  auto quotes = kiji::QuoteLexicon::Parse(texts);
  if (!quotes.ok() && quotes.status().message().find(".tsv") == std::string::npos) std::abort();
  return 0;
}
