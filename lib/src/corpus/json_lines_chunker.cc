#include "corpus/json_lines_chunker.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

namespace kiji {

JsonLinesChunker::JsonLinesChunker(InputFunction next_input, size_t chunk_bytes,
                                   size_t max_line_bytes, size_t max_file_bytes)
    : next_input_(std::move(next_input)),
      chunk_bytes_(chunk_bytes),
      max_line_bytes_(max_line_bytes),
      max_file_bytes_(max_file_bytes) {}

JsonLinesChunker::~JsonLinesChunker() {
  if (file_ != nullptr) std::fclose(file_);
}

bool JsonLinesChunker::Next(InputSource* unit, Diagnostics& diags) {
  for (;;) {
    if (NextChunk(unit, diags)) return true;
    InputSource in;
    if (!next_input_(&in, diags)) return false;
    if (in.bytes ? !IsJsonLines(in.path, *in.bytes) : !in.path.ends_with(".jsonl")) {
      *unit = std::move(in);
      return true;
    }
    path_ = in.path;
    line_ = in.first_line;
    byte_ = in.first_byte;
    produced_ = false;
    if (in.bytes) {
      pending_ = std::move(*in.bytes);
    } else {
      pending_.clear();
      file_bytes_read_ = 0;
      dropping_line_ = false;
      file_ = std::fopen(path_.c_str(), "rb");
      if (file_ == nullptr) {
        diags.Report({path_, 0, std::strerror(errno), Severity::kError});
        produced_ = true;  // reported: nothing more to say about it
        continue;
      }
    }
  }
}

bool JsonLinesChunker::NextChunk(InputSource* unit, Diagnostics& diags) {
  // Read until pending_ holds a chunk's worth and a line end after it.
  size_t cut = std::string::npos;
  for (;;) {
    if (pending_.size() > chunk_bytes_) {
      cut = pending_.find('\n', chunk_bytes_ - 1);
      if (cut != std::string::npos) {
        ++cut;
        break;
      }
    }
    if (file_ == nullptr) break;
    // A line with no end in sight: hand out what is here, drop the rest.
    const size_t last_nl = pending_.rfind('\n');
    const size_t open_line = last_nl == std::string::npos ? pending_.size()
                                                          : pending_.size() - last_nl - 1;
    if (open_line > max_line_bytes_) {
      cut = pending_.size();
      dropping_line_ = true;
      break;
    }
    ReadBlock(diags);
  }
  if (cut == std::string::npos) cut = pending_.size();  // the last chunk
  // An empty input is still one unit, so that reading it reports it.
  if (cut == 0 && produced_) return false;
  produced_ = true;
  InputSource chunk{path_, pending_.substr(0, cut), line_, byte_};
  line_ += static_cast<size_t>(std::count(chunk.bytes->begin(), chunk.bytes->end(), '\n'));
  byte_ += cut;
  pending_.erase(0, cut);
  *unit = std::move(chunk);
  return true;
}

void JsonLinesChunker::ReadBlock(Diagnostics& diags) {
  char buf[64 * 1024];
  const size_t n = std::fread(buf, 1, sizeof(buf), file_);
  file_bytes_read_ += n;
  std::string_view block(buf, n);
  if (dropping_line_) {
    const size_t nl = block.find('\n');
    const size_t dropped = nl == std::string_view::npos ? n : nl + 1;
    byte_ += dropped;
    block.remove_prefix(dropped);
    if (nl != std::string_view::npos) {
      dropping_line_ = false;
      ++line_;
    }
  }
  pending_.append(block);
  if (file_bytes_read_ > max_file_bytes_) {
    // The bytes beyond the limit are the end of this block.
    pending_.resize(pending_.size() - std::min(file_bytes_read_ - max_file_bytes_, block.size()));
    StopAtFileLimit(diags);
  } else if (n < sizeof(buf)) {
    if (std::ferror(file_) != 0) diags.Report({path_, 0, std::strerror(errno), Severity::kError});
    std::fclose(file_);
    file_ = nullptr;
  }
}

}  // namespace kiji

namespace kiji {

void JsonLinesChunker::StopAtFileLimit(Diagnostics& diags) {
  // The record the limit cuts is dropped.
  const size_t last_nl = pending_.rfind('\n');
  pending_.resize(last_nl == std::string::npos ? 0 : last_nl + 1);
  if (pending_.empty()) produced_ = true;  // this message is all there is to say
  diags.Report({path_, 0,
                fmt::format("file larger than --max-file-bytes ({} bytes): the records from "
                            "there on are not read",
                            max_file_bytes_),
                Severity::kError});
  std::fclose(file_);
  file_ = nullptr;
}

}  // namespace kiji
