// JsonWriter: writes JSON text as it goes (strings by AppendJsonString,
// kiji/output.h), byte for byte what
// nlohmann::json::dump(2, ' ', false, error_handler_t::replace) prints for
// the same document (two-space indent, "key": value, {} and [] when empty,
// UTF-8 kept, invalid UTF-8 replaced by U+FFFD), without building the
// document in memory first: for large outputs such as the report, where the
// tree and its serialization cost ten times the text.
//
//   JsonWriter w(&text);
//   w.BeginObject();
//   w.Key("articles"); w.Uint(3);
//   w.Key("terms"); w.BeginArray(); w.String("協力"); w.EndArray();
//   w.EndObject();
#ifndef KIJI_BASE_JSON_WRITER_H_
#define KIJI_BASE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiji {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  /// The next member's key (inside an object; the value follows).
  void Key(std::string_view key);

  void String(std::string_view s);
  void Uint(uint64_t v);
  void Int(int64_t v);
  /// Shortest round-trip form, as nlohmann prints it (1.0, 0.25, 1e-05).
  void Double(double v);
  void Bool(bool v);

  /// Key(key) then the value.
  void Member(std::string_view key, std::string_view s) { Key(key), String(s); }
  void Member(std::string_view key, const char* s) { Key(key), String(s); }
  void Member(std::string_view key, const std::string& s) { Key(key), String(s); }
  void Member(std::string_view key, uint64_t v) { Key(key), Uint(v); }
  void Member(std::string_view key, uint32_t v) { Key(key), Uint(v); }
  void Member(std::string_view key, int64_t v) { Key(key), Int(v); }
  void Member(std::string_view key, int v) { Key(key), Int(v); }
  void Member(std::string_view key, double v) { Key(key), Double(v); }
  void Member(std::string_view key, bool v) { Key(key), Bool(v); }
  /// An array of strings.
  void Member(std::string_view key, const std::vector<std::string>& v);

 private:
  struct Level {
    bool empty = true;
  };
  // Separator and indent before a value (none right after a key).
  void BeforeValue();
  void NewLine(size_t depth);
  void End(char close);

  std::string* out_;
  std::vector<Level> stack_;
  bool after_key_ = false;
};

}  // namespace kiji

#endif  // KIJI_BASE_JSON_WRITER_H_
