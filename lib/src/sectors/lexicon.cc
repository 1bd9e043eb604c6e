#include "kiji/lexicon.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <map>
#include <utility>

#include "base/data_file.h"
#include "kiji/normalize.h"
#include "kiji/utf8.h"
#include "sectors/phrase_matcher.h"

namespace kiji {
namespace {

constexpr size_t kMinEntryFields = 3;
constexpr size_t kMaxEntryFields = 7;
constexpr double kMaxWeight = 10;

bool IsSectorId(std::string_view id) {
  if (id.empty() || id.front() < 'a' || id.front() > 'z') return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool ParseWeight(std::string_view s, double* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(*out) && *out > 0 &&
         *out <= kMaxWeight;
}

std::string_view Trimmed(std::string_view s) { return s.substr(0, std::min<size_t>(s.size(), 60)); }

}  // namespace

// Builds a SectorLexicon from lines; the friend of SectorLexicon.
class LexiconParser {
 public:
  struct Line {
    const std::string* path;
    size_t no;
    std::vector<std::string_view> fields;
  };

  Status SplitLines(const SectorLexicon::Source& src) {
    return ForEachDataLine(src.text, src.path, [&](size_t no, std::string_view line) {
      lines_.push_back({&src.path, no, SplitFields(line, '\t')});
      return Status::Ok();
    });
  }

  Status DeclareSector(const Line& l) {
    const bool genre = l.fields[0] == "@offtopic";
    const bool frames = genre && l.fields.size() == 6 && l.fields[5] == "headline";
    if (genre && l.fields.size() == 6 && !frames) {
      return Error(l, fmt::format("expected 'headline' or nothing after the scope, got '{}'",
                                  Trimmed(l.fields[5])));
    }
    if (l.fields.size() != 5 && !frames) {
      return Error(l, fmt::format("expected '{}<TAB>id<TAB>ja<TAB>en<TAB>scope', got {} fields",
                                  l.fields[0], l.fields.size()));
    }
    std::string_view id = l.fields[1];
    if (!IsSectorId(id)) {
      return Error(l, fmt::format("bad sector id '{}' (expected [a-z][a-z0-9_]*)", Trimmed(id)));
    }
    for (size_t i = 2; i < 5; ++i) {
      if (l.fields[i].empty()) return Error(l, fmt::format("sector '{}' has an empty field", id));
    }
    if (auto prev = lex_.FindSector(id)) {
      const Sector& s = lex_.sectors_[*prev];
      return Error(l, fmt::format("sector '{}' already declared at {}:{}", id, s.path, s.line));
    }
    lex_.sectors_.push_back({std::string(id), std::string(l.fields[2]), std::string(l.fields[3]),
                             std::string(l.fields[4]), *l.path, l.no, genre, frames});
    return Status::Ok();
  }

  // `article`, when given, receives the phrases written `*phrase` (the
  // unless column's article-wide contexts); without it `*` is literal.
  Result<std::vector<uint32_t>> Phrases(const Line& l, std::string_view field,
                                        std::string_view column,
                                        std::vector<uint32_t>* article = nullptr) {
    std::vector<uint32_t> ids;
    if (field.empty() || field == "-") return ids;
    for (std::string_view item : SplitFields(field, '|')) {
      const bool whole = article != nullptr && item.starts_with('*');
      if (whole) item.remove_prefix(1);
      std::string norm = NormalizeString(item);
      if (PhraseMatcher::Key(norm).empty()) {
        return Error(l, fmt::format("empty phrase in the {} column", column));
      }
      (whole ? *article : ids).push_back(AddPhrase(norm));
    }
    return ids;
  }

  Status AddEntry(const Line& l) {
    const auto& f = l.fields;
    if (f.size() < kMinEntryFields || f.size() > kMaxEntryFields) {
      return Error(l, fmt::format("expected 3 to 7 tab-separated fields (sector, term, weight, "
                                  "near, unless, must_match, must_not_match), got {}",
                                  f.size()));
    }
    auto sector = lex_.FindSector(f[0]);
    if (!sector) return Error(l, fmt::format("unknown sector '{}'", Trimmed(f[0])));
    LexiconEntry e;
    e.sector = *sector;
    e.term = NormalizeString(f[1]);
    if (PhraseMatcher::Key(e.term).empty()) return Error(l, "empty term");
    if (!ParseWeight(f[2], &e.weight)) {
      return Error(l, fmt::format("bad weight '{}' (expected a number in (0, 10])", Trimmed(f[2])));
    }
    const std::string key = PhraseMatcher::Key(e.term);
    auto [it, fresh] = seen_.emplace(std::make_pair(e.sector, key), std::make_pair(l.path, l.no));
    if (!fresh) {
      return Error(l, fmt::format("duplicate entry '{}' for sector '{}' (first at {}:{})", e.term,
                                  f[0], *it->second.first, it->second.second));
    }
    if (f.size() > 3) {
      KIJI_ASSIGN_OR_RETURN(e.near, Phrases(l, f[3], "near"));
    }
    if (f.size() > 4) {
      KIJI_ASSIGN_OR_RETURN(e.unless, Phrases(l, f[4], "unless", &e.unless_article));
    }
    for (size_t col = 5; col < f.size(); ++col) {
      if (f[col].empty() || f[col] == "-") continue;
      auto& list = col == 5 ? e.must_match : e.must_not_match;
      for (std::string_view ex : SplitFields(f[col], '|')) {
        if (ex.empty()) return Error(l, "empty example");
        list.emplace_back(ex);
      }
    }
    e.phrase = AddPhrase(e.term);
    e.path = *l.path;
    e.line = l.no;
    lex_.entries_of_phrase_[e.phrase].push_back(static_cast<uint32_t>(lex_.entries_.size()));
    lex_.entries_.push_back(std::move(e));
    return Status::Ok();
  }

  Result<SectorLexicon> Run(const std::vector<SectorLexicon::Source>& sources) {
    for (const auto& src : sources) KIJI_RETURN_IF_ERROR(SplitLines(src));
    // Sectors first, so that an entry may use a sector declared further down
    // or in a later file.
    for (const Line& l : lines_) {
      if (l.fields[0] == "@sector" || l.fields[0] == "@offtopic") {
        KIJI_RETURN_IF_ERROR(DeclareSector(l));
      }
    }
    for (const Line& l : lines_) {
      if (l.fields[0].starts_with('@')) {
        if (l.fields[0] != "@sector" && l.fields[0] != "@offtopic") {
          return Error(l, fmt::format("unknown directive '{}'", Trimmed(l.fields[0])));
        }
        continue;
      }
      KIJI_RETURN_IF_ERROR(AddEntry(l));
    }
    lex_.matcher_->Freeze();
    return std::move(lex_);
  }

 private:
  static Status Error(const Line& l, std::string_view what) {
    return Status::DataError(fmt::format("{}:{}: {}", *l.path, l.no, what));
  }

  uint32_t AddPhrase(const std::string& norm) {
    uint32_t id = lex_.matcher_->Add(norm);
    if (id == lex_.phrase_text_.size()) {
      lex_.phrase_text_.push_back(norm);
      lex_.entries_of_phrase_.emplace_back();
    }
    return id;
  }

  SectorLexicon lex_;
  std::vector<Line> lines_;
  std::map<std::pair<uint32_t, std::string>, std::pair<const std::string*, size_t>> seen_;
};

SectorLexicon::SectorLexicon() : matcher_(std::make_shared<PhraseMatcher>()) {}

Result<SectorLexicon> SectorLexicon::Parse(const std::vector<Source>& sources) {
  LexiconParser parser;
  return parser.Run(sources);
}

Result<SectorLexicon> SectorLexicon::Load(const std::vector<std::string>& paths) {
  std::vector<Source> sources;
  for (const std::string& path : paths) {
    KIJI_ASSIGN_OR_RETURN(std::string text, ReadDataFile(path, "lexicon"));
    sources.push_back({path, std::move(text)});
  }
  return Parse(sources);
}

std::optional<uint32_t> SectorLexicon::FindSector(std::string_view id) const {
  for (uint32_t i = 0; i < sectors_.size(); ++i) {
    if (sectors_[i].id == id) return i;
  }
  return std::nullopt;
}

}  // namespace kiji
