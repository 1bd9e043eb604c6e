// `kiji tokenize`: articles in, tokens out (MeCab, wakati, TSV, CSV, JSON Lines).
#include <CLI/CLI.hpp>
#include <memory>

#include "app.h"
#include "common.h"
#include "kiji/token_writer.h"

namespace kiji::cli {
namespace {

struct TokenizeOptions {
  CorpusArgs corpus;
  std::string format = "tsv";
  bool no_header = false;
};

Status RunTokenize(const TokenizeOptions& opt, Io& io) {
  TokenFormat format;
  if (!ParseTokenFormat(opt.format, &format)) {
    return Status::InvalidArgument("unknown format '" + opt.format +
                                   "' (expected mecab, wakati, tsv, csv or jsonl)");
  }
  CorpusArgs corpus = opt.corpus;
  if (format == TokenFormat::kWakati) corpus.token_fields = TokenFields::kSurfaces;
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(corpus));
  InputFunction inputs = CollectInputs(corpus, io);
  if (!opt.no_header) io.Write(TokenHeader(format));
  RunAndWrite(inputs, model, corpus, io, [format](const Document& doc, int, std::string* out) {
    AppendTokens(doc, format, out);
  });
  return Status::Ok();
}

}  // namespace

void AddTokenizeCommand(CLI::App& app, Io& io) {
  auto opt = std::make_shared<TokenizeOptions>();
  CLI::App* cmd = app.add_subcommand("tokenize", "Split articles into tokens with MeCab");
  AddCorpusOptions(cmd, &opt->corpus);
  cmd->add_option("-f,--format", opt->format,
                  "Output format: tsv (default), csv, jsonl, mecab (MeCab's own), wakati");
  cmd->add_flag("--no-header", opt->no_header, "Do not print the TSV or CSV header line");
  cmd->footer(ExitStatusHelp());
  cmd->callback([opt, &io] { io.Finish(RunTokenize(*opt, io)); });
}

}  // namespace kiji::cli
