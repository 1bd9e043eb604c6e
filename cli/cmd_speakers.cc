// `kiji speakers`: who said what. One record per attributed statement
// (direct quote, indirect statement, according-to), or with --by speaker a
// summary per speaker over all articles.
#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/cached_output.h"
#include "kiji/quote_lexicon.h"
#include "kiji/statements.h"
#include "kiji/statement_writer.h"

namespace kiji::cli {
namespace {

struct SpeakersOptions {
  CorpusArgs corpus;
  std::string format = "jsonl";
  std::string by;
  bool no_header = false;
  std::string verbs, statement_nouns, honorifics, speaker_words, context_words,
      aliases;  // empty: default
};

Status RunSpeakers(const SpeakersOptions& opt, Io& io) {
  StatementFormat format;
  if (!ParseStatementFormat(opt.format, &format)) {
    return Status::InvalidArgument("unknown format '" + opt.format + "' (expected jsonl, tsv or csv)");
  }
  if (!opt.by.empty() && opt.by != "speaker") {
    return Status::InvalidArgument("unknown --by '" + opt.by + "' (expected speaker)");
  }
  QuoteLexiconPaths paths = Defaults().quote_lexicon;
  if (!opt.verbs.empty()) paths.verbs = opt.verbs;
  if (!opt.statement_nouns.empty()) paths.statement_nouns = opt.statement_nouns;
  if (!opt.honorifics.empty()) paths.honorifics = opt.honorifics;
  if (!opt.speaker_words.empty()) paths.speaker_words = opt.speaker_words;
  if (!opt.context_words.empty()) paths.context_words = opt.context_words;
  if (!opt.aliases.empty()) paths.aliases = opt.aliases;
  KIJI_ASSIGN_OR_RETURN(QuoteLexicon loaded, QuoteLexicon::Load(paths));
  auto lexicon = std::make_shared<const QuoteLexicon>(std::move(loaded));
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(opt.corpus));
  InputFunction inputs = CollectInputs(opt.corpus, io);

  // With the cache, each article's output (or encoded statements) is kept
  // there, keyed by the six files and the format.
  std::string files;
  if (UsesAnalysisCache(opt.corpus)) {
    KIJI_ASSIGN_OR_RETURN(files,
                          FilesConfig({paths.verbs, paths.statement_nouns, paths.honorifics,
                                       paths.speaker_words, paths.context_words, paths.aliases}));
  }
  if (opt.by.empty()) {
    if (!opt.no_header) io.Write(StatementHeader(format));
    CachedArticleResult records = CachedArticleOutput(
        "speakers-output", "records\nformat=" + opt.format + files,
        [format, lexicon](const Document& doc, std::string_view id, std::string* out) {
          AppendStatements(id, ExtractStatements(doc, *lexicon), format, out);
        },
        [format](std::string_view id, std::string* out) {
          AppendStatementArticleId(format, id, out);
        });
    RunAndWrite(inputs, model, opt.corpus, io, records);
    return Status::Ok();
  }
  // --by speaker: workers encode their statements; the summary is built on
  // this thread in input order and printed once every article is in.
  SpeakerSummary summary;
  CachedArticleResult encoded = CachedArticleOutput(
      "speakers-output", "summary" + files,
      [lexicon](const Document& doc, std::string_view id, std::string* out) {
        SpeakerSummary::Encode(id, ExtractStatements(doc, *lexicon), out);
      },
      [](std::string_view id, std::string* out) {
        AppendStatementArticleId(StatementFormat::kTsv, id, out);
      });
  RunCorpus(inputs, model, MakeSourceOptions(opt.corpus), Jobs(opt.corpus), encoded,
            [&](UnitOutput& u) {
              for (const Diagnostic& d : u.diagnostics) io.Report(d);
              summary.AddEncoded(u.text);
            });
  std::string out;
  if (!opt.no_header) out.append(SpeakerSummary::Header(format));
  summary.Append(format, &out);
  io.Write(out);
  return Status::Ok();
}

}  // namespace

void AddSpeakersCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<SpeakersOptions>();
  CLI::App* cmd =
      app.add_subcommand("speakers", "Attributed statements: who said what (quotes, speakers)");
  AddCorpusOptions(cmd, &opt->corpus);
  cmd->add_option("-f,--format", opt->format, "Output format: jsonl (default), tsv or csv");
  cmd->add_option("--by", opt->by,
                  "Summarize instead: 'speaker' gives one row per speaker (type, role, "
                  "statements, verbs, articles)");
  cmd->add_flag("--no-header", opt->no_header, "Do not print the TSV or CSV header line");
  cmd->add_option("--verbs", opt->verbs,
                  "Reporting verbs (default: dictionaries/speech_verbs.tsv)");
  cmd->add_option("--statement-nouns", opt->statement_nouns,
                  "Nouns of reported content (default: dictionaries/statement_nouns.tsv)");
  cmd->add_option("--honorifics", opt->honorifics,
                  "Honorifics and titles (default: dictionaries/honorifics.tsv)");
  cmd->add_option("--speaker-words", opt->speaker_words,
                  "Organization, source, pronoun and venue words (default: "
                  "dictionaries/speaker_words.tsv)");
  cmd->add_option("--context-words", opt->context_words,
                  "Connectives, time words and other context lists (default: "
                  "dictionaries/speaker_context.tsv)");
  cmd->add_option("--aliases", opt->aliases,
                  "Short names of outlets and organizations and their full names (default: "
                  "dictionaries/source_aliases.tsv)");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunSpeakers(*opt, io)); });
}

}  // namespace kiji::cli
