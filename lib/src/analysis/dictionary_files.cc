#include "analysis/dictionary_files.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <algorithm>
#include <cstring>
#include <vector>

namespace kiji::internal {
namespace {

// The layout of MeCab 0.996's dictionary.cpp: a 72-byte header, then the
// double array, the tokens (16 bytes each) and the features.
constexpr uint32_t kDictionaryMagic = 0xef718f77;
constexpr uint32_t kDictionaryVersion = 102;
constexpr size_t kHeaderBytes = 10 * 4 + 32;
struct MecabToken {  // MeCab::Token
  uint16_t lc_attr, rc_attr, posid;
  int16_t wcost;
  uint32_t feature, compound;
};
static_assert(sizeof(MecabToken) == 16);

class File {
 public:
  explicit File(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~File() {
    if (fd_ >= 0) ::close(fd_);
  }
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  bool ok() const { return fd_ >= 0; }
  uint64_t size() const {
    struct stat st;
    return fstat(fd_, &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
  }
  bool Read(uint64_t offset, void* out, size_t n) const {
    return ::pread(fd_, out, n, static_cast<off_t>(offset)) == static_cast<ssize_t>(n);
  }

 private:
  int fd_;
};

Status Damaged(const std::string& path, std::string_view what) {
  return Status::DataError(fmt::format(
      "{}: damaged MeCab dictionary file ({}); reinstall the dictionary package or recompile it",
      path, what));
}

Status Unreadable(const std::string& path) {
  return Status::IOError(fmt::format("{}: {}", path, std::strerror(errno)));
}

Status CheckTokens(const std::string& path, const File& f, uint64_t offset, uint32_t lexsize,
                   uint32_t fsize, uint32_t lsize, uint32_t rsize) {
  std::vector<MecabToken> tokens(4096);
  for (uint32_t done = 0; done < lexsize;) {
    const uint32_t n = std::min<uint32_t>(lexsize - done, static_cast<uint32_t>(tokens.size()));
    if (!f.Read(offset + uint64_t{done} * sizeof(MecabToken), tokens.data(),
                n * sizeof(MecabToken))) {
      return Unreadable(path);
    }
    for (uint32_t i = 0; i < n; ++i) {
      const MecabToken& t = tokens[i];
      if (t.feature >= fsize) {
        return Damaged(path, fmt::format("token {} has its feature outside the file", done + i));
      }
      // The cost of a connection is matrix[left.rc_attr + lsize * right.lc_attr].
      if ((lsize != 0 && t.rc_attr >= lsize) || (rsize != 0 && t.lc_attr >= rsize)) {
        return Damaged(path,
                       fmt::format("token {} has a connection id outside matrix.bin", done + i));
      }
    }
    done += n;
  }
  return Status::Ok();
}

}  // namespace

Status CheckDictionaryFile(const std::string& path, uint32_t lsize, uint32_t rsize) {
  File f(path);
  if (!f.ok()) return Unreadable(path);
  const uint64_t size = f.size();
  uint32_t h[10];
  if (size < kHeaderBytes || !f.Read(0, h, sizeof(h))) {
    return Damaged(path, "shorter than its header");
  }
  const uint32_t magic = h[0], version = h[1], lexsize = h[3], dsize = h[6], tsize = h[7],
                 fsize = h[8];
  if ((magic ^ kDictionaryMagic) != size) return Damaged(path, "header does not match its size");
  if (version != kDictionaryVersion) {
    return Damaged(path, fmt::format("version {}, expected {}", version, kDictionaryVersion));
  }
  if (kHeaderBytes + uint64_t{dsize} + tsize + fsize != size) {
    return Damaged(path, "section sizes do not add up to the file size");
  }
  if (uint64_t{tsize} != uint64_t{lexsize} * sizeof(MecabToken) || dsize % 8 != 0) {
    return Damaged(path, "token table size does not match its word count");
  }
  return CheckTokens(path, f, kHeaderBytes + dsize, lexsize, fsize, lsize, rsize);
}

Status CheckDictionaryFiles(const std::string& dicdir, const std::vector<std::string>& user_dicts) {
  const std::string matrix = dicdir + "/matrix.bin";
  File m(matrix);
  if (!m.ok()) return Unreadable(matrix);
  uint16_t dims[2];
  if (!m.Read(0, dims, sizeof(dims)) ||
      m.size() != 4 + 2 * uint64_t{dims[0]} * uint64_t{dims[1]}) {
    return Damaged(matrix, "size does not match its dimensions");
  }
  const std::string chars = dicdir + "/char.bin";
  File c(chars);
  if (!c.ok()) return Unreadable(chars);
  uint32_t categories = 0;
  if (!c.Read(0, &categories, sizeof(categories)) ||
      c.size() != 4 + 32 * uint64_t{categories} + 4 * uint64_t{0xffff}) {
    return Damaged(chars, "size does not match its category count");
  }
  KIJI_RETURN_IF_ERROR(CheckDictionaryFile(dicdir + "/sys.dic", dims[0], dims[1]));
  KIJI_RETURN_IF_ERROR(CheckDictionaryFile(dicdir + "/unk.dic", dims[0], dims[1]));
  for (const std::string& u : user_dicts) {
    KIJI_RETURN_IF_ERROR(CheckDictionaryFile(u, dims[0], dims[1]));
  }
  return Status::Ok();
}

Result<SpaceChars> ReadSpaceChars(const std::string& dicdir) {
  // char.bin (MeCab 0.996 char_property.cpp): the category count, 32 bytes
  // per category name, then one CharInfo per UCS-2 code point 0..0xFFFE
  // whose low 18 bits are its category set.
  constexpr uint32_t kCharInfos = 0xffff;
  constexpr uint32_t kCategoryBits = (1u << 18) - 1;
  const std::string path = dicdir + "/char.bin";
  File f(path);
  if (!f.ok()) return Unreadable(path);
  uint32_t categories = 0;
  if (!f.Read(0, &categories, sizeof(categories)) ||
      f.size() != 4 + 32 * uint64_t{categories} + 4 * uint64_t{kCharInfos}) {
    return Damaged(path, "size does not match its category count");
  }
  std::vector<uint32_t> infos(kCharInfos);
  if (!f.Read(4 + 32 * uint64_t{categories}, infos.data(), infos.size() * sizeof(uint32_t))) {
    return Damaged(path, "cannot read its character table");
  }
  const uint32_t space = infos[U' '] & kCategoryBits;
  SpaceChars chars;
  for (uint32_t c = 0; c < kCharInfos; ++c) chars[c] = (infos[c] & space) != 0;
  return chars;
}

}  // namespace kiji::internal
