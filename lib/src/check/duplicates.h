// duplicates/*: exact and near-duplicate articles across a whole corpus.
#ifndef KIJI_SRC_CHECK_DUPLICATES_H_
#define KIJI_SRC_CHECK_DUPLICATES_H_

#include <functional>
#include <string>
#include <vector>

#include "check/file_check.h"

namespace kiji::internal {

// LSH for the near-duplicate search: 16 bands of 8 MinHash values. A pair
// with Jaccard J becomes a candidate with probability 1 - (1 - J^8)^16:
// 0.95 at J = 0.8, 0.64 at 0.7, 0.003 at 0.4, so candidates above the 0.8
// threshold are rarely missed and few unrelated pairs need confirming.
inline constexpr size_t kLshBands = 16;
inline constexpr size_t kLshRows = kMinHashFunctions / kLshBands;

struct CorpusFile {
  std::string path;
  bool reported = false;  // findings of this file are reported
  FileResult* result = nullptr;
};

/// The shingle set of article `article` of file `file`, read again from
/// disk: for confirming a candidate pair.
using ShingleLoader = std::function<std::vector<uint64_t>(size_t file, size_t article)>;

/// Adds duplicates/exact and duplicates/near findings to the results of the
/// files. A pair is reported when one of its files is reported, on the later
/// one that is.
void FindDuplicates(std::vector<CorpusFile>& files, const CheckConfig& config,
                    const ShingleLoader& load);

}  // namespace kiji::internal

#endif  // KIJI_SRC_CHECK_DUPLICATES_H_
