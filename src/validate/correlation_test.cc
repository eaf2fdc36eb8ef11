#include "validate/correlation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace ecomgen::validate {
namespace {

TEST(PearsonTest, KnownValues) {
  const std::vector<double> x = {1, 2, 3, 4, 5};
  const std::vector<double> up = {2, 4, 6, 8, 10};
  const std::vector<double> down = {5, 4, 3, 2, 1};
  EXPECT_NEAR(Pearson(x, up), 1.0, 1e-12);
  EXPECT_NEAR(Pearson(x, down), -1.0, 1e-12);
  const std::vector<double> y = {2, 1, 4, 3, 5};
  EXPECT_NEAR(Pearson(x, y), 0.8, 1e-12);  // sxy 8, sxx 10, syy 10
}

TEST(PearsonTest, UndefinedCasesAreNaN) {
  const std::vector<double> x = {1, 2, 3};
  const std::vector<double> flat = {4, 4, 4};
  EXPECT_TRUE(std::isnan(Pearson(x, flat)));
  EXPECT_TRUE(std::isnan(Pearson(std::vector<double>{1}, std::vector<double>{2})));
  EXPECT_TRUE(std::isnan(Pearson(x, std::vector<double>{1, 2})));
}

TEST(PearsonTest, LargeOffsetsDoNotCancel) {
  const std::vector<double> x = {1e9 + 1, 1e9 + 2, 1e9 + 3};
  const std::vector<double> y = {3, 2, 1};
  EXPECT_NEAR(Pearson(x, y), -1.0, 1e-9);
}

// Facts over `days` whole days from 2024-01-01 with given daily counts, spread over minute 0.
RunFacts DailyFacts(const std::vector<int64_t>& orders, const std::vector<int64_t>& tickets,
                    const std::vector<int64_t>& delays, const std::vector<int64_t>& carts) {
  RunFacts facts;
  constexpr int64_t kStartDay = 19'723;  // 2024-01-01
  facts.window_start_us = kStartDay * kMicrosPerDay;
  facts.window_end_us = facts.window_start_us + static_cast<int64_t>(orders.size()) * kMicrosPerDay;
  facts.first_minute_us = facts.window_start_us;
  const size_t minutes = orders.size() * 1440;
  facts.orders_per_minute.assign(minutes, 0);
  facts.tickets_per_minute.assign(minutes, 0);
  facts.carts_per_minute.assign(minutes, 0);
  facts.failed_per_minute.assign(minutes, 0);
  facts.first_whole_day = kStartDay;
  facts.delays_per_whole_day = delays;
  for (size_t day = 0; day < orders.size(); ++day) {
    facts.orders_per_minute[day * 1440 + 7] = orders[day];
    facts.tickets_per_minute[day * 1440 + 1439] = tickets[day];
    facts.carts_per_minute[day * 1440] = carts[day];
  }
  return facts;
}

TEST(DailySeriesTest, SumsWholeDays) {
  const RunFacts facts = DailyFacts({5, 6, 7}, {1, 2, 3}, {0, 1, 0}, {9, 8, 7});
  const DailySeries daily = BuildDailySeries(facts);
  ASSERT_EQ(daily.days(), 3u);
  EXPECT_EQ(daily.series[0], (std::vector<double>{5, 6, 7}));
  EXPECT_EQ(daily.series[1], (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(daily.series[2], (std::vector<double>{0, 1, 0}));
  EXPECT_EQ(daily.series[3], (std::vector<double>{9, 8, 7}));
  const CorrelationMatrix matrix = Correlate(daily);
  EXPECT_NEAR(matrix.r[0][1], 1.0, 1e-12);
  EXPECT_NEAR(matrix.r[0][3], -1.0, 1e-12);
}

TEST(DailySeriesTest, BaselineIsJudgedOtherScenariosOnlyPrinted) {
  std::vector<int64_t> orders;
  std::vector<int64_t> tickets;
  std::vector<int64_t> delays;
  std::vector<int64_t> carts;
  for (int64_t day = 0; day < 30; ++day) {
    orders.push_back(2500 + (day % 7) * 40);
    tickets.push_back(150 + (day % 7) * 3);
    delays.push_back(20 + (day % 5));
    carts.push_back(1400 - (day % 7) * 10);
  }
  const RunFacts facts = DailyFacts(orders, tickets, delays, carts);
  Config config;
  config.name = "flash_sale";
  CheckList other;
  EXPECT_EQ(CheckCorrelations(config, facts, "", other).days, 30u);
  EXPECT_TRUE(other.rows().empty());
  config.name = "baseline";
  CheckList baseline;
  CheckCorrelations(config, facts, "", baseline);
  ASSERT_EQ(baseline.rows().size(), 6u);
  EXPECT_EQ(baseline.rows()[0].check, "orders~tickets");
  // orders and tickets move together exactly here: r = 1, outside 0.85 +- 0.10.
  EXPECT_EQ(baseline.rows()[0].outcome, CheckOutcome::kFail);
}

TEST(DailySeriesTest, ASkipReasonTurnsEveryRowIntoASkip) {
  std::vector<int64_t> series;
  for (int64_t day = 0; day < 30; ++day) series.push_back(100 + day);
  const RunFacts facts = DailyFacts(series, series, series, series);
  Config config;
  config.name = "baseline";
  CheckList checks;
  CheckCorrelations(config, facts, "scale 0.01 < 1", checks);
  ASSERT_EQ(checks.rows().size(), 6u);
  for (const auto& row : checks.rows()) {
    EXPECT_EQ(row.outcome, CheckOutcome::kSkip);
    EXPECT_EQ(row.actual, "scale 0.01 < 1");
  }
}

TEST(DailySeriesTest, ShortRunsGetNoMatrix) {
  const RunFacts facts = DailyFacts({1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3});
  Config config;
  CheckList checks;
  EXPECT_EQ(CheckCorrelations(config, facts, "", checks).days, 0u);
}

}  // namespace
}  // namespace ecomgen::validate
