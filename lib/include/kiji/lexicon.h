// SectorLexicon: the cooperation-sector taxonomy and its terms, loaded from
// one or more TSV files (dictionaries/sectors.tsv ships with kiji).
//
// A lexicon file declares sectors and the terms that are evidence for them
// (grammar in docs/formats.md and dictionaries/README.md):
//
//   @sector<TAB>customs<TAB>税関<TAB>Customs<TAB>customs procedures, clearance, ...
//   customs<TAB>税関<TAB>3
//   customs<TAB>協力<TAB>0.5<TAB>税関|通関<TAB><TAB>税関分野の協力<TAB>経済協力を進める
//
// Entry columns: sector, term, weight, then optional `near` (the entry only
// counts when one of these phrases is in the same sentence), `unless` (one
// of these phrases in the same sentence cancels it: 社会保障 is not 保障;
// `*phrase`: anywhere in the article),
// and example sentences that must / must not fire the entry
// (`kiji lexicon test`). Lists are '|'-separated; an empty field or "-" is
// none. Terms and phrases are normalized (normalize.h) and matched by
// PhraseMatcher on token surfaces or lemmas.
//
// `@offtopic` lines declare genres in the same way (sports, entertainment,
// accidents, crime); their entries are scored like a sector's, and a
// cooperation sector is only tagged when it outscores every genre.
//
// Several files load as one lexicon, in order: later files may add entries to
// sectors of earlier ones and declare sectors of their own. Errors are
// "PATH:LINE: message" (unknown sector, bad weight, duplicate entry, wrong
// number of columns, ...). Immutable after loading; thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(kiji::SectorLexicon lex,
//                         kiji::SectorLexicon::Load({"dictionaries/sectors.tsv"}));
//   for (const kiji::Sector& s : lex.sectors()) Use(s.id, s.label_ja);
#ifndef KIJI_LEXICON_H_
#define KIJI_LEXICON_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/status.h"

namespace kiji {

// Matches lexicon terms on token boundaries (src/sectors/phrase_matcher.h).
class PhraseMatcher;

struct Sector {
  std::string id;        // [a-z][a-z0-9_]*, e.g. "trade"
  std::string label_ja;  // 貿易
  std::string label_en;  // Trade
  std::string scope;     // one-line scope note
  std::string path;      // where it was declared
  size_t line = 0;
  // Declared with @offtopic: a genre (sports, entertainment, accidents,
  // crime) that is never output; a sector must outscore it (sectors.h).
  bool offtopic = false;
  // A genre declared with a sixth field `headline`: named in the headline
  // (a film review, a match report, a gadget column), it frames the whole
  // article, and a sector told in its other sentences is still the genre's.
  bool frames_article = false;
};

struct LexiconEntry {
  uint32_t sector = 0;                  // index into SectorLexicon::sectors()
  std::string term;                     // normalized
  uint32_t phrase = 0;                  // the term's id in SectorLexicon::matcher()
  double weight = 1;                    // in (0, 10]
  std::vector<uint32_t> near;           // phrase ids; empty: no co-occurrence needed
  std::vector<uint32_t> unless;         // phrase ids; one in the sentence cancels
  // Phrase ids written `*phrase` in the unless column: one anywhere in the
  // article (headline or body, not a reference block) cancels every hit, as
  // 人工衛星 in a story that calls its launch a ミサイル elsewhere.
  std::vector<uint32_t> unless_article;
  std::vector<std::string> must_match;  // example sentences (as written)
  std::vector<std::string> must_not_match;
  std::string path;  // where it was declared
  size_t line = 0;
};

class SectorLexicon {
 public:
  struct Source {
    std::string path;  // names the text in errors
    std::string text;
  };

  /// An empty lexicon: no sectors, no entries.
  SectorLexicon();
  /// Reads and parses the files, in order, as one lexicon.
  static Result<SectorLexicon> Load(const std::vector<std::string>& paths);
  /// Parses lexicon texts, in order, as one lexicon.
  static Result<SectorLexicon> Parse(const std::vector<Source>& sources);

  const std::vector<Sector>& sectors() const { return sectors_; }
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  /// The matcher of every term and context phrase (private to the library).
  const PhraseMatcher& matcher() const { return *matcher_; }
  /// The entries whose term is `phrase` (one per sector at most).
  std::span<const uint32_t> EntriesOfPhrase(uint32_t phrase) const {
    return entries_of_phrase_[phrase];
  }
  /// The normalized text a phrase was first written as.
  const std::string& PhraseText(uint32_t phrase) const { return phrase_text_[phrase]; }
  /// Index of a sector id, if declared.
  std::optional<uint32_t> FindSector(std::string_view id) const;

 private:
  friend class LexiconParser;
  std::vector<Sector> sectors_;
  std::vector<LexiconEntry> entries_;
  // Shared, immutable once loaded: copies of a lexicon share one matcher.
  std::shared_ptr<PhraseMatcher> matcher_;
  std::vector<std::string> phrase_text_;                  // by phrase id
  std::vector<std::vector<uint32_t>> entries_of_phrase_;  // by phrase id
};

}  // namespace kiji

#endif  // KIJI_LEXICON_H_
