#include "kiji/report_builder.h"

#include <atomic>
#include <charconv>
#include <functional>
#include <mutex>
#include <unordered_map>

#include "base/parallel_tasks.h"
#include "kiji/term_stats.h"
#include "report/aggregate.h"
#include "report/article_summary.h"
#include "report/report_internal.h"
#include "report/summary_codec.h"

namespace kiji {
namespace {

// Workers hand summaries to the calling thread through tickets: the summary
// waits in a locked table, its ticket number goes into the unit's output
// text, and the calling thread takes the summaries back in input order.
class SummaryTable {
 public:
  void Put(report::ArticleSummary s, std::string* out) {
    uint64_t ticket = next_.fetch_add(1);
    {
      std::lock_guard<std::mutex> lock(mu_);
      waiting_.emplace(ticket, std::move(s));
    }
    out->append(std::to_string(ticket)).push_back('\n');
  }
  template <typename F>
  void TakeAll(std::string_view text, const F& fn) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      uint64_t ticket = 0;
      std::from_chars(text.data() + pos, text.data() + nl, ticket);
      pos = nl + 1;
      report::ArticleSummary s;
      {
        std::lock_guard<std::mutex> lock(mu_);
        auto it = waiting_.find(ticket);
        s = std::move(it->second);
        waiting_.erase(it);
      }
      fn(std::move(s));
    }
  }

 private:
  std::atomic<uint64_t> next_{0};
  std::mutex mu_;
  std::unordered_map<uint64_t, report::ArticleSummary> waiting_;
};

std::vector<std::pair<std::string, std::string>> OptionList(const ReportOptions& o,
                                                            const ReportReference& ref) {
  std::vector<std::pair<std::string, std::string>> list = {
      {"from", o.from},
      {"network_edges", std::to_string(o.network_edges)},
      {"network_nodes", std::to_string(o.network_nodes)},
      {"reference", ref.name},
      {"sector", o.sector},
      {"to", o.to},
      {"top", std::to_string(o.top)},
      {"window", std::to_string(o.window)},
  };
  return list;
}

}  // namespace

CountOptions ReportCountOptions(const ReportData& data, const ReportOptions& options) {
  CountOptions count_options;
  count_options.terms = data.terms;
  count_options.window = options.window;  // 0: no pair counts
  count_options.compounds = true;
  count_options.group_by = "sector";
  return count_options;
}

Status CheckReportOptions(const ReportData& data, const ReportOptions& options) {
  for (const std::string* d : {&options.from, &options.to}) {
    if (!d->empty() && (d->size() != 10 || !report::StartsWithIsoDate(*d))) {
      return Status::InvalidArgument("'" + *d + "' is not a date (expected YYYY-MM-DD)");
    }
  }
  if (!options.sector.empty() && !data.sectors->FindSector(options.sector)) {
    return Status::InvalidArgument("unknown sector '" + options.sector + "'");
  }
  return Status::Ok();
}

namespace {

// The report's sections as tasks for RunTasks, the longest first: each task
// writes its own part of `r` (the article keywords a range of rows each).
std::vector<std::function<void()>> SectionTasks(report::Aggregate& agg, const TermCounts& counts,
                                                const ReportOptions& options,
                                                const ReportReference& reference, Report& r,
                                                int threads) {
  std::vector<std::function<void()>> tasks;
  tasks.push_back([&] { report::BuildCompounds(counts, options, &r.keywords.compounds); });
  const size_t rows = agg.rows().size();
  const size_t chunks = threads <= 1 ? 1 : size_t(threads) * 4;
  const size_t step = (rows + chunks - 1) / chunks;
  for (size_t begin = 0; begin < rows; begin += step) {
    tasks.push_back([&, begin, step] { report::AddArticleKeywords(agg, counts, begin, begin + step); });
  }
  tasks.push_back([&] {
    report::BuildKeywords(agg, counts, reference, &r.keywords);
    report::BuildNetwork(agg, r.keywords.by_frequency, options, &r.network);
  });
  tasks.push_back([&] {
    report::BuildOverview(agg, counts, &r.overview);
    report::BuildSectors(agg, counts, r.overview.per_month, &r.sectors);
    report::BuildSpeakers(agg, &r.speakers);
  });
  return tasks;
}

// Summaries are kept in the analysis cache unless pairs are counted
// (--window N needs every article's tokens) or the provenance does not
// name the lexicons, which are part of the summaries' identity.
bool UsesSummaryCache(const SourceOptions& source_options, const ReportData& data,
                      const ReportOptions& options) {
  return !source_options.analysis_cache_dir.empty() && options.window == 0 &&
         !data.provenance.lexicons.empty();
}

// What a summary depends on besides the analysis (whose configuration
// names the kiji binary, so a change of the summarizing code is covered):
// the lexicons and the term options. Not the filters: summaries are kept
// unfiltered.
std::string SummaryConfig(const ReportData& data, const CountOptions& count_options) {
  std::string config = "kiji-report-summary";
  for (const auto& [file, fingerprint] : data.provenance.lexicons) {
    config += "\nlexicon=" + file + ":" + fingerprint;
  }
  for (const auto& [key, value] : OptionsMetadata(count_options)) {
    if (key.starts_with("terms.")) config += "\n" + key + "=" + value;
  }
  return config;
}

}  // namespace

Result<Report> FinishReport(report::Aggregate& agg, TermCounts& counts, const Provenance& provenance,
                            const ReportOptions& options, const ReportReference& reference,
                            int threads) {
  agg.FillCounts(&counts);
  if (reference.counts != nullptr) {
    KIJI_RETURN_IF_ERROR(CheckMetadata(counts.metadata(), "the corpus",
                                       reference.counts->metadata(), "the reference",
                                       MetadataScope::kCompare));
  }
  Report r;
  r.title = options.title.empty() ? "kiji report" : options.title;
  RunTasks(threads, SectionTasks(agg, counts, options, reference, r, threads));
  r.articles = std::move(agg.mutable_rows());
  r.provenance = provenance;
  r.provenance.options = OptionList(options, reference);
  r.provenance.run_facts = options.timing;
  return r;
}

Result<Report> BuildReport(const InputFunction& inputs, std::shared_ptr<const Model> model,
                           const SourceOptions& source_options, int jobs, const ReportData& data,
                           const ReportOptions& options, const ReportReference& reference,
                           const std::function<void(const UnitOutput&)>& on_unit) {
  KIJI_RETURN_IF_ERROR(CheckReportOptions(data, options));
  const CountOptions count_options = ReportCountOptions(data, options);
  // Terms, sectors' terms and compounds are added up from the summaries at
  // the end; only pairs (--window N) need every token of a sentence.
  std::vector<TermCounts> pairs_per_worker;
  if (options.window > 0) {
    CountOptions pair_options = count_options;
    pair_options.compounds = false;
    pair_options.group_by.clear();
    for (int w = 0; w < jobs; ++w) pairs_per_worker.emplace_back(pair_options, data.identity);
  }
  TermExtractor extractor(data.terms);
  report::SummaryContext ctx{data.sectors.get(), data.quotes.get(), &extractor, &options};
  SummaryTable table;
  report::Aggregate agg(*data.sectors, options);
  auto emit = [&](UnitOutput& u) {
    table.TakeAll(u.text, [&](report::ArticleSummary s) { agg.Add(std::move(s)); });
    if (on_unit) on_unit(u);
  };
  if (UsesSummaryCache(source_options, data, options)) {
    CachedArticleResult summaries;
    summaries.kind = "report-summary";
    summaries.config = SummaryConfig(data, count_options);
    summaries.make = [&](const Document& doc, int, std::string* value, std::string* out) {
      report::ArticleSummary s = report::SummarizeAll(doc, ctx);
      if (value != nullptr) report::EncodeSummary(s, value);
      report::ApplyFilters(options, &s);
      table.Put(std::move(s), out);
    };
    summaries.use = [&](std::string_view value, const Article& article, int, std::string* out) {
      report::ArticleSummary s;
      if (!report::DecodeSummary(value, *data.sectors, &s)) return false;
      report::FillArticleMetadata(article, &s.record.row);
      report::ApplyFilters(options, &s);
      table.Put(std::move(s), out);
      return true;
    };
    RunCorpus(inputs, std::move(model), source_options, jobs, summaries, emit);
  } else {
    RunCorpus(
        inputs, std::move(model), source_options, jobs,
        [&](const Document& doc, int worker, std::string* out) {
          report::ArticleSummary s = report::Summarize(doc, ctx);
          if (s.kept && !pairs_per_worker.empty()) pairs_per_worker[worker].Add(doc, {});
          table.Put(std::move(s), out);
        },
        emit);
  }
  TermCounts counts(count_options, data.identity);
  for (TermCounts& w : pairs_per_worker) {
    counts.mutable_pairs().MergeFrom(w.pairs());
    w = TermCounts(std::map<std::string, std::string>{});
  }
  return FinishReport(agg, counts, data.provenance, options, reference, jobs);
}

}  // namespace kiji
