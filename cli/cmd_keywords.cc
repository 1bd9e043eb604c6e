// `kiji keywords`: per article, the top terms by TF-IDF (frequency.h), with
// document frequencies from the corpus itself (two phases: each article's
// term counts are kept until the corpus has been read) or from a saved
// reference (--reference COUNTS; articles then stream through).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/frequency.h"
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

using ArticleTerms = std::vector<std::pair<std::string, uint64_t>>;

const std::vector<std::string> kColumns = {"article", "rank", "term", "count",
                                           "df",      "tf",   "idf",  "tfidf"};

void AppendKeywords(std::string_view id, const ArticleTerms& terms, const TermTable& df,
                    uint64_t articles, TfScheme scheme, const KeywordsOptions& opt,
                    std::string* out) {
  RowWriter w(opt.output, kColumns);
  size_t rank = 0;
  for (const TfIdfRow& r : TfIdf(terms, df, articles, scheme, opt.top)) {
    w.Str(id).Int(++rank).Str(r.term).Int(r.count).Int(r.df);
    w.Num(r.tf).Num(r.idf).Num(r.tfidf).End(out);
  }
}

// Internal record of one article between the phases: "\x01" id NL, then
// term TAB count NL per term (fields escaped as TSV).
void EncodeArticle(std::string_view id, const ArticleTerms& terms, std::string* out) {
  out->push_back('\x01');
  AppendTsvField(id, out);
  out->push_back('\n');
  for (const auto& [t, c] : terms) {
    AppendTsvField(t, out);
    fmt::format_to(std::back_inserter(*out), "\t{}\n", c);
  }
}

std::string Unescape(std::string_view f) {
  std::string s;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '\\' && i + 1 < f.size()) {
      const char c = f[++i];
      s.push_back(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
    } else {
      s.push_back(f[i]);
    }
  }
  return s;
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
  InputFunction inputs = CollectInputs(opt.corpus, io);
  io.Write(RowWriter(opt.output, kColumns).Header());

  if (!opt.reference.empty()) {
    KIJI_ASSIGN_OR_RETURN(TermCounts ref, ReadCounts(opt.reference));
    KIJI_RETURN_IF_ERROR(CheckMetadata(identity, "this run", ref.metadata(), opt.reference[0],
                                       MetadataScope::kCompare));
    RunAndWrite(inputs, model, opt.corpus, io, [&](const Document& doc, int, std::string* out) {
      AppendKeywords(doc.article->id, extractor.CountTerms(doc), ref.terms(), ref.articles(),
                     scheme, opt, out);
    });
    return Status::Ok();
  }
  // Phase 1: each article's term counts, in input order.
  std::string records;
  RunCorpus(
      inputs, model, MakeSourceOptions(opt.corpus), ResolveJobs(opt.corpus.jobs),
      [&](const Document& doc, int, std::string* out) {
        EncodeArticle(doc.article->id, extractor.CountTerms(doc), out);
      },
      [&](UnitOutput& u) {
        for (const Diagnostic& d : u.diagnostics) io.Report(d);
        records.append(u.text);
      });
  // Document frequencies over the corpus.
  TermTable df;
  uint64_t articles = 0;
  std::vector<std::pair<std::string, ArticleTerms>> docs;
  size_t pos = 0;
  while (pos < records.size()) {
    size_t nl = records.find('\n', pos);
    std::string_view line(records.data() + pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line[0] == '\x01') {
      docs.emplace_back(Unescape(line.substr(1)), ArticleTerms{});
      ++articles;
      continue;
    }
    const size_t tab = line.rfind('\t');
    std::string term = Unescape(line.substr(0, tab));
    const uint64_t count = std::stoull(std::string(line.substr(tab + 1)));
    df.Add(term, count, 1);
    docs.back().second.emplace_back(std::move(term), count);
  }
  records.clear();
  records.shrink_to_fit();
  // Phase 2.
  std::string out;
  for (const auto& [id, terms] : docs) {
    AppendKeywords(id, terms, df, articles, scheme, opt, &out);
    if (out.size() > (1 << 20)) {
      io.Write(out);
      out.clear();
    }
  }
  io.Write(out);
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
                  "Document frequencies from counts files (kiji count) instead of the corpus")
      ->allow_extra_args(false);
  cmd->add_option("--tf", opt->tf, "TF weighting: raw (default), log (1 + ln tf) or boolean");
  cmd->add_option("--top", opt->top, "Terms per article (default 10; 0: all)");
  cmd->callback([opt, &io] { io.Finish(RunKeywords(*opt, io)); });
}

}  // namespace kiji::cli
