#include <fmt/format.h>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiji/check_config.h"

namespace kiji {
namespace fs = std::filesystem;
namespace {

Status Error(const std::string& path, const toml::node& node, std::string_view what) {
  return Status::InvalidArgument(fmt::format("{}:{}: {}", path, node.source().begin.line, what));
}

Status ReadSize(const std::string& path, const toml::node& node, std::string_view key,
                size_t* out) {
  std::optional<int64_t> v = node.value_exact<int64_t>();
  if (!v || *v < 0) {
    return Error(path, node, fmt::format("check.{} must be a non-negative integer", key));
  }
  *out = static_cast<size_t>(*v);
  return Status::Ok();
}

Status ReadRatio(const std::string& path, const toml::node& node, std::string_view key,
                 double* out) {
  std::optional<double> v = node.value<double>();  // integers 0 and 1 are accepted too
  if (!v || *v < 0 || *v > 1) {
    return Error(path, node, fmt::format("check.{} must be a number from 0 to 1", key));
  }
  *out = *v;
  return Status::Ok();
}

Status ReadStrings(const std::string& path, const toml::node& node, std::string_view key,
                   std::vector<std::string>* out) {
  const toml::array* a = node.as_array();
  if (a == nullptr) return Error(path, node, fmt::format("check.{} must be an array", key));
  out->clear();
  for (const toml::node& item : *a) {
    std::optional<std::string> s = item.value_exact<std::string>();
    if (!s) return Error(path, item, fmt::format("check.{} must hold strings", key));
    out->push_back(std::move(*s));
  }
  return Status::Ok();
}

Status ReadRules(const std::string& path, const toml::table& rules, CheckConfig* c) {
  for (const auto& [key, node] : rules) {
    std::optional<RuleIndex> r = FindRule(key.str());
    if (!r) return Error(path, node, fmt::format("unknown rule '{}'", key.str()));
    std::optional<std::string> level = node.value_exact<std::string>();
    CheckLevel l;
    if (!level || !ParseCheckLevel(*level, &l)) {
      return Error(path, node,
                   fmt::format("rule '{}': expected \"off\", \"info\", \"warning\" or \"error\"",
                               key.str()));
    }
    c->levels[static_cast<size_t>(*r)] = l;
  }
  return Status::Ok();
}

Status ReadCheckTable(const std::string& path, const toml::table& t, CheckConfig* c) {
  for (const auto& [key, node] : t) {
    const std::string_view k = key.str();
    if (k == "rules") {
      const toml::table* rules = node.as_table();
      if (rules == nullptr) return Error(path, node, "check.rules must be a table");
      KIJI_RETURN_IF_ERROR(ReadRules(path, *rules, c));
    } else if (k == "max_title_chars") {
      KIJI_RETURN_IF_ERROR(ReadSize(path, node, k, &c->max_title_chars));
    } else if (k == "min_body_chars") {
      KIJI_RETURN_IF_ERROR(ReadSize(path, node, k, &c->min_body_chars));
    } else if (k == "max_blank_lines") {
      KIJI_RETURN_IF_ERROR(ReadSize(path, node, k, &c->max_blank_lines));
    } else if (k == "min_quote_chars") {
      KIJI_RETURN_IF_ERROR(ReadSize(path, node, k, &c->min_quote_chars));
    } else if (k == "near_duplicate_threshold") {
      KIJI_RETURN_IF_ERROR(ReadRatio(path, node, k, &c->near_duplicate_threshold));
    } else if (k == "max_unknown_ratio") {
      KIJI_RETURN_IF_ERROR(ReadRatio(path, node, k, &c->max_unknown_ratio));
    } else if (k == "scraping_patterns") {
      KIJI_RETURN_IF_ERROR(ReadStrings(path, node, k, &c->scraping_patterns));
    } else if (k == "ignore") {
      KIJI_RETURN_IF_ERROR(ReadStrings(path, node, k, &c->ignore));
    } else {
      return Error(path, node, fmt::format("unknown setting 'check.{}'", k));
    }
  }
  return Status::Ok();
}

// A TOML basic string: quotes, backslashes and control characters escaped.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\u{:04X}", c);
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

// A number as a TOML float that reads back to the same value: -0 is 0
// (fmt writes -0.0 as "-0", which TOML reads as the integer 0), and an
// integral value keeps a ".0".
std::string TomlFloat(double v) {
  if (v == 0) v = 0;
  std::string s = fmt::format("{}", v);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string QuoteList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    out += i == 0 ? "\n  " : ",\n  ";
    out += Quote(items[i]);
  }
  return out + (items.empty() ? "]" : ",\n]");
}

}  // namespace

CheckConfig::CheckConfig() {
  for (size_t i = 0; i < kRuleCount; ++i) levels[i] = CheckRules()[i].default_level;
  scraping_patterns.assign(std::begin(kDefaultScrapingPatterns),
                           std::end(kDefaultScrapingPatterns));
}

Result<CheckConfig> ParseCheckConfig(std::string_view text, const std::string& path) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return Status::InvalidArgument(
        fmt::format("{}:{}: {}", path, e.source().begin.line, e.description()));
  }
  CheckConfig c;
  c.source = path;
  for (const auto& [key, node] : root) {
    if (key.str() != "check") {
      // Other commands may get their own tables; only [check] is read here.
      continue;
    }
    const toml::table* t = node.as_table();
    if (t == nullptr) return Error(path, node, "'check' must be a table");
    KIJI_RETURN_IF_ERROR(ReadCheckTable(path, *t, &c));
  }
  return c;
}

Result<CheckConfig> LoadCheckConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("{}: cannot read the configuration file", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseCheckConfig(ss.str(), path);
}

std::optional<std::string> FindCheckConfig(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::absolute(dir.empty() ? "." : dir, ec);
  if (ec) return std::nullopt;
  p = p.lexically_normal();
  for (;;) {
    fs::path candidate = p / ".kiji.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!p.has_parent_path() || p.parent_path() == p) return std::nullopt;
    p = p.parent_path();
  }
}

std::string FormatCheckConfig(const CheckConfig& c) {
  std::string out;
  out += fmt::format("# kiji check configuration ({})\n",
                     c.source.empty() ? "built-in defaults" : "from " + c.source);
  out += "[check]\n";
  out += fmt::format("max_title_chars = {}\n", c.max_title_chars);
  out += fmt::format("min_body_chars = {}\n", c.min_body_chars);
  out += fmt::format("max_blank_lines = {}\n", c.max_blank_lines);
  out += fmt::format("min_quote_chars = {}\n", c.min_quote_chars);
  out += "near_duplicate_threshold = " + TomlFloat(c.near_duplicate_threshold) + "\n";
  out += "max_unknown_ratio = " + TomlFloat(c.max_unknown_ratio) + "\n";
  out += "scraping_patterns = " + QuoteList(c.scraping_patterns) + "\n";
  out += "ignore = " + QuoteList(c.ignore) + "\n";
  out += "\n[check.rules]\n";
  for (size_t i = 0; i < kRuleCount; ++i) {
    out += fmt::format("{} = {}\n", Quote(CheckRules()[i].id), Quote(CheckLevelName(c.levels[i])));
  }
  return out;
}

bool PathGlobMatch(std::string_view p, std::string_view s) {
  if (p.starts_with("**")) {
    std::string_view rest = p.substr(2);
    if (rest.starts_with("/")) rest.remove_prefix(1);
    for (size_t i = 0; i <= s.size(); ++i) {
      if ((i == 0 || s[i - 1] == '/') && PathGlobMatch(rest, s.substr(i))) return true;
    }
    return rest.empty();
  }
  if (p.empty()) return s.empty();
  if (p[0] == '*') {
    for (size_t i = 0; i <= s.size(); ++i) {
      if (PathGlobMatch(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') break;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '?' ? s[0] != '/' : p[0] == s[0]) return PathGlobMatch(p.substr(1), s.substr(1));
  return false;
}

bool IsIgnored(const CheckConfig& c, std::string_view path) {
  if (c.ignore.empty()) return false;
  std::string rel;
  if (!c.source.empty()) {
    std::error_code ec;
    fs::path base = fs::absolute(c.source, ec).parent_path();
    fs::path abs = fs::absolute(std::string(path), ec).lexically_normal();
    if (!ec) rel = abs.lexically_relative(base).string();
  }
  std::string given = fs::path(std::string(path)).lexically_normal().string();
  for (const std::string& g : c.ignore) {
    if (PathGlobMatch(g, given) || (!rel.empty() && PathGlobMatch(g, rel))) return true;
  }
  return false;
}

}  // namespace kiji
