#include "stats_common.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "kiji/counts_io.h"
#include "kiji/fingerprint.h"
#include "kiji/output.h"
#include "kiji/sectors.h"

namespace kiji::cli {

std::vector<CLI::Option*> AddTermOptions(CLI::App* cmd, TermArgs* a) {
  return {
      cmd->add_option("--by", a->by, "Term made of: lemma (default), surface or reading"),
      cmd->add_option("--pos", a->pos,
                      "Parts of speech counted, comma-separated (default "
                      "noun,proper_noun,verb,adjective,adjectival_noun; also pronoun, numeral, "
                      "adverb, prenominal, conjunction, interjection, particle, auxiliary, "
                      "prefix, suffix, symbol, other)"),
      cmd->add_option("--stopwords", a->stopwords,
                      "Stopword list, one term per line (default dictionaries/stopwords.tsv)"),
      cmd->add_flag("--no-stopwords", a->no_stopwords, "Use no stopword list"),
      cmd->add_option("--ngram", a->ngram,
                      "n-gram lengths within sentences: N or N-M, 1..5 (default 1)"),
  };
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
    const std::string path = a.stopwords.empty() ? DataDir() + "/stopwords.tsv" : a.stopwords;
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

Status ParseGroupBy(const std::string& s, GroupBy* out) {
  static const std::pair<const char*, GroupBy> kNames[] = {
      {"", GroupBy::kNone},       {"none", GroupBy::kNone},    {"date", GroupBy::kDate},
      {"month", GroupBy::kMonth}, {"year", GroupBy::kYear},    {"source", GroupBy::kSource},
      {"dir", GroupBy::kDir},     {"sector", GroupBy::kSector}};
  for (const auto& [name, g] : kNames) {
    if (s == name) {
      *out = g;
      return Status::Ok();
    }
  }
  return Status::InvalidArgument(fmt::format(
      "unknown --group-by '{}' (expected date, month, year, source, dir or sector)", s));
}

Result<Grouping> MakeGrouping(const std::string& group_by,
                              const std::vector<std::string>& lexicons) {
  Grouping g;
  KIJI_RETURN_IF_ERROR(ParseGroupBy(group_by, &g.by));
  if (g.by != GroupBy::kSector) {
    if (!lexicons.empty()) {
      return Status::InvalidArgument("--lexicon is only used with --group-by sector");
    }
    return g;
  }
  g.lexicon_paths = lexicons;
  if (g.lexicon_paths.empty()) g.lexicon_paths.push_back(DataDir() + "/sectors.tsv");
  KIJI_ASSIGN_OR_RETURN(SectorLexicon lexicon, SectorLexicon::Load(g.lexicon_paths));
  g.lexicon = std::make_shared<const SectorLexicon>(std::move(lexicon));
  return g;
}

std::vector<std::string> GroupsOf(const Document& doc, const Grouping& grouping) {
  const Article& a = *doc.article;
  switch (grouping.by) {
    case GroupBy::kNone:
      return {};
    case GroupBy::kDate:
      return {a.date.substr(0, 10)};
    case GroupBy::kMonth:
      return {a.date.substr(0, 7)};
    case GroupBy::kYear:
      return {a.date.substr(0, 4)};
    case GroupBy::kSource:
      return {a.source};
    case GroupBy::kDir: {
      std::string dir = std::filesystem::path(a.path).parent_path().string();
      return {dir.empty() ? "." : dir};
    }
    case GroupBy::kSector: {
      // The article-level tags of `kiji sectors`, with its default threshold.
      std::vector<std::string> ids;
      for (const SectorScore& s : TagSectors(doc, *grouping.lexicon, SectorOptions{})) {
        if (s.tagged) ids.push_back(grouping.lexicon->sectors()[s.sector].id);
      }
      std::sort(ids.begin(), ids.end());
      return ids;
    }
  }
  return {};
}

void AddOutputOptions(CLI::App* cmd, OutputArgs* a, bool with_top) {
  cmd->add_option("-f,--format", a->format, "Output format: tsv (default, with header) or jsonl");
  cmd->add_flag("--no-header", a->no_header, "Do not print the TSV header line");
  if (with_top) cmd->add_option("--top", a->top, "Print at most N rows (default 0: all)");
}

RowWriter::RowWriter(const OutputArgs& a, std::vector<std::string> columns)
    : jsonl_(a.format == "jsonl"), header_(!a.no_header), columns_(std::move(columns)) {
  if (jsonl_) row_.push_back('{');
}

Status CheckOutputArgs(const OutputArgs& a) {
  if (a.format == "tsv" || a.format == "jsonl") return Status::Ok();
  return Status::InvalidArgument(
      fmt::format("unknown format '{}' (expected tsv or jsonl)", a.format));
}

std::string RowWriter::Header() const {
  if (jsonl_ || !header_) return "";
  std::string h;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i > 0) h.push_back('\t');
    h.append(columns_[i]);
  }
  h.push_back('\n');
  return h;
}

void RowWriter::Key() {
  if (jsonl_) {
    if (col_ > 0) row_.push_back(',');
    AppendJsonString(columns_[col_], &row_);
    row_.push_back(':');
  } else if (col_ > 0) {
    row_.push_back('\t');
  }
  ++col_;
}

RowWriter& RowWriter::Str(std::string_view v) {
  Key();
  if (jsonl_) {
    AppendJsonString(v, &row_);
  } else {
    AppendTsvField(v, &row_);
  }
  return *this;
}

RowWriter& RowWriter::Int(uint64_t v) {
  Key();
  fmt::format_to(std::back_inserter(row_), "{}", v);
  return *this;
}

RowWriter& RowWriter::Num(double v) {
  Key();
  if (!std::isfinite(v)) {
    row_.append(jsonl_ ? "null" : "");
  } else {
    std::string s = fmt::format("{:.6f}", v);
    if (s == "-0.000000") s = "0.000000";  // -0.0 and tiny negatives
    row_.append(s);
  }
  return *this;
}

RowWriter& RowWriter::Sig(double v) {
  Key();
  if (!std::isfinite(v)) {
    row_.append(jsonl_ ? "null" : "");
  } else {
    row_.append(fmt::format("{:.6g}", v));
  }
  return *this;
}

void RowWriter::End(std::string* out) {
  if (jsonl_) row_.push_back('}');
  row_.push_back('\n');
  out->append(row_);
  row_.clear();
  col_ = 0;
  if (jsonl_) row_.push_back('{');
}

Result<std::map<std::string, std::string>> RunIdentity(const Model& model, const CorpusArgs& a) {
  std::map<std::string, std::string> m;
  m["dict.layout"] = std::string(DictLayoutName(model.info().layout));
  m["dict.dir"] = model.info().dir;
  KIJI_ASSIGN_OR_RETURN(m["dict.fingerprint"], DictionaryFingerprint(model.info().dir));
  if (a.no_terms) {
    m["dict.terms"] = "none";
  } else {
    KIJI_ASSIGN_OR_RETURN(m["dict.terms"],
                          FileFingerprint(a.terms.empty() ? DataDir() + "/terms.tsv" : a.terms));
  }
  std::string user;
  for (const std::string& u : a.user_dicts) {
    KIJI_ASSIGN_OR_RETURN(std::string fp, FileFingerprint(u));
    if (!user.empty()) user.push_back(',');
    user.append(fp);
  }
  m["dict.userdic"] = user.empty() ? "none" : user;
  return m;
}

Result<TermCounts> CountCorpus(const CorpusArgs& corpus, const CountOptions& options,
                               const Grouping& grouping, Io& io) {
  KIJI_ASSIGN_OR_RETURN(std::shared_ptr<const Model> model, OpenModel(corpus));
  KIJI_ASSIGN_OR_RETURN(auto identity, RunIdentity(*model, corpus));
  if (grouping.by == GroupBy::kSector) {
    std::string lexicon;
    for (const std::string& path : grouping.lexicon_paths) {
      KIJI_ASSIGN_OR_RETURN(std::string fp, FileFingerprint(path));
      if (!lexicon.empty()) lexicon.push_back(',');
      lexicon.append(fp);
    }
    identity["group.lexicon"] = lexicon;
  }
  InputFunction inputs = CollectInputs(corpus, io);
  const int jobs = ResolveJobs(corpus.jobs);
  std::vector<TermCounts> per_worker;
  for (int w = 0; w < jobs; ++w) per_worker.emplace_back(options, identity);
  RunAndWrite(inputs, model, corpus, io, [&](const Document& doc, int w, std::string*) {
    const std::vector<std::string> groups = GroupsOf(doc, grouping);
    per_worker[static_cast<size_t>(w)].Add(doc, groups);
  });
  TermCounts total = std::move(per_worker[0]);
  for (size_t w = 1; w < per_worker.size(); ++w) {
    KIJI_RETURN_IF_ERROR(total.Merge(per_worker[w]));
    per_worker[w] = TermCounts(std::map<std::string, std::string>{});  // free memory early
  }
  return total;
}

Result<TermCounts> ReadCounts(const std::vector<std::string>& paths) {
  if (paths.empty()) return Status::InvalidArgument("no counts files given");
  KIJI_ASSIGN_OR_RETURN(TermCounts total, ReadCountsFile(paths[0]));
  for (size_t i = 1; i < paths.size(); ++i) {
    KIJI_ASSIGN_OR_RETURN(TermCounts next, ReadCountsFile(paths[i]));
    KIJI_RETURN_IF_ERROR(CheckMetadata(total.metadata(), paths[0], next.metadata(), paths[i],
                                       MetadataScope::kMerge));
    KIJI_RETURN_IF_ERROR(total.Merge(next));
  }
  return total;
}

bool IsCountsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char buf[16] = {};
  in.read(buf, sizeof(buf));
  return LooksLikeCounts(std::string_view(buf, static_cast<size_t>(in.gcount())));
}

Status WriteCountsOutput(const std::string& path, const std::string& text, Io& io) {
  if (path == "-") {
    io.Write(text);
    return Status::Ok();
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(fmt::format("{}: cannot write", path));
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) return Status::IOError(fmt::format("{}: write failed", path));
  return Status::Ok();
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
