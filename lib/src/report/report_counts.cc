// `kiji report --counts`: the report from the article records of counts
// files, and the records `kiji count --report` writes.
#include <fmt/format.h>

#include "base/data_file.h"
#include "report/article_summary.h"
#include "report/report_internal.h"
#include "stats/article_records_io.h"

namespace kiji {
namespace {

std::string LexiconList(const Provenance& p) {
  std::string out;
  for (const auto& [file, fingerprint] : p.lexicons) {
    if (!out.empty()) out.push_back('\t');
    out.append(file).append("\t").append(fingerprint);
  }
  return out;
}

std::string Meta(const TermCounts& c, const std::string& key) {
  auto it = c.metadata().find(key);
  return it == c.metadata().end() ? "(absent)" : it->second;
}

// The counts must say what the report's data say: what a term is, which
// lexicons, and with --window N, pairs within N of the whole corpus.
Status CheckCounts(const TermCounts& counts, const ReportData& data, const ReportOptions& options) {
  if (counts.metadata().count("report.lexicons") == 0 ||
      counts.article_record_count() != counts.articles()) {
    return Status::InvalidArgument(
        "the counts hold no article records: make them with kiji count --report");
  }
  const std::map<std::string, std::string> want =
      OptionsMetadata(ReportCountOptions(data, options));
  for (const auto& [key, value] : want) {
    if (key.starts_with("terms.") && Meta(counts, key) != value) {
      return Status::InvalidArgument(fmt::format(
          "the counts were made with {}={}, but the report needs {}={} (kiji count --report "
          "with the default term options)", key, Meta(counts, key), key, value));
    }
  }
  if (Meta(counts, "report.lexicons") != LexiconList(data.provenance)) {
    return Status::InvalidArgument(fmt::format(
        "the counts were made with other lexicons ({}) than this report loads ({})",
        Meta(counts, "report.lexicons"), LexiconList(data.provenance)));
  }
  if (options.window > 0) {
    if (Meta(counts, "counts.pairs") != want.at("counts.pairs")) {
      return Status::InvalidArgument(
          fmt::format("--window {} needs counts made with --window {} (these have pairs {})",
                      options.window, options.window, Meta(counts, "counts.pairs")));
    }
    if (!options.sector.empty() || !options.from.empty() || !options.to.empty()) {
      return Status::InvalidArgument(
          "--window with --counts cannot be combined with --sector, --from or --to: the pairs "
          "of the counts are the whole corpus's");
    }
  }
  return Status::Ok();
}

// The provenance the articles' report had: versions and identities of the run
// that counted them.
Provenance CountsProvenance(const TermCounts& counts, const Provenance& loaded) {
  Provenance p = loaded;
  p.kiji_version = Meta(counts, "report.kiji_version");
  p.mecab_version = Meta(counts, "report.mecab_version");
  p.dictionary = Meta(counts, "dict.layout");
  p.dictionary_fingerprint = Meta(counts, "dict.fingerprint");
  p.terms = Meta(counts, "dict.terms");
  p.stopwords = Meta(counts, "terms.stopwords");
  p.from_counts = true;
  return p;
}

}  // namespace

std::map<std::string, std::string> ReportMetadata(const Provenance& p) {
  return {{"report.kiji_version", p.kiji_version},
          {"report.mecab_version", p.mecab_version},
          {"report.lexicons", LexiconList(p)}};
}

ArticleRecorder::ArticleRecorder(const ReportData& data)
    : data_(data), extractor_(std::make_unique<const TermExtractor>(data.terms)) {}

ArticleRecorder::~ArticleRecorder() = default;

void ArticleRecorder::Append(const Document& doc, std::string* out) const {
  report::SummaryContext ctx{data_.sectors.get(), data_.quotes.get(), extractor_.get(),
                             &no_filters_};
  AppendArticleRecord(report::Summarize(doc, ctx).record, out);
}

Result<Report> BuildReportFromCounts(const TermCounts& counts, const ReportData& data,
                                     const ReportOptions& options,
                                     const ReportReference& reference) {
  KIJI_RETURN_IF_ERROR(CheckReportOptions(data, options));
  KIJI_RETURN_IF_ERROR(CheckCounts(counts, data, options));
  report::Aggregate agg(*data.sectors, options);
  ArticleRecordReader reader([&](ArticleRecord r) -> Status {
    KIJI_ASSIGN_OR_RETURN(report::ArticleSummary s,
                          report::SummaryOfRecord(std::move(r), *data.sectors, options));
    agg.Add(std::move(s));
    return Status::Ok();
  });
  std::string_view text = counts.article_records();
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    KIJI_RETURN_IF_ERROR(reader.Feed(SplitFields(text.substr(pos, nl - pos), '\t')));
    pos = nl + 1;
  }
  KIJI_RETURN_IF_ERROR(reader.Finish());
  std::map<std::string, std::string> identity;
  for (const auto& [key, value] : counts.metadata()) {
    if (key.starts_with("dict.")) identity[key] = value;
  }
  TermCounts built(ReportCountOptions(data, options), identity);
  if (options.window > 0) built.mutable_pairs().MergeFrom(counts.pairs());
  return FinishReport(agg, built, CountsProvenance(counts, data.provenance), options, reference, 1);
}

}  // namespace kiji
