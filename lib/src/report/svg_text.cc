#include "report/svg_text.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

#include "kiji/utf8.h"

namespace kiji::internal {
namespace {

bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
}

double CharWidthEm(char32_t c) {
  if (IsWide(c)) return 1.0;
  if (c >= 0xFF61 && c <= 0xFF9F) return 0.5;
  return 0.6;
}

constexpr double kEllipsisEm = 1.0;  // "…" is full width in Japanese fonts

}  // namespace

void AppendXmlEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out->push_back(c);
    }
  }
}

std::string XmlEscaped(std::string_view text) {
  std::string out;
  AppendXmlEscaped(text, &out);
  return out;
}

double TextWidthEm(std::string_view text) {
  double em = 0;
  for (size_t pos = 0; pos < text.size();) em += CharWidthEm(DecodeUtf8(text, &pos));
  return em;
}

std::string TruncateToWidth(std::string_view text, double max_em) {
  if (TextWidthEm(text) <= max_em) return std::string(text);
  double em = kEllipsisEm;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    em += CharWidthEm(DecodeUtf8(text, &next));
    if (em > max_em) break;
    pos = next;
  }
  return std::string(text.substr(0, pos)) + "…";
}

std::string FormatCoord(double v) {
  double rounded = std::round(v * 10) / 10;
  if (rounded == 0) rounded = 0;  // -0.0 prints as "-0.0"
  return fmt::format("{:.1f}", rounded);
}

std::string SvgOpen(double width, double height, std::string_view css_class,
                    std::string_view label) {
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {}\" viewBox=\"0 0 {} {}\" "
      "width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"",
      css_class, FormatCoord(width), FormatCoord(height), FormatCoord(width), FormatCoord(height));
  AppendXmlEscaped(label, &out);
  out += "\"><title>";
  AppendXmlEscaped(label, &out);
  out += "</title>\n";
  return out;
}

std::string FormatValue(double v) {
  if (std::nearbyint(v) == v && std::fabs(v) < 1e15) {
    return fmt::format("{}", static_cast<int64_t>(v));
  }
  double rounded = std::round(v * 1000) / 1000;
  if (rounded == 0) rounded = 0;
  return fmt::format("{:.3f}", rounded);
}

}  // namespace kiji::internal
