// Private to the report writers: text and numbers as they go into SVG and HTML.
//
// The charts of the HTML report are SVG strings built by kiji (no JavaScript,
// no fonts shipped), so labels are measured with an estimate instead of a
// font: a full-width (CJK) character is one em, ASCII a little over half.
// Numbers are printed with a fixed precision, so the same input gives the
// same bytes on every run and for any -j. Pure functions; thread-safe.
//
//   std::string s;
//   AppendXmlEscaped("R&D <新>", &s);          // "R&amp;D &lt;新&gt;"
//   TruncateToWidth("中央アジア協力", 4.0);   // "中央ア…"
//   FormatCoord(12.345);                       // "12.3"
#ifndef KIJI_SRC_REPORT_SVG_TEXT_H_
#define KIJI_SRC_REPORT_SVG_TEXT_H_

#include <string>
#include <string_view>

namespace kiji::internal {

/// Appends `text` to *out with & < > " ' escaped, so it is safe both as
/// element content and inside a double- or single-quoted attribute. Control
/// characters other than tab and newline, which XML 1.0 forbids, are dropped.
void AppendXmlEscaped(std::string_view text, std::string* out);
std::string XmlEscaped(std::string_view text);

/// Estimated width of valid UTF-8 `text` in em: 1 for wide (East Asian)
/// characters, 0.5 for half-width katakana, 0.6 for ASCII and the rest.
double TextWidthEm(std::string_view text);

/// `text` cut at a code point boundary so that it plus "…" fits in
/// `max_em`; `text` itself when it already fits.
std::string TruncateToWidth(std::string_view text, double max_em);

/// A coordinate with one decimal ("12.3", "0.0"; never "-0.0").
std::string FormatCoord(double v);

/// The opening tag of a chart: `<svg class="chart CSS_CLASS" viewBox=...>`
/// sized width × height, with role="img", an aria-label and a <title>.
std::string SvgOpen(double width, double height, std::string_view css_class,
                    std::string_view label);

/// The palette of every chart: calm, readable on white, and distinct for
/// readers with red-green colour blindness (blue/orange contrasts).
inline constexpr std::string_view kInk = "#2f3b45";       // text
inline constexpr std::string_view kMutedInk = "#6b7785";  // axis labels
inline constexpr std::string_view kGrid = "#e3e7eb";      // grid lines
inline constexpr std::string_view kBarFill = "#4a7ba6";   // bars and columns
inline constexpr std::string_view kAccent = "#d9822b";    // highlights

/// A data value as written in data-value attributes and titles: integers
/// without a decimal point ("12"), other values with three decimals ("0.125").
std::string FormatValue(double v);

}  // namespace kiji::internal

#endif  // KIJI_SRC_REPORT_SVG_TEXT_H_
