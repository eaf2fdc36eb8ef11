// supply_disruption: the primary supplier fails; its best sellers run on backup capacity.
#include <nlohmann/json.hpp>

#include "scenarios/orders_vs_baseline.h"
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

class SupplyDisruptionEffect final : public ScenarioEffect {
 public:
  bool Enabled(const Config& config) const override { return config.supply_disruption.enabled; }

  void AddPlanFacts(const ScenarioCurves& /*curves*/, Plan& plan) const override {
    const SupplyDisruptionConfig& disruption = plan.config.supply_disruption;
    plan.scenario.supply = SupplyFacts{disruption.affected_skus, disruption.backup_capacity,
                                       disruption.late_multiplier};
  }

  void AddMarkers(const SummaryInputs& in, nlohmann::ordered_json& markers) const override {
    if (in.affected_product_ids.empty()) return;
    markers["primary_supplier_id"] = in.primary_supplier_id;
    markers["affected_product_ids"] = in.affected_product_ids;
  }
};

const SupplyDisruptionEffect kEffect;

Config Preset() {
  Config config = BaselinePreset();
  config.name = "supply_disruption";
  config.description =
      "The primary supplier fails: 35 SKUs on 60% backup capacity, late deliveries, 0.8x orders.";
  config.start_us = UtcMicros(2024, 10, 7);
  config.duration_us = 14 * kMicrosPerDay;
  config.intensity = 0.8;
  config.supply_disruption.enabled = true;
  return config;
}

}  // namespace

extern const ScenarioDefinition kSupplyDisruptionScenario = {
    "supply_disruption", "14d at 0.8x, 35 SKUs of the primary supplier at 60% capacity", Preset,
    OrdersVsBaselineKpi, &kEffect};

}  // namespace ecomgen
