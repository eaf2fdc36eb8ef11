// The output directory moved while a run writes (issue 16 case 4). The run keeps writing into
// the files it has open, wherever their directory now is; it must then fail with one error
// line, and its temporaries must be gone from the directory's new place too (cleanup goes
// through a descriptor of the directory, not its path). The move happens at a known byte of
// the run: the test hook ECOMGEN_STOP_AFTER_BYTES stops the process there (SIGSTOP), the test
// moves the directory, then lets the run go on with SIGCONT.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <csignal>
#include <filesystem>
#include <string>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// Past the first tables and well inside orders: temporaries exist, and more are to come.
constexpr const char* kStopAfter = "ECOMGEN_STOP_AFTER_BYTES=3000000";

// Runs a baseline into `out`, and while it is stopped by the hook calls `change`.
template <typename Change>
CliResult RunChangedMidway(const std::filesystem::path& out, Change change) {
  RunningProgram program = StartProgram(
      EcomgenBinary(), {"baseline", "--scale", "0.2", "--out-dir", out.string(), "--quiet"},
      {kStopAfter});
  int wait_status = 0;
  EXPECT_EQ(::waitpid(program.pid(), &wait_status, WUNTRACED), program.pid());
  EXPECT_TRUE(WIFSTOPPED(wait_status)) << "the run ended before the hook stopped it";
  change();
  program.Signal(SIGCONT);
  return program.Wait();
}

void ExpectMovedFailure(const CliResult& run) {
  EXPECT_EQ(run.exit_code, 1) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("was moved or replaced"), std::string::npos) << run.err;
}

TEST(MovedOutDirE2ETest, ARunWhoseDirectoryIsMovedFailsAndLeavesNothingInTheNewPlace) {
  ScratchDir scratch("moved-out-dir");
  const std::filesystem::path out = scratch.path() / "o";
  const std::filesystem::path moved = scratch.path() / "moved";
  std::filesystem::create_directory(out);
  const CliResult run = RunChangedMidway(out, [&] {
    EXPECT_FALSE(ListFiles(out).empty()) << "no temporary existed when the directory moved";
    std::filesystem::rename(out, moved);
  });
  ExpectMovedFailure(run);
  EXPECT_TRUE(ListFiles(moved).empty()) << "left in the moved directory: " << ListFiles(moved)[0];
  EXPECT_FALSE(std::filesystem::exists(out));
}

// A new directory put under the old name is not the run's either: neither gets a file.
TEST(MovedOutDirE2ETest, ADirectoryReplacedUnderTheSameNameGetsNoFileEither) {
  ScratchDir scratch("replaced-out-dir");
  const std::filesystem::path out = scratch.path() / "o";
  const std::filesystem::path moved = scratch.path() / "moved";
  std::filesystem::create_directory(out);
  const CliResult run = RunChangedMidway(out, [&] {
    std::filesystem::rename(out, moved);
    std::filesystem::create_directory(out);
  });
  ExpectMovedFailure(run);
  EXPECT_TRUE(ListFiles(moved).empty());
  EXPECT_TRUE(ListFiles(out).empty());
}

// The hook itself changes nothing: a stopped and continued run in place is a whole run.
TEST(MovedOutDirE2ETest, AStoppedAndContinuedRunInPlaceSucceeds) {
  ScratchDir scratch("stopped-out-dir");
  const std::filesystem::path out = scratch.path() / "o";
  std::filesystem::create_directory(out);
  const CliResult run = RunChangedMidway(out, [] {});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const CliResult validate = RunEcomgen({"validate", out.string()});
  EXPECT_EQ(validate.exit_code, 0) << validate.out << validate.err;
}

}  // namespace
}  // namespace ecomgen::e2e
