// Bracket-aware sentence splitting of one block of normalized text.
//
// A sentence ends after 。 ！ ？ ! ? (and any closing brackets or quotes that
// follow), except inside 「…」『…』(…)【…】[…]〔…〕“…”: a 。 inside a quotation
// does not end the sentence around it. When a block has an opening bracket that
// never closes, brackets are ignored for that block so that one stray 「 cannot
// swallow a paragraph. Headings, titles and bullet items are never split (the
// analyzer does not call this for them). Pure and thread-safe.
//
//   auto spans = kiji::SplitSentences("彼は「行く。」と言った。次だ。");  // 2 spans
#ifndef KIJI_SRC_TEXT_SENTENCE_H_
#define KIJI_SRC_TEXT_SENTENCE_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace kiji {

struct TextSpan {
  size_t begin, end;  // bytes into the text given, half-open
};

/// Splits `text` into sentences; leading and trailing white space of each
/// sentence is dropped and empty sentences are not returned.
std::vector<TextSpan> SplitSentences(std::string_view text);

}  // namespace kiji

#endif  // KIJI_SRC_TEXT_SENTENCE_H_
