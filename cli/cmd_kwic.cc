// `kiji kwic PATTERN`: keyword in context, by lemma, surface or regular
// expression (kwic.h), with the article, the span in code points and the
// original text around each hit, optionally only in sentences of a sector
// (kiji sectors, sentence level) or inside the statements of a speaker (kiji
// speakers). Exit 1 when nothing matches.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/kwic.h"
#include "kiji/kwic_filter.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct KwicCmdOptions {
  std::string pattern;
  CorpusArgs corpus;
  OutputArgs output;
  std::string match = "lemma";
  uint32_t window = 5;
  uint32_t chars = 0;
  std::string sector;  // keep hits in sentences tagged with this sector id
  std::vector<std::string> lexicons;
  std::string speaker;  // keep hits inside statements of this speaker
};

// The --sector and --speaker filters with their lexicons loaded.
Result<KwicFilter> MakeKwicFilter(const KwicCmdOptions& opt) {
  KwicFilterOptions f;
  if (!opt.sector.empty()) {
    KIJI_ASSIGN_OR_RETURN(SectorLexicon lexicon,
                          LoadSectorLexicon(SectorLexiconsOr(opt.lexicons)));
    f.sectors = std::make_shared<const SectorLexicon>(std::move(lexicon));
    f.sector = opt.sector;
  } else if (!opt.lexicons.empty()) {
    return Status::InvalidArgument("--lexicon is only used with --sector");
  }
  if (!opt.speaker.empty()) {
    KIJI_ASSIGN_OR_RETURN(QuoteLexicon q, QuoteLexicon::Load(Defaults().quote_lexicon));
    f.quotes = std::make_shared<const QuoteLexicon>(std::move(q));
    f.speaker = opt.speaker;
  }
  return KwicFilter::Create(std::move(f));
}

Status RunKwic(const KwicCmdOptions& opt, Io& io) {
  KIJI_RETURN_IF_ERROR(CheckOutputArgs(opt.output));
  KwicOptions ko;
  ko.pattern = opt.pattern;
  if (!ParseKwicMatch(opt.match, &ko.match)) {
    return Status::InvalidArgument(
        fmt::format("unknown --match '{}' (expected lemma, surface or regex)", opt.match));
  }
  ko.window_tokens = opt.window;
  ko.window_chars = opt.chars;
  KIJI_ASSIGN_OR_RETURN(KwicSearcher searcher, KwicSearcher::Create(ko));
  KIJI_ASSIGN_OR_RETURN(KwicFilter filter, MakeKwicFilter(opt));
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(opt.corpus));
  InputFunction inputs = CollectInputs(opt.corpus, io);
  const std::vector<std::string> columns = {"article", "sentence", "start", "end",
                                            "left",    "keyword",  "right"};
  io.Write(RowWriter(RowOptionsOf(opt.output), columns).Header());
  std::atomic<size_t> hits{0};
  RunAndWrite(inputs, model, opt.corpus, io, [&](const Document& doc, int, std::string* out) {
    RowWriter w(RowOptionsOf(opt.output), columns);
    for (const KwicHit& h : filter.Apply(doc, searcher.Search(doc))) {
      w.Str(doc.article->id).Int(h.sentence).Int(h.start).Int(h.end);
      w.Str(h.left).Str(h.keyword).Str(h.right).End(out);
      ++hits;
    }
  });
  if (hits == 0) io.SetExitCode(1);
  return Status::Ok();
}

}  // namespace

void AddKwicCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<KwicCmdOptions>();
  CLI::App* cmd = app.add_subcommand(
      "kwic", "Keyword in context: each match of PATTERN with the text around it");
  cmd->add_option("pattern", opt->pattern, "Lemma, surface or regular expression (--match)")
      ->required();
  AddCorpusOptions(cmd, &opt->corpus);
  AddOutputOptions(cmd, &opt->output, false);
  cmd->add_option("-m,--match", opt->match,
                  "Match the pattern against: lemma (default; the lemmas of one or more "
                  "tokens), surface or regex (ICU syntax): searched in the sentence's "
                  "normalized text, hits widened to whole tokens");
  cmd->add_option("-w,--window", opt->window, "Tokens of context on each side (default 5)");
  cmd->add_option("--chars", opt->chars,
                  "Code points of context on each side instead of tokens (default 0: tokens)");
  cmd->add_option("--sector", opt->sector,
                  "Only hits in sentences kiji sectors tags with this sector id (sentence "
                  "level, its default threshold)");
  OnePerFlag(cmd->add_option("--lexicon", opt->lexicons,
                             "Sector lexicon for --sector (repeatable; default: the shipped "
                             "sectors.tsv)"));
  cmd->add_option("--speaker", opt->speaker,
                  "Only hits inside statements whose speaker (fullest name, as kiji speakers "
                  "prints it) or mention is exactly this");
  cmd->footer(ExitStatusHelp("nothing matched"));
  cmd->callback([opt, &io] { io.Finish(RunKwic(*opt, io)); });
}

}  // namespace kiji::cli
