// FNV-1a, 64 bit: the identity of files and lists recorded in counts files
// (stopwords, domain terms, dictionaries). Not cryptographic; it detects
// accidental mismatches, which is all a counts file needs.
#ifndef KIJI_SRC_STATS_TERM_HASH_H_
#define KIJI_SRC_STATS_TERM_HASH_H_

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace kiji::internal {

class Fnv1a64 {
 public:
  void Update(std::string_view bytes) {
    for (unsigned char c : bytes) {
      h_ ^= c;
      h_ *= 0x100000001b3ULL;
    }
  }
  uint64_t value() const { return h_; }
  /// "fnv1a64:" and 16 lowercase hex digits.
  std::string Hex() const { return fmt::format("fnv1a64:{:016x}", h_); }

 private:
  uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace kiji::internal

#endif  // KIJI_SRC_STATS_TERM_HASH_H_
