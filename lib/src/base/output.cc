#include "kiji/output.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "kiji/utf8.h"

namespace kiji {

namespace {

constexpr std::array<bool, 256> kTsvEscaped = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\\', '\t', '\n', '\r'}) t[c] = true;
  return t;
}();

bool NeedsTsvEscape(char c) { return kTsvEscaped[static_cast<unsigned char>(c)]; }

}  // namespace

void AppendTsvField(std::string_view field, std::string* out) {
  // Runs without an escape are appended whole: a byte at a time was a third
  // of writing tokenize's TSV.
  size_t i = 0;
  while (i < field.size()) {
    size_t j = i;
    while (j < field.size() && !NeedsTsvEscape(field[j])) ++j;
    out->append(field.data() + i, j - i);
    if (j == field.size()) break;
    const char c = field[j];
    out->push_back('\\');
    out->push_back(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
    i = j + 1;
  }
}

// True when one of the eight bytes of `w` is TAB, LF, CR or backslash (the
// usual has-zero-byte test on w XOR each of them; exact, no false hits).
bool WordNeedsTsvEscape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return ((x - kOnes) & ~x & kHighs) != 0; };
  return has_zero(w ^ (kOnes * '\t')) || has_zero(w ^ (kOnes * '\n')) ||
         has_zero(w ^ (kOnes * '\r')) || has_zero(w ^ (kOnes * '\\'));
}

char* WriteTsvField(std::string_view field, char* p) {
  const char* s = field.data();
  const char* const end = s + field.size();
  // Eight bytes at a time while none needs an escape (Japanese text never
  // does: its bytes are all >= 0x80); p has room for 2 * size bytes.
  while (end - s >= 8) {
    uint64_t w;
    std::memcpy(&w, s, 8);
    if (WordNeedsTsvEscape(w)) break;
    std::memcpy(p, &w, 8);
    s += 8;
    p += 8;
  }
  for (; s < end; ++s) {
    const char c = *s;
    if (NeedsTsvEscape(c)) [[unlikely]] {
      *p++ = '\\';
      *p++ = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    } else {
      *p++ = c;
    }
  }
  return p;
}

std::string UnescapeTsvField(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 1 < field.size()) {
      const char c = field[++i];
      out.push_back(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
    } else {
      out.push_back(field[i]);
    }
  }
  return out;
}

namespace {
// Eight bytes at a time (every kiji JSON writer runs this over each value):
// a byte below 0x20, a '"' or a '\\' in the word. The tests are the exact
// "has a byte below n" and "has a zero byte" bit tricks.
bool NeedsJsonEscape(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
  auto has_zero = [](uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  auto has_below_space = [](uint64_t v) { return ((v - kOnes * 0x20) & ~v & kHighs) != 0; };
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (has_below_space(w) || has_zero(w ^ (kOnes * '"')) || has_zero(w ^ (kOnes * '\\'))) {
      return true;
    }
  }
  return std::any_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
  });
}
}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  // Most strings need no escape: valid UTF-8 without control characters,
  // quotes or backslashes is written as it is, which is what nlohmann writes.
  if (!NeedsJsonEscape(s) && !FindInvalidUtf8(s).has_value()) {
    out->push_back('"');
    out->append(s);
    out->push_back('"');
    return;
  }
  // nlohmann's serializer does the escaping (control characters, quotes,
  // backslashes) and validates UTF-8; replace keeps output valid if a caller
  // ever passes a broken string.
  nlohmann::json j = std::string(s);
  out->append(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

bool AppendPlainJsonString(std::string_view s, std::string* out) {
  if (NeedsJsonEscape(s)) return false;
  out->push_back('"');
  out->append(s);
  out->push_back('"');
  return true;
}

void AppendCsvField(std::string_view field, std::string* out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace kiji
