// Chunks of JSON Lines inputs for the corpus loop (corpus.h), so that one big
// .jsonl file is shared by every worker and never held whole.
#ifndef KIJI_SRC_CORPUS_JSON_LINES_CHUNKER_H_
#define KIJI_SRC_CORPUS_JSON_LINES_CHUNKER_H_

#include <cstdio>
#include <string>

#include "kiji/corpus.h"
#include "kiji/diagnostics.h"

namespace kiji {

/// Splits JSON Lines inputs into chunks of about `chunk_bytes` ending at line
/// ends, read as they are needed, so that one big file is analyzed by all
/// workers and never held whole; other inputs pass through. A .jsonl file
/// is read here, a chunk at a time; read errors are reported.
class JsonLinesChunker {
 public:
  /// A line longer than `max_line_bytes` is handed out cut after that many
  /// bytes (the reader reports it as overlong) and the rest of it is read and
  /// dropped, so memory stays bounded on a file with no line ends. A file
  /// is read up to `max_file_bytes` (--max-file-bytes): the records after
  /// the limit, and the one it cuts, are reported and not read, so that an
  /// endless .jsonl (a FIFO, a link to /dev/zero) ends.
  JsonLinesChunker(InputFunction next_input, size_t chunk_bytes,
                   size_t max_line_bytes = size_t{1} << 30,
                   size_t max_file_bytes = ~size_t{0});
  ~JsonLinesChunker();
  JsonLinesChunker(const JsonLinesChunker&) = delete;
  JsonLinesChunker& operator=(const JsonLinesChunker&) = delete;

  /// The next unit of work, or false at the end.
  bool Next(InputSource* unit, Diagnostics& diags);

 private:
  // Moves the next chunk of the current input into *unit; false when it is
  // used up.
  bool NextChunk(InputSource* unit, Diagnostics& diags);
  // Reads one block of file_ into pending_ (closing it at the end); while
  // dropping_line_, bytes up to the next line end are dropped instead.
  void ReadBlock(Diagnostics& diags);
  // Stops reading file_ at --max-file-bytes: drops the record it cuts.
  void StopAtFileLimit(Diagnostics& diags);

  InputFunction next_input_;
  size_t chunk_bytes_;
  size_t max_line_bytes_;
  size_t max_file_bytes_;
  size_t file_bytes_read_ = 0;  // bytes of file_ read so far
  bool dropping_line_ = false;  // reading the rest of an overlong line, dropped
  std::string path_;           // the JSON Lines input being chunked
  std::FILE* file_ = nullptr;  // open while a .jsonl file is read
  std::string pending_;        // bytes read and not yet handed out
  size_t line_ = 1;            // line of path_ where pending_ starts
  size_t byte_ = 0;            // byte of path_ where pending_ starts
  bool produced_ = true;       // a unit of path_ was handed out (none yet: true)
};

}  // namespace kiji

#endif  // KIJI_SRC_CORPUS_JSON_LINES_CHUNKER_H_
