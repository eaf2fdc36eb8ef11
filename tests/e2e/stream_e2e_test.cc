// `ecomgen stream`: the same bytes for the same seed, one error line (exit 2) for bad input,
// and a stop by signal that leaves whole lines.
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sstream>
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

TEST(StreamE2ETest, InterruptStopsAtALineBoundary) {
  ScratchDir dir("stream");
  const std::string path = dir.Sub("events.ndjson");
  // An hour of events per second of wall time: far from done when the signal comes.
  RunningProgram program = StartProgram(
      EcomgenBinary(), {"stream", "baseline", "--scale", "0.2", "--speed", "3600", "--to", path});
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  program.Signal(SIGINT);
  const CliResult run = program.Wait();
  EXPECT_EQ(run.exit_code, 130) << run.err;
  ExpectOneErrorLine(run);
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  const std::string events = text.str();
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back(), '\n');
  EXPECT_EQ(events.rfind("{\"table\":", 0), 0u);
}

}  // namespace
}  // namespace ecomgen::e2e
