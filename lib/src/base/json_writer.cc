#include "base/json_writer.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "kiji/output.h"

namespace kiji {

void JsonWriter::NewLine(size_t depth) {
  out_->push_back('\n');
  out_->append(2 * depth, ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;  // the top-level value
  if (!stack_.back().empty) out_->push_back(',');
  stack_.back().empty = false;
  NewLine(stack_.size());
}

void JsonWriter::Key(std::string_view key) {
  if (!stack_.back().empty) out_->push_back(',');
  stack_.back().empty = false;
  NewLine(stack_.size());
  AppendJsonString(key, out_);
  out_->append(": ");
  after_key_ = true;
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  stack_.push_back({});
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  stack_.push_back({});
}

void JsonWriter::End(char close) {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) NewLine(stack_.size());
  out_->push_back(close);
}

void JsonWriter::EndObject() { End('}'); }
void JsonWriter::EndArray() { End(']'); }

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(s, out_);
}

void JsonWriter::Uint(uint64_t v) {
  BeforeValue();
  char buf[24];
  out_->append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char buf[24];
  out_->append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void JsonWriter::Double(double v) {
  BeforeValue();
  // nlohmann's own number format (grisu2, ".0" on integers, null for NaN).
  out_->append(nlohmann::json(v).dump());
}

void JsonWriter::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
}

void JsonWriter::Member(std::string_view key, const std::vector<std::string>& v) {
  Key(key);
  BeginArray();
  for (const std::string& s : v) String(s);
  EndArray();
}

}  // namespace kiji
