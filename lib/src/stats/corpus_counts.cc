#include "kiji/corpus_counts.h"

#include "kiji/fingerprint.h"
#include "stats/article_terms.h"

namespace kiji {
namespace {

// The files' fingerprints joined by commas; "none" for no file.
Result<std::string> JoinedFingerprints(const std::vector<std::string>& paths) {
  std::string joined;
  for (const std::string& path : paths) {
    KIJI_ASSIGN_OR_RETURN(std::string fp, FileFingerprint(path));
    if (!joined.empty()) joined.push_back(',');
    joined.append(fp);
  }
  return joined.empty() ? "none" : joined;
}

}  // namespace

Result<Metadata> RunIdentity(const DictionaryInfo& dict, const std::string& domain_terms,
                             const std::vector<std::string>& user_dicts) {
  Metadata m;
  m["dict.layout"] = std::string(DictLayoutName(dict.layout));
  m["dict.dir"] = dict.dir;
  KIJI_ASSIGN_OR_RETURN(m["dict.fingerprint"], DictionaryFingerprint(dict.dir));
  if (domain_terms.empty()) {
    m["dict.terms"] = "none";
  } else {
    KIJI_ASSIGN_OR_RETURN(m["dict.terms"], FileFingerprint(domain_terms));
  }
  KIJI_ASSIGN_OR_RETURN(m["dict.userdic"], JoinedFingerprints(user_dicts));
  return m;
}

Status AddGroupingIdentity(const Grouping& grouping, Metadata* identity) {
  if (grouping.by != GroupBy::kSector) return Status::Ok();
  KIJI_ASSIGN_OR_RETURN((*identity)["group.lexicon"], JoinedFingerprints(grouping.lexicon_paths));
  return Status::Ok();
}

WorkerTermCounts::WorkerTermCounts(int workers, const CountOptions& options,
                                   const Metadata& identity)
    : options_(options), extractor_(std::make_unique<const TermExtractor>(options.terms)) {
  for (int w = 0; w < workers; ++w) per_worker_.emplace_back(options, identity);
}

bool WorkerTermCounts::CountsArticleTerms(const CountOptions& options, const Grouping& grouping) {
  return grouping.by == GroupBy::kNone && !options.sentence && options.window == 0 &&
         !options.compounds;
}

CachedArticleResult WorkerTermCounts::ArticleTermsResult() {
  CachedArticleResult r;
  r.kind = "term-counts";
  // The analysis configuration names the binary; the rest is the term
  // options (the stopwords by fingerprint).
  r.config = "kiji-term-counts";
  for (const auto& [key, value] : OptionsMetadata(options_)) {
    if (key.starts_with("terms.")) r.config += "\n" + key + "=" + value;
  }
  r.make = [this](const Document& doc, int worker, std::string* value, std::string*) {
    const internal::ArticleTerms t = internal::CountTerms(doc, *extractor_);
    if (value != nullptr) internal::EncodeArticleTerms(t, value);
    per_worker_[static_cast<size_t>(worker)].AddCounted(t.unigrams, t.terms);
  };
  r.use = [this](std::string_view value, const Article&, int worker, std::string*) {
    internal::ArticleTerms t;
    if (!internal::DecodeArticleTerms(value, &t)) return false;
    per_worker_[static_cast<size_t>(worker)].AddCounted(t.unigrams, t.terms);
    return true;
  };
  return r;
}

void WorkerTermCounts::Add(const Document& doc, int worker, const Grouping& grouping) {
  const std::vector<std::string> groups = GroupsOf(doc, grouping);
  per_worker_[static_cast<size_t>(worker)].Add(doc, groups);
}

Result<TermCounts> WorkerTermCounts::Merge() && {
  TermCounts total = std::move(per_worker_[0]);
  for (size_t w = 1; w < per_worker_.size(); ++w) {
    KIJI_RETURN_IF_ERROR(total.Merge(per_worker_[w]));
    per_worker_[w] = TermCounts(Metadata{});  // free memory early
  }
  return total;
}

}  // namespace kiji
