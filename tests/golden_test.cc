// Golden tests: every folder tests/golden/<command>/<case>/ holds
//   args          one line: the arguments after "kiji" ($CASE = the case folder,
//                 relative to the source tree, which is the working directory)
//   stdin         optional: standard input
//   expected.out  the exact standard output
//   expected.err  optional: first line the exit code, then the exact stderr
//                 (absent: exit 0 and empty stderr)
// Each case runs kiji::cli::Main in-process. KIJI_UPDATE_GOLDEN=1 rewrites
// the expected files; review that diff like code.
#include <doctest/doctest.h>
#include <unistd.h>  // environ, unsetenv, setenv

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app.h"

namespace fs = std::filesystem;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> SplitArgs(std::string line, const std::string& case_dir) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  std::vector<std::string> args;
  std::istringstream in(line);
  std::string a;
  while (in >> a) {
    for (size_t p; (p = a.find("$CASE")) != std::string::npos;) a.replace(p, 5, case_dir);
    args.push_back(a);
  }
  return args;
}

std::string FirstDifference(const std::string& want, const std::string& got) {
  std::istringstream w(want), g(got);
  std::string lw, lg;
  for (int line = 1;; ++line) {
    bool hw = static_cast<bool>(std::getline(w, lw));
    bool hg = static_cast<bool>(std::getline(g, lg));
    if (!hw && !hg) return "outputs differ only in the final newline";
    if (lw != lg || hw != hg) {
      return "line " + std::to_string(line) + ":\n  expected: " + (hw ? lw : "<end>") +
             "\n  actual:   " + (hg ? lg : "<end>");
    }
  }
}

// Removes every KIJI_* variable (KIJI_DICT, KIJI_DATA_DIR, ...) but
// KIJI_UPDATE_GOLDEN from the environment, so that a developer's settings
// cannot change what the cases print.
void ClearKijiEnvironment() {
  std::vector<std::string> names;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string_view entry(*e);
    const std::string name(entry.substr(0, entry.find('=')));
    if (name.starts_with("KIJI_") && name != "KIJI_UPDATE_GOLDEN") names.push_back(name);
  }
  for (const std::string& name : names) unsetenv(name.c_str());
  // The goldens hold the dictionary folder (counts' dict.dir): they run on
  // Debian's IPADIC. kiji's compiled one gives the same tokens
  // (tests/kiji_dictionary_test.sh).
  setenv("KIJI_DICTIONARIES_DIR", "", 1);
}

}  // namespace

TEST_CASE("golden outputs of the CLI match tests/golden") {
  ClearKijiEnvironment();
  const fs::path root = KIJI_SOURCE_DIR;
  const fs::path golden = root / "tests/golden";
  REQUIRE(fs::is_directory(golden));
  const fs::path saved_cwd = fs::current_path();
  fs::current_path(root);
  const bool update = std::getenv("KIJI_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& e : fs::recursive_directory_iterator(golden)) {
    if (e.is_regular_file() && e.path().filename() == "args")
      cases.push_back(e.path().parent_path());
  }
  std::sort(cases.begin(), cases.end());
  CHECK(cases.size() >= 10);
  for (const fs::path& dir : cases) {
    const std::string case_dir = fs::relative(dir, root).string();
    INFO("case: " << case_dir);
    std::vector<std::string> args = SplitArgs(Slurp(dir / "args"), case_dir);
    args.insert(args.begin(), "kiji");
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::istringstream in(fs::exists(dir / "stdin") ? Slurp(dir / "stdin") : "");
    std::ostringstream out, err;
    const int code = kiji::cli::Main(static_cast<int>(args.size()), argv.data(), in, out, err);
    const std::string got_err = std::to_string(code) + "\n" + err.str();
    if (update) {
      std::ofstream(dir / "expected.out", std::ios::binary) << out.str();
      if (code != 0 || !err.str().empty()) {
        std::ofstream(dir / "expected.err", std::ios::binary) << got_err;
      } else {
        fs::remove(dir / "expected.err");
      }
      continue;
    }
    const std::string want_out = Slurp(dir / "expected.out");
    const std::string want_err =
        fs::exists(dir / "expected.err") ? Slurp(dir / "expected.err") : std::string("0\n");
    // Compare as bools so a failure prints the first differing line, not
    // two whole outputs.
    const bool same_out = out.str() == want_out;
    const bool same_err = got_err == want_err;
    CHECK_MESSAGE(same_out, "stdout " << FirstDifference(want_out, out.str()));
    CHECK_MESSAGE(same_err, "stderr " << FirstDifference(want_err, got_err));
  }
  fs::current_path(saved_cwd);
}
