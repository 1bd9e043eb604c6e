#include "report/article_summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "kiji/sectors.h"
#include "kiji/statements.h"
#include "kiji/utf8.h"

namespace kiji::report {
namespace {

// Reads a run of ASCII or full-width digits at *pos; -1 when there is none.
int ReadNumber(std::string_view s, size_t* pos, int max_digits) {
  int value = 0, digits = 0;
  while (*pos < s.size() && digits < max_digits) {
    size_t p = *pos;
    char32_t c = DecodeUtf8(s, &p);
    int d = (c >= U'0' && c <= U'9') ? int(c - U'0') : (c >= U'０' && c <= U'９') ? int(c - U'０') : -1;
    if (d < 0) break;
    value = value * 10 + d;
    ++digits;
    *pos = p;
  }
  return digits == 0 ? -1 : value;
}

bool Expect(std::string_view s, size_t* pos, std::string_view what) {
  if (s.substr(*pos, what.size()) != what) return false;
  *pos += what.size();
  return true;
}

}  // namespace

bool StartsWithIsoDate(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

std::string DateInText(std::string_view text) {
  for (size_t at = text.find("年"); at != std::string_view::npos; at = text.find("年", at + 1)) {
    size_t begin = at;  // walk back over up to 4 digits
    for (int n = 0; n < 4 && begin > 0; ++n) {
      size_t p = begin - 1;
      while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
      size_t q = p;
      int unused = ReadNumber(text, &q, 1);
      if (unused < 0 || q != begin) break;
      begin = p;
    }
    size_t pos = begin;
    int year = ReadNumber(text, &pos, 4);
    if (year < 1000 || pos != at || !Expect(text, &pos, "年")) continue;
    int month = ReadNumber(text, &pos, 2);
    if (month < 1 || month > 12 || !Expect(text, &pos, "月")) continue;
    int day = ReadNumber(text, &pos, 2);
    if (day < 1 || day > 31 || !Expect(text, &pos, "日")) continue;
    return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  }
  return "";
}

std::pair<std::string, std::string> ArticleDate(const Article& a) {
  if (StartsWithIsoDate(a.date)) {
    return {a.date.substr(0, 10), a.format == ArticleFormat::kLivedoor ? "livedoor"
                                  : a.format == ArticleFormat::kJsonl  ? "jsonl"
                                                                       : "text"};
  }
  for (const Block& b : a.blocks) {
    if (b.kind != BlockKind::kParagraph) continue;
    std::string date = DateInText(a.BlockText(b));
    if (!date.empty()) return {date, "text"};
    break;  // the first paragraph only
  }
  return {"", "none"};
}

std::string UrlHost(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  return std::string(rest.substr(0, rest.find_first_of("/?#:")));
}

std::string ArticleSource(const Article& a) {
  if (a.format == ArticleFormat::kLivedoor) {
    std::string host = UrlHost(a.url);
    return host.empty() ? a.source : host;
  }
  return a.source;
}

namespace {

RecordEvidence BestSentence(const Document& doc, const SectorScore& s, const std::string& id) {
  // The sentence with the most evidence hits; ties: the earliest.
  uint32_t best = s.evidence.front().sentence;
  size_t best_hits = 0;
  for (uint32_t sentence : s.sentences) {
    size_t hits = std::count_if(s.evidence.begin(), s.evidence.end(),
                                [&](const SectorHit& h) { return h.sentence == sentence; });
    if (hits > best_hits) best = sentence, best_hits = hits;
  }
  const Sentence& sent = doc.sentences[best];
  RecordEvidence e;
  e.sector = id;
  e.sentence.text = std::string(doc.Original(sent.byte_begin, sent.byte_end));
  e.sentence.start = sent.start;
  e.sentence.end = sent.end;
  for (const SectorHit& h : s.evidence) {
    if (h.sentence != best) continue;
    std::string term(h.text);
    if (std::find(e.sentence.terms.begin(), e.sentence.terms.end(), term) ==
        e.sentence.terms.end()) {
      e.sentence.terms.push_back(std::move(term));
    }
  }
  return e;
}

void AddSectors(const Document& doc, const SectorLexicon& lexicon, ArticleSummary* out) {
  for (const SectorScore& s : TagSectors(doc, lexicon, SectorOptions{})) {
    if (!s.tagged || lexicon.sectors()[s.sector].offtopic) continue;
    const std::string& id = lexicon.sectors()[s.sector].id;
    out->sectors.push_back(s.sector);
    out->record.row.sectors.push_back(id);
    if (s.evidence.empty()) continue;
    out->evidence_sectors.push_back(s.sector);
    out->record.evidence.push_back(BestSentence(doc, s, id));
  }
}

void AddStatements(const Document& doc, const QuoteLexicon& lexicon, ArticleRecord* out) {
  for (Statement& st : ExtractStatements(doc, lexicon)) {
    RecordStatement s;
    s.speaker = std::move(st.speaker);
    s.type = std::string(SpeakerTypeName(st.speaker_type));
    s.role = std::move(st.role);
    s.kind = std::string(StatementKindName(st.kind));
    s.quote = std::move(st.quote);
    s.verb = std::move(st.verb);
    s.start = st.quote_start;
    s.end = st.quote_end;
    out->statements.push_back(std::move(s));
  }
}

bool Kept(const ArticleRow& row, const ReportOptions& opt) {
  if (!opt.sector.empty() &&
      std::find(row.sectors.begin(), row.sectors.end(), opt.sector) == row.sectors.end()) {
    return false;
  }
  if (opt.from.empty() && opt.to.empty()) return true;
  if (row.date.empty()) return false;
  return (opt.from.empty() || row.date >= opt.from) && (opt.to.empty() || row.date <= opt.to);
}

}  // namespace

void FillArticleMetadata(const Article& a, ArticleRow* row) {
  row->id = a.id;
  row->title = a.title;
  std::tie(row->date, row->date_origin) = ArticleDate(a);
  row->source = ArticleSource(a);
  row->url = a.url;
}

namespace {

// The metadata, counts and sectors of a summary: all that filters read.
ArticleSummary SummarizeHead(const Document& doc, const SummaryContext& ctx) {
  const Article& a = *doc.article;
  ArticleSummary out;
  ArticleRow& row = out.record.row;
  FillArticleMetadata(a, &row);
  row.sentences = doc.sentences.size();
  row.tokens = doc.tokens.size();
  row.characters = CountCodePoints(a.text);
  AddSectors(doc, *ctx.sectors, &out);
  return out;
}

void SummarizeTail(const Document& doc, const SummaryContext& ctx, ArticleSummary* out) {
  AddStatements(doc, *ctx.quotes, &out->record);
  CountArticleTerms(doc, *ctx.terms, &out->record, &out->term_hashes, &out->compound_hashes);
}

}  // namespace

ArticleSummary Summarize(const Document& doc, const SummaryContext& ctx) {
  ArticleSummary out = SummarizeHead(doc, ctx);
  out.kept = Kept(out.record.row, *ctx.options);
  if (out.kept) SummarizeTail(doc, ctx, &out);
  return out;
}

ArticleSummary SummarizeAll(const Document& doc, const SummaryContext& ctx) {
  ArticleSummary out = SummarizeHead(doc, ctx);
  SummarizeTail(doc, ctx, &out);
  return out;
}

void ApplyFilters(const ReportOptions& options, ArticleSummary* s) {
  s->kept = Kept(s->record.row, options);
  if (s->kept) return;
  ArticleRecord& r = s->record;
  r.statements.clear();
  r.unigrams = 0;
  r.terms.clear();
  r.compounds.clear();
  s->term_hashes.clear();
  s->compound_hashes.clear();
}

Result<ArticleSummary> SummaryOfRecord(ArticleRecord record, const SectorLexicon& lexicon,
                                       const ReportOptions& options) {
  ArticleSummary out;
  auto index_of = [&](const std::string& id) -> Result<uint32_t> {
    const auto& sectors = lexicon.sectors();
    for (uint32_t i = 0; i < sectors.size(); ++i) {
      if (sectors[i].id == id && !sectors[i].offtopic) return i;
    }
    return Status::DataError(fmt::format("article '{}' is tagged with '{}', which is no "
                                         "cooperation sector of the lexicon", record.row.id, id));
  };
  for (const std::string& id : record.row.sectors) {
    KIJI_ASSIGN_OR_RETURN(uint32_t i, index_of(id));
    out.sectors.push_back(i);
  }
  for (const RecordEvidence& e : record.evidence) {
    KIJI_ASSIGN_OR_RETURN(uint32_t i, index_of(e.sector));
    out.evidence_sectors.push_back(i);
  }
  out.kept = Kept(record.row, options);
  out.record = std::move(record);
  return out;
}

}  // namespace kiji::report
