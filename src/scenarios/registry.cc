#include "scenarios/registry.h"

#include <array>
#include <nlohmann/json.hpp>

namespace ecomgen {

// Defined in scenarios/<name>.cc, one per built-in scenario.
extern const ScenarioDefinition kFlashSaleScenario;
extern const ScenarioDefinition kReturnsWaveScenario;
extern const ScenarioDefinition kSupplyDisruptionScenario;
extern const ScenarioDefinition kPaymentOutageScenario;
extern const ScenarioDefinition kViralMomentScenario;
extern const ScenarioDefinition kCustomerSegmentsScenario;
extern const ScenarioDefinition kSeasonalPlanningScenario;
extern const ScenarioDefinition kMultiChannelScenario;
extern const ScenarioDefinition kBaselineScenario;

namespace {

constexpr std::array<const ScenarioDefinition*, kBuiltinScenarioNames.size()> kScenarios = {
    &kFlashSaleScenario,        &kReturnsWaveScenario,  &kSupplyDisruptionScenario,
    &kPaymentOutageScenario,    &kViralMomentScenario,  &kCustomerSegmentsScenario,
    &kSeasonalPlanningScenario, &kMultiChannelScenario, &kBaselineScenario};

// Effects by the order they apply in. Shapes: the viral moment's traffic replaces a flash
// sale's. Overlays: an app launch's ramp replaces everything, so it comes last. Markers,
// KPIs and scenario campaigns of a config with several blocks appear in this order.
std::array<const ScenarioEffect*, 7> EffectsInOrder() {
  return {kFlashSaleScenario.effect,        kPaymentOutageScenario.effect,
          kSeasonalPlanningScenario.effect, kViralMomentScenario.effect,
          kSupplyDisruptionScenario.effect, kMultiChannelScenario.effect,
          kReturnsWaveScenario.effect};
}

}  // namespace

std::string KpiPrefix(const Config& config) { return config.name + "."; }

std::span<const ScenarioDefinition* const> BuiltinScenarios() { return kScenarios; }

const ScenarioDefinition* FindBuiltinScenario(std::string_view name) {
  for (const ScenarioDefinition* scenario : kScenarios) {
    if (scenario->name == name) return scenario;
  }
  return nullptr;
}

std::span<const ScenarioEffect* const> ScenarioEffects() {
  // Built on first use: the effects live in other files, whose constants are only certain to
  // exist once static initialization is over.
  static const std::array<const ScenarioEffect*, 7> effects = EffectsInOrder();
  return effects;
}

ScenarioCurves BuildScenarioCurves(const CurveInputs& in) {
  const Config& config = in.plan.config;
  ScenarioCurves curves = FlatCurves(config, static_cast<size_t>(in.plan.minute_count));
  for (const ScenarioEffect* effect : ScenarioEffects()) {
    if (effect->Enabled(config)) effect->ShapeCurves(in, curves);
  }
  for (const ScenarioEffect* effect : ScenarioEffects()) {
    if (effect->Enabled(config)) effect->OverlayCurves(in, curves);
  }
  return curves;
}

void AddScenarioPlanFacts(const ScenarioCurves& curves, Plan& plan) {
  for (const ScenarioEffect* effect : ScenarioEffects()) {
    if (effect->Enabled(plan.config)) effect->AddPlanFacts(curves, plan);
  }
}

void CountScenarioBaseline(const Plan& baseline, const Config& run, BaselineCounts& counts) {
  for (const ScenarioEffect* effect : ScenarioEffects()) {
    if (effect->Enabled(run)) effect->CountBaseline(baseline, run, counts);
  }
}

void AddScenarioMarkers(const SummaryInputs& in, nlohmann::ordered_json& markers) {
  for (const ScenarioEffect* effect : ScenarioEffects()) {
    if (effect->Enabled(in.plan.config)) effect->AddMarkers(in, markers);
  }
}

void AddScenarioKpis(const SummaryInputs& in, nlohmann::ordered_json& kpis) {
  const ScenarioDefinition* own = FindBuiltinScenario(in.plan.config.name);
  if (own != nullptr && own->add_kpis != nullptr) own->add_kpis(in, kpis);
  for (const ScenarioEffect* effect : ScenarioEffects()) {
    if (effect->Enabled(in.plan.config)) effect->AddKpis(in, kpis);
  }
}

}  // namespace ecomgen
