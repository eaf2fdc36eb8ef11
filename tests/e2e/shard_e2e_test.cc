// --shard K/N: the N shards' rows, concatenated in shard order, are exactly the single run's
// rows, for every table; suppliers, products and campaigns come only with shard 1. --shard auto takes K/N from
// the scheduler's environment.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// The CSV text without its header line.
std::string Body(const std::string& csv) {
  const size_t end_of_header = csv.find('\n');
  return end_of_header == std::string::npos ? "" : csv.substr(end_of_header + 1);
}

// The content of each file of a baseline run in `dir`, keyed by its name after the
// "baseline_YYYYMMDD_HHMMSS_" prefix, with that prefix in the summary's file names made "RUN_"
// (two runs that straddle a second differ in it).
std::map<std::string, std::string> ShardFiles(const std::filesystem::path& dir) {
  constexpr size_t kPrefixLength = sizeof("baseline_YYYYMMDD_HHMMSS_") - 1;
  std::map<std::string, std::string> files;
  for (const std::string& name : ListFiles(dir)) {
    EXPECT_TRUE(name.starts_with("baseline_") && name.size() > kPrefixLength) << name;
    if (name.size() <= kPrefixLength) continue;
    std::string content = ReadFileBytes(dir / name);
    if (name.ends_with("summary.json")) {
      const std::string prefix = name.substr(0, kPrefixLength);
      for (size_t at = content.find(prefix); at != std::string::npos;
           at = content.find(prefix, at)) {
        content.replace(at, prefix.size(), "RUN_");
      }
    }
    files[name.substr(kPrefixLength)] = std::move(content);
  }
  return files;
}

TEST(ShardE2ETest, ThreeShardsConcatenateToTheSingleRun) {
  ScratchDir dir("shard");
  const std::vector<std::string> common = {"baseline", "--scale", "0.5", "--seed", "9", "--quiet"};
  std::vector<std::string> single = common;
  single.insert(single.end(), {"--out-dir", dir.Sub("single")});
  ASSERT_EQ(RunEcomgen(single).exit_code, 0);
  for (int shard = 1; shard <= 3; ++shard) {
    std::vector<std::string> args = common;
    args.insert(args.end(), {"--shard", std::to_string(shard) + "/3", "--out-dir",
                             dir.Sub("shard" + std::to_string(shard))});
    const CliResult result = RunEcomgen(args);
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  const std::vector<std::string> files = ListFiles(dir.path() / "single");
  int compared = 0;
  for (const std::string& name : files) {
    const std::string suffix = RunFileSuffix(name);
    if (suffix.size() < 5 || suffix.substr(suffix.size() - 4) != ".csv") continue;
    const std::string table = suffix.substr(0, suffix.size() - 4);
    std::string joined;
    for (int shard = 1; shard <= 3; ++shard) {
      const std::string shard_dir = dir.Sub("shard" + std::to_string(shard));
      const std::string wanted = "_" + table + "_shard" + std::to_string(shard) + "of3.csv";
      for (const std::string& part : ListFiles(shard_dir)) {
        if (part.size() > wanted.size() &&
            part.compare(part.size() - wanted.size(), wanted.size(), wanted) == 0) {
          joined += Body(ReadFileBytes(std::filesystem::path(shard_dir) / part));
        }
      }
    }
    EXPECT_EQ(joined, Body(ReadFileBytes(dir.path() / "single" / name))) << table;
    ++compared;
  }
  EXPECT_EQ(compared, 10);
}

// The second task of `sbatch --array=1-2` writes what `--shard 2/2` writes.
TEST(ShardE2ETest, AutoTakesTheShardFromASlurmArray) {
  ScratchDir dir("shard-auto");
  const std::vector<std::string> common = {"baseline", "--scale", "0.2", "--seed", "9", "--quiet"};
  std::vector<std::string> given = common;
  given.insert(given.end(), {"--shard", "2/2", "--out-dir", dir.Sub("given")});
  const CliResult given_run = RunEcomgen(given);
  ASSERT_EQ(given_run.exit_code, 0) << given_run.err;
  std::vector<std::string> automatic = common;
  automatic.insert(automatic.end(), {"--shard", "auto", "--out-dir", dir.Sub("auto")});
  const CliResult auto_run = RunEcomgen(
      automatic, {"SLURM_ARRAY_TASK_ID=2", "SLURM_ARRAY_TASK_MIN=1", "SLURM_ARRAY_TASK_MAX=2"});
  ASSERT_EQ(auto_run.exit_code, 0) << auto_run.err;
  const std::map<std::string, std::string> expected = ShardFiles(dir.path() / "given");
  const std::map<std::string, std::string> actual = ShardFiles(dir.path() / "auto");
  ASSERT_EQ(expected.size(), 8u) << "customers, six fact tables and the summary";
  ASSERT_EQ(expected.size(), actual.size());
  for (const auto& [name, content] : expected) {
    ASSERT_TRUE(actual.count(name)) << name;
    if (name.ends_with("summary.json")) {
      EXPECT_EQ(NormalizedSummary(actual.at(name)), NormalizedSummary(content));
      continue;
    }
    EXPECT_EQ(actual.at(name), content) << name;
  }
  EXPECT_TRUE(expected.count("orders_shard2of2.csv"));
}

// Outside a scheduler `--shard auto` is one error line naming what it looked for.
TEST(ShardE2ETest, AutoWithoutASchedulerIsOneErrorLine) {
  // The child inherits the environment: inside a real array task there is a scheduler.
  if (std::getenv("SLURM_ARRAY_TASK_ID") != nullptr ||
      std::getenv("JOB_COMPLETION_INDEX") != nullptr) {
    GTEST_SKIP() << "running as a scheduler's array task";
  }
  ScratchDir dir("shard-auto-none");
  const CliResult result = RunEcomgen({"baseline", "--shard", "auto", "--out-dir", dir.str()});
  EXPECT_EQ(result.exit_code, 2);
  ExpectOneErrorLine(result);
  EXPECT_NE(result.err.find("SLURM_ARRAY_TASK_ID"), std::string::npos) << result.err;
  EXPECT_TRUE(ListFiles(dir.path()).empty());
}

// Array tasks start at different seconds; given one --run-stamp, the shards of a run write
// one run's names into one directory, and a run's names are known before it starts.
TEST(ShardE2ETest, ShardsGivenOneRunStampWriteOneRun) {
  ScratchDir dir("shard-stamp");
  for (const char* shard : {"1/2", "2/2"}) {
    const CliResult result =
        RunEcomgen({"baseline", "--scale", "0.1", "--seed", "9", "--quiet", "--shard", shard,
                    "--run-stamp", "20240601_000000", "--out-dir", dir.str()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  const std::vector<std::string> files = ListFiles(dir.path());
  EXPECT_EQ(files.size(), 19u) << "10 tables of shard 1, 7 of shard 2, 2 summaries";
  for (const std::string& name : files) {
    EXPECT_TRUE(name.starts_with("baseline_20240601_000000_")) << name;
  }
  EXPECT_EQ(std::count(files.begin(), files.end(), "baseline_20240601_000000_orders_shard2of2.csv"),
            1);
  // The same stamp again is the same names: refused without --force, nothing touched.
  const CliResult again =
      RunEcomgen({"baseline", "--scale", "0.1", "--seed", "9", "--quiet", "--shard", "1/2",
                  "--run-stamp", "20240601_000000", "--out-dir", dir.str()});
  EXPECT_EQ(again.exit_code, 2);
  ExpectOneErrorLine(again);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
  EXPECT_EQ(ListFiles(dir.path()), files);
}

TEST(ShardE2ETest, RejectsAShardOutsideItsCount) {
  ScratchDir dir("shard-bad");
  const CliResult result = RunEcomgen({"baseline", "--shard", "4/3", "--out-dir", dir.str()});
  EXPECT_EQ(result.exit_code, 2);
  ASSERT_EQ(result.ErrLines().size(), 1u);
  EXPECT_TRUE(ListFiles(dir.path()).empty());
}

}  // namespace
}  // namespace ecomgen::e2e
