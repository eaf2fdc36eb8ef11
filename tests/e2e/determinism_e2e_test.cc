// Determinism through the CLI (style guide section 6): the same seed and config give the same
// bytes whatever the thread count, for CSV and Parquet; the summary differs only in the
// per-table `seconds`; and a different seed gives different data.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// The default baseline: the smallest run where the large tables span several chunks
// (kRowsPerChunk = 32768 rows; orders 3, system_metrics 2, cart_abandonment 2), so that 2 and
// 7 threads really split the work. A few seconds per run.
const std::vector<std::string> kRunArgs = {"baseline"};

// Generates kRunArgs + `extra` into a fresh subdirectory of `root` and returns its files by
// table suffix.
std::map<std::string, std::string> Generate(const ScratchDir& root, const std::string& sub,
                                            const std::vector<std::string>& extra) {
  std::vector<std::string> args = kRunArgs;
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), {"--out-dir", root.Sub(sub), "--quiet"});
  const CliResult run = RunEcomgen(args);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return ReadRunFiles(root.path() / sub);
}

// Expects `actual` to hold the same files as `expected` with the same bytes (the summary
// normalized); `what` names the run in messages.
void ExpectSameRun(const std::map<std::string, std::string>& expected,
                   const std::map<std::string, std::string>& actual, const std::string& what) {
  ASSERT_EQ(expected.size(), actual.size()) << what;
  for (const auto& [suffix, bytes] : expected) {
    const auto found = actual.find(suffix);
    ASSERT_NE(found, actual.end()) << what << ": no " << suffix;
    if (suffix == "summary.json") {
      EXPECT_EQ(NormalizedSummary(bytes), NormalizedSummary(found->second)) << what;
    } else {
      // Not EXPECT_EQ on the strings: a multi-megabyte diff helps nobody.
      EXPECT_TRUE(bytes == found->second) << what << ": " << suffix << " differs (" << bytes.size()
                                          << " vs " << found->second.size() << " bytes)";
    }
  }
}

TEST(DeterminismE2ETest, CsvIsByteIdenticalForOneTwoAndSevenThreads) {
  ScratchDir root("determinism");
  const std::map<std::string, std::string> one = Generate(root, "t1", {"--threads", "1"});
  ASSERT_EQ(one.size(), 11u);
  ExpectSameRun(one, Generate(root, "t2", {"--threads", "2"}), "--threads 2");
  ExpectSameRun(one, Generate(root, "t7", {"--threads", "7"}), "--threads 7");
}

TEST(DeterminismE2ETest, ParquetIsByteIdenticalForOneAndSevenThreads) {
  ScratchDir root("determinism-parquet");
  const std::map<std::string, std::string> one =
      Generate(root, "t1", {"--output", "parquet", "--threads", "1"});
  ASSERT_EQ(one.size(), 11u);
  ExpectSameRun(one, Generate(root, "t7", {"--output", "parquet", "--threads", "7"}),
                "parquet --threads 7");
}

TEST(DeterminismE2ETest, DifferentSeedsGiveDifferentOrders) {
  ScratchDir root("seeds");
  const std::map<std::string, std::string> first = Generate(root, "s1", {"--seed", "1"});
  const std::map<std::string, std::string> second = Generate(root, "s2", {"--seed", "2"});
  ASSERT_TRUE(first.contains("orders.csv"));
  ASSERT_TRUE(second.contains("orders.csv"));
  EXPECT_FALSE(first.at("orders.csv") == second.at("orders.csv"));
  EXPECT_FALSE(first.at("order_items.csv") == second.at("order_items.csv"));
  EXPECT_FALSE(first.at("customers.csv") == second.at("customers.csv"));
}

}  // namespace
}  // namespace ecomgen::e2e
