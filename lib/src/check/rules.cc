#include <array>

#include "kiji/check_rules.h"

namespace kiji {
namespace {

using L = CheckLevel;

// In RuleIndex order (checked by tests/check_rules_test.cc).
constexpr std::array<RuleInfo, kRuleCount> kRules = {{
    {"encoding/invalid-utf8", L::kError, "File is not valid UTF-8",
     "A byte sequence that is not well-formed UTF-8 (overlong forms, surrogates and "
     "truncated sequences included). kiji reads UTF-8 only; the byte offset is reported.",
     "Find the broken bytes at the reported offset and re-save the file as UTF-8.", false},
    {"encoding/legacy-encoding", L::kError, "File is in a legacy encoding",
     "The file is Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 rather than UTF-8; the encoding "
     "detected is named.",
     "Convert it, e.g. iconv -f SHIFT_JIS -t UTF-8, or read it with --encoding.", false},
    {"encoding/bom", L::kWarning, "UTF-8 byte order mark",
     "The file starts with EF BB BF. kiji strips it, but other tools keep it as U+FEFF in "
     "the first title character.",
     "Save the file as UTF-8 without BOM.", false},
    {"encoding/control-character", L::kError, "NUL or other control character",
     "A C0 or C1 control character other than tab, line feed and carriage return: a NUL "
     "makes the file binary, others are left over from conversions or copy and paste.",
     "Delete the character.", false},
    {"encoding/replacement-character", L::kError, "U+FFFD replacement character",
     "U+FFFD marks bytes that were lost when the text was decoded with the wrong encoding "
     "somewhere before it reached the corpus.",
     "Recover the character from the original source.", false},
    {"encoding/mojibake", L::kError, "Mojibake (UTF-8 read as Latin-1 or CP932)",
     "Sequences typical of UTF-8 decoded as Latin-1 or windows-1252 and saved again (a "
     "letter such as \u00E3 or \u00E6 followed by two characters from the range of UTF-8 "
     "continuation bytes, as in \u00E3\u201A), or decoded as CP932 (runs of \u7E3A, \u7E67, "
     "\u7E5D).",
     "Re-fetch the article, or reverse the wrong conversion (encode back and decode as "
     "UTF-8).",
     false},
    {"encoding/lone-cr", L::kWarning, "Carriage return without line feed",
     "A lone CR (old Mac line ending) is not a line break for most tools, so lines run "
     "together.",
     "Convert line endings to LF.", false},
    {"normalization/nfkc", L::kInfo, "Text that NFKC would change",
     "Half-width katakana, full-width ASCII letters, digits and symbols, circled numbers and "
     "other compatibility characters: kiji analyses the NFKC form, but search and diff tools "
     "see two spellings of one word.",
     "Normalize the file to NFKC (e.g. uconv -x Any-NFKC) if the corpus should be stored "
     "normalized.",
     false},
    {"normalization/mixed-variants", L::kWarning, "Mixed dash or tilde variants in one article",
     "One article uses two or more of the look-alike characters for one mark: wave dash "
     "U+301C and full-width tilde U+FF5E, or the dashes U+2014, U+2015, U+2500 and U+2012.",
     "Use one variant throughout the article.", false},
    {"normalization/zero-width", L::kWarning, "Zero-width character",
     "U+200B-U+200D, U+2060 or U+FEFF inside the text: invisible, they split words for "
     "search and for MeCab.",
     "Delete the character.", false},
    {"structure/missing-title", L::kError, "Article has no title",
     "The first line (plain text), third line (livedoor) or \"title\" field (JSON Lines) is "
     "empty.",
     "Put the headline on the first line.", false},
    {"structure/long-title", L::kWarning, "Title is too long",
     "The title has more code points than check.max_title_chars (default 100): usually the "
     "lead paragraph joined to the headline.",
     "Move the body text to the following lines.", false},
    {"structure/empty-body", L::kError, "Article has no body",
     "The file or record holds no text at all, or a title and nothing after it.",
     "Add the article text or remove the file.", false},
    {"structure/short-body", L::kWarning, "Body is too short",
     "The body has fewer code points than check.min_body_chars (default 100): a teaser or a "
     "truncated scrape.",
     "Fetch the full article.", false},
    {"structure/missing-reference", L::kWarning, "No Reference(s): footer or source",
     "A plain-text article without a \"Reference(s):\" footer naming the source title and "
     "publisher, or a JSON Lines record without \"source\" or \"url\"; livedoor files carry "
     "their URL.",
     "Add the footer (docs/formats.md).", false},
    {"structure/unbalanced-brackets", L::kWarning, "Unbalanced brackets",
     "An opening 「『（( without its closing partner, or a closing one without an opening one, "
     "within a paragraph: a broken quote confuses speaker extraction.",
     "Close or remove the bracket.", false},
    {"structure/scraping-leftover", L::kWarning, "Scraping leftover",
     "Text that a web scraper left behind, matched by the patterns in check.scraping_patterns "
     "(ICU regular expressions): 'video poster', 'Advertisement', share buttons.",
     "Delete the leftover text.", false},
    {"structure/trailing-whitespace", L::kWarning, "Trailing white space",
     "Spaces, tabs or ideographic spaces at the end of a line.", "Delete them.", false},
    {"structure/blank-lines", L::kWarning, "Run of blank lines",
     "More consecutive blank lines than check.max_blank_lines (default 1), at the end of the "
     "file too.",
     "Keep at most one blank line between paragraphs.", false},
    {"structure/unreadable", L::kError, "Article cannot be read",
     "The reader could not turn the input into an article: a line over the length limit, a "
     "JSON Lines record that is not a JSON object or has no body.",
     "Fix the record as the message says.", false},
    {"duplicates/exact", L::kError, "Same article twice",
     "Two inputs whose NFKC-normalized text is identical (xxHash XXH3-128 of the text).",
     "Remove one copy.", false},
    {"duplicates/near", L::kWarning, "Near-duplicate article",
     "Two articles whose sets of character 5-grams (NFKC text) have a Jaccard similarity of "
     "at least check.near_duplicate_threshold (default 0.8): found with MinHash (128 "
     "functions) and LSH (16 bands of 8 rows), each pair confirmed by its exact Jaccard.",
     "Keep one version, or make sure both are meant to be in the corpus.", false},
    {"content/unknown-words", L::kWarning, "Many words unknown to the dictionary",
     "The share of MeCab tokens not in the dictionary is above check.max_unknown_ratio "
     "(default 0.3): garbled, non-Japanese or badly converted text.",
     "Check that the text is Japanese and decoded correctly.", true},
    {"content/no-sector", L::kInfo, "No cooperation sector tagged",
     "kiji sectors tags no sector in this article (dictionaries/sectors.tsv).",
     "Nothing to fix if the article is off topic; else extend the lexicon.", true},
    {"content/quote-without-speaker", L::kInfo, "Quote with no speaker",
     "A 「…」 quotation long enough to be speech (check.min_quote_chars, default 15) that kiji "
     "speakers attributes to nobody.",
     "Nothing to fix if the quote is a title or term; else name the speaker.", true},
    {"content/bad-date", L::kWarning, "Date cannot be read",
     "The article's date (livedoor line 2, JSON Lines \"date\") is not an ISO 8601 date "
     "(YYYY-MM-DD, optionally with a time and offset).",
     "Write the date as 2025-06-17 or 2025-06-17T10:00:00+09:00.", false},
}};

}  // namespace

std::string_view CheckLevelName(CheckLevel level) {
  switch (level) {
    case CheckLevel::kOff:
      return "off";
    case CheckLevel::kInfo:
      return "info";
    case CheckLevel::kWarning:
      return "warning";
    case CheckLevel::kError:
      return "error";
  }
  return "off";
}

bool ParseCheckLevel(std::string_view name, CheckLevel* level) {
  for (CheckLevel l :
       {CheckLevel::kOff, CheckLevel::kInfo, CheckLevel::kWarning, CheckLevel::kError}) {
    if (name == CheckLevelName(l)) {
      *level = l;
      return true;
    }
  }
  return false;
}

std::span<const RuleInfo> CheckRules() { return kRules; }

const RuleInfo& Rule(RuleIndex r) { return kRules[static_cast<size_t>(r)]; }

std::optional<RuleIndex> FindRule(std::string_view id) {
  for (size_t i = 0; i < kRules.size(); ++i) {
    if (kRules[i].id == id) return static_cast<RuleIndex>(i);
  }
  return std::nullopt;
}

}  // namespace kiji
