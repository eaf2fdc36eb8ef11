// `ecomgen stream`: the same bytes for the same seed, one error line (exit 2) for bad input,
// and a stop by signal that leaves whole lines.
#include <gtest/gtest.h>

#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

TEST(StreamE2ETest, SameSeedSameBytes) {
  const std::vector<std::string> args = {"stream", "flash_sale", "--scale", "0.05", "--seed", "9"};
  const CliResult first = RunEcomgen(args);
  const CliResult second = RunEcomgen(args);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_GT(first.out.size(), 1000u);
  EXPECT_TRUE(first.out == second.out);
  EXPECT_EQ(first.out.rfind("{\"table\":", 0), 0u);
  const CliResult other = RunEcomgen({"stream", "flash_sale", "--scale", "0.05", "--seed", "10"});
  EXPECT_FALSE(first.out == other.out);
}

TEST(StreamE2ETest, BadInputIsOneErrorLineAndExit2) {
  ScratchDir dir("stream");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"stream", "flash_sael"},
        {"stream", "flash_sale", "--speed", "fast"},
        {"stream", "flash_sale", "--tables", "customers"},
        {"stream", "flash_sale", "--from", "yesterday"},
        {"stream", "flash_sale", "--from", "2024-11-29T10:00:00Z", "--until",
         "2024-11-29T09:00:00Z"},
        {"stream", "flash_sale", "--until", "2020-01-01T00:00:00Z"},
        {"stream", "flash_sale", "--scale", "-1"},
        {"stream", "flash_sale", "--to", dir.Sub("none/x.ndjson")}}) {
    const CliResult run = RunEcomgen(args);
    SCOPED_TRACE(args.back());
    EXPECT_NE(run.exit_code, 0);
    EXPECT_TRUE(run.out.empty());
    ExpectOneErrorLine(run);
  }
  std::ofstream(dir.Sub("taken.ndjson")) << "x";
  const CliResult taken = RunEcomgen({"stream", "flash_sale", "--to", dir.Sub("taken.ndjson")});
  EXPECT_EQ(taken.exit_code, 2);
  ExpectOneErrorLine(taken);
}

// Streams into a file, sends `signal` mid-stream and checks the exit status, the one error
// line naming the signal and that the file ends at a whole line.
void ExpectSignalStopsAtALineBoundary(int signal, int exit_code) {
  ScratchDir dir("stream");
  const std::string path = dir.Sub("events.ndjson");
  // An hour of events per second of wall time: far from done when the signal comes.
  RunningProgram program = StartProgram(
      EcomgenBinary(), {"stream", "baseline", "--scale", "0.2", "--speed", "3600", "--to", path});
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  program.Signal(signal);
  const CliResult run = program.Wait();
  EXPECT_EQ(run.exit_code, exit_code) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("interrupted by SIG" + std::string(sigabbrev_np(signal))),
            std::string::npos)
      << run.err;
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  const std::string events = text.str();
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back(), '\n');
  EXPECT_EQ(events.rfind("{\"table\":", 0), 0u);
}

TEST(StreamE2ETest, InterruptStopsAtALineBoundary) {
  ExpectSignalStopsAtALineBoundary(SIGINT, 130);
}

// The stream shares the run's watcher: every termination signal, not only INT and TERM.
TEST(StreamE2ETest, HangupStopsAtALineBoundary) { ExpectSignalStopsAtALineBoundary(SIGHUP, 1); }

}  // namespace
}  // namespace ecomgen::e2e
