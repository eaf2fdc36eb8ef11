// returns_wave: post-holiday returns. Its KPIs need the returns rows, so they are only
// measured by `ecomgen validate`; the summary has none of its own.
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

class ReturnsWaveEffect final : public ScenarioEffect {
 public:
  bool Enabled(const Config& config) const override { return config.returns_wave.enabled; }

  void AddPlanFacts(const ScenarioCurves& /*curves*/, Plan& plan) const override {
    const ReturnsWaveConfig& wave = plan.config.returns_wave;
    plan.scenario.returns = ReturnsFacts{wave.return_rate, wave.focus_categories, wave.focus_weight,
                                         wave.processing_days_multiplier};
  }
};

const ReturnsWaveEffect kEffect;

Config Preset() {
  Config config = BaselinePreset();
  config.name = "returns_wave";
  config.description =
      "Post-holiday returns: 24% return rate led by electronics and clothing, slower processing.";
  config.start_us = UtcMicros(2025, 1, 2);
  config.duration_us = 14 * kMicrosPerDay;
  config.intensity = 1.2;
  config.returns_wave.enabled = true;
  return config;
}

}  // namespace

extern const ScenarioDefinition kReturnsWaveScenario = {
    "returns_wave", "14d at 1.2x, 24% returns (electronics, clothing), slow processing", Preset,
    nullptr, &kEffect};

}  // namespace ecomgen
