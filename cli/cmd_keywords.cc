// `kiji keywords`: per article, the top terms by TF-IDF (frequency.h), with
// document frequencies from the corpus itself (two phases, keyword_corpus.h:
// each article's term counts are kept until the corpus has been read) or
// from a saved reference (--reference COUNTS; articles then stream through).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>

#include "app.h"
#include "common.h"
#include "kiji/cached_output.h"
#include "kiji/frequency.h"
#include "kiji/keyword_corpus.h"
#include "kiji/output.h"
#include "stats_common.h"

namespace kiji::cli {
namespace {

struct KeywordsOptions {
  CorpusArgs corpus;
  TermArgs terms;
  OutputArgs output;
  std::vector<std::string> reference;
  std::string tf = "raw";
  size_t top = 10;
};

const std::vector<std::string> kColumns = {"article", "rank", "term", "count",
                                           "df",      "tf",   "idf",  "tfidf"};

void AppendKeywords(std::string_view id, const ArticleTerms& terms, const TermTable& df,
                    uint64_t articles, TfScheme scheme, const KeywordsOptions& opt,
                    std::string* out) {
  RowWriter w(RowOptionsOf(opt.output), kColumns);
  size_t rank = 0;
  for (const TfIdfRow& r : TfIdf(terms, df, articles, scheme, opt.top)) {
    w.Str(id).Int(++rank).Str(r.term).Int(r.count).Int(r.df);
    w.Num(r.tf).Num(r.idf).Num(r.tfidf).End(out);
  }
}

// Phase one: each article's term counts, in input order (keyword_corpus.h).
// With the cache, each article's record is kept there, keyed by the term
// options.
Result<KeywordCorpus> CountArticles(const InputFunction& inputs, std::shared_ptr<const Model> model,
                                    const TermExtractor& extractor, const CountOptions& options,
                                    const CorpusArgs& corpus, Io& io) {
  std::string config = "keywords-terms";
  for (const auto& [key, value] : OptionsMetadata(options)) {
    if (key.starts_with("terms.")) config += "\n" + key + "=" + value;
  }
  const CachedArticleResult terms = CachedArticleOutput(
      "keywords-terms", config,
      [&extractor](const Document& doc, std::string_view id, std::string* out) {
        EncodeArticleTerms(id, extractor.CountTerms(doc), out);
      },
      [](std::string_view id, std::string* out) { AppendTsvField(id, out); });
  std::string records;
  RunCorpus(
      inputs, std::move(model), MakeSourceOptions(corpus), Jobs(corpus), terms,
      [&](UnitOutput& u) {
        for (const Diagnostic& d : u.diagnostics) io.Report(d);
        records.append(u.text);
      });
  return KeywordCorpus::Parse(records);
}

// Phase two: each article's keywords against the corpus' document frequencies.
void WriteKeywords(const KeywordCorpus& corpus, TfScheme scheme, const KeywordsOptions& opt,
                   Io& io) {
  // Output is flushed in pieces of this size, so the whole table is never
  // held twice in memory.
  constexpr size_t kFlushBytes = size_t{1} << 20;
  std::string out;
  for (const KeywordCorpus::Entry& a : corpus.articles()) {
    AppendKeywords(a.id, a.terms, corpus.df(), corpus.size(), scheme, opt, &out);
    if (out.size() > kFlushBytes) {
      io.Write(out);
      out.clear();
    }
  }
  io.Write(out);
}

Status RunKeywords(const KeywordsOptions& opt, Io& io) {
  KIJI_RETURN_IF_ERROR(CheckOutputArgs(opt.output));
  TfScheme scheme;
  if (!ParseTfScheme(opt.tf, &scheme)) {
    return Status::InvalidArgument(
        fmt::format("unknown --tf '{}' (expected raw, log or boolean)", opt.tf));
  }
  CountOptions co;
  KIJI_ASSIGN_OR_RETURN(co.terms, MakeTermOptions(opt.terms));
  const TermExtractor extractor(co.terms);
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(opt.corpus));
  KIJI_ASSIGN_OR_RETURN(auto identity, RunIdentity(*model, opt.corpus));
  for (auto& [k, v] : OptionsMetadata(co)) identity[k] = v;
  std::optional<TermCounts> reference;
  if (!opt.reference.empty()) {
    KIJI_ASSIGN_OR_RETURN(reference, ReadCountsOption(opt.reference, "--reference"));
    KIJI_RETURN_IF_ERROR(CheckMetadata(identity, "this run", reference->metadata(),
                                       opt.reference[0], MetadataScope::kCompare));
  }
  InputFunction inputs = CollectInputs(opt.corpus, io);
  io.Write(RowWriter(RowOptionsOf(opt.output), kColumns).Header());

  if (reference) {
    const TermCounts& ref = *reference;
    RunAndWrite(inputs, model, opt.corpus, io, [&](const Document& doc, int, std::string* out) {
      AppendKeywords(doc.article->id, extractor.CountTerms(doc), ref.terms(), ref.articles(),
                     scheme, opt, out);
    });
    return Status::Ok();
  }
  KIJI_ASSIGN_OR_RETURN(KeywordCorpus corpus,
                        CountArticles(inputs, model, extractor, co, opt.corpus, io));
  WriteKeywords(corpus, scheme, opt, io);
  return Status::Ok();
}

}  // namespace

void AddKeywordsCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<KeywordsOptions>();
  CLI::App* cmd =
      app.add_subcommand("keywords", "Top terms of each article by TF-IDF (smooth IDF)");
  AddCorpusOptions(cmd, &opt->corpus);
  AddTermOptions(cmd, &opt->terms);
  AddOutputOptions(cmd, &opt->output, false);
  cmd->add_option("--reference", opt->reference,
                  "Document frequencies from counts files (kiji count) instead of the corpus: "
                  "every value up to the next option (end the list with -- before inputs)");
  cmd->add_option("--tf", opt->tf, "TF weighting: raw (default), log (1 + ln tf) or boolean");
  cmd->add_option("--top", opt->top, "Terms per article (default 10; 0: all)");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunKeywords(*opt, io)); });
}

}  // namespace kiji::cli
