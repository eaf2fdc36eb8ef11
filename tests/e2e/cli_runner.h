// Helpers for the cross-stage tests that drive the `ecomgen` executable: run it (or any
// program) with an argument vector and capture its stdout, stderr and exit code; make and
// remove fresh temporary directories; and look at the files a run wrote.
//
//   ScratchDir dir("flash");
//   CliResult run = RunEcomgen({"flash_sale", "--out-dir", dir.str(), "--quiet"});
//   EXPECT_EQ(run.exit_code, 0) << run.err;
//   std::map<std::string, std::string> files = ReadRunFiles(dir.path());
//
// Programs are started with posix_spawn and an explicit argv: no shell, so arguments need
// no quoting. The child inherits the environment.
//
// Thread safety: every function may be called from any thread; a ScratchDir belongs to one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ecomgen::e2e {

// What a finished child process left behind.
struct CliResult {
  // The exit status; 128 + N when the child was killed by signal N; -1 when it could not start.
  int exit_code = -1;
  std::string out;  // everything written to stdout
  std::string err;  // everything written to stderr
  // The child's peak resident set size in KiB (getrusage's ru_maxrss of the process that was
  // started: for a shell that execs the program, the program's).
  int64_t peak_rss_kb = 0;
  // The child's CPU time (user + system), in seconds: unlike wall time, unmoved by the load
  // of a shared machine.
  double cpu_seconds = 0;

  // stderr split at '\n' (a final line without '\n' counts; a trailing '\n' adds no empty line).
  std::vector<std::string> ErrLines() const;
  // stdout's last non-empty line, or "" when there is none.
  std::string LastOutLine() const;
};

// The ecomgen executable the tests were built with (the ECOMGEN_BINARY define), or the one
// the environment variable ECOMGEN_TEST_BINARY names: the ThreadSanitizer stage of
// scripts/test.sh runs these tests against a TSan build of ecomgen that way.
std::string EcomgenBinary();

// A child process that StartProgram started. Its output is collected only by Wait, so a
// child that writes more than a pipe holds (64 KiB) blocks until then: fine for `--quiet`
// runs. The destructor kills and reaps a child that was not waited for.
class RunningProgram {
 public:
  RunningProgram(int pid, int out_fd, int err_fd) : pid_(pid), out_fd_(out_fd), err_fd_(err_fd) {}
  ~RunningProgram();
  RunningProgram(RunningProgram&& other) noexcept;
  RunningProgram& operator=(RunningProgram&&) = delete;
  RunningProgram(const RunningProgram&) = delete;
  RunningProgram& operator=(const RunningProgram&) = delete;

  // -1 when the program could not be started (the failure was reported).
  int pid() const { return pid_; }
  // Sends `signal` to the child.
  void Signal(int signal) const;
  // Reads stdout and stderr to their end and waits for the child to exit.
  CliResult Wait();

 private:
  int pid_;
  int out_fd_;
  int err_fd_;
};

// Starts `program` (a path, not searched in PATH) with `args` after argv[0], stdin from
// /dev/null, and the environment of the tests plus `extra_env` ("NAME=value" entries).
RunningProgram StartProgram(const std::string& program, const std::vector<std::string>& args,
                            const std::vector<std::string>& extra_env = {});

// StartProgram(...).Wait().
CliResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                     const std::vector<std::string>& extra_env = {});

// RunProgram(EcomgenBinary(), args, extra_env).
CliResult RunEcomgen(const std::vector<std::string>& args,
                     const std::vector<std::string>& extra_env = {});

// Expects exactly one stderr line, starting with the contract's "ecomgen: error: ".
void ExpectOneErrorLine(const CliResult& run);

// A fresh, empty directory under the system temp directory, removed with its content on
// destruction. The constructor fails the current test (ADD_FAILURE) if it cannot create one.
class ScratchDir {
 public:
  // `prefix` starts the directory's name, to make leftovers recognisable.
  explicit ScratchDir(const std::string& prefix = "e2e");
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }
  // path() / name, as a string (for --out-dir and --config arguments).
  std::string Sub(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The names of the regular files directly in `dir` (hidden ones too), sorted; empty when
// `dir` does not exist.
std::vector<std::string> ListFiles(const std::filesystem::path& dir);

// The whole content of `path`; "" (and a test failure) when it cannot be read.
std::string ReadFileBytes(const std::filesystem::path& path);

// Writes `content` to `path`, replacing it.
void WriteFileBytes(const std::filesystem::path& path, const std::string& content);

// A run's file name without its run prefix: "orders.csv" for
// "flash_sale_20241129_081500_orders.csv", "summary.json" for the summary. Returns "" when
// `name` does not have the `{scenario}_{YYYYMMDD}_{HHMMSS}_` shape.
std::string RunFileSuffix(const std::string& name);

// The run prefix of such a name: "flash_sale_20241129_081500"; "" when it has no such shape.
std::string RunFilePrefix(const std::string& name);

// Expects the line of `report` (validate's output) that holds `check` to hold each of
// `parts` too (a verdict such as "SKIP", a reason).
void ExpectReportRow(const std::string& report, const std::string& check,
                     const std::vector<std::string>& parts);

// The path of the run file in `dir` whose RunFileSuffix is `suffix` ("orders.csv"); fails the
// current test (and returns dir / suffix) when there is none.
std::filesystem::path FindRunFile(const std::filesystem::path& dir, const std::string& suffix);

// Content of every run file in `dir`, keyed by RunFileSuffix. Fails the current test if
// `dir` holds a file that is not a run file, or files of more than one run.
std::map<std::string, std::string> ReadRunFiles(const std::filesystem::path& dir);

// A summary JSON text with what legitimately differs between two runs of the same config
// taken out: every tables.*.seconds is dropped and the run prefix in tables.*.file becomes
// "RUN". Fails the current test (and returns "") when the text is not a JSON object.
std::string NormalizedSummary(const std::string& json_text);

// The number of CSV records in `text` (RFC 4180: a '\n' inside double quotes does not end a
// record; a final record without '\n' counts too). The header is a record.
int64_t CountCsvRecords(const std::string& text);

}  // namespace ecomgen::e2e
