#include "text/sentence.h"

#include "kiji/utf8.h"

namespace kiji {
namespace {

bool IsTerminator(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?';
}

// The closing bracket for an opening one, or 0.
char32_t Closer(char32_t c) {
  switch (c) {
    case U'「':
      return U'」';
    case U'『':
      return U'』';
    case U'(':
      return U')';
    case U'（':
      return U'）';
    case U'【':
      return U'】';
    case U'[':
      return U']';
    case U'〔':
      return U'〕';
    case U'“':
      return U'”';
    case U'《':
      return U'》';
    case U'〈':
      return U'〉';
    default:
      return 0;
  }
}

bool IsCloser(char32_t c) {
  switch (c) {
    case U'」':
    case U'』':
    case U')':
    case U'）':
    case U'】':
    case U']':
    case U'〕':
    case U'”':
    case U'》':
    case U'〉':
      return true;
    default:
      return false;
  }
}

// An ASCII ! or ? followed at once by an ASCII letter, digit or URL mark is
// part of a word or a URL (https://a.jp/?q=1, Yahoo!JAPAN), not an end.
bool InsideWord(std::string_view text, char32_t c, size_t next) {
  if ((c != U'!' && c != U'?') || next >= text.size()) return false;
  const char n = text[next];
  return (n >= '0' && n <= '9') || (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z') ||
         std::string_view("=&/%#_").find(n) != std::string_view::npos;
}

// A 。 ending a name (モーニング娘。の, モーニング娘。を) is followed at once by
// の or を, which never start a sentence (but のちに, "later", does), or by が
// that is not the sentence-initial conjunction (が、).
bool EndsName(std::string_view text, char32_t c, size_t next) {
  if (c != U'。' || next >= text.size()) return false;
  size_t after = next;
  const char32_t n = DecodeUtf8(text, &after);
  if (n != U'の' && n != U'を' && n != U'が') return false;
  if (after >= text.size()) return n == U'を';
  const char32_t m = DecodeUtf8(text, &after);
  if (n == U'の') return m != U'ち';
  if (n == U'を') return true;
  return m != U'、' && m != U',' && m != U'，' && !IsTerminator(m);
}

void Push(std::string_view text, size_t b, size_t e, std::vector<TextSpan>* out) {
  while (b < e) {
    size_t p = b;
    if (!IsInlineSpace(DecodeUtf8(text, &p))) break;
    b = p;
  }
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  while (e >= b + 3 && text.substr(e - 3, 3) == "\u3000") e -= 3;
  if (b < e) out->push_back({b, e});
}

std::vector<TextSpan> Split(std::string_view text, bool bracket_aware, bool* unbalanced) {
  std::vector<TextSpan> out;
  std::vector<char32_t> expected;  // stack of closers
  size_t start = 0, i = 0;
  *unbalanced = false;
  while (i < text.size()) {
    char32_t c = DecodeUtf8(text, &i);
    if (bracket_aware) {
      if (char32_t closer = Closer(c)) {
        expected.push_back(closer);
        continue;
      }
      if (IsCloser(c)) {
        // Pop to the matching opener; a stray closer is ignored.
        for (size_t k = expected.size(); k > 0; --k) {
          if (expected[k - 1] == c) {
            expected.resize(k - 1);
            break;
          }
        }
        continue;
      }
      if (!expected.empty()) continue;
    }
    if (!IsTerminator(c) || InsideWord(text, c, i) || EndsName(text, c, i)) continue;
    // Take following terminators and closing brackets with this sentence.
    size_t j = i;
    while (j < text.size()) {
      size_t k = j;
      char32_t d = DecodeUtf8(text, &k);
      if (!IsTerminator(d) && !IsCloser(d)) break;
      j = k;
    }
    Push(text, start, j, &out);
    start = i = j;
  }
  Push(text, start, text.size(), &out);
  *unbalanced = !expected.empty();
  return out;
}

}  // namespace

std::vector<TextSpan> SplitSentences(std::string_view text) {
  bool unbalanced = false;
  std::vector<TextSpan> spans = Split(text, /*bracket_aware=*/true, &unbalanced);
  if (unbalanced) spans = Split(text, /*bracket_aware=*/false, &unbalanced);
  return spans;
}

}  // namespace kiji
