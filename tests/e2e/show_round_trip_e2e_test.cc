// `ecomgen show X` is valid input for --config (contract section 1): reading it back gives the
// same text, and generating from it gives the same files as the built-in scenario.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

class ShowRoundTripE2ETest : public testing::TestWithParam<std::string> {};

TEST_P(ShowRoundTripE2ETest, ShownConfigReadsBackToTheSameText) {
  const std::string& scenario = GetParam();
  ScratchDir dir("show-" + scenario);
  const CliResult shown = RunEcomgen({"show", scenario});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  ASSERT_FALSE(shown.out.empty());
  const std::string config_file = dir.Sub(scenario + ".json");
  WriteFileBytes(config_file, shown.out);

  const CliResult again = RunEcomgen({"show", "custom", "--config", config_file});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, shown.out);
}

TEST_P(ShowRoundTripE2ETest, CustomFromShownConfigGivesTheSameFiles) {
  const std::string& scenario = GetParam();
  ScratchDir dir("show-gen-" + scenario);
  const CliResult shown = RunEcomgen({"show", scenario});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  const std::string config_file = dir.Sub(scenario + ".json");
  WriteFileBytes(config_file, shown.out);

  // Small: the question is whether both paths build the same config, not the data's shape.
  const std::vector<std::string> common = {"--seed", "5", "--scale", "0.05", "--quiet"};
  std::vector<std::string> builtin_args = {scenario, "--out-dir", dir.Sub("builtin")};
  builtin_args.insert(builtin_args.end(), common.begin(), common.end());
  std::vector<std::string> custom_args = {"custom", "--config", config_file, "--out-dir",
                                          dir.Sub("custom")};
  custom_args.insert(custom_args.end(), common.begin(), common.end());
  const CliResult builtin = RunEcomgen(builtin_args);
  ASSERT_EQ(builtin.exit_code, 0) << builtin.err;
  const CliResult custom = RunEcomgen(custom_args);
  ASSERT_EQ(custom.exit_code, 0) << custom.err;

  const std::map<std::string, std::string> expected = ReadRunFiles(dir.path() / "builtin");
  const std::map<std::string, std::string> actual = ReadRunFiles(dir.path() / "custom");
  ASSERT_EQ(expected.size(), 11u);
  ASSERT_EQ(actual.size(), expected.size());
  // Same config name, so the same file names up to the run time.
  for (const std::string& name : ListFiles(dir.path() / "custom")) {
    EXPECT_TRUE(name.starts_with(scenario + "_")) << name;
  }
  for (const auto& [suffix, bytes] : expected) {
    ASSERT_TRUE(actual.contains(suffix)) << suffix;
    if (suffix == "summary.json") {
      EXPECT_EQ(NormalizedSummary(actual.at(suffix)), NormalizedSummary(bytes));
    } else {
      EXPECT_TRUE(actual.at(suffix) == bytes) << suffix << " differs";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(BuiltinScenarios, ShowRoundTripE2ETest,
                         testing::Values("baseline", "flash_sale", "returns_wave",
                                         "supply_disruption", "payment_outage", "viral_moment",
                                         "customer_segments", "seasonal_planning", "multi_channel"),
                         [](const testing::TestParamInfo<std::string>& param_info) {
                           return param_info.param;
                         });

}  // namespace
}  // namespace ecomgen::e2e
