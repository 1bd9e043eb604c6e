#include "cache/document_codec.h"

#include <xxhash.h>

#include <unordered_map>
#include <vector>

#include "analysis/raw_feature.h"

namespace kiji::internal {
namespace {

// Bumped whenever the layout below changes; a value of another version does
// not decode and is recomputed.
// 2: the surfaces and spans of all tokens first, then the other fields
// behind their byte length, so that a reader of surfaces skips them.
// 3: a surface as its length and its offset from the previous surface's
// end (most often 0: one byte each instead of a tag and a 2-3 byte offset).
// 4: the other fields of a token (nine strings and the traits) as an index
// into a table of the article's distinct field sets: a word repeats, and
// decoding its nine strings again for every occurrence was most of a warm
// `kiji stats`.
constexpr uint8_t kCodecVersion = 4;

void PutVar(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// The strings of one article other than slices of the normalized text.
class Interner {
 public:
  explicit Interner(std::string_view normalized) : normalized_(normalized) {}
  // 0: empty; 1: a slice of normalized (offset, length follow); 2 + i: table[i].
  void Put(std::string_view s, std::string* out) {
    if (s.empty()) {
      out->push_back(0);
      return;
    }
    const char* b = normalized_.data();
    if (s.data() >= b && s.data() + s.size() <= b + normalized_.size()) {
      out->push_back(1);
      PutVar(static_cast<uint64_t>(s.data() - b), out);
      PutVar(s.size(), out);
      return;
    }
    auto [it, added] = index_.try_emplace(s, table_.size());
    if (added) table_.push_back(s);
    PutVar(2 + it->second, out);
  }
  const std::vector<std::string_view>& table() const { return table_; }

 private:
  std::string_view normalized_;
  std::unordered_map<std::string_view, size_t> index_;
  std::vector<std::string_view> table_;
};

// The string fields of a token other than its surface, in stored order.
std::array<std::string_view, 9> OtherFields(const Token& t) {
  return {t.lemma,    t.reading, t.pos[0],     t.pos[1],         t.pos[2],
          t.pos[3],   t.conj_type, t.conj_form, RawFeature::Of(t)};
}

// A token's fields of OtherFields() and its traits, from another token.
void CopyOtherFields(const Token& from, Token* to) {
  to->lemma = from.lemma;
  to->reading = from.reading;
  to->pos = from.pos;
  to->conj_type = from.conj_type;
  to->conj_form = from.conj_form;
  *RawFeature::Of(to) = RawFeature::Of(from);
  to->traits = from.traits;
}

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool ok() const { return ok_; }
  void Fail() { ok_ = false; }
  bool done() const { return ok_ && pos_ == b_.size(); }
  size_t pos() const { return pos_; }
  size_t left() const { return b_.size() - pos_; }
  uint64_t Var() {
    // Most numbers (deltas, lengths, tags) fit in one byte.
    if (pos_ < b_.size() && static_cast<uint8_t>(b_[pos_]) < 0x80) {
      return static_cast<uint8_t>(b_[pos_++]);
    }
    return LongVar();
  }
  uint64_t LongVar() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= b_.size()) break;
      const auto c = static_cast<uint8_t>(b_[pos_++]);
      v |= static_cast<uint64_t>(c & 0x7F) << shift;
      if ((c & 0x80) == 0) return v;
    }
    ok_ = false;
    return 0;
  }
  uint32_t U32() {
    const uint64_t v = Var();
    if (v > UINT32_MAX) ok_ = false;
    return static_cast<uint32_t>(v);
  }
  std::string_view Bytes(uint64_t n) {
    if (n > b_.size() - pos_) {
      ok_ = false;
      return {};
    }
    std::string_view s = b_.substr(pos_, n);
    pos_ += n;
    return s;
  }

 private:
  std::string_view b_;
  size_t pos_ = 0;
  bool ok_ = true;
};

std::string_view GetString(Reader& r, std::string_view normalized,
                           const std::vector<std::string_view>& table) {
  const uint64_t tag = r.Var();
  if (tag == 0) return {};
  if (tag == 1) {
    const uint64_t off = r.Var(), len = r.Var();
    if (off > normalized.size() || len > normalized.size() - off) {
      r.Fail();
      return {};
    }
    return normalized.substr(off, len);
  }
  if (tag - 2 >= table.size()) {
    r.Fail();
    return {};
  }
  return table[tag - 2];
}

// A token's surface: empty or a view of the normalized text, never a string
// of the table (kwic and the span writers take its offset in the text).
// Stored as its length and, when not empty, the offset from *prev_end, the
// end of the previous token's surface, which it then moves.
void PutSurface(std::string_view surface, std::string_view normalized, size_t* prev_end,
                std::string* out) {
  PutVar(surface.size(), out);
  if (surface.empty()) return;
  const char* b = normalized.data();
  const bool inside = surface.data() >= b && surface.data() + surface.size() <= b + normalized.size();
  // A surface outside the text cannot be stored: an offset past the end
  // makes the entry fail to decode, so that it is recomputed.
  const size_t off = inside ? static_cast<size_t>(surface.data() - b) : normalized.size() + 1;
  PutVar(ZigZag(static_cast<int64_t>(off) - static_cast<int64_t>(*prev_end)), out);
  *prev_end = off + surface.size();
}

std::string_view GetSurface(Reader& r, std::string_view normalized, size_t* prev_end) {
  const uint64_t len = r.Var();
  if (len == 0) return {};
  const int64_t off = static_cast<int64_t>(*prev_end) + UnZigZag(r.Var());
  if (off < 0 || static_cast<uint64_t>(off) > normalized.size() ||
      len > normalized.size() - static_cast<size_t>(off)) {
    r.Fail();
    return {};
  }
  *prev_end = static_cast<size_t>(off) + len;
  return normalized.substr(static_cast<size_t>(off), len);
}

}  // namespace

void EncodeDocument(const Document& doc, std::string* out) {
  out->push_back(static_cast<char>(kCodecVersion));
  PutVar(doc.normalized.size(), out);
  out->append(doc.normalized);
  PutVar(doc.sentences.size(), out);
  for (const Sentence& s : doc.sentences) {
    PutVar(static_cast<uint64_t>(s.kind), out);
    for (uint32_t v : {s.byte_begin, s.byte_end, s.start, s.end, s.token_begin, s.token_end,
                       s.line}) {
      PutVar(v, out);
    }
  }
  Interner strings(doc.normalized);
  std::string spans;  // the first token section
  // The second: each distinct encoding of a token's other fields once, and
  // then every token's index into them.
  std::string field_sets, field_set, indexes;
  std::unordered_map<std::string, size_t> field_set_index;
  uint32_t prev_sentence = 0, prev_byte_end = 0, prev_end = 0;  // of the previous token
  size_t prev_surface_end = 0;
  for (const Token& t : doc.tokens) {
    PutSurface(t.surface, doc.normalized, &prev_surface_end, &spans);
    spans.push_back(static_cast<char>(t.pos_class));
    spans.push_back(static_cast<char>((t.unknown ? 1 : 0) | (t.domain_term ? 2 : 0)));
    PutVar(ZigZag(int64_t{t.sentence} - prev_sentence), &spans);
    PutVar(ZigZag(int64_t{t.byte_begin} - prev_byte_end), &spans);
    PutVar(ZigZag(int64_t{t.byte_end} - t.byte_begin), &spans);
    PutVar(ZigZag(int64_t{t.start} - prev_end), &spans);
    PutVar(ZigZag(int64_t{t.end} - t.start), &spans);
    prev_sentence = t.sentence;
    prev_byte_end = t.byte_end;
    prev_end = t.end;
    field_set.clear();
    for (std::string_view f : OtherFields(t)) strings.Put(f, &field_set);
    PutVar(t.traits, &field_set);
    auto [it, added] = field_set_index.try_emplace(field_set, field_set_index.size());
    if (added) field_sets += field_set;
    PutVar(it->second, &indexes);
  }
  PutVar(strings.table().size(), out);
  for (std::string_view s : strings.table()) {
    PutVar(s.size(), out);
    out->append(s);
  }
  PutVar(doc.tokens.size(), out);
  out->append(spans);
  std::string others;
  PutVar(field_set_index.size(), &others);
  others += field_sets;
  others += indexes;
  PutVar(others.size(), out);
  out->append(others);
}

namespace {

bool ReadSentences(Reader& r, size_t limit, std::vector<Sentence>* out) {
  const uint64_t n = r.Var();
  if (!r.ok() || n > limit) return false;
  out->resize(n);
  for (Sentence& s : *out) {
    const uint64_t kind = r.Var();
    if (kind > static_cast<uint64_t>(BlockKind::kReference)) return false;
    s.kind = static_cast<BlockKind>(kind);
    for (uint32_t* v : {&s.byte_begin, &s.byte_end, &s.start, &s.end, &s.token_begin,
                        &s.token_end, &s.line}) {
      *v = r.U32();
    }
  }
  return r.ok();
}

// The interned strings, copied into *storage; *table views them. With
// TokenFields::kSurfaces they are skipped: no token field reads them.
bool ReadStrings(Reader& r, size_t limit, TokenFields fields, std::string* storage,
                 std::vector<std::string_view>* table) {
  const uint64_t n = r.Var();
  if (!r.ok() || n > limit) return false;
  if (fields == TokenFields::kSurfaces) {
    for (uint64_t i = 0; i < n && r.ok(); ++i) r.Bytes(r.Var());
    return r.ok();
  }
  std::vector<std::pair<size_t, size_t>> spans(n);
  for (auto& [off, len] : spans) {
    std::string_view s = r.Bytes(r.Var());
    off = storage->size();
    len = s.size();
    storage->append(s);
  }
  table->reserve(n);
  for (auto [off, len] : spans) table->push_back(std::string_view(*storage).substr(off, len));
  return r.ok();
}

// Each token's surface, POS class, flags and spans (the first section).
bool ReadTokenSpans(Reader& r, std::string_view normalized, std::vector<Token>* tokens) {
  // The previous token's sentence and ends, from which positions are deltas
  // (kept as three numbers: copying whole tokens was a tenth of a decode).
  uint32_t prev_sentence = 0, prev_byte_end = 0, prev_end = 0;
  size_t prev_surface_end = 0;
  for (Token& t : *tokens) {
    t.surface = GetSurface(r, normalized, &prev_surface_end);
    const std::string_view head = r.Bytes(2);  // POS class, flags
    if (head.size() != 2 || static_cast<uint8_t>(head[0]) > static_cast<uint8_t>(PosClass::kOther)) {
      return false;
    }
    t.pos_class = static_cast<PosClass>(head[0]);
    t.unknown = (head[1] & 1) != 0;
    t.domain_term = (head[1] & 2) != 0;
    t.sentence = static_cast<uint32_t>(prev_sentence + UnZigZag(r.Var()));
    t.byte_begin = static_cast<uint32_t>(prev_byte_end + UnZigZag(r.Var()));
    t.byte_end = static_cast<uint32_t>(t.byte_begin + UnZigZag(r.Var()));
    t.start = static_cast<uint32_t>(prev_end + UnZigZag(r.Var()));
    t.end = static_cast<uint32_t>(t.start + UnZigZag(r.Var()));
    if (!r.ok()) return false;
    prev_sentence = t.sentence;
    prev_byte_end = t.byte_end;
    prev_end = t.end;
  }
  return true;
}

// Steps over a string GetString() would read, checking only the bounds.
void SkipString(Reader& r) {
  const uint64_t tag = r.Var();
  if (tag == 1) {
    r.Var();
    r.Var();
  }
}

// The second section for TokenFields::kTerms, after its number of field
// sets: only each set's lemma and reading are kept, and only they are
// copied into the tokens (a warm `kiji stats` reads nothing else).
bool ReadTermFields(Reader& r, uint64_t bytes, size_t begin, uint64_t n_sets,
                    std::string_view normalized, const std::vector<std::string_view>& table,
                    std::vector<Token>* tokens) {
  std::vector<std::pair<std::string_view, std::string_view>> sets(n_sets);
  for (auto& [lemma, reading] : sets) {
    lemma = GetString(r, normalized, table);
    reading = GetString(r, normalized, table);
    for (int i = 0; i < 7; ++i) SkipString(r);  // POS, conjugation, feature
    r.Var();                                    // traits
  }
  for (Token& t : *tokens) {
    const uint64_t i = r.Var();
    if (i >= sets.size()) return false;
    t.lemma = sets[i].first;
    t.reading = sets[i].second;
  }
  return r.ok() && r.pos() - begin == bytes;
}

// The second section, `bytes` long: the other fields, or skipped.
bool ReadTokenFields(Reader& r, uint64_t bytes, TokenFields fields, std::string_view normalized,
                     const std::vector<std::string_view>& table, std::vector<Token>* tokens) {
  if (fields == TokenFields::kSurfaces) {
    r.Bytes(bytes);  // lemma, reading, POS, conjugation, feature, traits: not read
    return r.ok();
  }
  // The section's length is read from the value too: a damaged one must
  // not size the table of field sets beyond the bytes there are.
  if (bytes > r.left()) return false;
  const size_t begin = r.pos();
  // The distinct field sets, each read once into a token of its own.
  const uint64_t n_sets = r.Var();
  if (!r.ok() || n_sets > bytes) return false;
  if (fields == TokenFields::kTerms) {
    return ReadTermFields(r, bytes, begin, n_sets, normalized, table, tokens);
  }
  std::vector<Token> sets(n_sets);
  for (Token& set : sets) {
    std::string_view* fields_of[] = {&set.lemma,     &set.reading,   &set.pos[0],
                                     &set.pos[1],    &set.pos[2],    &set.pos[3],
                                     &set.conj_type, &set.conj_form, RawFeature::Of(&set)};
    for (std::string_view* f : fields_of) *f = GetString(r, normalized, table);
    set.traits = static_cast<uint16_t>(r.Var());
  }
  for (Token& t : *tokens) {
    const uint64_t i = r.Var();
    if (i >= sets.size()) return false;
    CopyOtherFields(sets[i], &t);
  }
  return r.ok() && r.pos() - begin == bytes;
}

// Spans must stay inside the article and the sentences inside the tokens,
// as downstream code slices with them unchecked.
bool SpansInside(const Document& doc, size_t text) {
  for (const Sentence& s : doc.sentences) {
    if (s.byte_begin > s.byte_end || s.byte_end > text || s.start > s.end ||
        s.token_begin > s.token_end || s.token_end > doc.tokens.size()) {
      return false;
    }
  }
  for (const Token& t : doc.tokens) {
    if (t.byte_begin > t.byte_end || t.byte_end > text || t.start > t.end ||
        t.sentence >= doc.sentences.size()) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool DecodeDocument(std::string_view bytes, const Article& article, TokenFields fields,
                    Document* doc) {
  doc->article = &article;
  doc->sentences.clear();
  doc->tokens.clear();
  if (bytes.empty() || static_cast<uint8_t>(bytes[0]) != kCodecVersion) return false;
  Reader r(bytes.substr(1));
  doc->normalized.assign(r.Bytes(r.Var()));
  if (!ReadSentences(r, bytes.size(), &doc->sentences)) return false;
  auto storage = std::make_shared<std::string>();
  std::vector<std::string_view> table;
  if (!ReadStrings(r, bytes.size(), fields, storage.get(), &table)) return false;
  const uint64_t n_tokens = r.Var();
  if (!r.ok() || n_tokens > bytes.size()) return false;
  doc->tokens.resize(n_tokens);
  if (!ReadTokenSpans(r, doc->normalized, &doc->tokens)) return false;
  const uint64_t others = r.Var();
  if (!ReadTokenFields(r, others, fields, doc->normalized, table, &doc->tokens)) return false;
  if (!r.done() || !SpansInside(*doc, article.text.size())) return false;
  doc->strings = std::move(storage);
  return true;
}

ContentKey ArticleKey(const Article& article) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, article.text.data(), article.text.size());
  for (const Block& b : article.blocks) {
    const uint64_t fields[] = {static_cast<uint64_t>(b.kind), b.begin, b.end, b.line};
    XXH3_128bits_update(state, fields, sizeof(fields));
  }
  const XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return {h.high64, h.low64};
}

}  // namespace kiji::internal
