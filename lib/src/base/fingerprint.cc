#include "kiji/fingerprint.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "stats/term_hash.h"

namespace kiji {

std::string BytesFingerprint(std::string_view bytes) {
  internal::Fnv1a64 h;
  h.Update(bytes);
  return h.Hex();
}

Result<std::string> FileFingerprint(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("{}: cannot read", path));
  internal::Fnv1a64 h;
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    h.Update(std::string_view(buf.data(), static_cast<size_t>(in.gcount())));
  }
  return h.Hex();
}

Result<std::string> DictionaryFingerprint(const std::string& dir) {
  namespace fs = std::filesystem;
  const std::string sys = dir + "/sys.dic";
  std::error_code ec;
  const auto sys_size = fs::file_size(sys, ec);
  if (ec) return Status::IOError(fmt::format("{}: {}", sys, ec.message()));
  const auto matrix_size = fs::file_size(dir + "/matrix.bin", ec);
  std::ifstream in(sys, std::ios::binary);
  std::vector<char> head(64 * 1024);
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  internal::Fnv1a64 h;
  h.Update(fmt::format("sys.dic {} matrix.bin {}\n", sys_size, ec ? 0 : matrix_size));
  h.Update(std::string_view(head.data(), static_cast<size_t>(in.gcount())));
  return h.Hex();
}

}  // namespace kiji
