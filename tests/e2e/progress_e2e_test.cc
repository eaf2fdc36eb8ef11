// The progress line: drawn on a terminal for runs longer than a second (table, rows, share
// done, MB/s, ETA), never when stderr is not a terminal or with --quiet.
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// util-linux's script(1) runs a command on a pseudo-terminal and copies what it prints.
constexpr const char* kScript = "/usr/bin/script";

// A run of the orders alone on one thread: over a second, so the line is drawn.
std::string LongRun(const ScratchDir& dir) {
  return EcomgenBinary() + " baseline --scale 50 --threads 1 --tables orders --out-dir " +
         dir.str();
}

TEST(ProgressE2ETest, ATerminalSeesRowsShareRateAndEta) {
  if (!std::filesystem::exists(kScript)) GTEST_SKIP() << "no " << kScript << " here";
  ScratchDir dir("progress-tty");
  const CliResult run = RunProgram(kScript, {"-qefc", LongRun(dir), "/dev/null"});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  for (const char* part : {"orders", " rows ", "%", "MB/s", "ETA"}) {
    EXPECT_NE(run.out.find(part), std::string::npos) << "no \"" << part << "\" in: " << run.out;
  }
  // The line is erased before the final report, which follows it.
  EXPECT_NE(run.out.find("\033[K"), std::string::npos);
  EXPECT_NE(run.out.find("summary: "), std::string::npos) << run.out;
}

TEST(ProgressE2ETest, NoLineWithoutATerminalOrWithQuiet) {
  ScratchDir dir("progress-pipe");
  const CliResult piped = RunEcomgen({"baseline", "--scale", "50", "--threads", "1", "--tables",
                                      "orders", "--out-dir", dir.Sub("a")});
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.err.find("ETA"), std::string::npos) << piped.err;
  EXPECT_NE(piped.err.find("summary: "), std::string::npos) << piped.err;

  if (!std::filesystem::exists(kScript)) return;
  const CliResult quiet = RunProgram(kScript, {"-qefc", LongRun(dir) + "/b --quiet", "/dev/null"});
  ASSERT_EQ(quiet.exit_code, 0) << quiet.out;
  EXPECT_EQ(quiet.out, "");
}

}  // namespace
}  // namespace ecomgen::e2e
