// `kiji kwic PATTERN`: keyword in context, by lemma, surface or regular
// expression (kwic.h), with the article, the span in code points and the
// original text around each hit, optionally only in sentences of a sector
// (kiji sectors, sentence level) or inside the statements of a speaker (kiji
// speakers). Exit 1 when nothing matches.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/kwic.h"
#include "kiji/lexicon.h"
#include "kiji/quote_lexicon.h"
#include "kiji/statements.h"
#include "kiji/sectors.h"
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

// Which hits the --sector and --speaker filters keep. Both run on the same
// analyzed Document, so nothing is tokenized twice.
class KwicFilter {
 public:
  static Result<KwicFilter> Create(const KwicCmdOptions& opt) {
    KwicFilter f;
    if (!opt.sector.empty()) {
      std::vector<std::string> paths = opt.lexicons;
      if (paths.empty()) paths.push_back(DataDir() + "/sectors.tsv");
      KIJI_ASSIGN_OR_RETURN(SectorLexicon lexicon, SectorLexicon::Load(paths));
      f.sectors_ = std::make_shared<const SectorLexicon>(std::move(lexicon));
      bool known = false;
      for (const auto& s : f.sectors_->sectors()) known = known || s.id == opt.sector;
      if (!known) {
        return Status::InvalidArgument(
            fmt::format("unknown sector '{}' (see dictionaries/sectors.tsv)", opt.sector));
      }
      f.sector_ = opt.sector;
    } else if (!opt.lexicons.empty()) {
      return Status::InvalidArgument("--lexicon is only used with --sector");
    }
    if (!opt.speaker.empty()) {
      KIJI_ASSIGN_OR_RETURN(QuoteLexicon q, QuoteLexicon::Load(QuoteLexiconPaths::In(DataDir())));
      f.quotes_ = std::make_shared<const QuoteLexicon>(std::move(q));
      f.speaker_ = opt.speaker;
    }
    return f;
  }

  /// The hits of `hits` that pass the filters.
  std::vector<KwicHit> Apply(const Document& doc, std::vector<KwicHit> hits) const {
    if (hits.empty() || (!sectors_ && !quotes_)) return hits;
    std::vector<bool> sentence_ok;
    if (sectors_) {
      sentence_ok.assign(doc.sentences.size(), false);
      for (const SentenceSectors& s :
           TagSentenceSectors(doc, *sectors_, {kSentenceMinScore, kSentenceMinTerms})) {
        for (const SectorScore& sc : s.sectors) {
          if (sc.tagged && sectors_->sectors()[sc.sector].id == sector_) {
            sentence_ok[s.sentence] = true;
          }
        }
      }
    }
    std::vector<std::pair<uint32_t, uint32_t>> quote_spans;
    if (quotes_) {
      for (const Statement& st : ExtractStatements(doc, *quotes_)) {
        if (st.speaker == speaker_ || st.mention == speaker_) {
          quote_spans.emplace_back(st.quote_start, st.quote_end);
        }
      }
    }
    std::vector<KwicHit> kept;
    for (KwicHit& h : hits) {
      if (sectors_ && !sentence_ok[h.sentence]) continue;
      if (quotes_ && std::none_of(quote_spans.begin(), quote_spans.end(), [&](const auto& q) {
            return q.first <= h.start && h.end <= q.second;
          })) {
        continue;
      }
      kept.push_back(std::move(h));
    }
    return kept;
  }

 private:
  std::shared_ptr<const SectorLexicon> sectors_;
  std::string sector_;
  std::shared_ptr<const QuoteLexicon> quotes_;
  std::string speaker_;
};

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
  KIJI_ASSIGN_OR_RETURN(KwicFilter filter, KwicFilter::Create(opt));
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(opt.corpus));
  InputFunction inputs = CollectInputs(opt.corpus, io);
  const std::vector<std::string> columns = {"article", "sentence", "start", "end",
                                            "left",    "keyword",  "right"};
  io.Write(RowWriter(opt.output, columns).Header());
  std::atomic<size_t> hits{0};
  RunAndWrite(inputs, model, opt.corpus, io, [&](const Document& doc, int, std::string* out) {
    RowWriter w(opt.output, columns);
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
                  "Match the pattern against: lemma (default), surface, regex (ICU syntax, "
                  "searched in each token's normalized surface)");
  cmd->add_option("-w,--window", opt->window, "Tokens of context on each side (default 5)");
  cmd->add_option("--chars", opt->chars,
                  "Code points of context on each side instead of tokens (default 0: tokens)");
  cmd->add_option("--sector", opt->sector,
                  "Only hits in sentences kiji sectors tags with this sector id (sentence "
                  "level, its default threshold)");
  cmd->add_option("--lexicon", opt->lexicons,
                  "Sector lexicon for --sector (repeatable; default: the shipped sectors.tsv)")
      ->allow_extra_args(false);
  cmd->add_option("--speaker", opt->speaker,
                  "Only hits inside statements whose speaker (fullest name, as kiji speakers "
                  "prints it) or mention is exactly this");
  cmd->callback([opt, &io] { io.Finish(RunKwic(*opt, io)); });
}

}  // namespace kiji::cli
