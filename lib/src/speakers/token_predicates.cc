#include "speakers/token_predicates.h"

#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

bool IsIdeograph(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

}  // namespace

bool IsKatakanaOrLatin(std::string_view s) {
  if (s.empty()) return false;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    bool kata = (c >= 0x30A0 && c <= 0x30FF) || c == 0x30FC;
    bool latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '.';
    if (!kata && !latin) return false;
  }
  return true;
}

bool IsKanji(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (!IsIdeograph(DecodeUtf8(s, &pos))) return false;
  }
  return !s.empty();
}

bool IsOneKanji(const Token& t) { return CountCodePoints(t.surface) == 1 && IsKanji(t.surface); }

bool HasLetter(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x3041 && c <= 0x30FA) ||
        IsIdeograph(c) || c == 0x3005) {
      return true;
    }
  }
  return false;
}

}  // namespace kiji::internal
