#include "text/icu_text.h"

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/regex.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace kiji::internal {

void NfkcUtf8(std::string_view in, std::string* out, std::vector<NormalizationEdit>* edits) {
  out->clear();
  if (edits != nullptr) edits->clear();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) {  // ICU data missing: pass the text through
    out->assign(in);
    if (edits != nullptr) edits->push_back({0, 0, in.size(), in.size(), false});
    return;
  }
  icu::Edits icu_edits;
  icu::StringByteSink<std::string> sink(out, static_cast<int32_t>(in.size()));
  nfkc->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink,
                      edits != nullptr ? &icu_edits : nullptr, status);
  if (U_FAILURE(status)) {
    out->assign(in);
    if (edits != nullptr) edits->push_back({0, 0, in.size(), in.size(), false});
    return;
  }
  if (edits == nullptr) return;
  icu::Edits::Iterator it = icu_edits.getFineIterator();
  UErrorCode it_status = U_ZERO_ERROR;
  while (it.next(it_status)) {
    edits->push_back({static_cast<size_t>(it.sourceIndex()),
                      static_cast<size_t>(it.destinationIndex()),
                      static_cast<size_t>(it.oldLength()), static_cast<size_t>(it.newLength()),
                      static_cast<bool>(it.hasChange())});
  }
}

std::optional<CharsetGuess> DetectCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                 ucsdet_close);
  if (U_FAILURE(status)) return std::nullopt;
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), 64 * 1024));
  ucsdet_setText(det.get(), bytes.data(), n, &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  int32_t confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr) return std::nullopt;
  return CharsetGuess{name, confidence};
}

Result<std::string> ConvertToUtf8(std::string_view bytes, std::string_view encoding) {
  std::string name(encoding);
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "shift_jis" || lower == "sjis" || lower == "shift-jis" || lower == "cp932") {
    name = "windows-31j";
  } else if (lower == "euc-jp" || lower == "eucjp") {
    name = "EUC-JP";
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(name.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status) || status == U_AMBIGUOUS_ALIAS_WARNING) {
    if (U_FAILURE(status)) {
      return Status::InvalidArgument(fmt::format("unknown encoding '{}'", encoding));
    }
  }
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) return Status::IOError("cannot open the UTF-8 converter");
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) {
    return Status::DataError(fmt::format("byte {}: not valid {}", source - bytes.data(), encoding));
  }
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

Result<std::shared_ptr<const Utf8Regex>> Utf8Regex::Compile(std::string_view pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  icu::UnicodeString p = icu::UnicodeString::fromUTF8(
      icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  icu::RegexPattern* compiled = icu::RegexPattern::compile(p, 0, parse_error, status);
  if (U_FAILURE(status) || compiled == nullptr) {
    delete compiled;
    return Status::InvalidArgument(fmt::format("bad regular expression '{}': {} at offset {}",
                                               pattern, u_errorName(status), parse_error.offset));
  }
  std::shared_ptr<Utf8Regex> re(new Utf8Regex());
  re->pattern_ = compiled;
  return std::shared_ptr<const Utf8Regex>(std::move(re));
}

Utf8Regex::~Utf8Regex() { delete static_cast<icu::RegexPattern*>(pattern_); }

bool Utf8Regex::Search(std::string_view text) const {
  size_t begin = 0, end = 0;
  return Find(text, &begin, &end);
}

bool Utf8Regex::Find(std::string_view text, size_t* begin, size_t* end) const {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return false;
  std::unique_ptr<icu::RegexMatcher> m(
      static_cast<const icu::RegexPattern*>(pattern_)->matcher(status));
  bool found = false;
  if (U_SUCCESS(status)) {
    m->reset(ut);
    // Over a UTF-8 UText, native indices are byte offsets.
    found = m->find(status) && U_SUCCESS(status);
    if (found) {
      *begin = static_cast<size_t>(m->start64(status));
      *end = static_cast<size_t>(m->end64(status));
      found = U_SUCCESS(status);
    }
  }
  utext_close(ut);
  return found;
}

std::vector<std::pair<size_t, size_t>> Utf8Regex::FindAll(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return out;
  std::unique_ptr<icu::RegexMatcher> m(
      static_cast<const icu::RegexPattern*>(pattern_)->matcher(status));
  if (U_SUCCESS(status)) {
    m->reset(ut);
    // Over a UTF-8 UText, native indices are byte offsets; find() moves on
    // past an empty match by itself.
    while (m->find(status) && U_SUCCESS(status)) {
      const auto b = static_cast<size_t>(m->start64(status));
      const auto e = static_cast<size_t>(m->end64(status));
      if (U_FAILURE(status)) break;
      if (e > b) out.emplace_back(b, e);
    }
  }
  utext_close(ut);
  return out;
}

}  // namespace kiji::internal
