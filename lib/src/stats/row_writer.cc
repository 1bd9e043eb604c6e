#include "kiji/row_writer.h"

#include <fmt/format.h>

#include <cmath>
#include <iterator>

#include "kiji/enum_names.h"
#include "kiji/output.h"

namespace kiji {

namespace {
constexpr auto kRowFormatNames =
    MakeEnumNames<RowFormat>({{RowFormat::kTsv, "tsv"}, {RowFormat::kJsonl, "jsonl"}});
}  // namespace

Status ParseRowFormat(std::string_view s, RowFormat* out) {
  if (kRowFormatNames.Parse(s, out)) return Status::Ok();
  return Status::InvalidArgument(fmt::format("unknown format '{}' (expected tsv or jsonl)", s));
}

RowWriter::RowWriter(RowOptions options, std::vector<std::string> columns)
    : jsonl_(options.format == RowFormat::kJsonl),
      header_(options.header),
      columns_(std::move(columns)) {
  if (jsonl_) row_.push_back('{');
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

void RowWriter::Number(double v, bool fixed) {
  Key();
  if (!std::isfinite(v)) {
    row_.append(jsonl_ ? "null" : "");
  } else if (!fixed) {
    row_.append(fmt::format("{:.6g}", v));
  } else {
    std::string s = fmt::format("{:.6f}", v);
    if (s == "-0.000000") s = "0.000000";  // -0.0 and tiny negatives
    row_.append(s);
  }
}

RowWriter& RowWriter::Num(double v) {
  Number(v, true);
  return *this;
}

RowWriter& RowWriter::Sig(double v) {
  Number(v, false);
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

}  // namespace kiji
