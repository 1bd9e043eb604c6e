#include "kiji/output.h"

#include <nlohmann/json.hpp>

namespace kiji {

void AppendTsvField(std::string_view field, std::string* out) {
  for (char c : field) {
    switch (c) {
      case '\\':
        out->append("\\\\");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      default:
        out->push_back(c);
    }
  }
}

std::string UnescapeTsvField(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 1 < field.size()) {
      const char c = field[++i];
      out.push_back(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
    } else {
      out.push_back(field[i]);
    }
  }
  return out;
}

void AppendJsonString(std::string_view s, std::string* out) {
  // nlohmann's serializer does the escaping (control characters, quotes,
  // backslashes) and validates UTF-8; replace keeps output valid if a caller
  // ever passes a broken string.
  nlohmann::json j = std::string(s);
  out->append(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void AppendCsvField(std::string_view field, std::string* out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace kiji
