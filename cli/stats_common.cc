#include "stats_common.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <fstream>

#include "kiji/atomic_file.h"

namespace kiji::cli {

std::vector<CLI::Option*> AddTermOptions(CLI::App* cmd, TermArgs* a) {
  std::vector<CLI::Option*> options = {
      cmd->add_option("--by", a->by, "Term made of: lemma (default), surface or reading"),
      cmd->add_option("--pos", a->pos,
                      "Parts of speech counted, comma-separated (default "
                      "noun,proper_noun,verb,adjective,adjectival_noun; also pronoun, numeral, "
                      "adverb, prenominal, conjunction, interjection, particle, auxiliary, "
                      "prefix, suffix, symbol, date, time, url, email, other)"),
      cmd->add_option("--stopwords", a->stopwords,
                      "Stopword list, one term per line (default dictionaries/stopwords.tsv)"),
      cmd->add_flag("--no-stopwords", a->no_stopwords, "Use no stopword list"),
      cmd->add_option("--ngram", a->ngram,
                      "n-gram lengths within sentences: N or N-M, 1..5 (default 1)"),
  };
  for (CLI::Option* o : options) o->group("Terms");
  return options;
}

std::string GivenTermOption(const TermArgs& a) {
  const TermArgs defaults;
  if (a.by != defaults.by) return "--by";
  if (!a.pos.empty()) return "--pos";
  if (!a.stopwords.empty()) return "--stopwords";
  if (a.no_stopwords) return "--no-stopwords";
  if (a.ngram != defaults.ngram) return "--ngram";
  return "";
}

Result<TermOptions> MakeTermOptions(const TermArgs& a) {
  TermOptions o;
  if (!ParseTermField(a.by, &o.by)) {
    return Status::InvalidArgument(
        fmt::format("unknown --by '{}' (expected lemma, surface or reading)", a.by));
  }
  if (!a.pos.empty()) {
    KIJI_ASSIGN_OR_RETURN(o.pos, PosSet::Parse(a.pos));
  }
  if (!a.no_stopwords) {
    const std::string path = a.stopwords.empty() ? Defaults().stopwords : a.stopwords;
    KIJI_ASSIGN_OR_RETURN(Stopwords s, Stopwords::Load(path));
    o.stopwords = std::make_shared<const Stopwords>(std::move(s));
  }
  const std::string& g = a.ngram;
  const size_t dash = g.find('-');
  int lo = 0, hi = 0;
  auto parse = [](std::string_view s, int* v) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
    return ec == std::errc() && p == s.data() + s.size();
  };
  const bool ok = dash == std::string::npos ? parse(g, &lo) && (hi = lo, true)
                                            : parse(std::string_view(g).substr(0, dash), &lo) &&
                                                  parse(std::string_view(g).substr(dash + 1), &hi);
  if (!ok || lo < 1 || hi < lo || hi > 5) {
    return Status::InvalidArgument(
        fmt::format("bad --ngram '{}' (expected N or N-M with 1 <= N <= M <= 5)", g));
  }
  o.ngram_min = lo;
  o.ngram_max = hi;
  return o;
}

Result<Grouping> MakeGrouping(const std::string& group_by,
                              const std::vector<std::string>& lexicons) {
  GroupBy by = GroupBy::kNone;
  KIJI_RETURN_IF_ERROR(ParseGroupBy(group_by, &by));
  return LoadGrouping(group_by, by == GroupBy::kSector ? SectorLexiconsOr(lexicons) : lexicons);
}

Result<TermCounts> ReadCountsOption(const std::vector<std::string>& paths,
                                    std::string_view option) {
  for (const std::string& p : paths) {
    if (!IsCountsFile(p)) {
      return Status::InvalidArgument(fmt::format(
          "{}: not a counts file ({} takes every value up to the next option: give the articles "
          "before it, or end its list with --)",
          p, option));
    }
  }
  return ReadCounts(paths);
}

Status CheckUnnamedGroup(const TermCounts& counts, const std::string& group_by, Io& io) {
  const auto unnamed = counts.groups().find("");
  if (unnamed == counts.groups().end() || unnamed->second.articles == 0) return Status::Ok();
  const std::string field = group_by == "source" ? "source" : "date";
  if (counts.groups().size() == 1) {
    return Status::InvalidArgument(fmt::format(
        "--group-by {}: no article has a {} (plain files and Wikinews have none; livedoor "
        "files and JSON Lines records with a \"{}\" field do)",
        group_by, field, field));
  }
  io.Report({"", 0,
             fmt::format("--group-by {}: {} of {} articles have no {}; they are the group with "
                         "the empty name",
                         group_by, unnamed->second.articles, counts.articles(), field),
             Severity::kWarning});
  return Status::Ok();
}

void AddCountsOption(CLI::App* cmd, std::vector<std::string>* counts,
                     const std::vector<CLI::Option*>& term_options) {
  CLI::Option* option =
      cmd->add_option("--counts", *counts,
                      "Read counts files (kiji count) instead of articles: every value up to "
                      "the next option; not with the inputs or the options of the groups "
                      "marked 'not with --counts' (the counts record them)")
          ->group("Counts");
  ExcludeFromCounts(option, term_options);
  ExcludeCorpusOptions(cmd, option);
}

void AddGroupingOptions(CLI::App* cmd, std::string* group_by, std::vector<std::string>* lexicons,
                        const std::string& help) {
  cmd->add_option("--group-by", *group_by, help);
  OnePerFlag(cmd->add_option("--lexicon", *lexicons,
                             "Sector lexicon for --group-by sector (repeatable; default: the "
                             "shipped sectors.tsv)"));
}

void AddOutputOptions(CLI::App* cmd, OutputArgs* a, bool with_top) {
  cmd->add_option("-f,--format", a->format, "Output format: tsv (default), csv (both with a header) or jsonl");
  cmd->add_flag("--no-header", a->no_header, "Do not print the TSV or CSV header line");
  if (with_top) cmd->add_option("--top", a->top, "Print at most N rows (default 0: all)");
}

RowOptions RowOptionsOf(const OutputArgs& a) {
  RowOptions o;
  if (!ParseRowFormat(a.format, &o.format).ok()) o.format = RowFormat::kTsv;  // CheckOutputArgs
  o.header = !a.no_header;
  return o;
}

Status CheckOutputArgs(const OutputArgs& a) {
  RowFormat format;
  return ParseRowFormat(a.format, &format);
}

Result<Metadata> RunIdentity(const Model& model, const CorpusArgs& a) {
  return kiji::RunIdentity(model.info(), DomainTermsPath(a), a.user_dicts);
}

Result<TermCounts> CountCorpus(const CorpusArgs& corpus, const CountOptions& options,
                               const Grouping& grouping, Io& io) {
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(corpus));
  KIJI_ASSIGN_OR_RETURN(Metadata identity, RunIdentity(*model, corpus));
  KIJI_RETURN_IF_ERROR(AddGroupingIdentity(grouping, &identity));
  WorkerTermCounts counts(Jobs(corpus), options, identity);
  // With the cache, per-article term counts are kept there.
  if (!MakeSourceOptions(corpus).analysis_cache_dir.empty() &&
      WorkerTermCounts::CountsArticleTerms(options, grouping)) {
    RunAndWrite(CollectInputs(corpus, io), model, corpus, io, counts.ArticleTermsResult());
    return std::move(counts).Merge();
  }
  RunAndWrite(CollectInputs(corpus, io), model, corpus, io,
              [&](const Document& doc, int w, std::string*) { counts.Add(doc, w, grouping); });
  return std::move(counts).Merge();
}

Result<std::optional<AtomicFile>> OpenOutput(const std::string& path) {
  if (path == "-") return std::optional<AtomicFile>();
  KIJI_ASSIGN_OR_RETURN(AtomicFile file, AtomicFile::Create(path));
  return std::optional<AtomicFile>(std::move(file));
}

Status WriteOutput(std::optional<AtomicFile>* file, std::string_view text, Io& io) {
  if (!file->has_value()) {
    io.Write(text);
    return Status::Ok();
  }
  KIJI_RETURN_IF_ERROR((*file)->Write(text));
  return (*file)->Commit();
}

std::string MemoryReport() {
  std::ifstream in("/proc/self/status");
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.starts_with("RssAnon:") || line.starts_with("RssFile:") ||
        line.starts_with("VmHWM:")) {
      std::string v = line.substr(line.find(':') + 1);
      v.erase(0, v.find_first_not_of(" \t"));
      if (!out.empty()) out.append(", ");
      out.append(line.substr(0, line.find(':'))).append(" ").append(v);
    }
  }
  return out.empty() ? "" : "kiji: memory: " + out + "\n";
}

}  // namespace kiji::cli
