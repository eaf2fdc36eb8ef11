#include "scenarios/registry.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "plan/plan.h"
#include "validate/kpi_eval.h"

namespace ecomgen {
namespace {

TEST(ScenarioRegistryTest, AgreesWithTheListOfNames) {
  ASSERT_EQ(BuiltinScenarios().size(), kBuiltinScenarioNames.size());
  for (size_t idx = 0; idx < kBuiltinScenarioNames.size(); ++idx) {
    EXPECT_EQ(BuiltinScenarios()[idx]->name, kBuiltinScenarioNames[idx]);
    EXPECT_EQ(FindBuiltinScenario(kBuiltinScenarioNames[idx]), BuiltinScenarios()[idx]);
  }
  EXPECT_EQ(FindBuiltinScenario("no_such_scenario"), nullptr);
}

TEST(ScenarioRegistryTest, EveryScenarioHasAPresetOfItsNameAndASummaryLine) {
  for (const ScenarioDefinition* scenario : BuiltinScenarios()) {
    const Config config = scenario->preset();
    EXPECT_EQ(config.name, scenario->name);
    EXPECT_FALSE(config.description.empty()) << scenario->name;
    EXPECT_FALSE(scenario->summary.empty()) << scenario->name;
    EXPECT_TRUE(ValidateConfig(config).ok()) << scenario->name;
    // The preset enables its effect.
    if (scenario->effect != nullptr) {
      EXPECT_TRUE(scenario->effect->Enabled(config));
    }
  }
}

TEST(ScenarioRegistryTest, EveryEffectBelongsToOneScenario) {
  for (const ScenarioEffect* effect : ScenarioEffects()) {
    int owners = 0;
    for (const ScenarioDefinition* scenario : BuiltinScenarios()) {
      owners += scenario->effect == effect ? 1 : 0;
    }
    EXPECT_EQ(owners, 1);
  }
}

std::string ReadSource(const std::string& path) {
  std::ifstream in(std::string(ECOMGEN_SOURCE_DIR) + "/" + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ScenarioRegistryTest, EveryScenarioHasARowInTheScenarioDocs) {
  const std::string docs = ReadSource("docs/scenarios.md");
  ASSERT_FALSE(docs.empty());
  for (const ScenarioDefinition* scenario : BuiltinScenarios()) {
    // A row of the "## Scenarios" table: "| name | model | KPIs |".
    EXPECT_NE(docs.find("\n| " + std::string(scenario->name) + " |"), std::string::npos)
        << scenario->name;
  }
}

// The scenario's summary KPIs ("<name>.<kpi>") on a short plan of its preset.
std::vector<std::string> SummaryKpiNames(const Config& preset) {
  Config config = preset;
  config.scale = 0.05;
  const Plan plan = BuildPlan(config);
  const EventCounts run = CountBetween(plan, plan.start_us, plan.end_us);
  BaselineCounts baseline;
  baseline.window = run;
  baseline.outage = run;
  const std::vector<int64_t> affected = {1};
  nlohmann::ordered_json kpis = nlohmann::ordered_json::object();
  AddScenarioKpis(SummaryInputs{plan, run, baseline, 7, 1, affected}, kpis);
  std::vector<std::string> names;
  for (const auto& item : kpis.items()) names.push_back(item.key());
  return names;
}

TEST(ScenarioRegistryTest, EveryScenarioHasKpisInTheSummaryAndInValidate) {
  // These scenarios' KPIs need the rows the models draw (returns, order channels), which
  // the plan does not hold; only `ecomgen validate` measures them.
  const std::vector<std::string_view> validate_only = {"returns_wave", "multi_channel"};
  for (const ScenarioDefinition* scenario : BuiltinScenarios()) {
    const Config preset = scenario->preset();
    const std::string prefix = std::string(scenario->name) + ".";
    const std::vector<std::string> summary = SummaryKpiNames(preset);
    const bool in_summary = std::any_of(summary.begin(), summary.end(), [&](const std::string& k) {
      return k.rfind(prefix, 0) == 0;
    });
    const bool expected_in_summary = std::find(validate_only.begin(), validate_only.end(),
                                               scenario->name) == validate_only.end();
    EXPECT_EQ(in_summary, expected_in_summary) << scenario->name;

    // validate's checks, through its own entry point (no facts: every check is skipped, but
    // listed by name).
    const std::vector<validate::KpiResult> checks =
        validate::EvaluateKpis(preset, {}, validate::RunFacts{}, nullptr);
    const bool in_validate = std::any_of(
        checks.begin(), checks.end(),
        [&](const validate::KpiResult& result) { return result.name.rfind(prefix, 0) == 0; });
    EXPECT_TRUE(in_validate) << scenario->name;
  }
}

}  // namespace
}  // namespace ecomgen
