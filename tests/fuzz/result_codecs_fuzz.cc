// libFuzzer target: the decoders of the per-article results kept in the
// analysis cache beside analyses: the report's summaries
// (src/report/summary_codec.h) and the term counts of `kiji stats`
// (src/stats/article_terms.h). The input is a value on its own; whatever
// decodes must encode and decode again to the same thing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiji/lexicon.h"
#include "report/summary_codec.h"
#include "stats/article_terms.h"

namespace {

kiji::SectorLexicon* g_lexicon = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto r = kiji::SectorLexicon::Parse({{"t.tsv",
                                        "@sector\ttrade\t貿易\tTrade\tt\n"
                                        "@sector\tsecurity\t安全保障\tSecurity\ts\n"
                                        "@offtopic\tsports\tスポーツ\tSports\tm\n"
                                        "trade\t貿易\t2\n"
                                        "security\t安全\t1\n"
                                        "sports\t試合\t2\n"}});
  if (!r.ok()) std::abort();
  g_lexicon = new kiji::SectorLexicon(std::move(r).value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Both decoders on the bytes, and on them behind the version byte (so
  // the fuzzer need not find it).
  for (const std::string& value : {std::string(bytes), "\x01" + std::string(bytes)}) {
    kiji::report::ArticleSummary s;
    if (kiji::report::DecodeSummary(value, *g_lexicon, &s)) {
      std::string again;
      kiji::report::EncodeSummary(s, &again);
      kiji::report::ArticleSummary second;
      if (!kiji::report::DecodeSummary(again, *g_lexicon, &second)) std::abort();
      if (second.record.terms != s.record.terms || second.sectors != s.sectors) std::abort();
    }
    kiji::internal::ArticleTerms t;
    if (kiji::internal::DecodeArticleTerms(value, &t)) {
      std::string again;
      kiji::internal::EncodeArticleTerms(t, &again);
      kiji::internal::ArticleTerms second;
      if (!kiji::internal::DecodeArticleTerms(again, &second)) std::abort();
      if (second.terms != t.terms || second.unigrams != t.unigrams) std::abort();
    }
  }
  return 0;
}
