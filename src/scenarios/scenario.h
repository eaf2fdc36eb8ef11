// A scenario in one place: what a built-in scenario is (ScenarioDefinition) and what a scenario
// effect does to a run (ScenarioEffect).
//
// An effect is keyed by its config block (`traffic_spike`, `payment_outage`, ...): it acts on
// every config that enables the block, built-in or custom. It bends the plan's curves, sets
// plan-level facts and markers (plan/scenario_facts.h) that the models read, and adds its
// markers and KPIs to the summary. A built-in scenario is a name, a one-line summary, a
// preset Config (which enables its effect's block, if it has one) and the KPIs that belong to
// the scenario itself rather than to an effect (they apply when config.name is its name).
// One file per scenario under scenarios/ holds both; registry.h lists them.
//
// The hooks receive what they need as arguments (the plan, the run's and the baseline's
// counts, the catalogue's picks), so scenarios/ depends only on plan/'s data headers and
// never on the models, the summary writer or the CLI.
//
// Thread safety: definitions and effects are immutable constants; every hook is a pure
// function of its arguments (it writes only the output it is given).
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/config.h"
#include "plan/event_counts.h"
#include "plan/plan.h"
#include "plan/scenario_curves.h"

namespace ecomgen {

// What the curve hooks see. REQUIRES: the plan's window fields and config are set.
struct CurveInputs {
  const Plan& plan;
  const std::vector<double>& base_orders;   // the baseline's expected orders per minute
  const std::vector<double>& base_tickets;  // the baseline's expected tickets per minute
};

// What the summary hooks see.
struct SummaryInputs {
  const Plan& plan;
  const EventCounts& run;          // the run's events over its window
  const BaselineCounts& baseline;  // the baseline's, over the same window
  int64_t viral_product_id = -1;   // the catalogue's viral product (-1: none)
  int64_t primary_supplier_id = 0;
  const std::vector<int64_t>& affected_product_ids;  // the catalogue's affected SKUs
};

class ScenarioEffect {
 public:
  virtual ~ScenarioEffect() = default;

  // Whether `config` has this effect (its block is enabled). Every other hook is called only
  // when it does.
  virtual bool Enabled(const Config& config) const = 0;

  // The effect's traffic shape over the whole window; it replaces the shape of the effects
  // before it in the registry's order.
  virtual void ShapeCurves(const CurveInputs& /*in*/, ScenarioCurves& /*curves*/) const {}
  // Events inside the window, applied after every effect's shape.
  virtual void OverlayCurves(const CurveInputs& /*in*/, ScenarioCurves& /*curves*/) const {}

  // Plan-level facts and markers. Called once plan.orders and plan.failures are filled and
  // plan.viral_units and plan.scenario_ticket_share are sized (all zeros).
  virtual void AddPlanFacts(const ScenarioCurves& /*curves*/, Plan& /*plan*/) const {}

  // Counts of the baseline's plan (over the run's window) that this effect's KPIs divide
  // by, beyond the window's (`counts.window` is already set).
  virtual void CountBaseline(const Plan& /*baseline*/, const Config& /*run*/,
                             BaselineCounts& /*counts*/) const {}

  // The summary's `markers` and `kpis` entries of this effect. KPI names are
  // "<config.name>.<kpi>".
  virtual void AddMarkers(const SummaryInputs& /*in*/, nlohmann::ordered_json& /*markers*/) const {}
  virtual void AddKpis(const SummaryInputs& /*in*/, nlohmann::ordered_json& /*kpis*/) const {}
};

// A built-in scenario.
struct ScenarioDefinition {
  std::string_view name;
  std::string_view summary;  // one line, for `ecomgen list`
  Config (*preset)();        // the fully resolved config the scenario starts from
  // The summary KPIs of the scenario itself ("<name>.<kpi>"), added when config.name is
  // `name`, before the effects' KPIs; nullptr when all its KPIs come from its effect.
  void (*add_kpis)(const SummaryInputs& in, nlohmann::ordered_json& kpis);
  // The effect the preset enables; nullptr for a scenario made of settings only.
  const ScenarioEffect* effect;
};

// "<config.name>.": the prefix of a run's scenario KPIs.
std::string KpiPrefix(const Config& config);

// a / b, or 0 when b is not positive (an empty span).
inline double Ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

}  // namespace ecomgen
