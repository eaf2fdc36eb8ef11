#include "ecomgen/overrides.h"

#include <gtest/gtest.h>

#include <string>

#include "core/test_util.h"

namespace ecomgen {
namespace {

Config Scenario(std::string_view name) {
  Result<Config> config = BuiltinScenario(name);
  EXPECT_TRUE(config.has_value());
  return config.has_value() ? std::move(*config) : Config{};
}

TEST(OverridesTest, NoOverridesChangeNothing) {
  Config config = Scenario("flash_sale");
  ASSERT_OK(ApplyOverrides(Overrides{}, config));
  EXPECT_EQ(config.intensity, 8.5);
}

TEST(OverridesTest, AppliesEveryFlag) {
  Config config = Scenario("flash_sale");
  Overrides overrides;
  overrides.discount = "55.5";
  overrides.duration = "2w";
  overrides.intensity = "3";
  overrides.start = "2025-01-01T12:00:00Z";
  overrides.seed = "18446744073709551615";
  overrides.scale = "0.25";
  ASSERT_OK(ApplyOverrides(overrides, config));
  EXPECT_EQ(config.discount.pct, 55.5);
  EXPECT_EQ(config.discount.categories, std::vector<std::string>{"electronics"});
  EXPECT_EQ(config.duration_us, 14 * kMicrosPerDay);
  EXPECT_EQ(config.intensity, 3);
  EXPECT_EQ(config.start_us, int64_t{1'735'732'800} * kMicrosPerSecond);
  EXPECT_EQ(config.seed, UINT64_MAX);
  EXPECT_EQ(config.scale, 0.25);
  EXPECT_OK(ValidateConfig(config));
}

TEST(OverridesTest, DiscountZeroIsAllowed) {
  Config config = Scenario("seasonal_planning");
  Overrides overrides;
  overrides.discount = "0";
  ASSERT_OK(ApplyOverrides(overrides, config));
  EXPECT_EQ(config.discount.pct, 0);
}

TEST(OverridesTest, RejectsBadValuesNamingTheFlag) {
  using Flag = std::optional<std::string> Overrides::*;
  const struct {
    Flag flag;
    const char* text;
    const char* message;
  } kBad[] = {
      {&Overrides::intensity, "abc", "--intensity: expected a positive number, got \"abc\""},
      {&Overrides::intensity, "-2", "--intensity: expected a positive number, got \"-2\""},
      {&Overrides::intensity, "0", "--intensity: expected a positive number, got \"0\""},
      {&Overrides::intensity, "nan", "--intensity: expected a positive number, got \"nan\""},
      {&Overrides::intensity, "inf", "--intensity: expected a positive number, got \"inf\""},
      {&Overrides::intensity, "1e999", "--intensity: expected a positive number, got \"1e999\""},
      {&Overrides::intensity, "2x", "--intensity: expected a positive number, got \"2x\""},
      {&Overrides::intensity, "", "--intensity: expected a positive number, got \"\""},
      {&Overrides::intensity, "5000",
       "--intensity: must be greater than 0 and at most 1000, got 5000"},
      {&Overrides::scale, "-1", "--scale: expected a positive number, got \"-1\""},
      {&Overrides::scale, "1e7",
       "--scale: must be greater than 0 and at most 1000000, got 10000000"},
      {&Overrides::discount, "150", "--discount: must be between 0 and 100, got 150"},
      {&Overrides::discount, "ten", "--discount: expected a percentage from 0 to 100, got \"ten\""},
      {&Overrides::duration, "8x", "--duration: unknown duration unit \"x\" in \"8x\""},
      {&Overrides::duration, "-3h", "--duration: a duration must be positive, got \"-3h\""},
      {&Overrides::start, "2024-11-29T00:00:00+05:30",
       "--start: timestamp \"2024-11-29T00:00:00+05:30\""},
      {&Overrides::start, "2024-02-30",
       "--start: timestamp \"2024-02-30\": 2024-02 has only 29 days"},
      {&Overrides::seed, "-1",
       "--seed: expected an integer from 0 to 18446744073709551615, got \"-1\""},
      {&Overrides::seed, "18446744073709551616", "--seed: expected an integer"},
      {&Overrides::seed, "1.5", "--seed: expected an integer"},
      {&Overrides::seed, "", "--seed: expected an integer"},
  };
  for (const auto& bad : kBad) {
    Config config = Scenario("flash_sale");
    Overrides overrides;
    overrides.*bad.flag = bad.text;
    const Status status = ApplyOverrides(overrides, config);
    ASSERT_FALSE(status.ok()) << bad.message;
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(status.message().substr(0, std::string_view(bad.message).size()), bad.message)
        << status.message();
  }
}

TEST(OverridesTest, DiscountNeedsDiscountedCategories) {
  Config config = Scenario("baseline");
  Overrides overrides;
  overrides.discount = "20";
  const Status status = ApplyOverrides(overrides, config);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            "--discount: scenario \"baseline\" has no discounted categories, so there is no "
            "discount to replace");
}

TEST(OverridesTest, CrossFieldProblemsAreLeftToValidateConfig) {
  Config config = Scenario("payment_outage");
  Overrides overrides;
  overrides.duration = "3h";
  ASSERT_OK(ApplyOverrides(overrides, config));
  EXPECT_FALSE(ValidateConfig(config).ok());
}

}  // namespace
}  // namespace ecomgen
