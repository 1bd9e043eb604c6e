#include "corpus/json_lines_chunker.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

namespace kiji {

JsonLinesChunker::JsonLinesChunker(InputFunction next_input, size_t chunk_bytes)
    : next_input_(std::move(next_input)), chunk_bytes_(chunk_bytes) {}

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
    char buf[64 * 1024];
    const size_t n = std::fread(buf, 1, sizeof(buf), file_);
    pending_.append(buf, n);
    if (n < sizeof(buf)) {
      if (std::ferror(file_) != 0) {
        diags.Report({path_, 0, std::strerror(errno), Severity::kError});
      }
      std::fclose(file_);
      file_ = nullptr;
    }
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

}  // namespace kiji
