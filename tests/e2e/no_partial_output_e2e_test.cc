// No partial output, ever (contract section 1): a run that fails or is interrupted at any
// point exits non-zero with one `ecomgen: error:` line and leaves no file with the run's
// prefix and no temporary; files that were there before are never touched unless the run
// completes with --force.
//
// The failures: a write failure injected at chosen and random bytes (the test hook
// ECOMGEN_FAIL_AFTER_BYTES), a disk that is full (a real, small tmpfs when the kernel lets an
// unprivileged user namespace mount one), the output
// directory removed mid-run, and SIGINT/SIGTERM mid-run. A run planned far beyond the free
// space fails before it writes anything.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFailAfterBytes = "ECOMGEN_FAIL_AFTER_BYTES";
// A run long enough (about a second in a release build) that a test can act while it writes.
const std::vector<std::string> kLongRun = {"baseline", "--scale", "4", "--threads", "2", "--quiet"};
// A small, quick run.
const std::vector<std::string> kSmallRun = {"baseline",  "--scale", "0.05",
                                            "--threads", "2",       "--quiet"};

std::vector<std::string> With(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// Every entry of `dir` (hidden temporaries and links included), sorted; empty when `dir`
// does not exist.
std::vector<std::string> Entries(const fs::path& dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (auto it = fs::directory_iterator(dir, error); !error && it != fs::directory_iterator();
       it.increment(error)) {
    names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += name + " ";
  return out;
}

// Waits until `dir` holds a run's temporary; false after `timeout`.
bool WaitForTemporary(const fs::path& dir,
                      std::chrono::seconds timeout = std::chrono::seconds(60)) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    for (const std::string& name : Entries(dir)) {
      if (name.find(".tmp-") != std::string::npos) return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

// The file time stamps ("%Y%m%d_%H%M%S", UTC) a run started now could use.
std::vector<std::string> CandidateStamps(std::time_t from_seconds, std::time_t to_seconds) {
  std::vector<std::string> stamps;
  const std::time_t now = std::time(nullptr);
  for (std::time_t offset = from_seconds; offset <= to_seconds; ++offset) {
    const std::time_t at = now + offset;
    std::tm utc{};
    gmtime_r(&at, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof(stamp), "%Y%m%d_%H%M%S", &utc);
    stamps.emplace_back(stamp);
  }
  return stamps;
}

// The summary, written last, is some kilobytes; its timings vary in length from run to run by
// a few bytes. A budget this far below a run's total fails inside the summary.
constexpr uint64_t kInsideTheSummary = 500;

// Total bytes of the files a successful run of `args` writes (what the hook can count to).
uint64_t RunBytes(const std::vector<std::string>& args) {
  ScratchDir dir("reference");
  const CliResult run = RunEcomgen(With(args, {"--out-dir", dir.str()}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  uint64_t total = 0;
  for (const std::string& name : ListFiles(dir.path())) total += fs::file_size(dir.path() / name);
  return total;
}

// Runs `args` with a write failure injected after `fail_after` bytes: exit 1, one error line
// that says so, and an empty output directory.
void ExpectInjectedFailureLeavesNothing(const std::vector<std::string>& args, uint64_t fail_after) {
  SCOPED_TRACE(std::string(kFailAfterBytes) + "=" + std::to_string(fail_after));
  ScratchDir dir("inject");
  const CliResult run =
      RunEcomgen(With(args, {"--out-dir", dir.str()}),
                 {std::string(kFailAfterBytes) + "=" + std::to_string(fail_after)});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("injected write failure"), std::string::npos) << run.err;
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{});
}

TEST(NoPartialOutputE2ETest, InjectedWriteFailureAtAnyByteLeavesNothing) {
  const uint64_t total = RunBytes(kSmallRun);
  ASSERT_GT(total, uint64_t{1} << 20) << "the run should span several write buffers";
  // The first byte, a buffer boundary, the last file (the summary), and random points; the
  // trace names the point of a failure so that it can be replayed.
  std::vector<uint64_t> points = {0, 1, uint64_t{1} << 20, total - kInsideTheSummary};
  std::mt19937_64 random(std::random_device{}());
  for (int draw = 0; draw < 4; ++draw) points.push_back(random() % total);
  for (const uint64_t point : points) ExpectInjectedFailureLeavesNothing(kSmallRun, point);
}

TEST(NoPartialOutputE2ETest, InjectedWriteFailureInParquetLeavesNothing) {
  const std::vector<std::string> args = With(kSmallRun, {"--output", "parquet"});
  const uint64_t total = RunBytes(args);
  std::mt19937_64 random(std::random_device{}());
  for (const uint64_t point : {uint64_t{0}, random() % total, total - kInsideTheSummary}) {
    ExpectInjectedFailureLeavesNothing(args, point);
  }
}

TEST(NoPartialOutputE2ETest, BudgetAboveTheRunSucceeds) {
  // The counterpart of the cases above: the hook fails only past its budget.
  const uint64_t total = RunBytes(kSmallRun);
  ScratchDir dir("inject-ok");
  const CliResult run =
      RunEcomgen(With(kSmallRun, {"--out-dir", dir.str()}),
                 {std::string(kFailAfterBytes) + "=" + std::to_string(total + kInsideTheSummary)});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ListFiles(dir.path()).size(), 11u);
}

TEST(NoPartialOutputE2ETest, MalformedHookValueIsBadUsage) {
  ScratchDir dir("inject-bad");
  const CliResult run =
      RunEcomgen(With(kSmallRun, {"--out-dir", dir.str()}), {std::string(kFailAfterBytes) + "=x"});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{});
}

// Disk full for real: a tmpfs smaller than the run's output. The size lets the free-space
// pre-check pass (the plan is below its margin), so the run starts and hits ENOSPC. The mount
// lives in a private mount namespace, so the shell lists the directory before it exits.
TEST(NoPartialOutputE2ETest, DiskFullOnASmallTmpfsLeavesNothing) {
  const std::vector<std::string> args = {"baseline", "--scale", "0.2", "--threads", "2", "--quiet"};
  const uint64_t size_bytes = RunBytes(args) * 4 / 5;
  ScratchDir dir("tmpfs");
  const std::string script =
      "dir=$1; size=$2; shift 2; mount -t tmpfs -o size=$size tmpfs \"$dir\" || exit 97; "
      "\"$@\"; rc=$?; echo entries:; ls -A \"$dir\"; exit $rc";
  const CliResult run = RunProgram(
      "/usr/bin/unshare", With({"--user", "--map-root-user", "--mount", "/bin/sh", "-c", script,
                                "sh", dir.str(), std::to_string(size_bytes), EcomgenBinary()},
                               With(args, {"--out-dir", dir.str()})));
  if (run.exit_code == 97 || run.exit_code == -1 || !run.out.starts_with("entries:")) {
    GTEST_SKIP() << "cannot mount a tmpfs in a user namespace here: " << run.err;
  }
  EXPECT_EQ(run.exit_code, 1) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("No space left on device"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "entries:\n") << "files left on the full disk";
}

// A run whose plan is far beyond any disk's free space fails at once, before it creates even
// the output directory.
TEST(NoPartialOutputE2ETest, RunFarLargerThanTheFreeSpaceFailsBeforeWriting) {
  ScratchDir dir("no-space");
  const std::string out_dir = dir.Sub("out");
  const CliResult run = RunEcomgen({"baseline", "--scale", "1000000", "--out-dir", out_dir});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("not enough free space in " + out_dir), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("TB"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(out_dir));
}

TEST(NoPartialOutputE2ETest, OutputDirectoryRemovedMidRunFailsCleanly) {
  ScratchDir dir("removed");
  const fs::path out_dir = dir.path() / "out";
  RunningProgram running = StartProgram(EcomgenBinary(), With(kLongRun, {"--out-dir", out_dir}));
  ASSERT_TRUE(WaitForTemporary(out_dir)) << "the run never started writing";
  // The run may create a file between remove_all's listing and its rmdir; then try again.
  std::error_code error;
  for (int attempt = 0; attempt < 100 && fs::exists(out_dir); ++attempt) {
    fs::remove_all(out_dir, error);
  }
  ASSERT_FALSE(fs::exists(out_dir)) << error.message();
  const CliResult run = running.Wait();
  EXPECT_EQ(run.exit_code, 1) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find(out_dir.string()), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(out_dir)) << Join(Entries(out_dir));
}

// Interrupts a long run as soon as it writes, and expects `exit_code` and nothing left.
void ExpectSignalLeavesNothing(int signal, int exit_code) {
  ScratchDir dir("signal");
  RunningProgram running = StartProgram(EcomgenBinary(), With(kLongRun, {"--out-dir", dir.str()}));
  ASSERT_TRUE(WaitForTemporary(dir.path())) << "the run never started writing";
  running.Signal(signal);
  const CliResult run = running.Wait();
  EXPECT_EQ(run.exit_code, exit_code) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("interrupted"), std::string::npos) << run.err;
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{});
}

TEST(NoPartialOutputE2ETest, SigintMidRunExits130AndLeavesNothing) {
  ExpectSignalLeavesNothing(SIGINT, 130);
}

TEST(NoPartialOutputE2ETest, SigtermMidRunExits1AndLeavesNothing) {
  ExpectSignalLeavesNothing(SIGTERM, 1);
}

// Every other catchable signal whose default action ends the process (issue: they killed the
// run and left its temporaries).
TEST(NoPartialOutputE2ETest, EveryOtherTerminationSignalMidRunExits1AndLeavesNothing) {
  for (const int signal : {SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE,
                           SIGXCPU, SIGXFSZ}) {
    SCOPED_TRACE(signal);
    ExpectSignalLeavesNothing(signal, 1);
  }
}

// Files under every name the run could pick in the next minutes: a run with --force that
// fails, or is interrupted, must leave every one of them as it was.
class PlantedFiles {
 public:
  explicit PlantedFiles(const fs::path& dir) : dir_(dir) {
    for (const std::string& stamp : CandidateStamps(-2, 180)) {
      for (const char* suffix : {"_customers.csv", "_orders.csv", "_summary.json"}) {
        const std::string name = "baseline_" + stamp + suffix;
        WriteFileBytes(dir / name, "planted " + name + "\n");
        names_.push_back(name);
      }
    }
    std::sort(names_.begin(), names_.end());
  }
  void ExpectUntouched() const {
    EXPECT_EQ(Entries(dir_), names_);
    for (const std::string& name : names_) {
      EXPECT_EQ(ReadFileBytes(dir_ / name), "planted " + name + "\n");
    }
  }

 private:
  fs::path dir_;
  std::vector<std::string> names_;
};

TEST(NoPartialOutputE2ETest, FailedForcedRunKeepsExistingFiles) {
  ScratchDir dir("force-fail");
  const PlantedFiles planted(dir.path());
  const uint64_t total = RunBytes(kSmallRun);
  const CliResult run =
      RunEcomgen(With(kSmallRun, {"--force", "--out-dir", dir.str()}),
                 {std::string(kFailAfterBytes) + "=" + std::to_string(total - kInsideTheSummary)});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  ExpectOneErrorLine(run);
  planted.ExpectUntouched();
}

TEST(NoPartialOutputE2ETest, InterruptedForcedRunKeepsExistingFiles) {
  ScratchDir dir("force-sigint");
  const PlantedFiles planted(dir.path());
  RunningProgram running =
      StartProgram(EcomgenBinary(), With(kLongRun, {"--force", "--out-dir", dir.str()}));
  ASSERT_TRUE(WaitForTemporary(dir.path())) << "the run never started writing";
  running.Signal(SIGINT);
  const CliResult run = running.Wait();
  EXPECT_EQ(run.exit_code, 130) << run.err;
  ExpectOneErrorLine(run);
  planted.ExpectUntouched();
}

// Never through a link the run did not make (issue: a planted link under a temporary's name
// made the run overwrite the file it pointed to). The temporary's name holds the writer's pid,
// so a shell plants the links under its own pid ($$) and then execs ecomgen, which keeps it.

// The run-file suffixes ("orders.csv", "summary.json") of a small run: every file it writes.
std::vector<std::string> SmallRunSuffixes() {
  ScratchDir dir("suffixes");
  const CliResult run = RunEcomgen(With(kSmallRun, {"--out-dir", dir.str()}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::vector<std::string> suffixes;
  for (const std::string& name : ListFiles(dir.path())) suffixes.push_back(RunFileSuffix(name));
  return suffixes;
}

// The names a small run started now would give the file with `suffix`.
std::vector<std::string> CandidateNames(const std::string& suffix) {
  std::vector<std::string> names;
  for (const std::string& stamp : CandidateStamps(-1, 30)) {
    names.push_back("baseline_" + stamp + "_" + suffix);
  }
  return names;
}

// Runs `args` from a shell that first links every "<out_dir>/<pattern with NAME>" to `target`.
CliResult RunWithLinks(const std::vector<std::string>& names, const std::string& pattern,
                       const fs::path& target, const fs::path& out_dir,
                       const std::vector<std::string>& args) {
  const std::string script =
      "dir=$1; target=$2; shift 2; for NAME in $NAMES; do ln -s \"$target\" \"$dir/" + pattern +
      "\" || exit 97; done; exec \"$@\"";
  std::string joined;
  for (const std::string& name : names) joined += name + " ";
  return RunProgram("/bin/sh",
                    With({"-c", script, "sh", out_dir.string(), target.string(), EcomgenBinary()},
                         With(args, {"--out-dir", out_dir.string()})),
                    {"NAMES=" + joined});
}

constexpr const char* kPrecious = "PRECIOUS\n";

TEST(NoPartialOutputE2ETest, LinkUnderAnyTemporaryNameIsNeverWrittenThrough) {
  const std::vector<std::string> suffixes = SmallRunSuffixes();
  ASSERT_EQ(suffixes.size(), 11u);
  for (const std::string& suffix : suffixes) {
    SCOPED_TRACE(suffix);
    ScratchDir dir("temp-link");
    const fs::path victim = dir.path() / "victim";
    WriteFileBytes(victim, kPrecious);
    const fs::path out_dir = dir.path() / "out";
    fs::create_directory(out_dir);
    const std::vector<std::string> names = CandidateNames(suffix);
    const CliResult run = RunWithLinks(names, ".$NAME.tmp-$$", victim, out_dir, kSmallRun);
    ASSERT_NE(run.exit_code, 97) << "could not plant the links: " << run.err;
    EXPECT_EQ(run.exit_code, 1) << run.err;
    ExpectOneErrorLine(run);
    EXPECT_NE(run.err.find("symbolic link"), std::string::npos) << run.err;
    EXPECT_EQ(ReadFileBytes(victim), kPrecious);
    // Only the test's links are left: no file of the run, no temporary of its own.
    const std::vector<std::string> left = Entries(out_dir);
    EXPECT_EQ(left.size(), names.size()) << Join(left);
    for (const std::string& name : left) {
      EXPECT_TRUE(fs::is_symlink(out_dir / name)) << name << " was written by the run";
    }
  }
}

// A link under a final name: without --force the name is taken (exit 2, nothing written);
// with --force the link itself is replaced by the run's file and its target is untouched.
TEST(NoPartialOutputE2ETest, LinkUnderAFinalNameIsReplacedNeverWrittenThrough) {
  std::vector<std::string> names;
  for (const std::string& suffix : SmallRunSuffixes()) {
    for (const std::string& name : CandidateNames(suffix)) names.push_back(name);
  }
  for (const bool force : {false, true}) {
    SCOPED_TRACE(force ? "--force" : "no --force");
    ScratchDir dir("final-link");
    const fs::path victim = dir.path() / "victim";
    WriteFileBytes(victim, kPrecious);
    const fs::path out_dir = dir.path() / "out";
    fs::create_directory(out_dir);
    const CliResult run = RunWithLinks(names, "$NAME", victim, out_dir,
                                       force ? With(kSmallRun, {"--force"}) : kSmallRun);
    ASSERT_NE(run.exit_code, 97) << "could not plant the links: " << run.err;
    EXPECT_EQ(ReadFileBytes(victim), kPrecious);
    int regular = 0;
    for (const std::string& name : Entries(out_dir)) {
      const fs::file_status status = fs::symlink_status(out_dir / name);
      if (fs::is_regular_file(status)) ++regular;
      EXPECT_TRUE(fs::is_regular_file(status) || fs::is_symlink(status)) << name;
      EXPECT_EQ(name.find(".tmp-"), std::string::npos) << name;
    }
    if (force) {
      EXPECT_EQ(run.exit_code, 0) << run.err;
      EXPECT_EQ(regular, 11);
    } else {
      EXPECT_EQ(run.exit_code, 2) << run.err;
      ExpectOneErrorLine(run);
      EXPECT_EQ(regular, 0);
    }
  }
}

}  // namespace
}  // namespace ecomgen::e2e
