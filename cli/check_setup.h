// The set-up of `kiji check` (cmd_check.cc): its arguments, the config it
// finds, the lexicons its rules load, the identity of the analysis, and the
// report set of --since / --files0-from.
#ifndef KIJI_CLI_CHECK_SETUP_H_
#define KIJI_CLI_CHECK_SETUP_H_

#include <optional>
#include <string>
#include <vector>

#include "common.h"
#include "io.h"
#include "kiji/check.h"
#include "kiji/check_config.h"
#include "kiji/status.h"

namespace kiji::cli {

struct CheckArgs {
  CorpusArgs corpus;  // inputs, --files0-from, --encoding, -j, --dict
  std::string format = "text";
  std::string config;
  bool print_config = false;
  std::string since;
  std::string cache;
};

/// The config of --config, else .kiji-check.toml found upwards, else defaults.
Result<CheckConfig> FindConfig(const CheckArgs& a);
/// What the analysis depends on (dictionary, data files), for the cache key.
std::string AnalysisIdentity(const CheckArgs& a, const std::vector<std::string>& files);
/// Loads the lexicons the enabled rules need into *o; their paths into *files.
Status LoadLexicons(const CheckArgs& a, CheckOptions* o, std::vector<std::string>* files);
/// The report set: files changed since --since and names from --files0-from
/// (none given: *report stays empty and every file is reported).
Status ReportSet(const CheckArgs& a, const std::vector<std::string>& corpus, Io& io,
                 std::optional<std::vector<std::string>>* report);

}  // namespace kiji::cli

#endif  // KIJI_CLI_CHECK_SETUP_H_
