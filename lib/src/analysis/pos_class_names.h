// The names of PosClass values as kiji prints them (tokenize output) and
// parses them (--pos): one table for PosClassName() and ParsePosClass().
#ifndef KIJI_ANALYSIS_POS_CLASS_NAMES_H_
#define KIJI_ANALYSIS_POS_CLASS_NAMES_H_

#include "kiji/enum_names.h"
#include "kiji/token.h"

namespace kiji {

inline constexpr auto kPosClassNames =
    MakeEnumNames<PosClass>({{PosClass::kNoun, "noun"},
                             {PosClass::kProperNoun, "proper_noun"},
                             {PosClass::kPronoun, "pronoun"},
                             {PosClass::kNumeral, "numeral"},
                             {PosClass::kVerb, "verb"},
                             {PosClass::kAdjective, "adjective"},
                             {PosClass::kAdjectivalNoun, "adjectival_noun"},
                             {PosClass::kAdverb, "adverb"},
                             {PosClass::kPrenominal, "prenominal"},
                             {PosClass::kConjunction, "conjunction"},
                             {PosClass::kInterjection, "interjection"},
                             {PosClass::kParticle, "particle"},
                             {PosClass::kAuxiliary, "auxiliary"},
                             {PosClass::kPrefix, "prefix"},
                             {PosClass::kSuffix, "suffix"},
                             {PosClass::kSymbol, "symbol"},
                             {PosClass::kWhitespace, "whitespace"},
                             {PosClass::kDate, "date"},
                             {PosClass::kTime, "time"},
                             {PosClass::kUrl, "url"},
                             {PosClass::kEmail, "email"},
                             {PosClass::kOther, "other"}});

}  // namespace kiji

#endif  // KIJI_ANALYSIS_POS_CLASS_NAMES_H_
