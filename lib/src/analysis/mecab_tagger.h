// The only header that knows MeCab exists, and mecab_tagger.cc the only file
// that includes <mecab.h>. It maps each dictionary's feature layout to Token.
#ifndef KIJI_SRC_ANALYSIS_MECAB_TAGGER_H_
#define KIJI_SRC_ANALYSIS_MECAB_TAGGER_H_

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/dictionary_files.h"
#include "analysis/parse_cache.h"
#include "kiji/analyzer.h"
#include "kiji/status.h"
#include "kiji/domain_terms.h"
#include "kiji/token.h"

namespace MeCab {
class Model;
class Tagger;
class Lattice;
}  // namespace MeCab

namespace kiji::internal {

class MecabModel {
 public:
  static Result<std::unique_ptr<MecabModel>> Open(const std::string& dicdir,
                                                  const std::vector<std::string>& user_dicts);
  ~MecabModel();
  DictLayout layout() const { return layout_; }
  /// The POS prefix forced on a domain term of class `cls` in this layout.
  const char* TermFeature(TermClass cls) const;
  /// The POS forced on a run of ASCII punctuation (`c` is its character):
  /// a symbol, an opening or a closing bracket of this layout.
  const char* SymbolFeature(char c) const;
  /// The POS forced on a date, time, URL or e-mail address (text_units.h).
  const char* UnitFeature() const { return TermFeature(TermClass::kNoun); }
  /// Builds the full feature string of every term (TermFeatureOf) in this
  /// layout: its POS, the term as base form, its reading and pronunciation.
  void PrepareTerms(const DomainTerms& terms);
  /// The full feature string of term `index` of the prepared terms.
  const char* TermFeatureOf(size_t index) const { return term_features_[index].c_str(); }
  /// The feature of an unknown general noun in this layout, for letter–digit
  /// runs (fc2, blog29) that MeCab's templates would make numbers.
  const char* LetterRunFeature() const;
  /// The feature MeCab's unknown-word templates would give the symbol POS
  /// `symbol_pos` (a SymbolFeature string): padded with "*" to the fields of
  /// an unknown word of this layout, as `mecab` prints an unknown symbol.
  /// nullptr when `symbol_pos` is not a SymbolFeature string.
  const char* UnknownSymbolFeature(const char* symbol_pos) const;
  MeCab::Model* get() const { return model_; }
  /// True for a code point MeCab skips as white space before a word.
  bool IsMecabSpace(char32_t c) const { return c < spaces_.size() && spaces_[c]; }

 private:
  MeCab::Model* model_ = nullptr;
  SpaceChars spaces_;
  DictLayout layout_ = DictLayout::kIpadic;
  std::string TermPos(TermClass cls) const;
  size_t fields_ = 9;  // feature fields of a dictionary word
  // SymbolFeature of '!', '(' and ')', each padded as UnknownSymbolFeature says.
  std::array<std::string, 3> unknown_symbols_;
  void PrepareUnknownSymbols();
  std::vector<std::string> term_features_;
};

class MecabTagger {
 public:
  explicit MecabTagger(const MecabModel& model);
  ~MecabTagger();

  /// Analyzes `sentence` and appends its tokens to *out, with byte_begin and
  /// byte_end relative to the sentence (the caller maps them). The sentence
  /// memory must outlive the tokens: surfaces view it.
  Status Parse(std::string_view sentence, std::span<const SpanConstraint> constraints,
               std::vector<Token>* out);

  /// Calls of Parse(), lattices MeCab has built, and calls answered from
  /// the parse cache.
  uint64_t calls() const { return calls_; }
  uint64_t parses() const { return parses_; }
  uint64_t cache_hits() const { return cache_.hits(); }

 private:
  // MeCab's best path for `sentence` into path_.
  Status BestPath(std::string_view sentence, std::span<const SpanConstraint> constraints);
  // One MeCab parse of `sentence` under `constraints` (none: a plain parse).
  bool ParseOnce(std::string_view sentence, std::span<const SpanConstraint> constraints);
  // The sentence with the ASCII punctuation of punctuation-run constraints
  // in full width, for the plain parse (or the sentence itself: none).
  std::string_view WidenPunctuation(std::string_view sentence,
                                    std::span<const SpanConstraint> constraints);
  // Node offsets into the widened sentence made offsets into the sentence.
  void MapBack(std::vector<PathNode>* path) const;
  // The dictionary's longest word at byte `begin` of the sentence that ends
  // by `end` (path_fit.h); a null feature when it has none.
  PathNode WordAt(std::string_view sentence, uint32_t begin, uint32_t end);
  // The best path of the lattice just parsed.
  void ReadPath(std::string_view sentence, std::vector<PathNode>* path) const;
  void SetConstraints(std::string_view sentence, std::span<const SpanConstraint> constraints);
  // The start of the white space MeCab would skip that ends at `pos` (not
  // before `floor`), or `pos` when none does.
  size_t StartOfSpaceBefore(std::string_view sentence, size_t pos, size_t floor) const;
  // What a constraint met by token *t changes in it: a domain term's
  // features from the terms file, a letter–digit run that is not a number.
  void ApplyConstraint(const SpanConstraint& c, bool unknown, Token* t) const;

  const MecabModel& model_;
  MeCab::Tagger* tagger_ = nullptr;
  MeCab::Lattice* lattice_ = nullptr;
  std::vector<PathNode> path_;
  std::vector<PathNode> plain_path_;  // the plain parse's, before FitConstraints
  std::string widened_;                        // WidenPunctuation's sentence
  std::vector<uint32_t> widened_to_sentence_;  // its bytes' offsets in the sentence
  uint64_t calls_ = 0, parses_ = 0;
  // Per thread; 2^14 slots and at most 4 MiB (parse_cache.h).
  static constexpr int kParseCacheBits = 14;
  static constexpr size_t kParseCacheBytes = size_t{4} << 20;
  ParseCache cache_;
  // Feature string -> its parsed fields, direct-mapped by pointer (feature
  // strings live in the mmapped dictionary, so a pointer names one entry).
  static constexpr int kFeatureCacheBits = 13;
  struct CachedFeature {
    const char* key = nullptr;
    Token token;
  };
  std::vector<CachedFeature> feature_cache_;
};

/// Fills the feature-derived fields of *t (POS, conjugation, lemma, reading,
/// feature) from a NUL-terminated feature string; lemma stays empty when the
/// dictionary has none (unknown words).
void FillFromFeature(DictLayout layout, const char* feature, Token* t);

/// The POS prefix of an ASCII punctuation character `c` in `layout`: a
/// symbol, an opening or a closing bracket (MecabModel::SymbolFeature).
const char* AsciiSymbolFeature(DictLayout layout, char c);

/// Guesses the layout from the number of fields of a known word's feature.
DictLayout LayoutFromFieldCount(size_t fields);

}  // namespace kiji::internal

#endif  // KIJI_SRC_ANALYSIS_MECAB_TAGGER_H_
