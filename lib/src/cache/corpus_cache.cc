#include "cache/corpus_cache.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include "cache/document_codec.h"
#include "kiji/fingerprint.h"

namespace kiji::internal {
namespace {

// Stores are batched: one transaction per this many new analyses.
constexpr size_t kFlushEntries = 256;

// The running kiji binary (size and modification time): a rebuilt analyzer
// must not read analyses of the old one.
std::string BinaryIdentity() {
  struct stat st {};
  if (stat("/proc/self/exe", &st) != 0) return "unknown";
  return fmt::format("{}:{}.{}", st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

}  // namespace

std::string AnalysisConfig(const Model& model, const SourceOptions& options) {
  const DictionaryInfo& d = model.info();
  Result<std::string> fp = DictionaryFingerprint(d.dir);
  std::string id = fmt::format(
      "kiji-analysis\nbinary={}\ndict={}:{}:{}:{}\nlayout={}\nkeep_latin_runs={}\n"
      "terms={}\nparts={}\n{}",
      BinaryIdentity(), d.name, d.dir, fp.ok() ? *fp : "unknown", d.kiji_build ? "kiji" : "system",
      DictLayoutName(d.layout), model.options().keep_latin_runs ? 1 : 0,
      model.options().terms ? "yes" : "no", options.article_part_bytes,
      options.analysis_identity);
  for (const std::string& u : model.options().user_dicts) {
    Result<std::string> ufp = FileFingerprint(u);
    id += "\nuserdic=" + (ufp.ok() ? *ufp : u);
  }
  return HashHex(id);
}

std::unique_ptr<CorpusCache> CorpusCache::Open(const Model& model, const SourceOptions& options,
                                               int jobs, std::string* warning) {
  warning->clear();
  if (options.analysis_cache_dir.empty()) return nullptr;
  auto cache = std::make_unique<CorpusCache>();
  cache->config_ = AnalysisConfig(model, options);
  cache->fields_ = options.token_fields;
  // The writer opens first: it checks the file (and rebuilds a foreign or
  // damaged one) before the readers open it.
  cache->writer_ = AnalysisCache::Open(options.analysis_cache_dir, warning);
  if (!cache->writer_->enabled()) return nullptr;
  std::string reader_warning;
  for (int w = 0; w < jobs; ++w) {
    cache->readers_.push_back(AnalysisCache::Open(options.analysis_cache_dir, &reader_warning));
  }
  return cache;
}

bool CorpusCache::Lookup(int w, const Article& article, const ContentKey& key, Document* doc) {
  AnalysisCache& reader = *readers_[static_cast<size_t>(w)];
  return reader.Read(kKind, config_, key, [&](std::string_view value) {
    return DecodeDocument(value, article, fields_, doc);
  });
}

void CorpusCache::Add(const ContentKey& key, const Document& doc) {
  std::string value;
  EncodeDocument(doc, &value);
  std::lock_guard<std::mutex> lock(mu_);
  queue_.emplace_back(key, std::move(value));
}

void CorpusCache::SetResult(std::string_view kind, std::string_view result_config) {
  result_kind_ = kind;
  result_config_ = HashHex(config_ + "\n" + std::string(result_config));
}

bool CorpusCache::ReadResult(int w, const ContentKey& key,
                             const std::function<bool(std::string_view)>& use) {
  return readers_[static_cast<size_t>(w)]->Read(result_kind_, result_config_, key, use);
}

void CorpusCache::AddResult(const ContentKey& key, std::string value) {
  std::lock_guard<std::mutex> lock(mu_);
  result_queue_.emplace_back(key, std::move(value));
}

void CorpusCache::Flush(bool all, std::string* warning) {
  Queue batch, results;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (all || queue_.size() >= kFlushEntries) batch.swap(queue_);
    if (all || result_queue_.size() >= kFlushEntries) results.swap(result_queue_);
  }
  if (!batch.empty()) {
    Status st = writer_->StoreAll(kKind, config_, batch);
    if (!st.ok()) *warning = st.message();
  }
  if (!results.empty()) {
    Status st = writer_->StoreAll(result_kind_, result_config_, results);
    if (!st.ok()) *warning = st.message();
  }
}

}  // namespace kiji::internal
