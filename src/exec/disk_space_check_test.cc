#include "exec/disk_space_check.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/test_util.h"

namespace ecomgen {
namespace {

TEST(DiskSpaceCheckTest, AcceptsUpToTheMargin) {
  EXPECT_OK(CheckFreeSpace("out", 0, 0));
  EXPECT_OK(CheckFreeSpace("out", 100, 1000));
  EXPECT_OK(CheckFreeSpace("out", 1500, 1000));
}

TEST(DiskSpaceCheckTest, RefusesBeyondTheMarginWithBothNumbers) {
  const Status status = CheckFreeSpace("out", 1501, 1000);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kIOError);
  EXPECT_NE(status.message().find("out"), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("1501 bytes"), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("1000 bytes"), std::string::npos) << status.message();
}

TEST(DiskSpaceCheckTest, FreeBytesOfADirectoryOrOfWhereItWouldBe) {
  const std::string temp = std::filesystem::temp_directory_path().string();
  const std::optional<uint64_t> free_bytes = FreeBytes(temp);
  ASSERT_TRUE(free_bytes);
  EXPECT_GT(*free_bytes, 0u);
  EXPECT_TRUE(FreeBytes(temp + "/ecomgen-not-created/deeper"));
  EXPECT_FALSE(FreeBytes("/proc/ecomgen-test")) << "proc reports no size";
}

// The estimate follows the selection: fewer tables, a shard, or Parquet mean fewer bytes.
TEST(DiskSpaceCheckTest, PlannedOutputBytesFollowsTheOptions) {
  const std::vector<PlannedTable> planned = {{TableId::kCustomers, 1000, false},
                                             {TableId::kProducts, 1500, false},
                                             {TableId::kOrders, 10000, false}};
  RunOptions options;
  const uint64_t all = PlannedOutputBytes(planned, options);
  EXPECT_GT(all, 0u);
  options.tables = {TableId::kOrders};
  const uint64_t orders = PlannedOutputBytes(planned, options);
  EXPECT_LT(orders, all);
  options.shard_index = 2;
  options.shard_count = 2;
  EXPECT_EQ(PlannedOutputBytes(planned, options), orders / 2);
  options.tables = {TableId::kProducts};
  EXPECT_EQ(PlannedOutputBytes(planned, options), 0u) << "products go to shard 1 only";
  options.tables = {TableId::kCustomers};
  options.shard_index = 1;
  const uint64_t customers_half = PlannedOutputBytes(planned, options);
  options.shard_count = 1;
  EXPECT_EQ(customers_half, PlannedOutputBytes(planned, options) / 2) << "customers are split";
  options = RunOptions();
  options.output = OutputFormat::kParquet;
  EXPECT_LT(PlannedOutputBytes(planned, options), all);
}

}  // namespace
}  // namespace ecomgen
