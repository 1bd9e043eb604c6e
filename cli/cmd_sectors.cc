// `kiji sectors`: tags articles (or sentences) with cooperation sectors.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>

#include "app.h"
#include "common.h"
#include "kiji/cached_output.h"
#include "kiji/lexicon.h"
#include "kiji/sector_writer.h"
#include "kiji/sectors.h"

namespace kiji::cli {
namespace {

struct SectorsOptions {
  CorpusArgs corpus;
  std::vector<std::string> lexicons;      // empty: the shipped sectors.tsv
  std::vector<std::string> add_lexicons;  // loaded after those
  std::string level = "article";
  std::string format = "tsv";
  std::optional<double> min_score;
  std::optional<uint32_t> min_terms;
  bool explain = false;
  bool no_header = false;
};

Status RunSectors(const SectorsOptions& opt, Io& io) {
  SectorWriteOptions write;
  if (!ParseSectorFormat(opt.format, &write.format)) {
    return Status::InvalidArgument(
        fmt::format("unknown format '{}' (expected tsv, csv or jsonl)", opt.format));
  }
  if (opt.explain && write.format == SectorFormat::kCsv) {
    return Status::InvalidArgument("--explain writes comment lines: use -f tsv or -f jsonl");
  }
  write.explain = opt.explain;
  const bool sentence_level = opt.level == "sentence";
  if (!sentence_level && opt.level != "article") {
    return Status::InvalidArgument(
        fmt::format("unknown level '{}' (expected article or sentence)", opt.level));
  }
  if (opt.min_score.value_or(0) < 0) {
    return Status::InvalidArgument(fmt::format("--min-score must be >= 0, not {}", *opt.min_score));
  }
  SectorOptions tag;
  tag.min_score = opt.min_score.value_or(sentence_level ? kSentenceMinScore : kArticleMinScore);
  tag.min_terms = opt.min_terms.value_or(sentence_level ? kSentenceMinTerms : kArticleMinTerms);

  std::vector<std::string> paths = SectorLexiconsOr(opt.lexicons);
  paths.insert(paths.end(), opt.add_lexicons.begin(), opt.add_lexicons.end());
  KIJI_ASSIGN_OR_RETURN(SectorLexicon lexicon, LoadSectorLexicon(paths));
  auto lex = std::make_shared<const SectorLexicon>(std::move(lexicon));

  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(opt.corpus));
  InputFunction inputs = CollectInputs(opt.corpus, io);
  if (!opt.no_header) io.Write(SectorHeader(write.format));
  AppendArticleOutput append = [lex, tag, write, sentence_level](
                                   const Document& doc, std::string_view id, std::string* out) {
    if (sentence_level) {
      AppendSentenceSectors(doc, id, *lex, TagSentenceSectors(doc, *lex, tag), write, out);
    } else {
      AppendArticleSectors(doc, id, *lex, TagSectors(doc, *lex, tag), write, out);
    }
  };
  if (!UsesAnalysisCache(opt.corpus)) {
    RunAndWrite(inputs, model, opt.corpus, io,
                [&append](const Document& doc, int, std::string* out) {
                  append(doc, doc.article->id, out);
                });
    return Status::Ok();
  }
  // With the cache, each article's output is kept there, keyed by all it
  // depends on: the options above and the lexicon files (their paths are
  // in --explain's lines).
  KIJI_ASSIGN_OR_RETURN(std::string files, FilesConfig(paths));
  const std::string config =
      fmt::format("level={}\nformat={}\nexplain={}\nmin_score={}\nmin_terms={}{}", opt.level,
                  opt.format, opt.explain, tag.min_score, tag.min_terms, files);
  RunAndWrite(inputs, model, opt.corpus, io,
              CachedArticleOutput("sectors-output", config, append,
                                  [format = write.format](std::string_view id, std::string* out) {
                                    AppendSectorArticleId(format, id, out);
                                  }));
  return Status::Ok();
}

}  // namespace

void AddSectorsCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<SectorsOptions>();
  CLI::App* cmd = app.add_subcommand("sectors", "Tag articles with cooperation sectors");
  AddCorpusOptions(cmd, &opt->corpus);
  OnePerFlag(cmd->add_option("--lexicon", opt->lexicons,
                             "Sector lexicon file (repeatable; replaces the shipped "
                             "dictionaries/sectors.tsv)"));
  OnePerFlag(cmd->add_option("--add-lexicon", opt->add_lexicons,
                             "Lexicon file loaded after the others: adds entries and sectors "
                             "(repeatable)"));
  cmd->add_option("--level", opt->level, "article (default) or sentence");
  cmd->add_option("-f,--format", opt->format, "Output format: tsv (default), csv or jsonl");
  cmd->add_option("--min-score", opt->min_score,
                  "Score a sector needs to be tagged (default 5 per article, 2 per sentence)");
  cmd->add_option("--min-terms", opt->min_terms,
                  "Different lexicon entries a sector needs to be tagged (default 2 per "
                  "article, 1 per sentence)");
  cmd->add_flag("--explain", opt->explain,
                "Show which entries fired, what was cancelled and the sectors below threshold");
  cmd->add_flag("--no-header", opt->no_header, "Do not print the TSV or CSV header line");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunSectors(*opt, io)); });
}

}  // namespace kiji::cli
