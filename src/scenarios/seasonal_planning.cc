// seasonal_planning: back to school, a discount on three categories and a regional drift.
#include <cmath>

#include "scenarios/orders_vs_baseline.h"
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

class SeasonalEffect final : public ScenarioEffect {
 public:
  bool Enabled(const Config& config) const override { return config.seasonal.enabled; }

  void AddPlanFacts(const ScenarioCurves& /*curves*/, Plan& plan) const override {
    const Config& config = plan.config;
    plan.scenario.campaigns.push_back({"Back to School", CampaignType::kSeasonal,
                                       CampaignChannel::kEmail, plan.start_us, plan.end_us,
                                       static_cast<int>(std::lround(config.discount.pct)),
                                       config.discount.categories});
    plan.scenario.seasonal =
        SeasonalFacts{config.seasonal.category_boost, config.seasonal.regional_shift_pp};
  }
};

const SeasonalEffect kEffect;

Config Preset() {
  Config config = BaselinePreset();
  config.name = "seasonal_planning";
  config.description =
      "Back to school: 60 days at 1.8x with 15% off electronics, clothing and books, and "
      "regional variation.";
  config.start_us = UtcMicros(2024, 7, 1);
  config.duration_us = 60 * kMicrosPerDay;
  config.intensity = 1.8;
  config.discount = {15, {"electronics", "clothing", "books"}};
  config.seasonal.enabled = true;
  return config;
}

}  // namespace

extern const ScenarioDefinition kSeasonalPlanningScenario = {
    "seasonal_planning", "60d at 1.8x, back to school, 15% off three categories", Preset,
    OrdersVsBaselineKpi, &kEffect};

}  // namespace ecomgen
