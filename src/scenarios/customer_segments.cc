// customer_segments: six months of cohort shifts, made of cohort settings only (no effect).
#include <nlohmann/json.hpp>

#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

Config Preset() {
  Config config = BaselinePreset();
  config.name = "customer_segments";
  config.description =
      "Six months of cohort shifts: Gen Z grows 15% and takes a larger share of orders.";
  config.start_us = UtcMicros(2024, 1, 1);
  config.duration_us = 180 * kMicrosPerDay;
  config.intensity = 1.0;
  // 15% over 180 days, linearly.
  config.cohorts[static_cast<size_t>(Generation::kGenZ)].growth_pct_per_30d = 2.5;
  config.cohorts[static_cast<size_t>(Generation::kBoomer)].growth_pct_per_30d = 0.5;
  return config;
}

// Gen Z customers active at the end over those at the start (every base customer is).
void Kpis(const SummaryInputs& in, nlohmann::ordered_json& kpis) {
  const CustomerBase& customers = in.plan.customers;
  const double start = static_cast<double>(customers.base_of(Generation::kGenZ));
  const double end =
      static_cast<double>(customers.CountActiveAt(Generation::kGenZ, in.plan.end_us));
  kpis[KpiPrefix(in.plan.config) + "gen_z_growth"] = Ratio(end, start);
}

}  // namespace

extern const ScenarioDefinition kCustomerSegmentsScenario = {
    "customer_segments", "180d at 1.0x, Gen Z grows 15%", Preset, Kpis, nullptr};

}  // namespace ecomgen
