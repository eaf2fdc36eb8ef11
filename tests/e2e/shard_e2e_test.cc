// --shard K/N: the N shards' rows, concatenated in shard order, are exactly the single run's
// rows, for every table; dimension tables come only with shard 1.
#include <gtest/gtest.h>

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

TEST(ShardE2ETest, RejectsAShardOutsideItsCount) {
  ScratchDir dir("shard-bad");
  const CliResult result = RunEcomgen({"baseline", "--shard", "4/3", "--out-dir", dir.str()});
  EXPECT_EQ(result.exit_code, 2);
  ASSERT_EQ(result.ErrLines().size(), 1u);
  EXPECT_TRUE(ListFiles(dir.path()).empty());
}

}  // namespace
}  // namespace ecomgen::e2e
