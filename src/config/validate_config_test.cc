#include "config/validate_config.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>

#include "core/test_util.h"
#include "ecomgen/config.h"

namespace ecomgen {
namespace {

Config Baseline() {
  Result<Config> config = BuiltinScenario("baseline");
  EXPECT_TRUE(config.has_value());
  return config.has_value() ? std::move(*config) : Config{};
}

CohortConfig& GenZ(Config& config) {
  return config.cohorts[static_cast<size_t>(Generation::kGenZ)];
}

struct BrokenConfig {
  const char* rule;
  std::function<void(Config&)> mutate;
  const char* message_prefix;
};

// One entry per rule; each breaks a valid baseline in one way.
const BrokenConfig kBrokenConfigs[] = {
    {"name charset", [](Config& c) { c.name = "a b"; }, "name: must be 1 to 64 letters"},
    {"name empty", [](Config& c) { c.name.clear(); }, "name: must be 1 to 64 letters"},
    {"description length", [](Config& c) { c.description = std::string(3000, 'x'); },
     "description: must be 0 to 2000 bytes long, got 3000 bytes"},
    {"scale positive", [](Config& c) { c.scale = 0; },
     "scale: must be greater than 0 and at most 1000000, got 0"},
    {"scale finite", [](Config& c) { c.scale = std::numeric_limits<double>::infinity(); },
     "scale: must be a finite number, got inf"},
    {"intensity positive", [](Config& c) { c.intensity = -1; },
     "intensity: must be greater than 0 and at most 1000, got -1"},
    {"intensity not nan", [](Config& c) { c.intensity = std::nan(""); },
     "intensity: must be a finite number"},
    {"duration positive", [](Config& c) { c.duration_us = 0; },
     "duration: must be greater than 0s and at most 36525d, got 0s"},
    {"start in range", [](Config& c) { c.start_us = -1; },
     "start: must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z, got "
     "1969-12-31T23:59:59.999999Z"},
    {"start on a minute", [](Config& c) { c.start_us += kMicrosPerSecond / 2; },
     "start: 2024-06-01T00:00:00.5Z is not on a whole minute"},
    {"start before the last window end",
     [](Config& c) { c.start_us = int64_t{253'402'214'400} * kMicrosPerSecond; },
     "start: 9999-12-31T00:00:00Z is past the last supported window end 9000-01-01T00:00:00Z"},
    {"window end", [](Config& c) { c.start_us = int64_t{221'845'305'600} * kMicrosPerSecond; },
     "duration: the window 8999-12-31T00:00:00Z + 30d ends after the last supported window end "
     "9000-01-01T00:00:00Z"},
    {"market", [](Config& c) { c.business.market = "uk"; },
     "business.market: unknown value \"uk\" (did you mean \"us\"?); expected one of \"in\", "
     "\"us\""},
    {"orders_per_day", [](Config& c) { c.business.orders_per_day = 0; },
     "business.orders_per_day: must be greater than 0"},
    {"customers", [](Config& c) { c.business.customers = 0; },
     "business.customers: must be between 1 and 1000000000, got 0"},
    {"probability", [](Config& c) { c.business.return_rate = 1.5; },
     "business.return_rate: must be between 0 and 1, got 1.5"},
    {"suppliers vs products", [](Config& c) { c.business.suppliers = 2000; },
     "business.suppliers: 2000 suppliers for 1500 products"},
    {"cohort share range", [](Config& c) { GenZ(c).share_pct = 101; },
     "cohorts.gen_z.share_pct: must be between 0 and 100, got 101"},
    {"cohort shares sum", [](Config& c) { GenZ(c).share_pct = 27; },
     "cohorts: the share_pct of the four cohorts must sum to 100, got gen_z 27 + millennial 35 + "
     "gen_x 25 + boomer 12 = 99"},
    {"mix sums", [](Config& c) { GenZ(c).payment_pct[0] = 41; },
     "cohorts.gen_z.payment_pct: the percentages must sum to 100, got 101"},
    {"mix entry range",
     [](Config& c) {
       GenZ(c).channel_pct = {-10, 60, 50};
     },
     "cohorts.gen_z.channel_pct.web: must be between 0 and 100, got -10"},
    {"basket items", [](Config& c) { GenZ(c).mean_basket_items = 0.5; },
     "cohorts.gen_z.mean_basket_items: must be between 1 and 100, got 0.5"},
    {"no upi in the us", [](Config& c) { c.business.market = "us"; },
     "cohorts.gen_z.payment_pct.upi: upi is India's payment system and has no share in market "
     "\"us\""},
    {"correlation range", [](Config& c) { c.correlations.orders_tickets = 1.2; },
     "correlations.orders_tickets: must be between -1 and 1, got 1.2"},
    {"correlation matrix", [](Config& c) { c.correlations.orders_delays = -0.9; },
     "correlations: the targets do not form a positive-definite correlation matrix"},
    {"discount range",
     [](Config& c) {
       c.discount = {120, {"books"}};
     },
     "discount.pct: must be between 0 and 100, got 120"},
    {"discount categories",
     [](Config& c) {
       c.discount = {10, {}};
     },
     "discount.categories: discount.pct is 10 but no category is discounted"},
    {"unknown category",
     [](Config& c) {
       c.discount = {10, {"books", "cars"}};
     },
     "discount.categories[1]: unknown value \"cars\""},
    {"repeated category",
     [](Config& c) {
       c.discount = {10, {"books", "books"}};
     },
     "discount.categories[1]: \"books\" is listed twice"},
    {"seasonal needs categories", [](Config& c) { c.seasonal.enabled = true; },
     "discount.categories: seasonal.enabled boosts the discounted categories"},
    {"spike failure rate",
     [](Config& c) {
       c.traffic_spike.enabled = true;
       c.traffic_spike.payment_failure_multiplier = 40;
     },
     "traffic_spike.payment_failure_multiplier: business.payment_failure_rate 0.03 x 40 exceeds 1"},
    {"outage inside window",
     [](Config& c) {
       c.payment_outage.enabled = true;
       c.payment_outage.offset_us = 29 * kMicrosPerDay;
       c.payment_outage.duration_us = 2 * kMicrosPerDay;
     },
     "payment_outage.duration: the outage (offset 29d + duration 2d) must end inside the 30d "
     "window"},
    {"outage duration", [](Config& c) { c.payment_outage.duration_us = 0; },
     "payment_outage.duration: must be greater than 0s"},
    {"outage failure rate", [](Config& c) { c.payment_outage.failure_rate = -0.1; },
     "payment_outage.failure_rate: must be between 0 and 1, got -0.1"},
    {"launch inside window",
     [](Config& c) {
       c.app_launch.enabled = true;
       c.app_launch.launch_offset_us = 30 * kMicrosPerDay;
     },
     "app_launch.launch_offset: the launch at 30d must fall inside the 30d window"},
    {"affected skus",
     [](Config& c) {
       c.supply_disruption.enabled = true;
       c.supply_disruption.affected_skus = 2000;
     },
     "supply_disruption.affected_skus: 2000 affected products, but the catalogue has only 1500"},
    {"late multiplier",
     [](Config& c) {
       c.supply_disruption.enabled = true;
       c.business.late_delivery_rate = 0.07;
       c.supply_disruption.late_multiplier = 20;
     },
     "supply_disruption.late_multiplier: business.late_delivery_rate 0.07 x 20 exceeds 1"},
    {"viral category", [](Config& c) { c.viral.category = "beaty"; },
     "viral.category: unknown value \"beaty\" (did you mean \"beauty\"?)"},
    {"viral product name", [](Config& c) { c.viral.product_name.clear(); },
     "viral.product_name: must be 1 to 200 bytes long, got 0 bytes"},
    {"order volume",
     [](Config& c) {
       c.scale = 1e6;
       c.intensity = 1000;
     },
     "scale: scale 1000000 x business.orders_per_day 2500 x intensity 1000 x 30 days = 7.5e+13 "
     "orders, above the limit of 1e+12"},
    {"customer count",
     [](Config& c) {
       c.scale = 1e5;
       c.business.customers = 1'000'000'000;
     },
     "scale: scale 100000 x business.customers 1000000000"},
};

TEST(ValidateConfigTest, BuiltinScenariosAreValid) {
  for (const std::string_view name : kBuiltinScenarioNames) {
    const Result<Config> config = BuiltinScenario(name);
    ASSERT_TRUE(config.has_value()) << name;
    EXPECT_OK(ValidateConfig(*config));
  }
}

TEST(ValidateConfigTest, EachRuleRejectsItsBrokenConfig) {
  for (const BrokenConfig& broken : kBrokenConfigs) {
    SCOPED_TRACE(broken.rule);
    Config config = Baseline();
    broken.mutate(config);
    const Status status = ValidateConfig(config);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(status.message().substr(0, std::string_view(broken.message_prefix).size()),
              broken.message_prefix)
        << status.message();
    EXPECT_EQ(status.message().find('\n'), std::string::npos);
  }
}

TEST(ValidateConfigTest, AnySeedIsValid) {
  Config config = Baseline();
  config.seed = std::numeric_limits<uint64_t>::max();
  EXPECT_OK(ValidateConfig(config));
  config.seed = 0;
  EXPECT_OK(ValidateConfig(config));
}

TEST(ValidateConfigTest, SumsAllowRounding) {
  Config config = Baseline();
  GenZ(config).channel_pct = {33.333, 33.333, 33.334};
  GenZ(config).share_pct = 28.005;
  EXPECT_OK(ValidateConfig(config));
}

TEST(ValidateConfigTest, IssueCarriesPathAndMessageApart) {
  Config config = Baseline();
  config.viral.restock_share = 2;
  const std::optional<ConfigIssue> issue = FindConfigIssue(config);
  ASSERT_TRUE(issue.has_value());
  EXPECT_EQ(issue->path, "viral.restock_share");
  EXPECT_EQ(issue->message, "must be between 0 and 1, got 2");
}

}  // namespace
}  // namespace ecomgen
