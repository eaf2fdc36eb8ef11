// The registry of scenarios: every built-in scenario and every scenario effect, and the
// drivers that the plan and the summary call instead of knowing any scenario.
//
// Order matters and is fixed here: BuiltinScenarios() is kBuiltinScenarioNames' order (the
// `ecomgen list` order); ScenarioEffects() is the order effects apply in (a later shape
// replaces an earlier one; markers, KPIs and scenario campaigns appear in this order).
//
// Thread safety: immutable; the drivers are pure functions of their arguments.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string_view>
#include <vector>

#include "scenarios/scenario.h"

namespace ecomgen {

// The built-in scenarios, in kBuiltinScenarioNames order.
std::span<const ScenarioDefinition* const> BuiltinScenarios();

// The built-in scenario named `name`, or nullptr.
const ScenarioDefinition* FindBuiltinScenario(std::string_view name);

// Every scenario effect, in the order they apply.
std::span<const ScenarioEffect* const> ScenarioEffects();

// The curves of `in.plan.config`: flat at its intensity, then the enabled effects' shapes,
// then their overlays.
ScenarioCurves BuildScenarioCurves(const CurveInputs& in);

// The enabled effects' plan-level facts and markers (ScenarioEffect::AddPlanFacts).
void AddScenarioPlanFacts(const ScenarioCurves& curves, Plan& plan);

// The enabled effects' baseline counts beyond the window (ScenarioEffect::CountBaseline).
void CountScenarioBaseline(const Plan& baseline, const Config& run, BaselineCounts& counts);

// The summary's scenario markers, and its scenario KPIs: those of the built-in scenario
// named config.name (if any), then the enabled effects'.
void AddScenarioMarkers(const SummaryInputs& in, nlohmann::ordered_json& markers);
void AddScenarioKpis(const SummaryInputs& in, nlohmann::ordered_json& kpis);

}  // namespace ecomgen
