// The program's own streams fail: stdout on a full disk is a failure (exit 1, one error line),
// not a success with a lost answer; a closed stderr pipe does not turn the exit status into a
// death by SIGPIPE (141).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// Runs ecomgen `args` with stdout on /dev/full, where every write fails with ENOSPC.
CliResult RunIntoFullDisk(const std::vector<std::string>& args) {
  std::vector<std::string> shell = {"-c", "exec \"$@\" > /dev/full", "sh", EcomgenBinary()};
  shell.insert(shell.end(), args.begin(), args.end());
  return RunProgram("/bin/sh", shell);
}

TEST(OutputStreamE2ETest, EveryCommandThatPrintsFailsOnAFullStdout) {
  ScratchDir dir("full-stdout");
  const std::vector<std::vector<std::string>> commands = {
      {"show", "baseline"},
      {"list"},
      {"schema"},
      {"--help"},
      {"baseline", "--dry-run", "--out-dir", dir.str()},
  };
  for (const std::vector<std::string>& args : commands) {
    SCOPED_TRACE(args[0]);
    const CliResult run = RunIntoFullDisk(args);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    ExpectOneErrorLine(run);
    EXPECT_NE(run.err.find("standard output"), std::string::npos) << run.err;
  }
}

// The reader of stderr is gone before ecomgen writes its usage error: the status stays 2.
TEST(OutputStreamE2ETest, AClosedStderrPipeKeepsTheExitStatus) {
  const std::string script =
      "{ sleep 0.3; \"$@\"; } 2>&1 >/dev/null | true; echo \"status ${PIPESTATUS[0]}\"";
  const CliResult run =
      RunProgram("/bin/bash", {"-c", script, "bash", EcomgenBinary(), "baseline", "--no-such"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "status 2\n");
}

}  // namespace
}  // namespace ecomgen::e2e
