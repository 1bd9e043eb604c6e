// CheckDictionaryFiles: what can be checked of a compiled MeCab dictionary
// before libmecab opens it (libmecab trusts the bytes and crashes with SIGSEGV
// on a damaged file). Thread-safe; reads the files, holds nothing.
//
// Checked: every section size in the sys.dic / unk.dic headers against the
// file size, the token table's size, every token's connection ids against the
// matrix.bin dimensions and its feature offset against the feature section,
// matrix.bin and char.bin sizes. Not checked: the bytes of the double array
// and of the feature strings (a damaged byte there can still crash libmecab or
// give wrong tokens; DictionaryFingerprint in kiji/fingerprint.h identifies a
// dictionary, it does not validate it).
#ifndef KIJI_ANALYSIS_DICTIONARY_FILES_H_
#define KIJI_ANALYSIS_DICTIONARY_FILES_H_

#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

#include "kiji/status.h"

namespace kiji::internal {

/// DataError "PATH: message" naming the first damaged file of the
/// dictionary folder or of the user dictionaries, or Ok.
Status CheckDictionaryFiles(const std::string& dicdir, const std::vector<std::string>& user_dicts);

/// The same for one compiled dictionary file (sys.dic, unk.dic, a user
/// dictionary) whose connection ids must fit matrix.bin's `lsize` x `rsize`
/// (0: unchecked).
Status CheckDictionaryFile(const std::string& path, uint32_t lsize, uint32_t rsize);

/// The BMP code points MeCab skips as white space before a word: those whose
/// character categories in the dictionary's char.bin share one with U+0020
/// (char.def reserves 0x0020 for SPACE; IPADIC, NAIST-jdic and Juman also
/// list U+0009, U+000A, U+000B and U+00D0). MeCab's lookup skips them with
/// the same test (CharProperty::seekToOtherType).
using SpaceChars = std::bitset<0x10000>;
Result<SpaceChars> ReadSpaceChars(const std::string& dicdir);

}  // namespace kiji::internal

#endif  // KIJI_ANALYSIS_DICTIONARY_FILES_H_
