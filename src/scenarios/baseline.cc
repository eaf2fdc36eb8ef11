// baseline: the everyday business that every other scenario starts from.
#include <nlohmann/json.hpp>

#include "config/market_defaults.h"
#include "core/civil_time.h"
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

// Contract section 4. Gen X is the mean of millennials and boomers, written out.
std::array<CohortConfig, kGenerationCount> DefaultCohorts() {
  std::array<CohortConfig, kGenerationCount> cohorts{};
  CohortConfig& gen_z = cohorts[static_cast<size_t>(Generation::kGenZ)];
  gen_z.share_pct = 28;
  gen_z.acquisition_pct = {40, 35, 25, 0, 0};
  gen_z.channel_pct = {20, 30, 50};
  gen_z.payment_pct = MarketPaymentMix("in", Generation::kGenZ);
  gen_z.support_pct = {50, 30, 20, 0, 0};
  gen_z.order_frequency = 0.95;
  gen_z.mean_basket_items = 1.9;

  CohortConfig& millennial = cohorts[static_cast<size_t>(Generation::kMillennial)];
  millennial.share_pct = 35;
  millennial.acquisition_pct = {20, 20, 20, 20, 20};
  millennial.channel_pct = {40, 35, 25};
  millennial.payment_pct = MarketPaymentMix("in", Generation::kMillennial);
  millennial.support_pct = {40, 0, 0, 40, 20};
  millennial.order_frequency = 1.2;
  millennial.mean_basket_items = 2.4;

  CohortConfig& boomer = cohorts[static_cast<size_t>(Generation::kBoomer)];
  boomer.share_pct = 12;
  boomer.acquisition_pct = {0, 0, 30, 50, 20};
  boomer.channel_pct = {70, 30, 0};
  boomer.payment_pct = MarketPaymentMix("in", Generation::kBoomer);
  boomer.support_pct = {0, 0, 0, 30, 70};
  boomer.order_frequency = 0.7;
  boomer.mean_basket_items = 2.0;

  CohortConfig& gen_x = cohorts[static_cast<size_t>(Generation::kGenX)];
  gen_x.share_pct = 25;
  gen_x.acquisition_pct = {10, 10, 25, 35, 20};
  gen_x.channel_pct = {55, 32.5, 12.5};
  gen_x.payment_pct = MarketPaymentMix("in", Generation::kGenX);
  gen_x.support_pct = {20, 0, 0, 35, 45};
  gen_x.order_frequency = 1.0;
  gen_x.mean_basket_items = 2.2;
  return cohorts;
}

// Contract section 5: orders per day and the customer base at the start.
void BaselineKpis(const SummaryInputs& in, nlohmann::ordered_json& kpis) {
  const Config& config = in.plan.config;
  const std::string prefix = KpiPrefix(config);
  kpis[prefix + "orders_per_day"] =
      in.run.orders / (static_cast<double>(config.duration_us) / kMicrosPerDay);
  kpis[prefix + "customers_at_start"] = in.plan.customers.base_count();
}

}  // namespace

int64_t UtcMicros(int64_t year, int month, int day, int hour) {
  return DaysFromCivil(CivilDate{year, month, day}) * kMicrosPerDay + hour * kMicrosPerHour;
}

Config BaselinePreset() {
  Config config;
  config.name = "baseline";
  config.description = "Normal operations: 2,500 orders a day from a 10,000-customer base.";
  config.start_us = UtcMicros(2024, 6, 1);
  config.duration_us = 30 * kMicrosPerDay;
  config.intensity = 1.0;
  config.cohorts = DefaultCohorts();
  return config;
}

extern const ScenarioDefinition kBaselineScenario = {
    "baseline", "30d at 1.0x, 2,500 orders/day, 10,000 customers", BaselinePreset, BaselineKpis,
    nullptr};

}  // namespace ecomgen
