// The analysis of one article as bytes, for the analysis cache.
//
// EncodeDocument() writes everything downstream code reads from a Document:
// the normalized text, the sentences and every Token field with its spans
// and raw MeCab feature. Views into the normalized text are kept as offsets
// into it (kwic relies on surfaces lying there); every other string (lemma,
// reading, POS, conjugation, feature) is interned once per article. Numbers
// are LEB128 varints, token spans deltas from the previous token. The
// tokens' surfaces and spans come first, their other fields after, behind
// their byte length: the article's distinct sets of those fields once, then
// each token's index into them.
//
// DecodeDocument() rebuilds the Document for `article` with its own string
// storage (Document::strings); it checks every offset and count and returns
// false for bytes it did not write (another version, damage), never
// reading out of bounds.
#ifndef KIJI_SRC_CACHE_DOCUMENT_CODEC_H_
#define KIJI_SRC_CACHE_DOCUMENT_CODEC_H_

#include <string>
#include <string_view>

#include "kiji/analysis_cache.h"
#include "kiji/source.h"
#include "kiji/token.h"

namespace kiji::internal {

/// Appends the encoding of doc to *out.
void EncodeDocument(const Document& doc, std::string* out);

/// Fills *doc from bytes EncodeDocument wrote for an article with the same
/// text and blocks; false (and *doc unspecified) when the bytes do not decode.
/// With TokenFields::kSurfaces the tokens get only their surface, POS class,
/// flags and spans (the rest of their bytes is skipped, not checked); with
/// TokenFields::kTerms also their lemma and reading.
bool DecodeDocument(std::string_view bytes, const Article& article, TokenFields fields,
                    Document* doc);

/// The cache key of an article's analysis input: XXH3-128 of its text and
/// block layout (kinds, offsets, lines), all that Analyzer::Analyze reads.
ContentKey ArticleKey(const Article& article);

}  // namespace kiji::internal

#endif  // KIJI_SRC_CACHE_DOCUMENT_CODEC_H_
