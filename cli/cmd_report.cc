// `kiji report PATHS... -o FILE`: one report of a corpus (overview, sectors,
// keywords, co-occurrence network, speakers, articles, provenance) from one
// pass over it (report_builder.h), as HTML, Markdown or JSON (report.h).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/atomic_file.h"
#include "kiji/counts_io.h"
#include "kiji/report.h"
#include "kiji/report_builder.h"
#include "kiji/report_html.h"
#include "report_data.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct ReportArgs {
  CorpusArgs corpus;
  std::string output, format;
  std::vector<std::string> lexicons;
  std::string reference;
  std::vector<std::string> counts;  // --counts: build from these instead of articles
  ReportOptions options;
  bool no_timing = false;
};

Result<ReportFormat> FormatOf(const ReportArgs& a) {
  ReportFormat f;
  if (!a.format.empty()) {
    if (ParseReportFormat(a.format, &f)) return f;
    return Status::InvalidArgument("unknown format '" + a.format + "' (expected html, md or json)");
  }
  if (ReportFormatOfPath(a.output, &f)) return f;
  return Status::InvalidArgument("cannot tell the format of '" + a.output +
                                 "': name it .html, .md or .json, or give -f");
}

Result<TermCounts> LoadReference(const ReportArgs& a, Io& io) {
  if (IsCountsFile(a.reference)) return ReadCounts({a.reference});
  CorpusArgs ref = a.corpus;
  ref.inputs = {a.reference};
  ref.files0_from.clear();
  CountOptions co;
  KIJI_ASSIGN_OR_RETURN(co.terms, MakeTermOptions(TermArgs{}));
  return CountCorpus(ref, co, Grouping{}, io);
}

Status WriteReport(const ReportArgs& a, ReportFormat format, const Report& report, Io& io) {
  std::string text = format == ReportFormat::kJson   ? ReportJson(report)
                     : format == ReportFormat::kHtml ? ReportHtml(report)
                                                     : ReportMarkdown(report);
  if (a.output == "-") {
    io.Write(text);
    return Status::Ok();
  }
  return WriteFileAtomically(a.output, text);
}

Result<Report> BuildFromArticles(const ReportArgs& a, std::shared_ptr<const Model> model,
                                 const ReportData& data, const ReportReference& ref, Io& io) {
  size_t done = 0;
  auto on_unit = [&](const UnitOutput& u) {
    for (const Diagnostic& d : u.diagnostics) io.Report(d);
    if (++done % 16 == 0) io.Progress(fmt::format("kiji report: {} inputs", done));
  };
  Result<Report> report = BuildReport(CollectInputs(a.corpus, io), std::move(model),
                                      MakeSourceOptions(a.corpus), ResolveJobs(a.corpus.jobs),
                                      data, a.options, ref, on_unit);
  io.EndProgress();
  return report;
}

Result<Report> BuildFromCounts(const ReportArgs& a, const ReportData& data,
                               const ReportReference& ref) {
  if (!a.corpus.inputs.empty()) {
    return Status::InvalidArgument("give either articles or --counts, not both");
  }
  KIJI_ASSIGN_OR_RETURN(TermCounts counts, ReadCounts(a.counts));
  return BuildReportFromCounts(counts, data, a.options, ref);
}

Status RunReport(ReportArgs a, Io& io) {
  const auto start = std::chrono::steady_clock::now();
  KIJI_ASSIGN_OR_RETURN(ReportFormat format, FormatOf(a));
  a.options.timing = !a.no_timing;
  std::shared_ptr<const Model> model;  // counts need none: they name their dictionary
  if (a.counts.empty()) {
    KIJI_ASSIGN_OR_RETURN(model, OpenModel(a.corpus));
  }
  KIJI_ASSIGN_OR_RETURN(TermOptions terms, MakeTermOptions(TermArgs{}));
  KIJI_ASSIGN_OR_RETURN(ReportData data,
                        LoadReportData(a.lexicons, a.corpus, model.get(), std::move(terms)));
  std::optional<TermCounts> reference;
  if (!a.reference.empty()) {
    KIJI_ASSIGN_OR_RETURN(TermCounts r, LoadReference(a, io));
    reference.emplace(std::move(r));
  }
  ReportReference ref{reference ? &*reference : nullptr, a.reference};
  Result<Report> report = a.counts.empty() ? BuildFromArticles(a, model, data, ref, io)
                                            : BuildFromCounts(a, data, ref);
  if (!report.ok()) return report.status();
  if (a.options.timing) {
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    report->provenance.run_seconds = took.count();
  }
  return WriteReport(a, format, *report, io);
}

}  // namespace

void AddReportCommand(CLI::App& app, Io& io) {
  auto a = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "report", "One report of a corpus: overview, sectors, keywords, network, speakers");
  AddCorpusOptions(cmd, &a->corpus);
  cmd->add_option("-o,--output", a->output, "Report file (.html, .md, .json); '-' for stdout")
      ->required();
  cmd->add_option("-f,--format", a->format, "html, md or json (default: from -o's extension)");
  cmd->add_option("--top", a->options.top, "Rows of each term and speaker table (default 20)");
  cmd->add_option("--sector", a->options.sector, "Only articles tagged with this sector");
  cmd->add_option("--from", a->options.from, "Only articles dated on or after YYYY-MM-DD");
  cmd->add_option("--to", a->options.to, "Only articles dated on or before YYYY-MM-DD");
  cmd->add_option("--title", a->options.title, "Title of the report (default: kiji report)");
  cmd->add_option("--reference", a->reference,
                  "Keyness against these articles (a file or folder) or a counts file");
  cmd->add_option("--window", a->options.window,
                  "Collocates within N terms in a sentence (default 0: in the same articles)");
  CLI::Option* counts = cmd->add_option(
      "--counts", a->counts,
      "Build from counts files of kiji count --report (merged, or shards in input order) "
      "instead of articles");
  ExcludeCorpusOptions(cmd, counts);
  OnePerFlag(cmd->add_option("--lexicon", a->lexicons,
                             "Sector lexicon file (repeatable; default: shipped)"));
  cmd->add_flag("--no-timing", a->no_timing,
                "Leave the run time out, so that reports of the same input are identical");
  cmd->footer(ExitStatusHelp());
  cmd->callback([a, &io] { io.Finish(RunReport(*a, io)); });
}

}  // namespace kiji::cli
