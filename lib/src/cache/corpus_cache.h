// The analysis cache of a corpus run: RunCorpus() asks it for each article's
// Document before running MeCab and hands it the Documents it made.
//
// Lookups run on the worker threads, each with its own SQLite connection;
// new analyses are queued and stored by the calling thread (Flush), in
// transactions of many entries. Entries live under kind "analysis" and a
// configuration that fingerprints everything the analysis depends on: the
// dictionary (content fingerprint, folder, kiji's renumbered build or the
// system's), the data files the caller names (terms, user dictionaries), the
// analyzer options, the article-part size and the kiji binary itself (so a
// new build of kiji never reads analyses of an older analyzer).
#ifndef KIJI_SRC_CACHE_CORPUS_CACHE_H_
#define KIJI_SRC_CACHE_CORPUS_CACHE_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiji/analysis_cache.h"
#include "kiji/analyzer.h"
#include "kiji/source.h"
#include "kiji/token.h"

namespace kiji::internal {

class CorpusCache {
 public:
  static constexpr std::string_view kKind = "analysis";

  /// Null when options.analysis_cache_dir is empty. Problems opening it are
  /// in *warning (the cache is then rebuilt or disabled, never fatal).
  static std::unique_ptr<CorpusCache> Open(const Model& model, const SourceOptions& options,
                                           int jobs, std::string* warning);

  /// On worker w: fills *doc from the cache (true), with the token fields
  /// of SourceOptions::token_fields, or returns false. `key` is
  /// ArticleKey(article).
  bool Lookup(int w, const Article& article, const ContentKey& key, Document* doc);
  /// On any worker: queues doc's analysis for storing.
  void Add(const ContentKey& key, const Document& doc);

  /// Per-article results (CachedArticleResult, corpus.h) are kept under
  /// `kind` and a configuration of `result_config` and the analysis's.
  void SetResult(std::string_view kind, std::string_view result_config);
  /// On worker w: calls `use` with the stored result of `key` in place and
  /// returns what it returns; false when there is none (or it is damaged).
  bool ReadResult(int w, const ContentKey& key, const std::function<bool(std::string_view)>& use);
  /// On any worker: queues a result for storing.
  void AddResult(const ContentKey& key, std::string value);

  /// On the calling thread: stores the queues when they are long (`all`:
  /// always). A failed store is a warning in *warning.
  void Flush(bool all, std::string* warning);

  const std::string& config() const { return config_; }

 private:
  using Queue = std::vector<std::pair<ContentKey, std::string>>;

  std::string config_;
  std::string result_kind_, result_config_;
  TokenFields fields_ = TokenFields::kAll;
  std::unique_ptr<AnalysisCache> writer_;
  std::vector<std::unique_ptr<AnalysisCache>> readers_;  // one per worker
  std::mutex mu_;
  Queue queue_, result_queue_;
};

/// The configuration identity of analyses made by `model` with `options`.
std::string AnalysisConfig(const Model& model, const SourceOptions& options);

}  // namespace kiji::internal

#endif  // KIJI_SRC_CACHE_CORPUS_CACHE_H_
