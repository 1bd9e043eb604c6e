#include "kiji/row_writer.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <cmath>

#include "kiji/enum_names.h"
#include "kiji/output.h"

namespace kiji {

namespace {
constexpr auto kRowFormatNames = MakeEnumNames<RowFormat>(
    {{RowFormat::kTsv, "tsv"}, {RowFormat::kCsv, "csv"}, {RowFormat::kJsonl, "jsonl"}});

// Below this magnitude a score or share is rounding error (a share is at
// least 1 / tokens), printed as 0 so that -1e-17 does not show as a value.
constexpr double kZero = 1e-12;
}  // namespace

Status ParseRowFormat(std::string_view s, RowFormat* out) {
  if (kRowFormatNames.Parse(s, out)) return Status::Ok();
  return Status::InvalidArgument(
      fmt::format("unknown format '{}' (expected tsv, csv or jsonl)", s));
}

namespace {

// FormatNumber's text appended to *out. The format is compiled: parsing
// "{:.10g}" at run time for every number was half of writing a table.
void AppendNumber(double v, std::string* out) {
  if (!std::isfinite(v)) return;
  if (std::fabs(v) < kZero) {
    out->push_back('0');
    return;
  }
  char buf[32];
  const auto end = fmt::format_to_n(buf, sizeof buf, FMT_COMPILE("{:.10g}"), v);
  out->append(buf, end.out);
}

}  // namespace

std::string FormatNumber(double v) {
  std::string s;
  AppendNumber(v, &s);
  return s;
}

RowWriter::RowWriter(RowOptions options, std::vector<std::string> columns)
    : format_(options.format), header_(options.header), columns_(std::move(columns)) {
  if (format_ == RowFormat::kJsonl) row_.push_back('{');
  for (const std::string& c : columns_) {  // "name": once, not per row
    json_keys_.emplace_back();
    AppendJsonString(c, &json_keys_.back());
    json_keys_.back().push_back(':');
  }
}

std::string RowWriter::Header() const {
  if (format_ == RowFormat::kJsonl || !header_) return "";
  std::string h;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i > 0) h.push_back(format_ == RowFormat::kCsv ? ',' : '\t');
    if (format_ == RowFormat::kCsv) {
      AppendCsvField(columns_[i], &h);
    } else {
      AppendTsvField(columns_[i], &h);
    }
  }
  h.push_back('\n');
  return h;
}

void RowWriter::Key() {
  switch (format_) {
    case RowFormat::kJsonl:
      if (col_ > 0) row_.push_back(',');
      row_.append(json_keys_[col_]);
      break;
    case RowFormat::kTsv:
      if (col_ > 0) row_.push_back('\t');
      break;
    case RowFormat::kCsv:
      if (col_ > 0) row_.push_back(',');
      break;
  }
  ++col_;
}

RowWriter& RowWriter::Str(std::string_view v) {
  Key();
  switch (format_) {
    case RowFormat::kJsonl:
      AppendJsonString(v, &row_);
      break;
    case RowFormat::kTsv:
      AppendTsvField(v, &row_);
      break;
    case RowFormat::kCsv:
      AppendCsvField(v, &row_);
      break;
  }
  return *this;
}

RowWriter& RowWriter::Int(uint64_t v) {
  Key();
  const fmt::format_int digits(v);
  row_.append(digits.data(), digits.size());
  return *this;
}

RowWriter& RowWriter::Bool(bool v) {
  Key();
  if (format_ == RowFormat::kJsonl) {
    row_.append(v ? "true" : "false");
  } else {
    row_.push_back(v ? '1' : '0');
  }
  return *this;
}

void RowWriter::Number(double v, bool probability) {
  Key();
  if (!std::isfinite(v)) {
    if (format_ == RowFormat::kJsonl) row_.append("null");
  } else if (probability) {
    char buf[32];
    const auto end = fmt::format_to_n(buf, sizeof buf, FMT_COMPILE("{:.6g}"), v);
    row_.append(buf, end.out);
  } else {
    AppendNumber(v, &row_);
  }
}

RowWriter& RowWriter::Num(double v) {
  Number(v, false);
  return *this;
}

RowWriter& RowWriter::Sig(double v) {
  Number(v, true);
  return *this;
}

void RowWriter::End(std::string* out) {
  if (format_ == RowFormat::kJsonl) row_.push_back('}');
  row_.push_back('\n');
  out->append(row_);
  row_.clear();
  col_ = 0;
  if (format_ == RowFormat::kJsonl) row_.push_back('{');
}

}  // namespace kiji
