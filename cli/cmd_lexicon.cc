// `kiji lexicon test`: runs the must / must-not examples of lexicon entries.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/lexicon.h"
#include "kiji/lexicon_examples.h"

namespace kiji::cli {
namespace {

struct LexiconTestOptions {
  std::vector<std::string> files;  // empty: the shipped sectors.tsv
  CorpusArgs corpus;               // only the dictionary options are used
};

Status RunLexiconTest(const LexiconTestOptions& opt, Io& io) {
  KIJI_ASSIGN_OR_RETURN(SectorLexicon lexicon, LoadSectorLexicon(SectorLexiconsOr(opt.files)));
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(opt.corpus));
  Analyzer analyzer(model);
  KIJI_ASSIGN_OR_RETURN(ExampleReport report, CheckLexiconExamples(lexicon, &analyzer));
  std::string out;
  for (const ExampleFailure& f : report.failures) out += f.message + "\n";
  out += fmt::format("{} entries, {} with examples, {} examples, {} failed\n",
                     lexicon.entries().size(), report.entries, report.examples,
                     report.failures.size());
  io.Write(out);
  if (!report.failures.empty()) io.SetExitCode(1);
  return Status::Ok();
}

}  // namespace

void AddLexiconCommand(CLI::App& app, Io& io) {
  CLI::App* cmd = app.add_subcommand("lexicon", "Check sector lexicons");
  cmd->require_subcommand(1);
  auto opt = std::make_shared<LexiconTestOptions>();
  CLI::App* test = cmd->add_subcommand(
      "test",
      "Run every entry's must-match / must-not-match examples through the analyzer; "
      "exit 1 when one fails");
  test->add_option("files", opt->files,
                   "Lexicon files, loaded as one (default: the shipped sectors.tsv)");
  test->add_option("--dict", opt->corpus.dict,
                   "MeCab dictionary: ipadic, naist, unidic, juman (system-NAME: Debian's "
                   "build, not kiji's), or a folder (default: $KIJI_DICT, else ipadic)");
  test->add_option("--userdic", opt->corpus.user_dicts, "Compiled MeCab user dictionary")
      ->allow_extra_args(false);
  test->add_option("--terms", opt->corpus.terms,
                   "Domain terms kept as single tokens (default: dictionaries/terms.tsv)");
  test->add_flag("--no-terms", opt->corpus.no_terms, "Do not load any domain terms");
  test->callback([opt, &io] { io.Finish(RunLexiconTest(*opt, io)); });
}

}  // namespace kiji::cli
