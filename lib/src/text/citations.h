// Where the source list at the end of a paragraph starts.
//
// Wikinews bodies are one line: the report, then its sources
// ("『タイ金融市場が再開』。日本経済新聞、2006年9月21日。"), then boxes of
// recent articles and external links, all run together. The article reader
// cuts such a paragraph in two and marks the tail as a reference block.
#ifndef KIJI_SRC_TEXT_CITATIONS_H_
#define KIJI_SRC_TEXT_CITATIONS_H_

#include <cstddef>
#include <string_view>

namespace kiji {

/// The byte offset in `paragraph` where its citation tail starts, or npos:
/// the first citation 『TITLE』。PUBLISHER、YYYY年M月D日。 (ASCII "TITLE" too,
/// 閲覧 after the date allowed), counted from the 。 before its title; or the
/// first inline 最近の記事 / 外部リンク / 情報源: box, whichever comes first.
size_t CitationTail(std::string_view paragraph);

}  // namespace kiji

#endif  // KIJI_SRC_TEXT_CITATIONS_H_
