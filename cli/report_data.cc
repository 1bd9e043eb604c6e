#include "report_data.h"

#include <filesystem>

#include "kiji/fingerprint.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

Status AddFingerprints(const std::vector<std::string>& files, Provenance* p) {
  for (const std::string& f : files) {
    KIJI_ASSIGN_OR_RETURN(std::string fp, FileFingerprint(f));
    p->lexicons.emplace_back(std::filesystem::path(f).filename().string(), fp);
  }
  return Status::Ok();
}

}  // namespace

Result<ReportData> LoadReportData(const std::vector<std::string>& lexicons,
                                  const CorpusArgs& corpus, const Model* model, TermOptions terms) {
  ReportData d;
  std::vector<std::string> sector_files = SectorLexiconsOr(lexicons);
  KIJI_ASSIGN_OR_RETURN(SectorLexicon sectors, SectorLexicon::Load(sector_files));
  d.sectors = std::make_shared<const SectorLexicon>(std::move(sectors));
  QuoteLexiconPaths q = Defaults().quote_lexicon;
  KIJI_ASSIGN_OR_RETURN(QuoteLexicon quotes, QuoteLexicon::Load(q));
  d.quotes = std::make_shared<const QuoteLexicon>(std::move(quotes));
  d.terms = std::move(terms);
  if (model != nullptr) {
    KIJI_ASSIGN_OR_RETURN(d.identity, RunIdentity(*model, corpus));
  }
  Provenance& p = d.provenance;
  p.kiji_version = KIJI_VERSION;
  p.mecab_version = MecabVersion();
  p.dictionary = d.identity["dict.layout"];
  p.dictionary_fingerprint = d.identity["dict.fingerprint"];
  p.terms = d.identity["dict.terms"];
  p.stopwords = d.terms.stopwords ? d.terms.stopwords->fingerprint() : "none";
  KIJI_RETURN_IF_ERROR(AddFingerprints(sector_files, &p));
  KIJI_RETURN_IF_ERROR(AddFingerprints(
      {q.verbs, q.statement_nouns, q.honorifics, q.speaker_words, q.context_words, q.aliases}, &p));
  return d;
}

}  // namespace kiji::cli
