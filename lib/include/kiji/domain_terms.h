// DomainTerms: words that must come out of MeCab as single tokens.
//
// A terms file (dictionaries/terms.tsv) lists terms such as 一帯一路, 習近平,
// グリーンマイニング with the class of token each should become. The analyzer
// finds them in the normalized sentence (leftmost, longest first) and makes
// MeCab keep each as one token through its lattice boundary and feature
// constraints, so no user dictionary has to be compiled for each system
// dictionary. Immutable after Load(); thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(kiji::DomainTerms terms, kiji::DomainTerms::Load(path));
//   for (auto m : terms.FindAll(normalized_sentence)) ...
//
// File format (docs/formats.md): UTF-8, one
// `term<TAB>class[<TAB>reading[<TAB>pronunciation]]` per line, '#' comments and
// blank lines ignored; class is one of noun, proper, person, place,
// organization. Terms are NFKC-normalized on load; the reading and
// pronunciation (katakana, as IPADIC writes them) fill those fields of the
// term's token and of its `-f mecab` feature string.
#ifndef KIJI_DOMAIN_TERMS_H_
#define KIJI_DOMAIN_TERMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kiji/status.h"

namespace kiji {

enum class TermClass { kNoun, kProper, kPerson, kPlace, kOrganization };

/// Parses "noun", "proper", "person", "place", "organization".
bool ParseTermClass(std::string_view s, TermClass* out);

class DomainTerms {
 public:
  struct Term {
    std::string term;
    TermClass cls;
    std::string reading;        // "" when the file gives none
    std::string pronunciation;  // "" when the file gives none
  };
  struct Match {
    size_t begin, end;  // bytes into the searched text
    TermClass cls;
    size_t index = 0;  // of the term, for term()
  };

  DomainTerms() = default;
  /// Loads and validates a terms file; errors are "PATH:LINE: message".
  static Result<DomainTerms> Load(const std::string& path);
  /// Parses terms from text (`path` names it in errors).
  static Result<DomainTerms> Parse(std::string_view text, const std::string& path);

  /// Non-overlapping matches, leftmost first, longest at each position.
  std::vector<Match> FindAll(std::string_view text) const;
  size_t size() const { return terms_.size(); }
  /// The i-th term of the file (0 <= i < size()).
  const Term& term(size_t i) const { return terms_[i]; }

 private:
  std::vector<Term> terms_;
  // First code point -> indices into terms_, longest term first.
  std::unordered_map<char32_t, std::vector<size_t>> by_first_;
  // Bit c % 65536 set when some term starts with code point c: most
  // positions are rejected without a hash lookup.
  std::vector<bool> first_bits_;
};

}  // namespace kiji

#endif  // KIJI_DOMAIN_TERMS_H_
