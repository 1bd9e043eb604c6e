// JsonWriter prints what nlohmann::json::dump(2, ' ', false, replace) prints
// (base/json_writer.h).
#include "base/json_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

using kiji::JsonWriter;
using Json = nlohmann::ordered_json;

namespace {

std::string Dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

// Writes `j` through JsonWriter, member by member.
void Write(const Json& j, JsonWriter* w) {
  if (j.is_object()) {
    w->BeginObject();
    for (const auto& [k, v] : j.items()) {
      w->Key(k);
      Write(v, w);
    }
    w->EndObject();
  } else if (j.is_array()) {
    w->BeginArray();
    for (const Json& v : j) Write(v, w);
    w->EndArray();
  } else if (j.is_string()) {
    w->String(j.get<std::string>());
  } else if (j.is_boolean()) {
    w->Bool(j.get<bool>());
  } else if (j.is_number_unsigned()) {
    w->Uint(j.get<uint64_t>());
  } else if (j.is_number_integer()) {
    w->Int(j.get<int64_t>());
  } else {
    w->Double(j.get<double>());
  }
}

std::string Written(const Json& j) {
  std::string out;
  JsonWriter w(&out);
  Write(j, &w);
  return out;
}

}  // namespace

TEST_CASE("JsonWriter nests, indents and leaves empty containers empty as nlohmann does") {
  const Json j = {{"schema", "kiji-report/1"},
                  {"empty_object", Json::object()},
                  {"empty_array", Json::array()},
                  {"rows", {{{"term", "協力"}, {"tf", 3}, {"parts", {"経済", "協力"}}}, Json::array()}},
                  {"matrix", {{1, 2}, {3, 4}}},
                  {"flag", true},
                  {"off", false},
                  {"negative", -12}};
  CHECK(Written(j) == Dump(j));
  CHECK(Written(Json::array()) == "[]");
  CHECK(Written(Json("top")) == "\"top\"");
}

TEST_CASE("JsonWriter escapes strings as nlohmann does and replaces invalid UTF-8") {
  for (std::string s : {std::string("plain"), std::string("引用「…」と述べた"),
                        std::string("quote \" backslash \\ slash /"),
                        std::string("\b\f\n\r\t\x01\x1f\x7f"), std::string("nul \0 inside", 12),
                        std::string("bad \xff byte"), std::string("cut \xe5\x8d"),
                        std::string("\xed\xa0\x80 surrogate"), std::string("")}) {
    const Json j = {{"s", s}, {s.empty() ? "k" : s, 1}};
    INFO(Dump(j));
    CHECK(Written(j) == Dump(j));
  }
}

TEST_CASE("JsonWriter prints numbers as nlohmann does") {
  Json a = Json::array();
  for (double d : {0.0, -0.0, 1.0, 0.25, 1e-05, 123456.0, 1e15, 1e16, 1.5e300, 0.1234567,
                   -2.5, 5e-324, std::nan(""), std::numeric_limits<double>::infinity()}) {
    a.push_back(d);
  }
  a.push_back(std::numeric_limits<uint64_t>::max());
  a.push_back(std::numeric_limits<int64_t>::min());
  CHECK(Written(a) == Dump(a));
}
