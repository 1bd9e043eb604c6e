// The only header that knows MeCab exists, and mecab_tagger.cc the only file
// that includes <mecab.h>. It maps each dictionary's feature layout to Token.
#ifndef KIJI_SRC_MECAB_TAGGER_H_
#define KIJI_SRC_MECAB_TAGGER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/analyzer.h"
#include "kiji/status.h"
#include "kiji/terms.h"
#include "kiji/token.h"

namespace MeCab {
class Model;
class Tagger;
class Lattice;
}  // namespace MeCab

namespace kiji::internal {

/// A span of the sentence that must come out as one token. With a feature
/// (a POS prefix such as "名詞,固有名詞,人名") the token gets that POS.
struct SpanConstraint {
  size_t begin, end;    // bytes into the sentence
  const char* feature;  // nullptr: any POS
  bool domain_term;
  // MeCab's character classes will split it (letters next to digits, 3.5,
  // 1,000): skip the plain parse and constrain at once.
  bool likely_split = false;
};

class MecabModel {
 public:
  static Result<std::unique_ptr<MecabModel>> Open(const std::string& dicdir,
                                                  const std::vector<std::string>& user_dicts);
  ~MecabModel();
  DictLayout layout() const { return layout_; }
  /// The POS prefix forced on a domain term of class `cls` in this layout.
  const char* TermFeature(TermClass cls) const;
  MeCab::Model* get() const { return model_; }

 private:
  MeCab::Model* model_ = nullptr;
  DictLayout layout_ = DictLayout::kIpadic;
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

 private:
  // One MeCab parse of `sentence` under `constraints` (none: a plain parse).
  bool ParseOnce(std::string_view sentence, std::span<const SpanConstraint> constraints);
  void SetConstraints(std::string_view sentence, std::span<const SpanConstraint> constraints);

  const MecabModel& model_;
  MeCab::Tagger* tagger_ = nullptr;
  MeCab::Lattice* lattice_ = nullptr;
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

/// Guesses the layout from the number of fields of a known word's feature.
DictLayout LayoutFromFieldCount(size_t fields);

}  // namespace kiji::internal

#endif  // KIJI_SRC_MECAB_TAGGER_H_
