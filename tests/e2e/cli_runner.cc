#include "cli_runner.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <system_error>

extern char** environ;  // NOLINT: POSIX declares it nowhere else

namespace ecomgen::e2e {
namespace {

// Closes a descriptor once; -1 means closed.
void CloseFd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// `{scenario}_{YYYYMMDD}_{HHMMSS}_{rest}`; the scenario name may itself hold underscores, so
// the stamp is found as the last 8-digit_6-digit pair followed by a suffix.
const std::regex& RunFileRegex() {
  static const std::regex kRunFile(R"(^(.+_[0-9]{8}_[0-9]{6})_([a-z_]+\.[a-z]+)$)");
  return kRunFile;
}

}  // namespace

std::vector<std::string> CliResult::ErrLines() const {
  std::vector<std::string> lines;
  size_t begin = 0;
  while (begin < err.size()) {
    const size_t end = std::min(err.find('\n', begin), err.size());
    lines.push_back(err.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

std::string CliResult::LastOutLine() const {
  size_t end = out.size();
  while (end > 0) {
    const size_t newline = out.rfind('\n', end - 1);
    const size_t begin = newline == std::string::npos ? 0 : newline + 1;
    if (begin < end) return out.substr(begin, end - begin);
    if (newline == std::string::npos) break;
    end = newline;
  }
  return "";
}

std::string EcomgenBinary() {
  const char* other = std::getenv("ECOMGEN_TEST_BINARY");
  return other != nullptr && *other != '\0' ? other : ECOMGEN_BINARY;
}

RunningProgram StartProgram(const std::string& program, const std::vector<std::string>& args,
                            const std::vector<std::string>& extra_env) {
  std::array<int, 2> out_pipe = {-1, -1};
  std::array<int, 2> err_pipe = {-1, -1};
  if (::pipe2(out_pipe.data(), O_CLOEXEC) != 0 || ::pipe2(err_pipe.data(), O_CLOEXEC) != 0) {
    ADD_FAILURE() << "pipe2: " << std::strerror(errno);
    for (int& fd : out_pipe) CloseFd(fd);
    for (int& fd : err_pipe) CloseFd(fd);
    return RunningProgram(-1, -1, -1);
  }

  std::vector<std::string> argv_storage;
  argv_storage.reserve(args.size() + 1);
  argv_storage.push_back(program);
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  argv.reserve(argv_storage.size() + 1);
  for (std::string& arg : argv_storage) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_storage(extra_env.begin(), extra_env.end());
  std::vector<char*> envp;
  for (char** entry = environ; *entry != nullptr; ++entry) envp.push_back(*entry);
  for (std::string& entry : env_storage) envp.push_back(entry.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  pid_t pid = -1;
  const int spawn_error =
      posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  CloseFd(out_pipe[1]);
  CloseFd(err_pipe[1]);
  if (spawn_error != 0) {
    ADD_FAILURE() << "posix_spawn " << program << ": " << std::strerror(spawn_error);
    CloseFd(out_pipe[0]);
    CloseFd(err_pipe[0]);
    return RunningProgram(-1, -1, -1);
  }
  return RunningProgram(pid, out_pipe[0], err_pipe[0]);
}

RunningProgram::RunningProgram(RunningProgram&& other) noexcept
    : pid_(other.pid_), out_fd_(other.out_fd_), err_fd_(other.err_fd_) {
  other.pid_ = -1;
  other.out_fd_ = -1;
  other.err_fd_ = -1;
}

RunningProgram::~RunningProgram() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    Wait();
  }
  CloseFd(out_fd_);
  CloseFd(err_fd_);
}

void RunningProgram::Signal(int signal) const {
  if (pid_ > 0 && ::kill(pid_, signal) != 0) ADD_FAILURE() << "kill: " << std::strerror(errno);
}

CliResult RunningProgram::Wait() {
  CliResult result;
  if (pid_ <= 0) return result;
  // Drain both pipes together, so a child that fills one cannot block on it.
  std::array<pollfd, 2> fds = {pollfd{out_fd_, POLLIN, 0}, pollfd{err_fd_, POLLIN, 0}};
  out_fd_ = -1;
  err_fd_ = -1;
  std::array<std::string*, 2> sinks = {&result.out, &result.err};
  std::array<char, 65536> buffer{};
  int open_count = 2;
  while (open_count > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      ADD_FAILURE() << "poll: " << std::strerror(errno);
      break;
    }
    for (size_t idx = 0; idx < fds.size(); ++idx) {
      if (fds[idx].fd < 0 || fds[idx].revents == 0) continue;
      const ssize_t got = ::read(fds[idx].fd, buffer.data(), buffer.size());
      if (got > 0) {
        sinks[idx]->append(buffer.data(), static_cast<size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        CloseFd(fds[idx].fd);
        --open_count;
      }
    }
  }
  for (pollfd& fd : fds) CloseFd(fd.fd);

  int status = 0;
  const pid_t pid = pid_;
  pid_ = -1;
  struct rusage usage {};
  while (::wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      ADD_FAILURE() << "wait4: " << std::strerror(errno);
      return result;
    }
  }
  result.peak_rss_kb = usage.ru_maxrss;
  const auto seconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) * 1e-6;
  };
  result.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.exit_code = 128 + WTERMSIG(status);
  }
  return result;
}

CliResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                     const std::vector<std::string>& extra_env) {
  return StartProgram(program, args, extra_env).Wait();
}

CliResult RunEcomgen(const std::vector<std::string>& args,
                     const std::vector<std::string>& extra_env) {
  return RunProgram(EcomgenBinary(), args, extra_env);
}

void ExpectOneErrorLine(const CliResult& run) {
  const std::vector<std::string> lines = run.ErrLines();
  ASSERT_EQ(lines.size(), 1u) << run.err;
  EXPECT_TRUE(lines[0].starts_with("ecomgen: error: ")) << lines[0];
  EXPECT_TRUE(run.err.ends_with("\n")) << run.err;
}

ScratchDir::ScratchDir(const std::string& prefix) {
  std::error_code error;
  const std::filesystem::path base = std::filesystem::temp_directory_path(error);
  if (error) {
    ADD_FAILURE() << "no temp directory: " << error.message();
    return;
  }
  std::string pattern = (base / ("ecomgen-" + prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    ADD_FAILURE() << "mkdtemp " << pattern << ": " << std::strerror(errno);
    return;
  }
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  if (path_.empty()) return;
  std::error_code error;
  std::filesystem::remove_all(path_, error);
}

std::vector<std::string> ListFiles(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) return names;
  for (const std::filesystem::directory_entry& entry :
       std::filesystem::directory_iterator(dir, error)) {
    if (entry.is_regular_file(error)) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return "";
  }
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void WriteFileBytes(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  if (!out) ADD_FAILURE() << "cannot write " << path;
}

std::string RunFileSuffix(const std::string& name) {
  std::smatch match;
  return std::regex_match(name, match, RunFileRegex()) ? match[2].str() : "";
}

std::string RunFilePrefix(const std::string& name) {
  std::smatch match;
  return std::regex_match(name, match, RunFileRegex()) ? match[1].str() : "";
}

void ExpectReportRow(const std::string& report, const std::string& check,
                     const std::vector<std::string>& parts) {
  const size_t row = report.find(check);
  ASSERT_NE(row, std::string::npos) << "no " << check << " in: " << report;
  const std::string line = report.substr(row, report.find('\n', row) - row);
  for (const std::string& part : parts) {
    EXPECT_NE(line.find(part), std::string::npos) << "no " << part << " in: " << line;
  }
}

std::filesystem::path FindRunFile(const std::filesystem::path& dir, const std::string& suffix) {
  for (const std::string& name : ListFiles(dir)) {
    if (RunFileSuffix(name) == suffix) return dir / name;
  }
  ADD_FAILURE() << "no " << suffix << " in " << dir;
  return dir / suffix;
}

std::map<std::string, std::string> ReadRunFiles(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  std::string prefix;
  for (const std::string& name : ListFiles(dir)) {
    const std::string suffix = RunFileSuffix(name);
    if (suffix.empty()) {
      ADD_FAILURE() << "not a run file: " << name << " in " << dir;
      continue;
    }
    if (prefix.empty()) prefix = RunFilePrefix(name);
    if (RunFilePrefix(name) != prefix) {
      ADD_FAILURE() << "files of two runs in " << dir << ": " << prefix << ", "
                    << RunFilePrefix(name);
    }
    files[suffix] = ReadFileBytes(dir / name);
  }
  return files;
}

std::string NormalizedSummary(const std::string& json_text) {
  nlohmann::json summary = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!summary.is_object() || !summary.contains("tables") || !summary["tables"].is_object()) {
    ADD_FAILURE() << "not a summary JSON object with \"tables\": " << json_text.substr(0, 200);
    return "";
  }
  for (auto& [table, entry] : summary["tables"].items()) {
    if (!entry.is_object()) continue;
    entry.erase("seconds");
    if (entry.contains("file") && entry["file"].is_string()) {
      const std::string suffix = RunFileSuffix(entry["file"].get<std::string>());
      entry["file"] = "RUN_" + (suffix.empty() ? entry["file"].get<std::string>() : suffix);
    }
  }
  return summary.dump(2);
}

int64_t CountCsvRecords(const std::string& text) {
  int64_t records = 0;
  bool in_quotes = false;
  for (const char c : text) {
    if (c == '"') in_quotes = !in_quotes;
    if (c == '\n' && !in_quotes) ++records;
  }
  if (!text.empty() && text.back() != '\n') ++records;
  return records;
}

}  // namespace ecomgen::e2e
