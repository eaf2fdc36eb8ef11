// Customers behave like customers (contract section 7.1): the 30-day baseline and the 180-day
// customer_segments runs, for three seeds and both markets, pass every behaviour measure of
// `ecomgen validate` that the contract sets for their window, as do year-long runs in each
// market (the calendar, contract 7.2), with daily rates that vary like counts (7.2); and validate
// fails a run whose customers were made to behave alike (every customer ordering the same number of
// times).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// The report rows of the behaviour group.
std::vector<std::string> BehaviourRows(const std::string& report) {
  std::vector<std::string> rows;
  std::stringstream in(report);
  for (std::string line; std::getline(in, line);) {
    if (line.find(" behaviour ") != std::string::npos) rows.push_back(line);
  }
  return rows;
}

// Generates `args` into a scratch directory and checks the behaviour rows: none fails and
// each of `measured` is PASS (not skipped).
void ExpectBehaviourHolds(const std::vector<std::string>& args,
                          const std::vector<std::string>& measured) {
  ScratchDir dir("behaviour");
  std::vector<std::string> generate = args;
  generate.insert(generate.end(), {"--quiet", "--out-dir", dir.str()});
  const CliResult run = RunEcomgen(generate);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const CliResult validate = RunEcomgen({"validate", dir.str()});
  EXPECT_EQ(validate.exit_code, 0) << validate.out;
  const std::vector<std::string> rows = BehaviourRows(validate.out);
  ASSERT_FALSE(rows.empty()) << validate.out;
  for (const std::string& row : rows) EXPECT_EQ(row.rfind("FAIL"), std::string::npos) << row;
  for (const std::string& name : measured) {
    bool passed = false;
    for (const std::string& row : rows) {
      passed = passed || (row.find(name + "  ") != std::string::npos &&
                          row.find("PASS") != std::string::npos);
    }
    EXPECT_TRUE(passed) << name << " not measured or not PASS";
  }
}

const std::vector<std::string> kMonthMeasures = {
    "revenue share of top 20% customers",
    "one-time buyers",
    "customers before the window without an order",
    "orders of customers signed up in the window",
    "new customers ordering within 7 days",
    "orders per customer, acquisition channels highest / lowest",
    "orders per customer, generations highest / lowest",
    "daily payment-failure rate, sd over the binomial sd",
    "daily cancellation rate, sd over the binomial sd",
    "daily tickets-per-order rate, sd over the binomial sd"};

const std::vector<std::string> kHalfYearMeasures = {
    "revenue share of top 20% customers (half-year)",
    "customers before the window idle in the last 90 days",
    "first-month signups ordering, last 30 days over days 31-60",
    "new customers ordering within 7 days",
    "orders per customer, acquisition channels highest / lowest",
    "orders per customer, generations highest / lowest",
    "daily payment-failure rate, sd over the binomial sd",
    "daily cancellation rate, sd over the binomial sd",
    "daily tickets-per-order rate, sd over the binomial sd"};

class BehaviourSeedTest : public testing::TestWithParam<const char*> {};

TEST_P(BehaviourSeedTest, BaselineMonthHoldsTheCustomerTargets) {
  ExpectBehaviourHolds({"baseline", "--seed", GetParam()}, kMonthMeasures);
}

TEST_P(BehaviourSeedTest, CustomerSegmentsHalfYearHoldsTheCustomerTargets) {
  ExpectBehaviourHolds({"customer_segments", "--seed", GetParam()}, kHalfYearMeasures);
}

// A year in each market (contract 7.2): the main festival and sale days stand out and the
// months differ.
const std::vector<std::string> kYear = {"--scale", "0.2",     "--duration",
                                        "365d",    "--start", "2024-01-01T00:00:00Z"};
const char* const kSeasonMeasure = "orders per day, busiest over quietest calendar month";

TEST_P(BehaviourSeedTest, IndiaYearShowsDiwaliAndTheSeason) {
  std::vector<std::string> args = {"baseline", "--seed", GetParam()};
  args.insert(args.end(), kYear.begin(), kYear.end());
  ExpectBehaviourHolds(args,
                       {"orders on the main festival and sale days 2024-10-31", kSeasonMeasure});
}

TEST_P(BehaviourSeedTest, UsYearShowsBlackFridayCyberMondayAndTheSeason) {
  ScratchDir config_dir("behaviour_us_year");
  const std::filesystem::path config = config_dir.path() / "us.json";
  WriteFileBytes(config,
                 R"({"name": "us_baseline", "extends": "baseline", "business": {"market": "us"}})");
  std::vector<std::string> args = {"custom", "--config", config.string(), "--seed", GetParam()};
  args.insert(args.end(), kYear.begin(), kYear.end());
  ExpectBehaviourHolds(args,
                       {"orders on the main festival and sale days 2024-11-29",
                        "orders on the main festival and sale days 2024-12-02", kSeasonMeasure});
}

INSTANTIATE_TEST_SUITE_P(Seeds, BehaviourSeedTest, testing::Values("1", "2", "3"));

TEST(BehaviourE2ETest, UsMarketHoldsTheCustomerTargets) {
  ScratchDir config_dir("behaviour_us");
  const std::filesystem::path config = config_dir.path() / "us.json";
  WriteFileBytes(config,
                 R"({"name": "us_baseline", "extends": "baseline", "business": {"market": "us"}})");
  ExpectBehaviourHolds({"custom", "--config", config.string(), "--seed", "7"}, kMonthMeasures);
}

// UPI is India's payment system: a US business pays by card, wallet and bnpl instead, and
// validate says so.
TEST(BehaviourE2ETest, UsOrdersNeverPayByUpi) {
  ScratchDir dir("behaviour_us_upi");
  const std::filesystem::path config = dir.path() / "us.json";
  WriteFileBytes(config,
                 R"({"name": "us_baseline", "extends": "baseline", "business": {"market": "us"}})");
  const std::filesystem::path out = dir.path() / "run";
  const CliResult run =
      RunEcomgen({"custom", "--config", config.string(), "--scale", "0.2", "--tables",
                  "customers,orders", "--quiet", "--out-dir", out.string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string orders;
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    if (entry.path().string().ends_with("_orders.csv")) orders = ReadFileBytes(entry.path());
  }
  ASSERT_FALSE(orders.empty());
  EXPECT_EQ(orders.find(",upi,"), std::string::npos);
  EXPECT_NE(orders.find(",wallet,"), std::string::npos);
  const CliResult validate = RunEcomgen({"validate", out.string()});
  EXPECT_NE(validate.out.find("orders paying by upi in the us market"), std::string::npos)
      << validate.out;
}

// Customers made alike: no one-time buyers, no concentration, no dormancy.
TEST(BehaviourE2ETest, CustomersWhoAllBehaveAlikeFail) {
  ScratchDir dir("behaviour_alike");
  const std::filesystem::path config = dir.path() / "alike.json";
  WriteFileBytes(config,
                 R"({"name": "alike", "extends": "baseline", "lifecycle": {"rate_exponent": 0,
      "one_time_share": 0, "regular_lifetime_days": 36000, "first_orders_per_signup": 0}})");
  const std::filesystem::path out = dir.path() / "run";
  const CliResult run =
      RunEcomgen({"custom", "--config", config.string(), "--quiet", "--out-dir", out.string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const CliResult validate = RunEcomgen({"validate", out.string()});
  EXPECT_NE(validate.exit_code, 0);
  int failed = 0;
  for (const std::string& row : BehaviourRows(validate.out)) {
    failed += row.find("FAIL") != std::string::npos ? 1 : 0;
  }
  EXPECT_GE(failed, 3) << validate.out;
}

}  // namespace
}  // namespace ecomgen::e2e
