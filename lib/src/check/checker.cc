// RunCheck: files in parallel through the per-file rules (or the cache),
// then duplicates across the corpus, then the findings of the reported files.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <set>
#include <unordered_map>

#include "check/duplicates.h"
#include "check/file_check.h"
#include "corpus/ordered_parallel.h"
#include "kiji/analysis_cache.h"
#include "kiji/check.h"
#include "text/icu_text.h"

namespace kiji {
namespace fs = std::filesystem;
namespace {

// Bumped whenever a rule, a message or the cache encoding changes, so that
// results of an older kiji are never read as current ones.
constexpr std::string_view kCheckResultsVersion = "check-results-1";
constexpr std::string_view kCacheKind = "check";
// The whole report of the last run, keyed by every file's path and content.
constexpr std::string_view kRunKind = "check-run";

std::string Canonical(const std::string& path) {
  return fs::path(path).lexically_normal().string();
}

struct Plan {
  std::vector<std::string> paths;
  std::vector<bool> reported;
};

Plan MakePlan(const CheckInputs& in, const CheckConfig& config) {
  Plan plan;
  std::set<std::string> seen;
  std::set<std::string> report;
  if (in.report) {
    for (const std::string& p : *in.report) report.insert(Canonical(p));
  }
  auto add = [&](const std::string& p) {
    if (IsIgnored(config, p) || !seen.insert(Canonical(p)).second) return;
    plan.paths.push_back(p);
    plan.reported.push_back(!in.report || report.count(Canonical(p)) > 0);
  };
  for (const std::string& p : in.corpus) add(p);
  if (in.report) {
    for (const std::string& p : *in.report) add(p);
  }
  return plan;
}

Status ValidatePatterns(const CheckConfig& config) {
  for (const std::string& p : config.scraping_patterns) {
    auto re = internal::Utf8Regex::Compile(p);
    if (!re.ok()) {
      return Status::InvalidArgument(fmt::format(
          "{}: check.scraping_patterns: {}",
          config.source.empty() ? "built-in configuration" : config.source, re.status().message()));
    }
  }
  return Status::Ok();
}

// Per-worker analyzers, made when a content rule first needs MeCab.
class Analyzers {
 public:
  Analyzers(const CheckOptions& o, int jobs) : options_(o), analyzers_(jobs) {}
  Result<Analyzer*> For(int worker) {
    std::call_once(once_, [&] {
      if (!options_.open_model) return;
      Result<std::shared_ptr<const Model>> m = options_.open_model();
      if (m.ok()) {
        model_ = std::move(m).value();
      } else {
        status_ = m.status();
      }
    });
    if (!status_.ok()) return status_;
    if (model_ == nullptr) return static_cast<Analyzer*>(nullptr);
    auto& a = analyzers_[static_cast<size_t>(worker)];
    if (a == nullptr) a = std::make_unique<Analyzer>(model_);
    return a.get();
  }

 private:
  const CheckOptions& options_;
  std::once_flag once_;
  Status status_;
  std::shared_ptr<const Model> model_;
  std::vector<std::unique_ptr<Analyzer>> analyzers_;
};

bool NeedsAnalysis(const CheckConfig& c) {
  for (size_t i = 0; i < kRuleCount; ++i) {
    if (CheckRules()[i].needs_analysis && c.levels[i] != CheckLevel::kOff) return true;
  }
  return false;
}

bool FindingLess(const Finding& a, const Finding& b) {
  auto key = [](const Finding& f) {
    return std::tie(f.path, f.begin.line, f.begin.column, f.rule, f.message);
  };
  return key(a) < key(b);
}

}  // namespace

size_t CheckReport::Count(CheckLevel level) const {
  return static_cast<size_t>(std::count_if(findings.begin(), findings.end(),
                                           [&](const Finding& f) { return f.level == level; }));
}

std::string CheckConfigIdentity(const CheckOptions& o) {
  CheckConfig c = o.config;
  c.source.clear();
  c.ignore.clear();  // which files are checked, not what a file's results are
  return HashHex(fmt::format("{}\n{}\nencoding={}\nmax_line_bytes={}\n{}", kCheckResultsVersion,
                             FormatCheckConfig(c), o.source.encoding, o.source.max_line_bytes,
                             o.analysis_identity));
}

namespace {

// The key of a whole run: every file's path, content and whether it is
// reported. An unchanged corpus checked the same way has the same key.
ContentKey RunKey(const Plan& plan, const std::vector<ContentKey>& keys) {
  std::string all;
  for (size_t i = 0; i < plan.paths.size(); ++i) {
    all += plan.paths[i];
    all.push_back('\0');
    all.append(reinterpret_cast<const char*>(&keys[i]), sizeof(ContentKey));
    all.push_back(plan.reported[i] ? '1' : '0');
  }
  return ContentKey::Of(all);
}

// Step 1: every file read and hashed; unreadable ones are reported.
bool HashFiles(const Plan& plan, int jobs, size_t max_bytes, std::vector<ContentKey>* keys,
               std::vector<std::vector<Diagnostic>>* problems) {
  const size_t n = plan.paths.size();
  keys->assign(n, ContentKey{});
  problems->assign(n, {});
  OrderedParallelFor(
      n, jobs,
      [&](size_t i, int) {
        DiagnosticList diags;
        std::string bytes;
        if (ReadFileBytes(plan.paths[i], &bytes, diags, max_bytes)) {
          (*keys)[i] = ContentKey::Of(bytes);
        } else {
          (*problems)[i] = diags.items();
        }
      },
      [](size_t) {});
  for (const auto& p : *problems) {
    if (!p.empty()) return false;
  }
  return true;
}

// One run of RunCheck: the plan, what the cache holds, and each file's
// result, filled step by step.
class CheckRun {
 public:
  CheckRun(const CheckInputs& inputs, const CheckOptions& options)
      : options_(options),
        plan_(MakePlan(inputs, options.config)),
        n_(plan_.paths.size()),
        identity_(CheckConfigIdentity(options)),
        results_(n_),
        fresh_(n_),
        hit_(n_, 0) {}

  Result<CheckReport> Run() {
    CheckReport report;
    all_read_ =
        HashFiles(plan_, options_.jobs, options_.source.max_file_bytes, &keys_, &problems_);
    run_key_ = RunKey(plan_, keys_);
    if (std::optional<CheckReport> again = OpenCache(&report)) return std::move(*again);
    KIJI_RETURN_IF_ERROR(CheckFiles());
    FindDuplicatesAcrossCorpus();
    const bool complete = Collect(&report);
    StoreInCache(report, complete);
    return report;
  }

 private:
  // Opens the cache; returns the whole report when the corpus is unchanged.
  std::optional<CheckReport> OpenCache(CheckReport* report) {
    if (options_.cache_dir.empty()) return std::nullopt;
    std::string warning;
    cache_ = AnalysisCache::Open(options_.cache_dir, &warning);
    if (!warning.empty()) report->problems.push_back({"", 0, warning, Severity::kWarning});
    // An unchanged corpus: the whole report, duplicates included, at once.
    if (all_read_) {
      if (std::optional<std::string> v = cache_->Get(kRunKind, identity_, run_key_)) {
        CheckReport again;
        if (internal::DecodeReport(*v, &again) && again.files == n_) {
          again.problems = std::move(report->problems);
          again.cache_hits = n_;
          return again;
        }
      }
    }
    cached_ = cache_->LoadAll(kCacheKind, identity_, &warning);
    if (!warning.empty()) report->problems.push_back({"", 0, warning, Severity::kWarning});
    return std::nullopt;
  }

  Status CheckFiles() {
    Analyzers analyzers(options_, options_.jobs);
    Status failure;
    std::mutex failure_mu;
    OrderedParallelFor(
        n_, options_.jobs,
        [&](size_t i, int worker) {
          Status st = CheckFile(i, worker, analyzers);
          if (st.ok()) return;
          std::lock_guard<std::mutex> lock(failure_mu);
          failure = st;
        },
        [](size_t) {});
    return failure;
  }

  // File i from the cache, or read and checked afresh.
  Status CheckFile(size_t i, int worker, Analyzers& analyzers) {
    if (!problems_[i].empty()) return Status::Ok();  // unreadable
    const bool signatures_only = !plan_.reported[i];
    if (auto it = cached_.find(keys_[i]); it != cached_.end()) {
      internal::FileResult r;
      if (internal::DecodeFileResult(it->second, &r) && (r.rules_ran || signatures_only)) {
        results_[i] = std::move(r);
        hit_[i] = 1;
        return Status::Ok();
      }
    }
    DiagnosticList diags;
    std::string bytes;
    if (!ReadFileBytes(plan_.paths[i], &bytes, diags, options_.source.max_file_bytes)) {
      problems_[i] = diags.items();
      return Status::Ok();
    }
    const ContentKey key = ContentKey::Of(bytes);  // the file may have changed since hashing
    Analyzer* analyzer = nullptr;
    if (NeedsAnalysis(options_.config) && !signatures_only) {
      KIJI_ASSIGN_OR_RETURN(analyzer, analyzers.For(worker));
    }
    KIJI_RETURN_IF_ERROR(internal::CheckFileBytes(plan_.paths[i], std::move(bytes), options_,
                                                  analyzer, signatures_only, &results_[i]));
    fresh_[i].emplace(key, internal::EncodeFileResult(results_[i]));
    return Status::Ok();
  }

  void FindDuplicatesAcrossCorpus() {
    std::vector<internal::CorpusFile> files;
    for (size_t i = 0; i < n_; ++i) files.push_back({plan_.paths[i], plan_.reported[i], &results_[i]});
    internal::FindDuplicates(files, options_.config, [&](size_t f, size_t a) {
      DiagnosticList ignored;
      std::string bytes;
      if (!ReadFileBytes(plan_.paths[f], &bytes, ignored, options_.source.max_file_bytes)) {
        return std::vector<uint64_t>();
      }
      std::vector<Article> articles = LoadArticles(plan_.paths[f], bytes, options_.source, ignored);
      return a < articles.size() ? internal::ShingleSet(articles[a]) : std::vector<uint64_t>();
    });
  }

  // The findings of the reported files in order; true when every file was read.
  bool Collect(CheckReport* report) {
    report->files = n_;
    bool complete = true;
    for (size_t i = 0; i < n_; ++i) {
      report->cache_hits += hit_[i];
      complete = complete && problems_[i].empty();
      for (Diagnostic& d : problems_[i]) report->problems.push_back(std::move(d));
      if (!plan_.reported[i]) continue;
      report->reported.push_back(plan_.paths[i]);
      for (Finding& f : results_[i].findings) {
        f.path = plan_.paths[i];
        report->findings.push_back(std::move(f));
      }
    }
    std::stable_sort(report->findings.begin(), report->findings.end(), FindingLess);
    return complete;
  }

  void StoreInCache(CheckReport& report, bool complete) {
    if (!cache_) return;
    std::vector<std::pair<ContentKey, std::string>> to_store;
    for (auto& f : fresh_) {
      if (f) to_store.push_back(std::move(*f));
    }
    Status st = cache_->StoreAll(kCacheKind, identity_, to_store);
    // Only the last run's report is kept: it is the one an unchanged corpus
    // asks for again.
    if (st.ok() && complete) {
      st = cache_->StoreAll(kRunKind, identity_, {{run_key_, internal::EncodeReport(report)}},
                            /*replace=*/true);
    }
    if (!st.ok()) report.problems.push_back({"", 0, st.message(), Severity::kWarning});
  }

  const CheckOptions& options_;
  const Plan plan_;
  const size_t n_;
  const std::string identity_;
  std::vector<ContentKey> keys_;
  std::vector<std::vector<Diagnostic>> problems_;
  bool all_read_ = false;
  ContentKey run_key_;
  std::unique_ptr<AnalysisCache> cache_;
  std::unordered_map<ContentKey, std::string, ContentKeyHash> cached_;
  std::vector<internal::FileResult> results_;
  std::vector<std::optional<std::pair<ContentKey, std::string>>> fresh_;
  std::vector<char> hit_;
};

}  // namespace

Result<CheckReport> RunCheck(const CheckInputs& inputs, const CheckOptions& options) {
  KIJI_RETURN_IF_ERROR(ValidatePatterns(options.config));
  return CheckRun(inputs, options).Run();
}

}  // namespace kiji
