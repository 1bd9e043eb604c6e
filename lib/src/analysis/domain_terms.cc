#include "kiji/domain_terms.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/data_file.h"
#include "kiji/enum_names.h"
#include "kiji/normalize.h"
#include "kiji/utf8.h"

namespace kiji {

namespace {
constexpr auto kTermClassNames =
    MakeEnumNames<TermClass>({{TermClass::kNoun, "noun"},
                              {TermClass::kProper, "proper"},
                              {TermClass::kPerson, "person"},
                              {TermClass::kPlace, "place"},
                              {TermClass::kOrganization, "organization"}});
}  // namespace

bool ParseTermClass(std::string_view s, TermClass* out) { return kTermClassNames.Parse(s, out); }

Result<DomainTerms> DomainTerms::Load(const std::string& path) {
  KIJI_ASSIGN_OR_RETURN(std::string text, ReadDataFile(path, "terms"));
  return Parse(text, path);
}

Result<DomainTerms> DomainTerms::Parse(std::string_view text, const std::string& path) {
  DomainTerms t;
  std::unordered_map<std::string, size_t> seen;  // term -> line
  KIJI_RETURN_IF_ERROR(
      ForEachDataLine(text, path, [&](size_t line_no, std::string_view line) -> Status {
        const std::vector<std::string_view> fields = SplitFields(line, '\t');
        if (fields.size() < 2 || fields.size() > 4) {
          return Status::DataError(fmt::format(
              "{}:{}: expected 'term<TAB>class[<TAB>reading[<TAB>pronunciation]]', got '{}'", path,
              line_no, line.substr(0, 60)));
        }
        std::string term = NormalizeString(fields[0]);
        std::string_view cls_name = fields[1];
        TermClass cls;
        if (term.empty()) return Status::DataError(fmt::format("{}:{}: empty term", path, line_no));
        if (!ParseTermClass(cls_name, &cls)) {
          return Status::DataError(fmt::format(
              "{}:{}: unknown class '{}' (expected noun, proper, person, place or organization)",
              path, line_no, cls_name));
        }
        if (auto [it, fresh] = seen.emplace(term, line_no); !fresh) {
          return Status::DataError(fmt::format("{}:{}: duplicate term '{}' (first on line {})",
                                               path, line_no, term, it->second));
        }
        t.terms_.push_back({std::move(term), cls, fields.size() > 2 ? NormalizeString(fields[2]) : "",
                            fields.size() > 3 ? NormalizeString(fields[3]) : ""});
        return Status::Ok();
      }));
  t.first_bits_.assign(65536, false);
  for (size_t i = 0; i < t.terms_.size(); ++i) {
    size_t p = 0;
    const char32_t first = DecodeUtf8(t.terms_[i].term, &p);
    t.by_first_[first].push_back(i);
    t.first_bits_[first % 65536] = true;
  }
  for (auto& [first, list] : t.by_first_) {
    std::sort(list.begin(), list.end(), [&](size_t a, size_t b) {
      return t.terms_[a].term.size() > t.terms_[b].term.size();
    });
  }
  return t;
}

std::vector<DomainTerms::Match> DomainTerms::FindAll(std::string_view text) const {
  std::vector<Match> out;
  if (terms_.empty()) return out;
  size_t i = 0;
  while (i < text.size()) {
    size_t next = i;
    char32_t c = DecodeUtf8(text, &next);
    if (!first_bits_[c % 65536]) {
      i = next;
      continue;
    }
    auto it = by_first_.find(c);
    bool matched = false;
    if (it != by_first_.end()) {
      for (size_t idx : it->second) {
        const std::string& term = terms_[idx].term;
        if (text.compare(i, term.size(), term) == 0) {
          out.push_back({i, i + term.size(), terms_[idx].cls, idx});
          i += term.size();
          matched = true;
          break;
        }
      }
    }
    if (!matched) i = next;
  }
  return out;
}

}  // namespace kiji
