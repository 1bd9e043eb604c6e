#include "kiji/term_selection.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "analysis/pos_class_names.h"
#include "base/data_file.h"
#include "kiji/enum_names.h"
#include "kiji/normalize.h"
#include "kiji/utf8.h"
#include "stats/term_hash.h"

namespace kiji {
bool PunctuationOnly(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t c = DecodeUtf8(s, &pos);
    const bool punct =
        (c < 0x80 &&
         !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) ||
        (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || c == 0x30FB ||
        (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
        (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
    if (!punct) return false;
  }
  return true;
}

namespace {
constexpr auto kTermFieldNames = MakeEnumNames<TermField>({{TermField::kSurface, "surface"},
                                                           {TermField::kLemma, "lemma"},
                                                           {TermField::kReading, "reading"}});
}  // namespace

std::string_view TermFieldName(TermField v) { return kTermFieldNames.Name(v); }

bool ParseTermField(std::string_view s, TermField* out) { return kTermFieldNames.Parse(s, out); }

bool ParsePosClass(std::string_view s, PosClass* out) { return kPosClassNames.Parse(s, out); }

PosSet PosSet::ContentWords() {
  PosSet s;
  for (PosClass c : {PosClass::kNoun, PosClass::kProperNoun, PosClass::kVerb, PosClass::kAdjective,
                     PosClass::kAdjectivalNoun}) {
    s.Add(c);
  }
  return s;
}

Result<PosSet> PosSet::Parse(std::string_view list) {
  PosSet s;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t comma = list.find(',', pos);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view name = list.substr(pos, comma - pos);
    PosClass c;
    if (!ParsePosClass(name, &c)) {
      return Status::InvalidArgument(fmt::format(
          "unknown part of speech '{}' in --pos (expected names such as noun, proper_noun, "
          "verb, adjective, adjectival_noun, numeral, symbol)",
          name));
    }
    s.Add(c);
    pos = comma + 1;
  }
  return s;
}

std::string PosSet::ToString() const {
  std::string out;
  for (int i = 0; i <= static_cast<int>(PosClass::kOther); ++i) {
    if (!Has(static_cast<PosClass>(i))) continue;
    if (!out.empty()) out.push_back(',');
    out.append(PosClassName(static_cast<PosClass>(i)));
  }
  return out;
}

size_t Stopwords::QuickSlot(std::string_view term) {
  if (term.empty()) return 0;
  const uint64_t ends = (uint64_t{static_cast<unsigned char>(term.front())} << 8) |
                        static_cast<unsigned char>(term.back());
  const uint64_t k = (term.size() * 0x9E3779B97F4A7C15ull) ^ (ends * 0xC2B2AE3D27D4EB4Full);
  return static_cast<size_t>(k >> 52);  // 12 bits
}

void Stopwords::Insert(std::string word) {
  const size_t slot = QuickSlot(word);
  quick_[slot / 64] |= uint64_t{1} << (slot % 64);
  words_.insert(std::move(word));
}

bool Stopwords::Contains(std::string_view term) const {
  const size_t slot = QuickSlot(term);
  if (((quick_[slot / 64] >> (slot % 64)) & 1) == 0) return false;
  return words_.find(term) != words_.end();
}

Result<Stopwords> Stopwords::Parse(std::string_view text, const std::string& path) {
  Stopwords s;
  KIJI_RETURN_IF_ERROR(
      ForEachDataLine(text, path, [&](size_t line_no, std::string_view line) -> Status {
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        if (line.empty()) return Status::Ok();
        if (line.find('\t') != std::string_view::npos) {
          return Status::DataError(
              fmt::format("{}:{}: expected one term per line, found a TAB: '{}'", path, line_no,
                          line.substr(0, 40)));
        }
        s.Insert(NormalizeString(line));
        return Status::Ok();
      }));
  std::vector<std::string> sorted(s.words_.begin(), s.words_.end());
  std::sort(sorted.begin(), sorted.end());
  internal::Fnv1a64 h;
  for (const std::string& w : sorted) {
    h.Update(w);
    h.Update(std::string_view("\n", 1));
  }
  s.fingerprint_ = h.Hex();
  return s;
}

Result<Stopwords> Stopwords::Load(const std::string& path) {
  KIJI_ASSIGN_OR_RETURN(std::string text, ReadDataFile(path, "stopwords"));
  return Parse(text, path);
}

TermExtractor::TermExtractor(TermOptions options) : options_(std::move(options)) {}

std::string_view TermExtractor::TermText(const Token& t) const {
  switch (options_.by) {
    case TermField::kSurface:
      return t.surface;
    case TermField::kReading:
      return t.reading;
    case TermField::kLemma:
      break;
  }
  return t.lemma;
}

bool TermExtractor::Keeps(const Token& t) const {
  if (!options_.pos.Has(t.pos_class)) return false;
  std::string_view text = TermText(t);
  if (text.empty() || (t.unknown && PunctuationOnly(text))) return false;
  return !(options_.stopwords && options_.stopwords->Contains(text));
}

void TermExtractor::ExtractSentence(const Document& doc, const Sentence& s, uint32_t position_base,
                                    std::vector<TermOccurrence>* out, std::string* buffer) const {
  buffer->clear();
  const bool ngrams = options_.ngram_max > 1;
  // Runs of consecutive kept tokens, as ranges of *out (only for n-grams).
  std::vector<std::pair<size_t, size_t>> runs;
  size_t run_begin = out->size();
  uint32_t position = position_base;
  for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.pos_class == PosClass::kWhitespace) continue;
    if (!Keeps(t)) {
      if (ngrams && out->size() > run_begin) runs.emplace_back(run_begin, out->size());
      run_begin = out->size();
      continue;
    }
    out->push_back({TermText(t), i, position++, 1});
  }
  if (!ngrams) return;
  if (out->size() > run_begin) runs.emplace_back(run_begin, out->size());
  // n-grams: build every text into *buffer first (offsets), then make views,
  // because appending may move the buffer.
  struct Pending {
    size_t offset, length;
    uint32_t index, position;
    uint8_t n;
  };
  std::vector<Pending> pending;
  for (int n = std::max(2, options_.ngram_min); n <= options_.ngram_max; ++n) {
    for (auto [b, e] : runs) {
      for (size_t k = b; k + static_cast<size_t>(n) <= e; ++k) {
        const size_t offset = buffer->size();
        for (int j = 0; j < n; ++j) {
          if (j > 0) buffer->push_back(' ');
          buffer->append((*out)[k + static_cast<size_t>(j)].text);
        }
        pending.push_back({offset, buffer->size() - offset, (*out)[k].index, (*out)[k].position,
                           static_cast<uint8_t>(n)});
      }
    }
  }
  for (const Pending& p : pending) {
    out->push_back(
        {std::string_view(*buffer).substr(p.offset, p.length), p.index, p.position, p.n});
  }
}

std::vector<std::pair<std::string, uint64_t>> TermExtractor::CountTerms(const Document& doc) const {
  std::unordered_map<std::string, uint64_t> counts;
  std::vector<TermOccurrence> occ;
  std::string buffer;
  for (const Sentence& s : doc.sentences) {
    occ.clear();
    ExtractSentence(doc, s, 0, &occ, &buffer);
    for (const TermOccurrence& t : occ) {
      if (t.n >= options_.ngram_min && t.n <= options_.ngram_max) ++counts[std::string(t.text)];
    }
  }
  std::vector<std::pair<std::string, uint64_t>> out(counts.begin(), counts.end());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kiji
