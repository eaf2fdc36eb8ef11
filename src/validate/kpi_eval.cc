// EvaluateKpis's dispatcher and the KPIs of baseline, flash_sale, returns_wave and
// supply_disruption (kpi_eval.h). The other scenarios are in kpi_eval_events.cc.
#include "validate/kpi_eval.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "validate/kpi_builder.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {

namespace detail {

namespace {

constexpr double kBaselineOrdersTolerance = 0.03;
constexpr double kBaselineReturnTolerance = 0.015;
constexpr double kFlashOrdersTolerance = 0.15;
constexpr double kFlashFailureFactor = 2;
constexpr double kReturnsWaveTolerance = 0.03;
constexpr double kReturnsWaveFactor = 1.5;
constexpr double kSupplyOrdersTolerance = 0.05;
constexpr double kSupplyUnitsTolerance = 0.10;
constexpr double kSupplyLateFactor = 2;

double Orders(const RunFacts& facts) {
  return static_cast<double>(RunFacts::Total(facts.orders_per_minute));
}

double ReturnRate(const RunFacts& facts) {
  return Ratio(static_cast<double>(facts.returns), static_cast<double>(facts.delivered_items));
}

double FailureRate(const RunFacts& facts) {
  return Ratio(static_cast<double>(RunFacts::Total(facts.failed_per_minute)), Orders(facts));
}

double MeanLatency(const RunFacts& facts) {
  return Ratio(facts.p95_latency_sum_ms, static_cast<double>(facts.metric_rows));
}

// Share of returned items whose category is in `categories`.
double ReturnShare(const RunFacts& facts, const std::vector<std::string>& categories) {
  int64_t focus = 0;
  int64_t total = 0;
  for (const auto& [name, category] : facts.categories) {
    total += category.returned_items;
    if (std::find(categories.begin(), categories.end(), name) != categories.end()) {
      focus += category.returned_items;
    }
  }
  return Ratio(static_cast<double>(focus), static_cast<double>(total));
}

double MeanProcessingDays(const RunFacts& facts) {
  return Ratio(facts.processing_days_sum, static_cast<double>(facts.processing_days_rows));
}

int64_t SumOver(const std::vector<int64_t>& by_product, const std::vector<int64_t>& ids) {
  int64_t sum = 0;
  for (int64_t id : ids) {
    if (id >= 1 && static_cast<size_t>(id) < by_product.size())
      sum += by_product[static_cast<size_t>(id)];
  }
  return sum;
}

}  // namespace

void OrdersVsBaselineKpi(const Config& config, double tolerance, KpiBuilder& kpis) {
  const std::string expected = fmt::format("{:.4g} +-{:.4g}%", config.intensity, tolerance * 100);
  if (!kpis.Need("orders_vs_baseline", expected, {TableId::kOrders}, true)) return;
  const double run = Orders(kpis.run());
  const double base = Orders(*kpis.baseline());
  kpis.WithinRel("orders_vs_baseline", Ratio(run, base), config.intensity, tolerance,
                 fmt::format("{} vs {}", run, base));
}

void DiscountKpi(const Config& config, KpiBuilder& kpis) {
  if (config.discount.categories.empty() || config.discount.pct <= 0) return;
  const std::string expected = fmt::format("all items at {:g}%", config.discount.pct);
  if (!kpis.Need("discount_pct", expected, {TableId::kOrderItems, TableId::kProducts}, false)) {
    return;
  }
  const auto target = static_cast<int64_t>(std::llround(config.discount.pct * kPercentScale));
  std::string actual;
  bool ok = true;
  for (const std::string& name : config.discount.categories) {
    const auto found = kpis.run().categories.find(name);
    if (found == kpis.run().categories.end() || found->second.items == 0) {
      actual += fmt::format("{}{}: no items", actual.empty() ? "" : "; ", name);
      continue;
    }
    const CategoryFacts& category = found->second;
    const bool exact =
        category.min_discount_micro_pct == target && category.max_discount_micro_pct == target;
    ok = ok && exact;
    actual += fmt::format("{}{}: {:g}..{:g}%", actual.empty() ? "" : "; ", name,
                          static_cast<double>(category.min_discount_micro_pct) / kPercentScale,
                          static_cast<double>(category.max_discount_micro_pct) / kPercentScale);
  }
  kpis.Add("discount_pct", expected, ok ? 1 : 0, actual, ok);
}

void BaselineKpis(const Config& config, KpiBuilder& kpis) {
  const double days = static_cast<double>(config.duration_us) / static_cast<double>(kMicrosPerDay);
  const double target = config.business.orders_per_day * config.scale * config.intensity;
  // Each day's total is its expectation rounded to whole orders, so below this many orders a
  // day the rounding alone can be off by more than the tolerance.
  constexpr double kMinOrdersPerDay = 0.5 / kBaselineOrdersTolerance;
  if (kpis.Need("orders_per_day", "", {TableId::kOrders}, false)) {
    if (target < kMinOrdersPerDay) {
      kpis.Skip("orders_per_day", KpiBuilder::RelExpected(target, kBaselineOrdersTolerance),
                fmt::format("{:.4g} a day < {:.4g}: small sample", target, kMinOrdersPerDay));
    } else {
      kpis.WithinRel("orders_per_day", Orders(kpis.run()) / days, target, kBaselineOrdersTolerance);
    }
  }
  // The customer base has at least one customer at any scale (plan/customer_base.cc).
  const auto customers = static_cast<double>(std::max<int64_t>(
      1, std::llround(static_cast<double>(config.business.customers) * config.scale)));
  if (kpis.Need("customers_at_start", "", {TableId::kCustomers}, false)) {
    double at_start = 0;
    for (int64_t count : kpis.run().customers_at_start) at_start += static_cast<double>(count);
    kpis.Add("customers_at_start", fmt::format("{}", customers), at_start,
             fmt::format("{}", at_start), at_start == customers);
  }
  // With fewer delivered items than this, one return more or less moves the rate by more
  // than the tolerance.
  constexpr double kMinDeliveredItems = 1 / kBaselineReturnTolerance;
  if (kpis.Need("return_rate", "", {TableId::kReturns, TableId::kOrders, TableId::kOrderItems},
                false)) {
    const int64_t delivered = kpis.run().delivered_items;
    if (static_cast<double>(delivered) < kMinDeliveredItems) {
      kpis.Skip(
          "return_rate",
          KpiBuilder::AbsExpected(config.business.return_rate, kBaselineReturnTolerance, true),
          fmt::format("{} delivered items < {:.0f}: small sample", delivered,
                      std::ceil(kMinDeliveredItems)));
    } else {
      kpis.WithinAbs("return_rate", ReturnRate(kpis.run()), config.business.return_rate,
                     kBaselineReturnTolerance, true);
    }
  }
}

void FlashSaleKpis(const Config& config, KpiBuilder& kpis) {
  OrdersVsBaselineKpi(config, kFlashOrdersTolerance, kpis);
  if (kpis.Need("busiest_hour", "in the first half", {TableId::kOrders}, false)) {
    const RunFacts& run = kpis.run();
    std::vector<int64_t> per_hour;
    for (int64_t from = run.window_start_us; from < run.window_end_us; from += kMicrosPerHour) {
      per_hour.push_back(run.SumMinutes(run.orders_per_minute, from, from + kMicrosPerHour));
    }
    const auto hour = std::max_element(per_hour.begin(), per_hour.end()) - per_hour.begin();
    const double midpoint_hours = (static_cast<double>(hour) + 0.5);
    const double half_hours =
        static_cast<double>(run.window_end_us - run.window_start_us) / 2 / kMicrosPerHour;
    kpis.Add("busiest_hour", fmt::format("hour < {:g} (first half)", half_hours),
             static_cast<double>(hour),
             fmt::format("hour {} ({} orders)", hour,
                         per_hour.empty() ? 0 : per_hour[static_cast<size_t>(hour)]),
             midpoint_hours < half_hours);
  }
  DiscountKpi(config, kpis);
  if (kpis.Need("payment_failure_vs_baseline", "", {TableId::kOrders}, true)) {
    const double run = FailureRate(kpis.run());
    const double base = FailureRate(*kpis.baseline());
    kpis.AtLeast("payment_failure_vs_baseline", Ratio(run, base), kFlashFailureFactor, false,
                 fmt::format("{:.2f}% vs {:.2f}%", run * 100, base * 100));
  }
  if (kpis.Need("p95_latency_vs_baseline", "", {TableId::kSystemMetrics}, true)) {
    const double run = MeanLatency(kpis.run());
    const double base = MeanLatency(*kpis.baseline());
    kpis.AtLeast("p95_latency_vs_baseline", Ratio(run, base), 1, true,
                 fmt::format("{:.1f} ms vs {:.1f} ms", run, base));
  }
}

void ReturnsWaveKpis(const Config& config, KpiBuilder& kpis) {
  if (kpis.Need("return_rate", "", {TableId::kReturns, TableId::kOrders, TableId::kOrderItems},
                false)) {
    kpis.WithinAbs("return_rate", ReturnRate(kpis.run()), config.returns_wave.return_rate,
                   kReturnsWaveTolerance, true);
  }
  const auto& focus = config.returns_wave.focus_categories;
  if (kpis.Need("focus_return_share_vs_baseline", "", {TableId::kReturns, TableId::kProducts},
                true)) {
    const double run = ReturnShare(kpis.run(), focus);
    const double base = ReturnShare(*kpis.baseline(), focus);
    kpis.AtLeast("focus_return_share_vs_baseline", Ratio(run, base), kReturnsWaveFactor, false,
                 fmt::format("{:.1f}% vs {:.1f}%", run * 100, base * 100));
  }
  if (kpis.Need("processing_days_vs_baseline", "", {TableId::kReturns}, true)) {
    const double run = MeanProcessingDays(kpis.run());
    const double base = MeanProcessingDays(*kpis.baseline());
    kpis.AtLeast("processing_days_vs_baseline", Ratio(run, base), kReturnsWaveFactor, false,
                 fmt::format("{:.2f} d vs {:.2f} d", run, base));
  }
}

void SupplyDisruptionKpis(const Config& config, const Markers& markers, KpiBuilder& kpis) {
  OrdersVsBaselineKpi(config, kSupplyOrdersTolerance, kpis);
  const std::vector<int64_t>& affected = markers.affected_product_ids;
  const std::string expected_products =
      fmt::format("{} products of one supplier", config.supply_disruption.affected_skus);
  if (affected.empty()) {
    kpis.Skip("affected_products", expected_products, "summary lists no affected_product_ids");
    return;
  }
  if (kpis.Need("affected_products", expected_products, {TableId::kProducts}, false)) {
    std::set<int64_t> suppliers;
    for (int64_t id : affected) {
      const auto& by_product = kpis.run().supplier_by_product;
      suppliers.insert(id >= 1 && static_cast<size_t>(id) < by_product.size()
                           ? by_product[static_cast<size_t>(id)]
                           : 0);
    }
    const std::set<int64_t> unique_ids(affected.begin(), affected.end());
    bool ok = static_cast<int64_t>(unique_ids.size()) == config.supply_disruption.affected_skus &&
              suppliers.size() == 1 && *suppliers.begin() != 0;
    if (ok && markers.primary_supplier_id) ok = *suppliers.begin() == *markers.primary_supplier_id;
    kpis.Add("affected_products", expected_products, static_cast<double>(unique_ids.size()),
             fmt::format("{} products, {} supplier(s){}", unique_ids.size(), suppliers.size(),
                         suppliers.size() == 1 ? fmt::format(" (id {})", *suppliers.begin()) : ""),
             ok);
  }
  if (kpis.Need("affected_units_vs_baseline", "", {TableId::kOrders, TableId::kOrderItems}, true)) {
    const auto run = static_cast<double>(SumOver(kpis.run().units_sold_by_product, affected));
    const auto base =
        static_cast<double>(SumOver(kpis.baseline()->units_sold_by_product, affected));
    kpis.WithinAbs("affected_units_vs_baseline", Ratio(run, base),
                   config.supply_disruption.backup_capacity, kSupplyUnitsTolerance, true,
                   fmt::format("{} vs {} units", run, base));
  }
  if (kpis.Need("late_rate_affected_vs_other", "", {TableId::kOrders, TableId::kOrderItems},
                false)) {
    const RunFacts& run = kpis.run();
    const auto late_affected = static_cast<double>(SumOver(run.late_items_by_product, affected));
    const auto shipped_affected =
        static_cast<double>(SumOver(run.shipped_items_by_product, affected));
    double late_all = 0;
    double shipped_all = 0;
    for (int64_t count : run.late_items_by_product) late_all += static_cast<double>(count);
    for (int64_t count : run.shipped_items_by_product) shipped_all += static_cast<double>(count);
    const double affected_rate = Ratio(late_affected, shipped_affected);
    const double other_rate = Ratio(late_all - late_affected, shipped_all - shipped_affected);
    kpis.AtLeast("late_rate_affected_vs_other", Ratio(affected_rate, other_rate), kSupplyLateFactor,
                 false, fmt::format("{:.1f}% vs {:.1f}%", affected_rate * 100, other_rate * 100));
  }
}

}  // namespace detail

bool KpisNeedBaseline(const Config& config) {
  const std::string& name = config.name;
  return name == "flash_sale" || name == "returns_wave" || name == "supply_disruption" ||
         name == "payment_outage" || name == "viral_moment" || name == "seasonal_planning" ||
         name == "multi_channel" || config.traffic_spike.enabled || config.returns_wave.enabled ||
         config.supply_disruption.enabled || config.payment_outage.enabled ||
         config.viral.enabled || config.seasonal.enabled || config.app_launch.enabled;
}

std::vector<KpiResult> EvaluateKpis(const Config& config, const Markers& markers,
                                    const RunFacts& run, const RunFacts* baseline) {
  std::vector<KpiResult> results;
  const std::string& name = config.name;
  auto evaluate = [&](std::string_view scenario, bool applies, auto&& body) {
    if (!applies) return;
    detail::KpiBuilder kpis(scenario, run, baseline);
    body(kpis);
    for (KpiResult& result : kpis.Take()) results.push_back(std::move(result));
  };
  using detail::KpiBuilder;
  evaluate("baseline", name == "baseline", [&](KpiBuilder& k) { detail::BaselineKpis(config, k); });
  evaluate("flash_sale", name == "flash_sale" || config.traffic_spike.enabled,
           [&](KpiBuilder& k) { detail::FlashSaleKpis(config, k); });
  evaluate("returns_wave", name == "returns_wave" || config.returns_wave.enabled,
           [&](KpiBuilder& k) { detail::ReturnsWaveKpis(config, k); });
  evaluate("supply_disruption", name == "supply_disruption" || config.supply_disruption.enabled,
           [&](KpiBuilder& k) { detail::SupplyDisruptionKpis(config, markers, k); });
  evaluate("payment_outage", name == "payment_outage" || config.payment_outage.enabled,
           [&](KpiBuilder& k) { detail::PaymentOutageKpis(config, markers, k); });
  evaluate("viral_moment", name == "viral_moment" || config.viral.enabled,
           [&](KpiBuilder& k) { detail::ViralMomentKpis(config, markers, k); });
  evaluate("customer_segments", name == "customer_segments",
           [&](KpiBuilder& k) { detail::CustomerSegmentsKpis(config, k); });
  evaluate("seasonal_planning", name == "seasonal_planning" || config.seasonal.enabled,
           [&](KpiBuilder& k) { detail::SeasonalPlanningKpis(config, k); });
  evaluate("multi_channel", name == "multi_channel" || config.app_launch.enabled,
           [&](KpiBuilder& k) { detail::MultiChannelKpis(config, markers, k); });
  return results;
}

}  // namespace ecomgen::validate
