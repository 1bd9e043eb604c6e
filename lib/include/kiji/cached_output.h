// A per-article result that is the article's output itself: for commands
// whose output of an article depends only on its analysis and the
// command's options (`kiji sectors`, `kiji speakers`), the analysis cache
// keeps the bytes written for the article, with the article's id left out,
// and a warm run copies them back with the id of the article at hand (two
// files with the same text have the same cache key but their own ids).
//
//   kiji::CachedArticleResult r = kiji::CachedArticleOutput(
//       "sectors-output", config,
//       [&](const kiji::Document& doc, std::string_view id, std::string* out) {
//         kiji::AppendArticleSectors(doc, id, lexicon, kiji::TagSectors(doc, lexicon, tag),
//                                    write, out);
//       },
//       [&](std::string_view id, std::string* out) {
//         kiji::AppendSectorArticleId(write.format, id, out);
//       });
#ifndef KIJI_CACHED_OUTPUT_H_
#define KIJI_CACHED_OUTPUT_H_

#include <functional>
#include <string>
#include <string_view>

#include "kiji/corpus.h"
#include "kiji/token.h"

namespace kiji {

/// Appends the output of an analyzed article, naming it `id`. Called on
/// worker threads: thread-safe.
using AppendArticleOutput =
    std::function<void(const Document& doc, std::string_view id, std::string* out)>;
/// Appends `id` as the output function writes it (escaped or quoted).
using AppendArticleId = std::function<void(std::string_view id, std::string* out)>;

/// A CachedArticleResult of kind `kind` whose value is what `append` writes
/// for the article, its id held out. `config` must name everything the
/// output depends on besides the analysis (format, options, data files'
/// fingerprints). An output that cannot be held so (the article's own text
/// holds the marker used for the id) is not kept: such an article is
/// analyzed again on every run, with the same output.
CachedArticleResult CachedArticleOutput(std::string kind, std::string config,
                                        AppendArticleOutput append, AppendArticleId append_id);

namespace internal {

/// The value kept for an output `with_marker` (the output written for the
/// id kArticleIdMarker, which the writer writes `marker`) when it is
/// `with_id` for an id the writer writes `id`: false, with *value empty,
/// when `marker` does not stand for exactly the places of the id.
bool EncodeArticleOutput(std::string_view with_marker, std::string_view with_id,
                         std::string_view marker, std::string_view id, std::string* value);
/// Appends the output a value stands for, with each `marker` written `id`;
/// false, with nothing appended, for bytes that EncodeArticleOutput did not
/// make.
bool DecodeArticleOutput(std::string_view value, std::string_view marker, std::string_view id,
                         std::string* out);

/// The id an output is written for to find where the id goes: bytes that no
/// writer escapes and no article or data file holds.
inline constexpr std::string_view kArticleIdMarker = "\x7Fkiji:article-id\x7F";

}  // namespace internal
}  // namespace kiji

#endif  // KIJI_CACHED_OUTPUT_H_
