// Term selection: which tokens of a Document count, and as what string.
//
// A term is a token's lemma by default (TermOptions::by: surface, lemma or
// reading), kept when its PosClass is selected (default: the content words:
// noun, proper_noun, verb, adjective, adjectival_noun; never numerals,
// symbols, particles or auxiliaries unless asked for) and it is not a
// stopword; unknown tokens made only of punctuation (":", ")、") are never
// terms. Domain terms (domain_terms.h) are single tokens, hence single terms.
// With n-grams (ngram_max > 1), runs of consecutive kept tokens inside one
// sentence also yield their n-grams, joined by one space: a dropped token or a
// sentence end breaks the run.
//
// TermExtractor is immutable after construction and thread-safe; Extract()
// writes into a caller-owned buffer so hot loops reuse its memory.
//
//   KIJI_ASSIGN_OR_RETURN(kiji::Stopwords stop, kiji::Stopwords::Load(path));
//   kiji::TermOptions opt;
//   opt.stopwords = std::make_shared<const kiji::Stopwords>(std::move(stop));
//   kiji::TermExtractor ex(opt);
//   std::vector<kiji::TermOccurrence> terms;
//   ex.ExtractSentence(doc, doc.sentences[0], &terms);
#ifndef KIJI_TERM_SELECTION_H_
#define KIJI_TERM_SELECTION_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "kiji/status.h"
#include "kiji/token.h"

namespace kiji {

/// Which token field a term is made of.
enum class TermField { kSurface, kLemma, kReading };
std::string_view TermFieldName(TermField f);
/// Parses "surface", "lemma", "reading".
bool ParseTermField(std::string_view s, TermField* out);

/// True when `s` has no letter, digit or ideograph: ASCII punctuation,
/// general punctuation (U+2000-U+206F), CJK symbols (U+3000-U+303F, U+30FB)
/// and the full-width punctuation of U+FF01-U+FF65. MeCab makes such runs
/// unknown "nouns" (":", ")、"); they are never terms nor compound parts.
bool PunctuationOnly(std::string_view s);

/// Parses a PosClass name as PosClassName() prints it ("noun", "verb", ...).
bool ParsePosClass(std::string_view s, PosClass* out);

/// A set of PosClass values, as a bit mask.
struct PosSet {
  uint32_t bits = 0;
  bool Has(PosClass c) const { return (bits >> static_cast<unsigned>(c)) & 1u; }
  void Add(PosClass c) { bits |= 1u << static_cast<unsigned>(c); }
  /// noun, proper_noun, verb, adjective, adjectival_noun.
  static PosSet ContentWords();
  /// Parses a comma-separated list of PosClass names; errors name the bad one.
  static Result<PosSet> Parse(std::string_view list);
  /// The names, comma-separated, in enum order (a canonical form).
  std::string ToString() const;
};

/// Stopwords: terms never counted. File format (dictionaries/README.md): one
/// term per line, UTF-8, '#' comments and blank lines ignored, NFKC-normalized
/// on load. Immutable after Load(); thread-safe.
class Stopwords {
 public:
  Stopwords() = default;
  static Result<Stopwords> Load(const std::string& path);
  /// Parses stopwords from text (`path` names it in errors).
  static Result<Stopwords> Parse(std::string_view text, const std::string& path);
  bool Contains(std::string_view term) const;
  size_t size() const { return words_.size(); }
  /// Identity of the list: "fnv1a64:HEX" of the sorted, normalized words, so
  /// comments and order do not matter.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  // Transparent hashing: Contains() looks up string_views without copying.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // One bit per (length, first byte, last byte) class of the words: the
  // quick test Contains() makes before hashing, since most terms asked
  // about are no stopword.
  static size_t QuickSlot(std::string_view term);
  void Insert(std::string word);

  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::vector<uint64_t> quick_ = std::vector<uint64_t>(64, 0);  // 4,096 bits
  std::string fingerprint_ = "none";
};

struct TermOptions {
  // The token field a term is made of. Default: lemma.
  TermField by = TermField::kLemma;
  // Parts of speech counted. Default: PosSet::ContentWords().
  PosSet pos = PosSet::ContentWords();
  // Stopwords; null for none. Default: none (the CLI loads
  // dictionaries/stopwords.tsv).
  std::shared_ptr<const Stopwords> stopwords;
  // n-gram lengths counted, 1 <= ngram_min <= ngram_max <= 5. Default 1-1.
  int ngram_min = 1;
  int ngram_max = 1;
};

/// One kept term in a sentence. `text` views the token (n == 1) or the
/// extractor's buffer (n > 1). `index` is the token index in the Document of
/// the term's first token; `position` counts kept unigram terms.
struct TermOccurrence {
  std::string_view text;
  uint32_t index = 0;
  uint32_t position = 0;
  uint8_t n = 1;
};

class TermExtractor {
 public:
  explicit TermExtractor(TermOptions options);
  const TermOptions& options() const { return options_; }

  /// The term string of a token under the options (it may be empty: a
  /// reading the dictionary does not give).
  std::string_view TermText(const Token& t) const;
  /// True when the token is counted as a unigram term.
  bool Keeps(const Token& t) const;

  /// Appends the terms of one sentence to *out: every kept unigram (n == 1)
  /// in order, whatever ngram_min (callers count the lengths they want), then
  /// the n-grams of each length from max(2, ngram_min) to ngram_max. n-gram texts view *buffer,
  /// which is cleared first and must outlive *out's use. `position_base` is
  /// added to the positions.
  void ExtractSentence(const Document& doc, const Sentence& s, uint32_t position_base,
                       std::vector<TermOccurrence>* out, std::string* buffer) const;

  /// The terms of a whole article with their counts (n-grams of the lengths
  /// ngram_min..ngram_max), sorted by term: one article's row of a
  /// document-term matrix, as TF-IDF needs it.
  std::vector<std::pair<std::string, uint64_t>> CountTerms(const Document& doc) const;

 private:
  TermOptions options_;
};

}  // namespace kiji

#endif  // KIJI_TERM_SELECTION_H_
