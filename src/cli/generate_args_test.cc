#include "cli/generate_args.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ecomgen::cli {
namespace {

TEST(GenerateArgsTest, ParsesOptionsIntoRunOptions) {
  const Result<GenerateArgs> parsed =
      ParseGenerateArgs("flash_sale", {"--scale", "0.5", "--output", "parquet", "--compression",
                                       "snappy", "--tables", "orders,returns", "--shard", "2/3",
                                       "--threads", "4", "--force", "--quiet", "--out-dir", "o"});
  ASSERT_TRUE(parsed) << parsed.error().message();
  const RunOptions& options = parsed->options;
  EXPECT_EQ(options.config.name, "flash_sale");
  EXPECT_EQ(options.config.scale, 0.5);
  EXPECT_EQ(options.output, OutputFormat::kParquet);
  EXPECT_EQ(options.compression, Compression::kSnappy);
  EXPECT_EQ(options.tables, (std::vector<TableId>{TableId::kOrders, TableId::kReturns}));
  EXPECT_EQ(options.shard_index, 2);
  EXPECT_EQ(options.shard_count, 3);
  EXPECT_EQ(options.threads, 4);
  EXPECT_TRUE(options.force);
  EXPECT_TRUE(parsed->quiet);
  EXPECT_FALSE(parsed->dry_run);
  EXPECT_EQ(options.out_dir, "o");
  EXPECT_FALSE(options.fail_after_bytes) << "the test hook comes from the environment only";
}

TEST(GenerateArgsTest, DirectLoadTakesAPostgresUrlAndEveryTableAsCsv) {
  const Result<GenerateArgs> parsed =
      ParseGenerateArgs("baseline", {"--to", "postgresql://u@127.0.0.1:5432/shop", "--force"});
  ASSERT_TRUE(parsed) << parsed.error().message();
  EXPECT_EQ(parsed->options.postgres_url, "postgresql://u@127.0.0.1:5432/shop");
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"--to", "mysql://u@h/shop"},
                                             {"--to", "postgresql://h/%zz"},
                                             {"--to", "postgresql://u:secret@h/%zz"},
                                             {"--to", "postgresql://h/shop", "--output", "parquet"},
                                             {"--to", "postgresql://h/shop", "--tables", "orders"},
                                             {"--to", "postgresql://h/shop", "--shard", "1/2"}}) {
    const Result<GenerateArgs> bad = ParseGenerateArgs("baseline", args);
    ASSERT_FALSE(bad) << args[1];
    EXPECT_EQ(bad.error().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(bad.error().message().find("--to"), std::string::npos) << bad.error().message();
    EXPECT_EQ(bad.error().message().find("secret"), std::string::npos) << bad.error().message();
  }
}

TEST(GenerateArgsTest, HelpParsesNothingElse) {
  const Result<GenerateArgs> parsed = ParseGenerateArgs("baseline", {"--help"});
  ASSERT_TRUE(parsed) << parsed.error().message();
  ASSERT_TRUE(parsed->help);
  EXPECT_NE(parsed->help->find("--scale"), std::string::npos);
}

// Shards are parsed as whole decimal ints; sscanf("%d/%d") used to accept " 1/2" and "+1/2",
// and its behaviour on a number beyond int (UB in C) was whatever the C library did.
TEST(GenerateArgsTest, RejectsMalformedShards) {
  for (const char* shard : {"4/3", "0/1", "1/0", "1", "1/", "/1", "1/2x", " 1/2", "+1/2", "-1/2",
                            "99999999999/99999999999", "1/99999999999"}) {
    const Result<GenerateArgs> parsed = ParseGenerateArgs("baseline", {"--shard", shard});
    ASSERT_FALSE(parsed) << shard;
    EXPECT_EQ(parsed.error().code(), Status::Code::kInvalidArgument) << shard;
    EXPECT_NE(parsed.error().message().find("--shard"), std::string::npos) << shard;
  }
}

// --shards is the count for --shard auto under Kubernetes, nothing else.
TEST(GenerateArgsTest, ShardsCountGoesOnlyWithShardAuto) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--shards", "4"}, {"--shard", "1/4", "--shards", "4"}, {"--shards", "0"}}) {
    const Result<GenerateArgs> parsed = ParseGenerateArgs("baseline", args);
    ASSERT_FALSE(parsed) << args.size();
    EXPECT_EQ(parsed.error().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(parsed.error().message().find("--shards"), std::string::npos)
        << parsed.error().message();
  }
}

// --run-stamp fixes the time stamp of the file names: the same form the run would have
// written, for a real UTC instant, nothing else (an unset shell variable gives "").
TEST(GenerateArgsTest, RunStampIsARealUtcSecond) {
  const Result<GenerateArgs> parsed =
      ParseGenerateArgs("baseline", {"--run-stamp", "20240229_235959"});
  ASSERT_TRUE(parsed) << parsed.error().message();
  EXPECT_EQ(parsed->options.run_stamp, "20240229_235959");
  EXPECT_TRUE(ParseGenerateArgs("baseline", {})->options.run_stamp.empty()) << "default: now";
  for (const char* stamp :
       {"", "20230229_000000", "20241301_000000", "20240601_240000", "20240601_006000",
        "20240601_000060", "2024060_1000000", "20240601-000000", "20240601_00000",
        "20240601_0000000", "2024-06-01T00:00:00Z", "../20240601_000000", "19690101_000000"}) {
    const Result<GenerateArgs> bad = ParseGenerateArgs("baseline", {"--run-stamp", stamp});
    ASSERT_FALSE(bad) << stamp;
    EXPECT_EQ(bad.error().code(), Status::Code::kInvalidArgument) << stamp;
    EXPECT_NE(bad.error().message().find("--run-stamp: expected"), std::string::npos)
        << bad.error().message();
    EXPECT_NE(bad.error().message().find('"' + std::string(stamp) + '"'), std::string::npos)
        << bad.error().message();
  }
}

TEST(GenerateArgsTest, ErrorsAreInvalidArgumentNamingTheFlag) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--bogus"}, "--bogus"},
      {{"--threads", "0"}, "--threads"},
      {{"--threads", "99999999999999999999"}, "--threads"},
      {{"--output", "xml"}, "--output"},
      {{"--tables", "orders,nope"}, "--tables"},
      {{"--scale", "1e999"}, "--scale"},
  };
  for (const auto& [args, flag] : cases) {
    const Result<GenerateArgs> parsed = ParseGenerateArgs("baseline", args);
    ASSERT_FALSE(parsed) << flag;
    EXPECT_EQ(parsed.error().code(), Status::Code::kInvalidArgument) << flag;
    EXPECT_NE(parsed.error().message().find(flag), std::string::npos)
        << flag << ": " << parsed.error().message();
  }
  const Result<GenerateArgs> unknown = ParseGenerateArgs("no_such_scenario", {});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace ecomgen::cli
