// AtomicFile: a named output that appears whole or not at all.
//
// Data is written to a temporary file in the target's folder
// (".NAME.kiji-XXXXXX"); Commit() flushes it, fsyncs it and renames it over
// the target, so a failed run (full disk, a crash, an error) never leaves a
// cut-off file where a good one was. Destroying an AtomicFile that was not
// committed removes the temporary. Not thread-safe; one writer per file.
//
//   KIJI_ASSIGN_OR_RETURN(auto file, kiji::AtomicFile::Create("out.counts"));
//   KIJI_RETURN_IF_ERROR(file.Write(text));
//   KIJI_RETURN_IF_ERROR(file.Commit());
//
// Or, for a result held in memory: kiji::WriteFileAtomically(path, text).
#ifndef KIJI_ATOMIC_FILE_H_
#define KIJI_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "kiji/status.h"

namespace kiji {

class AtomicFile {
 public:
  /// Creates the temporary next to `path`. Fails (IOError naming the path and
  /// the system's reason) when the folder does not exist or is not writable.
  static Result<AtomicFile> Create(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) noexcept;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  /// Appends data; every write is checked (ENOSPC, EIO, ...).
  Status Write(std::string_view data);
  /// fsyncs, closes and renames the temporary over the target.
  Status Commit();
  /// Removes the temporary without touching the target. Idempotent.
  void Discard();

  const std::string& path() const { return path_; }
  const std::string& temporary_path() const { return temp_; }

 private:
  AtomicFile(std::string path, std::string temp, int fd)
      : path_(std::move(path)), temp_(std::move(temp)), fd_(fd) {}
  std::string path_;
  std::string temp_;
  int fd_ = -1;
};

/// Writes `contents` to `path` through an AtomicFile.
Status WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace kiji

#endif  // KIJI_ATOMIC_FILE_H_
