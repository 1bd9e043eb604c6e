// Fingerprints: the identity of the files a count depends on (the MeCab
// dictionary, domain terms, user dictionaries), recorded in counts files so
// that counts made with different data are never combined. FNV-1a 64 over
// the bytes named below; not cryptographic, it catches accidents.
// Thread-safe.
//
//   KIJI_ASSIGN_OR_RETURN(std::string fp, kiji::DictionaryFingerprint(model->info().dir));
#ifndef KIJI_FINGERPRINT_H_
#define KIJI_FINGERPRINT_H_

#include <string>
#include <string_view>

#include "kiji/status.h"

namespace kiji {

/// "fnv1a64:HEX" of `bytes`.
std::string BytesFingerprint(std::string_view bytes);

/// "fnv1a64:HEX" of a whole file's content.
Result<std::string> FileFingerprint(const std::string& path);

/// Identity of a compiled MeCab dictionary folder: the size and first 64 KiB
/// of sys.dic (its header holds the version, sizes and charset) and the size
/// of matrix.bin, so the same dictionary installed in another folder or on
/// another machine has the same fingerprint.
Result<std::string> DictionaryFingerprint(const std::string& dir);

}  // namespace kiji

#endif  // KIJI_FINGERPRINT_H_
