#include "check_setup.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "kiji/fingerprint.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"

namespace kiji::cli {

Result<CheckConfig> FindConfig(const CheckArgs& a) {
  if (!a.config.empty()) return LoadCheckConfig(a.config);
  std::string start = ".";
  if (!a.corpus.inputs.empty()) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p(a.corpus.inputs[0]);
    start = fs::is_directory(p, ec) ? p.string() : p.parent_path().string();
  }
  if (std::optional<std::string> found = FindCheckConfig(start.empty() ? "." : start)) {
    return LoadCheckConfig(*found);
  }
  return CheckConfig();
}

// Fingerprints of the data the content rules depend on, for the cache key.
std::string AnalysisIdentity(const CheckArgs& a, const std::vector<std::string>& files) {
  std::string id = "dict=" + DictionaryName(a.corpus);
  if (Result<DictionaryInfo> dict = ResolveDictionary(DictionaryOptions(a.corpus)); dict.ok()) {
    if (Result<std::string> fp = DictionaryFingerprint(dict->dir); fp.ok()) id += ":" + *fp;
  }
  for (const std::string& f : files) {
    Result<std::string> fp = FileFingerprint(f);
    id += "\n" + f + "=" + (fp.ok() ? *fp : "missing");
  }
  for (const std::string& u : a.corpus.user_dicts) {
    Result<std::string> fp = FileFingerprint(u);
    id += "\nuserdic=" + (fp.ok() ? *fp : u);
  }
  return id;
}

Status LoadLexicons(const CheckArgs& a, CheckOptions* o, std::vector<std::string>* files) {
  const std::string data = DataDir();
  if (o->config.On(RuleIndex::kNoSector)) {
    const std::string path = data + "/sectors.tsv";
    KIJI_ASSIGN_OR_RETURN(SectorLexicon lex, SectorLexicon::Load({path}));
    o->sectors = std::make_shared<const SectorLexicon>(std::move(lex));
    files->push_back(path);
  }
  if (o->config.On(RuleIndex::kQuoteWithoutSpeaker)) {
    QuoteLexiconPaths paths = QuoteLexiconPaths::In(data);
    KIJI_ASSIGN_OR_RETURN(QuoteLexicon lex, QuoteLexicon::Load(paths));
    o->quotes = std::make_shared<const QuoteLexicon>(std::move(lex));
    for (const std::string* p :
         {&paths.verbs, &paths.statement_nouns, &paths.honorifics, &paths.speaker_words,
          &paths.context_words, &paths.aliases}) {
      files->push_back(*p);
    }
  }
  if (!a.corpus.no_terms) {
    files->push_back(a.corpus.terms.empty() ? data + "/terms.tsv" : a.corpus.terms);
  }
  return Status::Ok();
}

// The report set: files changed since --since and names from --files0-from.
Status ReportSet(const CheckArgs& a, const std::vector<std::string>& corpus, Io& io,
                 std::optional<std::vector<std::string>>* report) {
  if (a.since.empty() && a.corpus.files0_from.empty()) return Status::Ok();
  report->emplace();
  if (!a.since.empty()) {
    KIJI_ASSIGN_OR_RETURN(std::vector<std::string> changed,
                          ChangedFilesSince(a.since, a.corpus.inputs));
    std::set<std::string> changed_set;
    for (const std::string& c : changed) {
      changed_set.insert(std::filesystem::path(c).lexically_normal().string());
    }
    for (const std::string& p : corpus) {  // only files the walk picks up
      if (changed_set.count(std::filesystem::path(p).lexically_normal().string())) {
        (*report)->push_back(p);
      }
    }
  }
  if (!a.corpus.files0_from.empty()) {
    std::string list;
    if (a.corpus.files0_from == "-") {
      list.assign(std::istreambuf_iterator<char>(io.in()), std::istreambuf_iterator<char>());
    } else {
      std::ifstream in(a.corpus.files0_from, std::ios::binary);
      if (!in) return Status::IOError(a.corpus.files0_from + ": cannot read file list");
      list.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    for (std::string& p : SplitFileList0(list)) (*report)->push_back(std::move(p));
  }
  return Status::Ok();
}

}  // namespace kiji::cli
