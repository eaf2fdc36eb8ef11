#include "validate/baseline_runner.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <system_error>

#include "ecomgen/config.h"
#include "validate/value_parse.h"

extern char** environ;  // NOLINT: POSIX declares it for posix_spawn

namespace ecomgen::validate {

namespace {

std::string DurationArgument(int64_t duration_us) {
  if (duration_us % kMicrosPerDay == 0) return fmt::format("{}d", duration_us / kMicrosPerDay);
  if (duration_us % kMicrosPerHour == 0) return fmt::format("{}h", duration_us / kMicrosPerHour);
  return fmt::format("{}m", (duration_us + kMicrosPerMinute - 1) / kMicrosPerMinute);
}

std::string FirstLine(const std::filesystem::path& path) {
  std::ifstream file(path);
  std::string line;
  std::getline(file, line);
  return line;
}

}  // namespace

std::vector<std::string> BaselineArguments(const BaselineRequest& request,
                                           const std::filesystem::path& out_dir) {
  std::string tables;
  for (TableId table : request.tables) {
    tables += (tables.empty() ? "" : ",") + std::string(TableName(table));
  }
  return {"baseline",
          "--seed",
          fmt::format("{}", request.seed),
          "--scale",
          fmt::format("{}", request.scale),
          "--start",
          FormatTimestampUs(request.start_us),
          "--duration",
          DurationArgument(request.duration_us),
          "--out-dir",
          out_dir.string(),
          "--tables",
          tables,
          "--output",
          "csv",
          "--quiet"};
}

BaselineRunner ExecBaselineRunner(std::string executable) {
  return [executable = std::move(executable)](const BaselineRequest& request,
                                              const std::filesystem::path& out_dir) -> Status {
    const std::vector<std::string> args = BaselineArguments(request, out_dir);
    std::vector<char*> argv;
    std::string program = executable;
    argv.push_back(program.data());
    std::vector<std::string> owned = args;
    for (std::string& arg : owned) argv.push_back(arg.data());
    argv.push_back(nullptr);
    // The child's stderr goes next to (not into) the run directory.
    const std::filesystem::path stderr_path = out_dir.parent_path() / "baseline_stderr.txt";

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    const int spawn_error =
        posix_spawn(&pid, executable.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawn_error != 0) {
      return Status::IOError("cannot run " + executable +
                             " for the baseline: " + std::strerror(spawn_error));
    }
    int wait_status = 0;
    while (waitpid(pid, &wait_status, 0) < 0) {
      if (errno != EINTR) return Status::IOError(std::string("waitpid: ") + std::strerror(errno));
    }
    if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
      std::string message = "generating the baseline run failed";
      const std::string line = FirstLine(stderr_path);
      if (!line.empty()) message += ": " + line;
      return Status::IOError(message);
    }
    return Status::Ok();
  };
}

TempDir::~TempDir() {
  if (path_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

Status TempDir::Create(std::string_view prefix) {
  std::error_code error;
  const std::filesystem::path base = std::filesystem::temp_directory_path(error);
  if (error) return Status::IOError("no temp directory: " + error.message());
  std::string pattern = (base / (std::string(prefix) + "XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return Status::IOError("cannot create a temp directory in " + base.string() + ": " +
                           std::strerror(errno));
  }
  path_ = pattern;
  return Status::Ok();
}

}  // namespace ecomgen::validate
