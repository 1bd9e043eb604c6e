// Hand-built Documents for tests that need tokens but not MeCab: each
// sentence is a list of tokens written "surface" or "surface/lemma" (or
// "surface/lemma/pos" with pos one of adj, suffix, ws). The article text is
// the concatenation of the surfaces, with "\n" between sentences, so spans
// are exact.
#ifndef KIJI_TESTS_SUPPORT_HAND_DOC_H_
#define KIJI_TESTS_SUPPORT_HAND_DOC_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiji/token.h"
#include "kiji/utf8.h"

namespace kiji::testing {

struct HandDoc {
  std::unique_ptr<Article> article = std::make_unique<Article>();
  std::vector<std::string> lemmas;  // owns the lemmas the tokens view
  Document doc;
};

inline std::unique_ptr<HandDoc> MakeDoc(const std::vector<std::vector<std::string>>& sentences) {
  auto h = std::make_unique<HandDoc>();
  std::string& text = h->article->text;
  struct Raw {
    size_t b, e;
    std::string lemma;
    PosClass pos;
  };
  std::vector<std::vector<Raw>> raw;
  for (const auto& s : sentences) {
    raw.emplace_back();
    for (const std::string& spec : s) {
      std::vector<std::string> parts;
      size_t p = 0;
      while (true) {
        size_t slash = spec.find('/', p);
        parts.push_back(spec.substr(p, slash == std::string::npos ? std::string::npos : slash - p));
        if (slash == std::string::npos) break;
        p = slash + 1;
      }
      PosClass pos = PosClass::kNoun;
      if (parts.size() > 2) {
        pos = parts[2] == "adj"      ? PosClass::kAdjective
              : parts[2] == "suffix" ? PosClass::kSuffix
              : parts[2] == "ws"     ? PosClass::kWhitespace
                                     : PosClass::kOther;
      }
      raw.back().push_back({text.size(), text.size() + parts[0].size(),
                            parts.size() > 1 ? parts[1] : parts[0], pos});
      text += parts[0];
    }
    text += "\n";
  }
  h->lemmas.reserve(1000);
  CodePointIndex cps(text);
  for (uint32_t si = 0; si < raw.size(); ++si) {
    Sentence sent;
    sent.token_begin = static_cast<uint32_t>(h->doc.tokens.size());
    for (const Raw& r : raw[si]) {
      h->lemmas.push_back(r.lemma);
      Token t;
      t.surface = std::string_view(text).substr(r.b, r.e - r.b);
      t.lemma = h->lemmas.back();
      t.pos_class = r.pos;
      t.sentence = si;
      t.byte_begin = static_cast<uint32_t>(r.b);
      t.byte_end = static_cast<uint32_t>(r.e);
      t.start = cps.ToCodePoint(r.b);
      t.end = cps.ToCodePoint(r.e);
      h->doc.tokens.push_back(t);
    }
    sent.token_end = static_cast<uint32_t>(h->doc.tokens.size());
    if (!raw[si].empty()) {
      sent.byte_begin = static_cast<uint32_t>(raw[si].front().b);
      sent.byte_end = static_cast<uint32_t>(raw[si].back().e);
      sent.start = cps.ToCodePoint(sent.byte_begin);
      sent.end = cps.ToCodePoint(sent.byte_end);
    }
    h->doc.sentences.push_back(sent);
  }
  h->doc.article = h->article.get();
  return h;
}

}  // namespace kiji::testing

#endif  // KIJI_TESTS_SUPPORT_HAND_DOC_H_
