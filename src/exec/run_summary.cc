#include "exec/run_summary.h"

#include <nlohmann/json.hpp>

#include "config/config_json.h"
#include "config/time_parse.h"
#include "scenarios/registry.h"

namespace ecomgen {
namespace {

SummaryInputs SummaryInputsOf(const World& world, const EventCounts& run,
                              const BaselineCounts& baseline) {
  return SummaryInputs{world.plan,
                       run,
                       baseline,
                       world.catalog.viral_product_id(),
                       world.catalog.primary_supplier_id(),
                       world.catalog.affected_ids()};
}

// The counts CountBaseline gives, from a plan of the baseline.
BaselineCounts CountsOf(const Plan& base, const Config& run) {
  BaselineCounts counts;
  counts.window = CountBetween(base, base.start_us, base.end_us);
  CountScenarioBaseline(base, run, counts);
  return counts;
}

// The KPIs of contract section 5 that follow from the plan's exact counts (the files hold
// exactly these counts), under the names `ecomgen validate` gives them, which checks that
// they agree with what it measures. Ratios use the baseline's counts over the same window.
// The scenario's own KPIs come from the registry (scenarios/).
nlohmann::ordered_json PlanKpis(const World& world, const BaselineCounts& baseline) {
  const Plan& plan = world.plan;
  const EventCounts run_all = CountBetween(plan, plan.start_us, plan.end_us);
  nlohmann::ordered_json kpis = nlohmann::ordered_json::object();
  kpis["orders"] = run_all.orders;
  kpis["payment_failure_rate"] = Ratio(run_all.failures, run_all.orders);
  kpis["support_tickets"] = run_all.tickets;
  kpis["cart_abandonments"] = run_all.carts;
  kpis["orders_vs_baseline"] = Ratio(run_all.orders, baseline.window.orders);
  AddScenarioKpis(SummaryInputsOf(world, run_all, baseline), kpis);
  return kpis;
}

}  // namespace

std::optional<BaselineCounts> CountBaseline(const Config& config) {
  Config base_config = BuiltinScenario("baseline").value();
  base_config.seed = config.seed;
  base_config.scale = config.scale;
  base_config.start_us = config.start_us;
  base_config.duration_us = config.duration_us;
  if (ConfigToJson(base_config) == ConfigToJson(config)) return std::nullopt;
  return CountsOf(BuildPlan(base_config), config);
}

std::string SummaryJson(const World& world, const RunReport& report,
                        const std::optional<BaselineCounts>& baseline) {
  const Plan& plan = world.plan;
  const Config& config = plan.config;
  nlohmann::ordered_json summary;
  summary["scenario"] = config.name;
  summary["seed"] = config.seed;
  summary["scale"] = config.scale;
  summary["window_start"] = FormatUtcTimestamp(plan.start_us);
  summary["window_end"] = FormatUtcTimestamp(plan.end_us);
  summary["generator"] = "ecomgen 0.1.0";
  summary["config"] = ConfigToJson(config);
  nlohmann::ordered_json tables = nlohmann::ordered_json::object();
  for (const TableReport& table : report.tables) {
    tables[std::string(TableName(table.table))] = {
        {"file", table.path.substr(table.path.find_last_of('/') + 1)},
        {"rows", table.rows},
        {"bytes", table.bytes},
        {"seconds", table.seconds}};
  }
  summary["tables"] = tables;

  const BaselineCounts base = baseline ? *baseline : CountsOf(plan, config);
  nlohmann::ordered_json markers = nlohmann::ordered_json::object();
  const EventCounts run_all = CountBetween(plan, plan.start_us, plan.end_us);
  AddScenarioMarkers(SummaryInputsOf(world, run_all, base), markers);
  summary["markers"] = markers;

  summary["kpis"] = PlanKpis(world, base);
  return summary.dump(2) + "\n";
}

}  // namespace ecomgen
