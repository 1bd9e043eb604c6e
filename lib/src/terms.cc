#include "kiji/terms.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "kiji/normalize.h"
#include "kiji/utf8.h"

namespace kiji {

bool ParseTermClass(std::string_view s, TermClass* out) {
  static const std::pair<std::string_view, TermClass> kNames[] = {
      {"noun", TermClass::kNoun},   {"proper", TermClass::kProper},
      {"person", TermClass::kPerson}, {"place", TermClass::kPlace},
      {"organization", TermClass::kOrganization}};
  for (const auto& [name, cls] : kNames) {
    if (s == name) {
      *out = cls;
      return true;
    }
  }
  return false;
}

Result<DomainTerms> DomainTerms::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open terms file", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

Result<DomainTerms> DomainTerms::Parse(std::string_view text, const std::string& path) {
  if (auto bad = FindInvalidUtf8(text)) {
    return Status::DataError(
        fmt::format("{}:{}: invalid UTF-8 at byte {}", path, LineOfOffset(text, *bad), *bad));
  }
  DomainTerms t;
  std::unordered_map<std::string, size_t> seen;  // term -> line
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    ++line_no;
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos) {
      return Status::DataError(fmt::format(
          "{}:{}: expected 'term<TAB>class', got '{}'", path, line_no, line.substr(0, 60)));
    }
    std::string term = NormalizeString(line.substr(0, tab));
    std::string_view cls_name = line.substr(tab + 1);
    TermClass cls;
    if (term.empty()) return Status::DataError(fmt::format("{}:{}: empty term", path, line_no));
    if (!ParseTermClass(cls_name, &cls)) {
      return Status::DataError(fmt::format(
          "{}:{}: unknown class '{}' (expected noun, proper, person, place or organization)",
          path, line_no, cls_name));
    }
    if (auto [it, fresh] = seen.emplace(term, line_no); !fresh) {
      return Status::DataError(fmt::format("{}:{}: duplicate term '{}' (first on line {})", path,
                                           line_no, term, it->second));
    }
    t.terms_.push_back({std::move(term), cls});
  }
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
          out.push_back({i, i + term.size(), terms_[idx].cls});
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
