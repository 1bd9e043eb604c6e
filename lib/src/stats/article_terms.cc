#include "stats/article_terms.h"

#include <algorithm>

namespace kiji::internal {
namespace {

// Bumped whenever the layout changes: values of another version are
// recomputed.
constexpr uint8_t kArticleTermsVersion = 1;

void PutVar(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Reads varints and byte runs, checking the bounds; the first failure sticks.
class Reader {
 public:
  explicit Reader(std::string_view b) : p_(b.data()), end_(b.data() + b.size()) {}
  bool ok() const { return ok_; }
  bool at_end() const { return p_ == end_; }
  size_t left() const { return static_cast<size_t>(end_ - p_); }
  uint64_t Var() {
    if (p_ < end_ && static_cast<uint8_t>(*p_) < 0x80) return static_cast<uint8_t>(*p_++);
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && p_ < end_; shift += 7) {
      const auto b = static_cast<uint8_t>(*p_++);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    ok_ = false;
    p_ = end_;
    return 0;
  }
  std::string_view Bytes(uint64_t n) {
    if (n > left()) {
      ok_ = false;
      p_ = end_;
      return {};
    }
    std::string_view s(p_, static_cast<size_t>(n));
    p_ += n;
    return s;
  }

 private:
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

}  // namespace

ArticleTerms CountTerms(const Document& doc, const TermExtractor& extractor) {
  const int nmin = extractor.options().ngram_min, nmax = extractor.options().ngram_max;
  ArticleTerms out;
  // Unigrams view the tokens; n-gram texts view a buffer the next sentence
  // reuses, so they are copied.
  std::vector<std::string_view> all;
  std::vector<std::string> owned;
  std::vector<TermOccurrence> occ;
  std::string buffer;
  for (const Sentence& s : doc.sentences) {
    occ.clear();
    extractor.ExtractSentence(doc, s, 0, &occ, &buffer);
    for (const TermOccurrence& o : occ) {
      if (o.n == 1) ++out.unigrams;
      if (o.n < nmin || o.n > nmax) continue;
      if (o.n == 1) {
        all.push_back(o.text);
      } else {
        owned.emplace_back(o.text);
      }
    }
  }
  for (const std::string& s : owned) all.push_back(s);
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i < all.size();) {
    size_t j = i + 1;
    while (j < all.size() && all[j] == all[i]) ++j;
    out.terms.emplace_back(std::string(all[i]), j - i);
    i = j;
  }
  return out;
}

void EncodeArticleTerms(const ArticleTerms& t, std::string* out) {
  out->push_back(static_cast<char>(kArticleTermsVersion));
  PutVar(t.unigrams, out);
  PutVar(t.terms.size(), out);
  std::string_view prev;
  for (const auto& [term, count] : t.terms) {
    size_t shared = 0;
    while (shared < prev.size() && shared < term.size() && prev[shared] == term[shared]) ++shared;
    PutVar(shared, out);
    PutVar(term.size() - shared, out);
    out->append(term, shared);
    PutVar(count, out);
    prev = term;
  }
}

bool DecodeArticleTerms(std::string_view bytes, ArticleTerms* t) {
  if (bytes.empty() || static_cast<uint8_t>(bytes[0]) != kArticleTermsVersion) return false;
  Reader in(bytes.substr(1));
  t->unigrams = in.Var();
  const uint64_t n = in.Var();
  if (!in.ok() || n > in.left()) return false;
  t->terms.clear();
  t->terms.reserve(n);
  std::string_view prev;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t shared = in.Var();
    const std::string_view rest = in.Bytes(in.Var());
    const uint64_t count = in.Var();
    // Strictly increasing terms with a count, as CountTerms gives them.
    if (!in.ok() || shared > prev.size() || count == 0 || (i > 0 && rest.empty()) ||
        (shared < prev.size() && static_cast<unsigned char>(rest[0]) <=
                                     static_cast<unsigned char>(prev[shared]))) {
      return false;
    }
    std::string term;
    term.reserve(shared + rest.size());
    term.append(prev.substr(0, shared)).append(rest);
    t->terms.emplace_back(std::move(term), count);
    prev = t->terms.back().first;
  }
  return in.at_end();
}

}  // namespace kiji::internal
