// Hand-made Documents for the term-statistics tests: no MeCab needed.
//
//   FakeDoc d("a", {{{"中国", "中国", kiji::PosClass::kProperNoun}, ...}, ...});
//   counts.Add(d.doc, {});
#ifndef KIJI_TESTS_STATS_FIXTURE_H_
#define KIJI_TESTS_STATS_FIXTURE_H_

#include <deque>
#include <string>
#include <vector>

#include "kiji/token.h"
#include "kiji/utf8.h"

struct FakeToken {
  FakeToken(std::string s, std::string l, kiji::PosClass p = kiji::PosClass::kNoun,
            std::string p2 = "", bool unk = false)
      : surface(std::move(s)), lemma(std::move(l)), pos(p), pos2(std::move(p2)), unknown(unk) {}
  std::string surface;
  std::string lemma;
  kiji::PosClass pos = kiji::PosClass::kNoun;
  std::string pos2;  // second POS level (e.g. 非自立), may be empty
  bool unknown = false;
};

// One article: the text is the surfaces of each sentence concatenated, and a
// newline between sentences. Not copyable or movable (the Document points at
// the Article).
class FakeDoc {
 public:
  FakeDoc(std::string id, const std::vector<std::vector<FakeToken>>& sentences,
          std::string source = "", std::string date = "") {
    article.id = id;
    article.path = id;
    article.source = std::move(source);
    article.date = std::move(date);
    for (const auto& s : sentences) {
      for (const FakeToken& t : s) article.text += t.surface;
      article.text += "\n";
    }
    doc.article = &article;
    size_t byte = 0;
    for (const auto& s : sentences) {
      kiji::Sentence sent;
      sent.token_begin = static_cast<uint32_t>(doc.tokens.size());
      sent.byte_begin = static_cast<uint32_t>(byte);
      for (const FakeToken& f : s) {
        kiji::Token t;
        t.surface = std::string_view(article.text).substr(byte, f.surface.size());
        t.lemma = strings_.emplace_back(f.lemma);
        t.reading = strings_.emplace_back("");
        t.pos[0] = "";
        t.pos[1] = strings_.emplace_back(f.pos2);
        t.pos_class = f.pos;
        // The adapter derives the trait from 非自立 (analysis/mecab_tagger.cc).
        if (f.pos2 == "非自立") t.Set(kiji::TokenTrait::kDependent);
        t.unknown = f.unknown;
        t.sentence = static_cast<uint32_t>(doc.sentences.size());
        t.byte_begin = static_cast<uint32_t>(byte);
        t.byte_end = static_cast<uint32_t>(byte + f.surface.size());
        t.start = static_cast<uint32_t>(kiji::CountCodePoints(article.text.substr(0, byte)));
        t.end = t.start + static_cast<uint32_t>(kiji::CountCodePoints(f.surface));
        byte += f.surface.size();
        doc.tokens.push_back(t);
      }
      sent.token_end = static_cast<uint32_t>(doc.tokens.size());
      sent.byte_end = static_cast<uint32_t>(byte);
      doc.sentences.push_back(sent);
      byte += 1;  // the newline
    }
  }
  FakeDoc(const FakeDoc&) = delete;
  FakeDoc& operator=(const FakeDoc&) = delete;

  kiji::Article article;
  kiji::Document doc;

 private:
  std::deque<std::string> strings_;
};

// Shorthands: a noun, a verb (surface, lemma), a particle.
inline FakeToken N(std::string s) { return {s, s, kiji::PosClass::kNoun}; }
inline FakeToken V(std::string s, std::string lemma) { return {s, lemma, kiji::PosClass::kVerb}; }
inline FakeToken P(std::string s) { return {s, s, kiji::PosClass::kParticle}; }

#endif  // KIJI_TESTS_STATS_FIXTURE_H_
