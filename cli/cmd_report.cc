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
#include "kiji/fingerprint.h"
#include "kiji/report.h"
#include "kiji/report_builder.h"
#include "kiji/report_html.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct ReportArgs {
  CorpusArgs corpus;
  std::string output, format;
  std::vector<std::string> lexicons;
  std::string reference;
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

Status AddFingerprints(const std::vector<std::string>& files, Provenance* p) {
  for (const std::string& f : files) {
    KIJI_ASSIGN_OR_RETURN(std::string fp, FileFingerprint(f));
    p->lexicons.emplace_back(std::filesystem::path(f).filename().string(), fp);
  }
  return Status::Ok();
}

Result<ReportData> LoadData(const ReportArgs& a, const Model& model) {
  ReportData d;
  std::vector<std::string> sector_files = SectorLexiconsOr(a.lexicons);
  KIJI_ASSIGN_OR_RETURN(SectorLexicon sectors, SectorLexicon::Load(sector_files));
  d.sectors = std::make_shared<const SectorLexicon>(std::move(sectors));
  QuoteLexiconPaths q = Defaults().quote_lexicon;
  KIJI_ASSIGN_OR_RETURN(QuoteLexicon quotes, QuoteLexicon::Load(q));
  d.quotes = std::make_shared<const QuoteLexicon>(std::move(quotes));
  KIJI_ASSIGN_OR_RETURN(d.terms, MakeTermOptions(TermArgs{}));
  KIJI_ASSIGN_OR_RETURN(d.identity, RunIdentity(model, a.corpus));
  Provenance& p = d.provenance;
  p.kiji_version = KIJI_VERSION;
  p.mecab_version = MecabVersion();
  p.dictionary = d.identity["dict.layout"];
  p.dictionary_fingerprint = d.identity["dict.fingerprint"];
  p.terms = d.identity["dict.terms"];
  p.stopwords = d.terms.stopwords ? d.terms.stopwords->fingerprint() : "none";
  KIJI_RETURN_IF_ERROR(AddFingerprints(sector_files, &p));
  KIJI_RETURN_IF_ERROR(AddFingerprints(
      {q.verbs, q.statement_nouns, q.honorifics, q.speaker_words, q.context_words}, &p));
  return d;
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

Status RunReport(ReportArgs a, Io& io) {
  const auto start = std::chrono::steady_clock::now();
  KIJI_ASSIGN_OR_RETURN(ReportFormat format, FormatOf(a));
  a.options.timing = !a.no_timing;
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(a.corpus));
  KIJI_ASSIGN_OR_RETURN(ReportData data, LoadData(a, *model));
  std::optional<TermCounts> reference;
  if (!a.reference.empty()) {
    KIJI_ASSIGN_OR_RETURN(TermCounts r, LoadReference(a, io));
    reference.emplace(std::move(r));
  }
  ReportReference ref{reference ? &*reference : nullptr, a.reference};
  size_t done = 0;
  auto on_unit = [&](const UnitOutput& u) {
    for (const Diagnostic& d : u.diagnostics) io.Report(d);
    if (++done % 16 == 0) io.Progress(fmt::format("kiji report: {} inputs", done));
  };
  Result<Report> report = BuildReport(CollectInputs(a.corpus, io), model,
                                      MakeSourceOptions(a.corpus), ResolveJobs(a.corpus.jobs),
                                      data, a.options, ref, on_unit);
  io.EndProgress();
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
  OnePerFlag(cmd->add_option("--lexicon", a->lexicons, "Sector lexicon, repeatable"));
  cmd->add_flag("--no-timing", a->no_timing,
                "Leave the run time out, so that reports of the same input are identical");
  cmd->footer(ExitStatusHelp());
  cmd->callback([a, &io] { io.Finish(RunReport(*a, io)); });
}

}  // namespace kiji::cli
