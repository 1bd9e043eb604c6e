// ChangedFilesSince: the files `kiji check --since REV` reports, from git.
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kiji/check.h"
#include "kiji/source.h"

extern char** environ;

namespace kiji {
namespace {

std::string ReadFd(int fd) {
  std::string out;
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof(buf))) > 0) out.append(buf, static_cast<size_t>(n));
  close(fd);
  return out;
}

// Runs git with `args` and returns its standard output; a non-zero exit is
// an error carrying git's standard error.
Result<std::string> RunGit(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::vector<std::string> all = {"git"};
  all.insert(all.end(), args.begin(), args.end());
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0) return Status::IOError("git: cannot create a pipe");
  if (pipe(err_pipe) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return Status::IOError("git: cannot create a pipe");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid;
  const int rc = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (rc != 0) {
    close(out_pipe[0]);
    close(err_pipe[0]);
    return Status::IOError("--since needs git, which cannot be run (is it installed?)");
  }
  std::string out = ReadFd(out_pipe[0]);
  std::string err = ReadFd(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    while (!err.empty() && (err.back() == '\n' || err.back() == '\r')) err.pop_back();
    return Status::InvalidArgument(fmt::format("git {}: {}", args[0], err));
  }
  return out;
}

}  // namespace

Result<std::vector<std::string>> ChangedFilesSince(const std::string& rev,
                                                   const std::vector<std::string>& paths) {
  // Changes between REV and the working tree (staged or not), deleted files
  // left out; names relative to the current folder.
  std::vector<std::string> diff = {"diff", "--name-only", "-z", "--relative", "--diff-filter=d",
                                   rev,    "--"};
  diff.insert(diff.end(), paths.begin(), paths.end());
  KIJI_ASSIGN_OR_RETURN(std::string changed, RunGit(diff));
  std::vector<std::string> untracked_args = {"ls-files", "-z", "--others", "--exclude-standard",
                                             "--"};
  untracked_args.insert(untracked_args.end(), paths.begin(), paths.end());
  KIJI_ASSIGN_OR_RETURN(std::string untracked, RunGit(untracked_args));
  std::vector<std::string> out = SplitFileList0(changed);
  for (std::string& p : SplitFileList0(untracked)) out.push_back(std::move(p));
  return out;
}

}  // namespace kiji
