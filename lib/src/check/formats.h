// The structured output formats of check_writer.h, one function each.
#ifndef KIJI_SRC_CHECK_FORMATS_H_
#define KIJI_SRC_CHECK_FORMATS_H_

#include <string>
#include <string_view>

#include "kiji/check_writer.h"

namespace kiji::internal {

std::string Sarif(const CheckReport& r, const CheckWriteOptions& o);
std::string Json(const CheckReport& r);
std::string Rdjsonl(const CheckReport& r);
std::string Junit(const CheckReport& r);
std::string Checkstyle(const CheckReport& r);

/// A repo-relative path as a URI reference: "./" dropped, bytes outside
/// RFC 3986's unreserved set and '/' percent-encoded.
std::string PathUri(std::string_view path);

/// Fingerprint of a finding that survives edits elsewhere in the file: rule,
/// path, message and its occurrence among equal findings.
std::string FindingFingerprint(const Finding& f, size_t occurrence);

}  // namespace kiji::internal

#endif  // KIJI_SRC_CHECK_FORMATS_H_
