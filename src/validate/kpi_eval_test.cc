#include "validate/kpi_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "validate/run_summary.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {
namespace {

constexpr int64_t kStart = int64_t{1'732'838'400} * kMicrosPerSecond;  // 2024-11-29T00:00:00Z

// Empty facts over [kStart, kStart + duration) with every table present.
RunFacts Facts(int64_t duration_us) {
  RunFacts facts;
  facts.window_start_us = kStart;
  facts.window_end_us = kStart + duration_us;
  facts.has_table.fill(true);
  facts.first_minute_us = kStart;
  const auto minutes = static_cast<size_t>(duration_us / kMicrosPerMinute);
  facts.orders_per_minute.assign(minutes, 0);
  facts.failed_per_minute.assign(minutes, 0);
  facts.carts_per_minute.assign(minutes, 0);
  facts.tickets_per_minute.assign(minutes, 0);
  facts.tracked_units_per_hour.assign(static_cast<size_t>(duration_us / kMicrosPerHour), 0);
  return facts;
}

// Adds `count` events at `offset_us` after the window start.
void Put(std::vector<int64_t>& per_minute, int64_t offset_us, int64_t count) {
  per_minute[static_cast<size_t>(offset_us / kMicrosPerMinute)] += count;
}

Config ScenarioConfig(std::string name, int64_t duration_us, double intensity) {
  Config config = DefaultValidationConfig();
  config.name = std::move(name);
  config.start_us = kStart;
  config.duration_us = duration_us;
  config.intensity = intensity;
  return config;
}

const KpiResult& Kpi(const std::vector<KpiResult>& results, std::string_view name) {
  for (const KpiResult& result : results) {
    if (result.name == name) return result;
  }
  static const KpiResult kMissing{"missing", "", 0, "", false, false};
  ADD_FAILURE() << "no KPI " << name;
  return kMissing;
}

void ExpectOk(const std::vector<KpiResult>& results, std::string_view name, bool ok) {
  const KpiResult& result = Kpi(results, name);
  EXPECT_FALSE(result.skipped) << name << ": " << result.actual;
  EXPECT_EQ(result.ok, ok) << name << ": expected " << result.expected << ", actual "
                           << result.actual;
}

TEST(KpiEvalTest, Baseline) {
  const int64_t duration = 2 * kMicrosPerDay;
  Config config = ScenarioConfig("baseline", duration, 1);
  config.scale = 0.01;  // 25 orders/day, 100 customers
  RunFacts run = Facts(duration);
  Put(run.orders_per_minute, 0, 25);
  Put(run.orders_per_minute, kMicrosPerDay, 25);
  run.customers_at_start = {28, 35, 25, 12};
  run.delivered_items = 100;
  run.returns = 8;
  std::vector<KpiResult> results = EvaluateKpis(config, {}, run, nullptr);
  ExpectOk(results, "baseline.orders_per_day", true);
  ExpectOk(results, "baseline.customers_at_start", true);
  ExpectOk(results, "baseline.return_rate", true);
  Put(run.orders_per_minute, 0, 2);  // 26/day: +4%
  run.customers_at_start[0] = 29;
  run.returns = 10;  // 10%: 2pp off
  results = EvaluateKpis(config, {}, run, nullptr);
  ExpectOk(results, "baseline.orders_per_day", false);
  ExpectOk(results, "baseline.customers_at_start", false);
  ExpectOk(results, "baseline.return_rate", false);
}

TEST(KpiEvalTest, FlashSale) {
  const int64_t duration = 4 * kMicrosPerHour;
  Config config = ScenarioConfig("flash_sale", duration, 8.5);
  config.discount.pct = 70;
  config.discount.categories = {"electronics"};
  RunFacts base = Facts(duration);
  Put(base.orders_per_minute, 0, 100);
  Put(base.failed_per_minute, 0, 3);
  base.p95_latency_sum_ms = 200 * 240.0;
  base.metric_rows = 240;
  RunFacts run = Facts(duration);
  Put(run.orders_per_minute, 30 * kMicrosPerMinute, 600);  // hour 0
  Put(run.orders_per_minute, 3 * kMicrosPerHour, 250);     // hour 3
  Put(run.failed_per_minute, 30 * kMicrosPerMinute, 60);   // 7% vs 3%
  run.p95_latency_sum_ms = 450 * 240.0;
  run.metric_rows = 240;
  CategoryFacts& electronics = run.categories["electronics"];
  electronics.items = 40;
  electronics.min_discount_micro_pct = electronics.max_discount_micro_pct = 70 * kPercentScale;
  std::vector<KpiResult> results = EvaluateKpis(config, {}, run, &base);
  ExpectOk(results, "flash_sale.orders_vs_baseline", true);
  ExpectOk(results, "flash_sale.busiest_hour", true);
  ExpectOk(results, "flash_sale.discount_pct", true);
  ExpectOk(results, "flash_sale.payment_failure_vs_baseline", true);
  ExpectOk(results, "flash_sale.p95_latency_vs_baseline", true);

  Put(run.orders_per_minute, 3 * kMicrosPerHour, 500);  // 1350 orders: 13.5x, busiest hour 3
  electronics.min_discount_micro_pct = 0;
  run.p95_latency_sum_ms = 150 * 240.0;
  Put(run.failed_per_minute, 30 * kMicrosPerMinute, -50);  // 10 / 1350
  results = EvaluateKpis(config, {}, run, &base);
  ExpectOk(results, "flash_sale.orders_vs_baseline", false);
  ExpectOk(results, "flash_sale.busiest_hour", false);
  ExpectOk(results, "flash_sale.discount_pct", false);
  ExpectOk(results, "flash_sale.payment_failure_vs_baseline", false);
  ExpectOk(results, "flash_sale.p95_latency_vs_baseline", false);
}

TEST(KpiEvalTest, NoBaselineSkips) {
  Config config = ScenarioConfig("flash_sale", 4 * kMicrosPerHour, 8.5);
  const std::vector<KpiResult> results =
      EvaluateKpis(config, {}, Facts(4 * kMicrosPerHour), nullptr);
  EXPECT_TRUE(Kpi(results, "flash_sale.orders_vs_baseline").skipped);
  EXPECT_FALSE(Kpi(results, "flash_sale.busiest_hour").skipped);
  EXPECT_TRUE(KpisNeedBaseline(config));
  EXPECT_FALSE(KpisNeedBaseline(ScenarioConfig("baseline", kMicrosPerDay, 1)));
}

TEST(KpiEvalTest, ReturnsWave) {
  const int64_t duration = 14 * kMicrosPerDay;
  Config config = ScenarioConfig("returns_wave", duration, 1.2);
  RunFacts base = Facts(duration);
  base.categories["electronics"].returned_items = 20;
  base.categories["books"].returned_items = 80;
  base.processing_days_sum = 500;
  base.processing_days_rows = 100;
  RunFacts run = Facts(duration);
  run.delivered_items = 1000;
  run.returns = 240;
  run.categories["electronics"].returned_items = 150;
  run.categories["clothing"].returned_items = 30;
  run.categories["books"].returned_items = 60;
  run.processing_days_sum = 240 * 9.0;
  run.processing_days_rows = 240;
  std::vector<KpiResult> results = EvaluateKpis(config, {}, run, &base);
  ExpectOk(results, "returns_wave.return_rate", true);
  ExpectOk(results, "returns_wave.focus_return_share_vs_baseline", true);
  ExpectOk(results, "returns_wave.processing_days_vs_baseline", true);
  run.returns = 200;  // 20%
  run.categories["books"].returned_items = 600;
  run.processing_days_sum = 240 * 6.0;
  results = EvaluateKpis(config, {}, run, &base);
  ExpectOk(results, "returns_wave.return_rate", false);
  ExpectOk(results, "returns_wave.focus_return_share_vs_baseline", false);
  ExpectOk(results, "returns_wave.processing_days_vs_baseline", false);
}

TEST(KpiEvalTest, SupplyDisruption) {
  const int64_t duration = 14 * kMicrosPerDay;
  Config config = ScenarioConfig("supply_disruption", duration, 0.8);
  config.supply_disruption.affected_skus = 2;
  Markers markers;
  markers.affected_product_ids = {1, 2};
  markers.primary_supplier_id = 7;
  RunFacts base = Facts(duration);
  Put(base.orders_per_minute, 0, 1000);
  base.units_sold_by_product = {0, 100, 100, 500};
  RunFacts run = Facts(duration);
  Put(run.orders_per_minute, 0, 800);
  run.supplier_by_product = {0, 7, 7, 3};
  run.units_sold_by_product = {0, 60, 60, 400};
  run.shipped_items_by_product = {0, 100, 100, 1000};
  run.late_items_by_product = {0, 20, 20, 70};  // 20% vs 7%
  std::vector<KpiResult> results = EvaluateKpis(config, markers, run, &base);
  ExpectOk(results, "supply_disruption.orders_vs_baseline", true);
  ExpectOk(results, "supply_disruption.affected_products", true);
  ExpectOk(results, "supply_disruption.affected_units_vs_baseline", true);
  ExpectOk(results, "supply_disruption.late_rate_affected_vs_other", true);
  Put(run.orders_per_minute, 0, 100);  // 0.9x
  run.supplier_by_product[2] = 3;
  run.units_sold_by_product = {0, 90, 90, 400};
  run.late_items_by_product = {0, 10, 10, 70};
  results = EvaluateKpis(config, markers, run, &base);
  ExpectOk(results, "supply_disruption.orders_vs_baseline", false);
  ExpectOk(results, "supply_disruption.affected_products", false);
  ExpectOk(results, "supply_disruption.affected_units_vs_baseline", false);
  ExpectOk(results, "supply_disruption.late_rate_affected_vs_other", false);
}

TEST(KpiEvalTest, PaymentOutage) {
  const int64_t duration = 6 * kMicrosPerHour;
  Config config = ScenarioConfig("payment_outage", duration, 1.5);
  Markers markers;
  markers.outage_start_us = kStart + 2 * kMicrosPerHour;
  markers.outage_end_us = kStart + 4 * kMicrosPerHour;
  RunFacts base = Facts(duration);
  Put(base.orders_per_minute, 150 * kMicrosPerMinute, 100);  // inside the outage hours
  Put(base.carts_per_minute, 150 * kMicrosPerMinute, 40);
  Put(base.tickets_per_minute, 0, 10);
  RunFacts run = Facts(duration);
  Put(run.orders_per_minute, 150 * kMicrosPerMinute, 30);  // 30 / 150 = 20%
  Put(run.failed_per_minute, 150 * kMicrosPerMinute, 22);  // 73%
  Put(run.carts_per_minute, 150 * kMicrosPerMinute, 210);  // 210 / 60 = 3.5
  Put(run.tickets_per_minute, 0, 30);
  std::vector<KpiResult> results = EvaluateKpis(config, markers, run, &base);
  ExpectOk(results, "payment_outage.outage_hours", true);
  ExpectOk(results, "payment_outage.outage_orders_vs_baseline", true);
  ExpectOk(results, "payment_outage.outage_failure_rate", true);
  ExpectOk(results, "payment_outage.outage_carts_vs_baseline", true);
  ExpectOk(results, "payment_outage.tickets_vs_baseline", true);
  // Events just outside the outage do not count.
  Put(run.orders_per_minute, 240 * kMicrosPerMinute, 1000);
  EXPECT_TRUE(
      Kpi(EvaluateKpis(config, markers, run, &base), "payment_outage.outage_orders_vs_baseline")
          .ok);
  markers.outage_end_us = kStart + 3 * kMicrosPerHour;
  Put(run.orders_per_minute, 150 * kMicrosPerMinute, 20);  // 50 / 150 = 33%
  Put(run.failed_per_minute, 150 * kMicrosPerMinute, -10);
  Put(run.carts_per_minute, 150 * kMicrosPerMinute, -100);
  Put(run.tickets_per_minute, 0, 10);
  results = EvaluateKpis(config, markers, run, &base);
  ExpectOk(results, "payment_outage.outage_hours", false);
  ExpectOk(results, "payment_outage.outage_orders_vs_baseline", false);
  ExpectOk(results, "payment_outage.outage_failure_rate", false);
  ExpectOk(results, "payment_outage.outage_carts_vs_baseline", false);
  ExpectOk(results, "payment_outage.tickets_vs_baseline", false);
}

TEST(KpiEvalTest, ViralMoment) {
  const int64_t duration = 24 * kMicrosPerHour;
  Config config = ScenarioConfig("viral_moment", duration, 2.5);
  Markers markers;
  markers.viral_product_id = 2;
  markers.sellout_ts_us = kStart + 5 * kMicrosPerHour + 30 * kMicrosPerMinute;
  RunFacts base = Facts(duration);
  Put(base.orders_per_minute, 0, 100);
  Put(base.tickets_per_minute, 0, 50);
  RunFacts run = Facts(duration);
  Put(run.orders_per_minute, 0, 260);
  Put(run.tickets_per_minute, 0, 100);
  run.tickets_by_category["restock_inquiry"] = 12;
  run.category_by_product = {-1, 0, 1};
  run.category_names = {"books", "beauty"};
  run.units_sold_by_product = {0, 5, 490};
  run.tracked_product_id = 2;
  run.tracked_units_per_hour[0] = 10;
  run.tracked_units_per_hour[1] = 10;
  run.tracked_units_per_hour[2] = 40;
  run.tracked_units_per_hour[3] = 90;
  run.tracked_units_per_hour[4] = 150;
  run.tracked_units_per_hour[5] = 190;  // the sell-out hour itself is not judged
  run.influencer_campaign_covers_window = true;
  std::vector<KpiResult> results = EvaluateKpis(config, markers, run, &base);
  for (std::string_view name :
       {"orders_vs_baseline", "viral_product", "viral_units_sold", "viral_hourly_growth",
        "tickets_vs_baseline", "restock_ticket_share", "influencer_campaign"}) {
    ExpectOk(results, "viral_moment." + std::string(name), true);
  }
  Put(run.orders_per_minute, 0, 100);
  Put(run.tickets_per_minute, 0, 40);  // 2.8x
  run.category_by_product[2] = 0;
  run.units_sold_by_product[2] = 470;
  run.tracked_units_per_hour[3] = 30;
  run.influencer_campaign_covers_window = false;
  results = EvaluateKpis(config, markers, run, &base);
  for (std::string_view name :
       {"orders_vs_baseline", "viral_product", "viral_units_sold", "viral_hourly_growth",
        "tickets_vs_baseline", "restock_ticket_share", "influencer_campaign"}) {
    ExpectOk(results, "viral_moment." + std::string(name), false);
  }
}

TEST(KpiEvalTest, CustomerSegments) {
  const int64_t duration = 180 * kMicrosPerDay;
  Config config = ScenarioConfig("customer_segments", duration, 1);
  RunFacts run = Facts(duration);
  run.customers_at_start = {2800, 3500, 2500, 1200};
  run.customers_at_end = {3220, 3520, 2510, 1200};
  run.orders_first_30d_by_generation = {280, 350, 250, 120};
  run.orders_last_30d_by_generation = {320, 350, 250, 120};
  std::vector<KpiResult> results = EvaluateKpis(config, {}, run, nullptr);
  ExpectOk(results, "customer_segments.gen_z_growth", true);
  ExpectOk(results, "customer_segments.gen_z_order_share_shift", true);
  run.customers_at_end[0] = 3300;  // 1.18
  run.orders_last_30d_by_generation[0] = 270;
  results = EvaluateKpis(config, {}, run, nullptr);
  ExpectOk(results, "customer_segments.gen_z_growth", false);
  ExpectOk(results, "customer_segments.gen_z_order_share_shift", false);
}

TEST(KpiEvalTest, SeasonalPlanning) {
  const int64_t duration = 60 * kMicrosPerDay;
  Config config = ScenarioConfig("seasonal_planning", duration, 1.8);
  config.discount.pct = 15;
  config.discount.categories = {"electronics", "clothing", "books"};
  RunFacts base = Facts(duration);
  Put(base.orders_per_minute, 0, 1000);
  base.categories["electronics"].items = 300;
  base.categories["beauty"].items = 700;
  RunFacts run = Facts(duration);
  Put(run.orders_per_minute, 0, 1800);
  for (const std::string& name : config.discount.categories) {
    CategoryFacts& category = run.categories[name];
    category.items = 200;
    category.min_discount_micro_pct = category.max_discount_micro_pct = 15 * kPercentScale;
  }
  run.categories["beauty"].items = 1000;  // 600 / 1600 = 37.5% > 30%
  run.orders_by_region_half["north"] = {500, 400};
  run.orders_by_region_half["south"] = {500, 600};  // 50% -> 60%
  std::vector<KpiResult> results = EvaluateKpis(config, {}, run, &base);
  ExpectOk(results, "seasonal_planning.orders_vs_baseline", true);
  ExpectOk(results, "seasonal_planning.discount_pct", true);
  ExpectOk(results, "seasonal_planning.discounted_item_share_vs_baseline", true);
  ExpectOk(results, "seasonal_planning.regional_shift", true);
  Put(run.orders_per_minute, 0, 300);  // 2.1x
  run.categories["books"].max_discount_micro_pct = 20 * kPercentScale;
  run.categories["beauty"].items = 2000;
  run.orders_by_region_half["north"] = {500, 490};
  run.orders_by_region_half["south"] = {500, 510};
  results = EvaluateKpis(config, {}, run, &base);
  ExpectOk(results, "seasonal_planning.orders_vs_baseline", false);
  ExpectOk(results, "seasonal_planning.discount_pct", false);
  ExpectOk(results, "seasonal_planning.discounted_item_share_vs_baseline", false);
  ExpectOk(results, "seasonal_planning.regional_shift", false);
}

TEST(KpiEvalTest, MultiChannel) {
  const int64_t duration = 90 * kMicrosPerDay;
  Config config = ScenarioConfig("multi_channel", duration, 1.18);
  Markers markers;
  markers.app_launch_ts_us = kStart + 30 * kMicrosPerDay;
  RunFacts base = Facts(duration);
  Put(base.orders_per_minute, 80 * kMicrosPerDay, 1000);  // inside the last 14 days
  Put(base.orders_per_minute, 10 * kMicrosPerDay, 5000);  // outside
  RunFacts run = Facts(duration);
  run.first_mobile_app_order_us = kStart + 31 * kMicrosPerDay;
  run.orders_last_14d_by_channel = {500, 350, 330};
  run.customers_ordering_last_14d = 1000;
  run.app_customers_last_14d = 360;
  std::vector<KpiResult> results = EvaluateKpis(config, markers, run, &base);
  ExpectOk(results, "multi_channel.app_orders_before_launch", true);
  ExpectOk(results, "multi_channel.web_orders_vs_baseline_last_14d", true);
  ExpectOk(results, "multi_channel.app_orders_vs_baseline_last_14d", true);
  ExpectOk(results, "multi_channel.app_customer_share_last_14d", true);
  run.first_mobile_app_order_us = kStart + 29 * kMicrosPerDay;
  run.orders_last_14d_by_channel = {600, 350, 250};
  run.app_customers_last_14d = 250;
  results = EvaluateKpis(config, markers, run, &base);
  ExpectOk(results, "multi_channel.app_orders_before_launch", false);
  ExpectOk(results, "multi_channel.web_orders_vs_baseline_last_14d", false);
  ExpectOk(results, "multi_channel.app_orders_vs_baseline_last_14d", false);
  ExpectOk(results, "multi_channel.app_customer_share_last_14d", false);
}

TEST(KpiEvalTest, CustomScenarioUsesEnabledBlocks) {
  Config config = ScenarioConfig("my_campaign", kMicrosPerDay, 1);
  config.viral.enabled = true;
  const std::vector<KpiResult> results = EvaluateKpis(config, {}, Facts(kMicrosPerDay), nullptr);
  ASSERT_FALSE(results.empty());
  for (const KpiResult& result : results) {
    EXPECT_EQ(result.name.rfind("viral_moment.", 0), 0u) << result.name;
  }
  EXPECT_TRUE(
      EvaluateKpis(ScenarioConfig("plain", kMicrosPerDay, 1), {}, Facts(kMicrosPerDay), nullptr)
          .empty());
}

}  // namespace
}  // namespace ecomgen::validate
