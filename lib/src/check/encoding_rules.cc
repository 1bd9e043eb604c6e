// encoding/*: rules on a file's raw bytes.
#include <fmt/format.h>

#include <algorithm>

#include "check/file_check.h"
#include "kiji/utf8.h"
#include "text/icu_text.h"

namespace kiji::internal {
namespace {

// A UTF-16 file without BOM: at least this share of its even (or odd) bytes
// is NUL, which Japanese or ASCII text in UTF-8 never has.
constexpr double kUtf16NulShare = 0.3;

// Minimum confidence of ICU's detector before an encoding is named.
constexpr int kMinCharsetConfidence = 50;

std::optional<std::string> Utf16Kind(std::string_view b) {
  if (b.starts_with("\xFF\xFE")) return "UTF-16LE (byte order mark FF FE)";
  if (b.starts_with("\xFE\xFF")) return "UTF-16BE (byte order mark FE FF)";
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < b.size(); ++i) (i % 2 ? odd : even) += b[i] == '\0';
  const double half = static_cast<double>(b.size()) / 2;
  if (b.size() >= 4 && odd >= kUtf16NulShare * half) return "UTF-16LE";
  if (b.size() >= 4 && even >= kUtf16NulShare * half) return "UTF-16BE";
  return std::nullopt;
}

// Shift_JIS or EUC-JP when the bytes look like one of them, else empty.
std::string LegacyJapanese(std::string_view bytes) {
  if (auto guess = DetectCharset(bytes); guess && guess->confidence >= kMinCharsetConfidence) {
    if (guess->name == "Shift_JIS" || guess->name == "EUC-JP") return guess->name;
  }
  const bool sjis = ConvertToUtf8(bytes, "shift_jis").ok();
  const bool euc = ConvertToUtf8(bytes, "euc-jp").ok();
  if (sjis != euc) return sjis ? "Shift_JIS" : "EUC-JP";
  return "";
}

bool IsControl(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

// A character that a UTF-8 continuation byte (80-BF) becomes when read as
// Latin-1 or windows-1252.
bool IsLatinContinuation(char32_t c) {
  static constexpr char32_t kCp1252[] = {
      U'€', U'‚', U'ƒ', U'„', U'…', U'†', U'‡', U'ˆ', U'‰', U'Š', U'‹', U'Œ', U'Ž', U'‘',
      U'’', U'“', U'”', U'•', U'–', U'—', U'˜', U'™', U'š', U'›', U'œ', U'ž', U'Ÿ', U'\uFFFD'};
  return (c >= 0x80 && c <= 0xBF) ||
         std::find(std::begin(kCp1252), std::end(kCp1252), c) != std::end(kCp1252);
}

// Kanji that UTF-8 hiragana and katakana (E3 81-83 ..) become when read as
// CP932: 縺 繧 繝, and rarely anything else in real text.
bool IsCp932Mojibake(char32_t c) { return c == U'縺' || c == U'繧' || c == U'繝'; }

// Scans the code points of valid UTF-8: controls, U+FFFD and mojibake, at
// most one finding of each rule per line.
void ScanCharacters(std::string_view b, FindingSink& sink) {
  size_t pos = 0;
  uint32_t line = 1;
  uint32_t reported_control = 0, reported_fffd = 0, reported_mojibake = 0;
  std::vector<std::pair<size_t, char32_t>> window;  // the last 3 characters
  size_t last_cp932 = std::string_view::npos;
  while (pos < b.size()) {
    const size_t at = pos;
    const char32_t c = DecodeUtf8(b, &pos);
    if (c == '\n') {
      ++line;
      window.clear();
      last_cp932 = std::string_view::npos;
      continue;
    }
    if (IsControl(c) && reported_control != line) {
      reported_control = line;
      sink.Add(RuleIndex::kControlCharacter, at, pos,
               c == 0 ? fmt::format("NUL byte at byte {} (a binary file?)", at)
                      : fmt::format("control character U+{:04X}", static_cast<uint32_t>(c)));
    }
    if (c == 0xFFFD && reported_fffd != line) {
      reported_fffd = line;
      sink.Add(RuleIndex::kReplacementCharacter, at, pos,
               "U+FFFD replacement character: text was lost in a wrong decoding");
    }
    window.emplace_back(at, c);
    if (window.size() > 3) window.erase(window.begin());
    if (reported_mojibake != line && window.size() == 3 && window[0].second >= 0xE3 &&
        window[0].second <= 0xE9 && IsLatinContinuation(window[1].second) &&
        IsLatinContinuation(window[2].second)) {
      reported_mojibake = line;
      sink.Add(RuleIndex::kMojibake, window[0].first, pos,
               fmt::format("mojibake '{}': UTF-8 read as Latin-1",
                           Snippet(b.substr(window[0].first, pos - window[0].first))));
    }
    if (IsCp932Mojibake(c)) {
      if (last_cp932 != std::string_view::npos && at - last_cp932 <= 8 * 3 &&
          reported_mojibake != line) {
        reported_mojibake = line;
        sink.Add(RuleIndex::kMojibake, last_cp932, pos,
                 fmt::format("mojibake '{}': UTF-8 read as CP932",
                             Snippet(b.substr(last_cp932, pos - last_cp932))));
      }
      last_cp932 = at;
    }
  }
}

void ReportLoneCr(std::string_view b, FindingSink& sink) {
  size_t first = std::string_view::npos, count = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    if (b[i] == '\r' && (i + 1 == b.size() || b[i + 1] != '\n')) {
      if (count++ == 0) first = i;
    }
  }
  if (count > 0) {
    sink.Add(RuleIndex::kLoneCr, first, first + 1,
             fmt::format("carriage return without line feed ({} in the file)", count));
  }
}

}  // namespace

bool CheckEncoding(std::string_view b, bool json_lines, FindingSink& sink) {
  if (auto utf16 = Utf16Kind(b)) {
    sink.AddLine(RuleIndex::kLegacyEncoding, 0, "file is " + *utf16 + ", not UTF-8");
    return false;
  }
  const bool bom = b.starts_with("\xEF\xBB\xBF");
  if (bom) sink.Add(RuleIndex::kBom, 0, 3, "UTF-8 byte order mark at the start of the file");
  const size_t esc = std::min(b.find("\x1b$B"), b.find("\x1b$@"));
  if (esc != std::string_view::npos) {
    sink.Add(RuleIndex::kLegacyEncoding, esc, esc + 3,
             fmt::format("file is ISO-2022-JP (escape sequence at byte {}), not UTF-8", esc));
    return false;
  }
  if (std::optional<size_t> bad = FindInvalidUtf8(b)) {
    const std::string legacy = LegacyJapanese(b);
    if (!legacy.empty()) {
      sink.Add(RuleIndex::kLegacyEncoding, *bad, *bad + 1,
               fmt::format("file is {}, not UTF-8 (first non-UTF-8 byte at {})", legacy, *bad));
    } else {
      sink.Add(RuleIndex::kInvalidUtf8, *bad, *bad + 1,
               fmt::format("invalid UTF-8 at byte {} (0x{:02X})", *bad,
                           static_cast<unsigned char>(b[*bad])));
    }
    return false;
  }
  ScanCharacters(b, sink);
  ReportLoneCr(b, sink);
  // A NUL makes the reader skip the whole file; JSON Lines skip the record.
  return json_lines || b.find('\0') == std::string_view::npos;
}

}  // namespace kiji::internal
