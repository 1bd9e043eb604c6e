// Private to the analysis stage: the raw MeCab feature string of a Token.
//
// Downstream code reads Token's normalized fields (pos_class, traits,
// lemma); the raw string is dictionary-specific and only the MeCab adapter
// (which sets it) and the `-f mecab` token writer (which prints it) use it.
#ifndef KIJI_SRC_ANALYSIS_RAW_FEATURE_H_
#define KIJI_SRC_ANALYSIS_RAW_FEATURE_H_

#include <string_view>

#include "kiji/token.h"

namespace kiji::internal {

struct RawFeature {
  static std::string_view Of(const Token& t) { return t.feature_; }
  static std::string_view* Of(Token* t) { return &t->feature_; }
};

}  // namespace kiji::internal

#endif  // KIJI_SRC_ANALYSIS_RAW_FEATURE_H_
