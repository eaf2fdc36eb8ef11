#include "exec/run_summary.h"

#include <nlohmann/json.hpp>

#include "config/config_json.h"
#include "config/time_parse.h"

namespace ecomgen {
namespace {

// Events in the minutes starting inside [from_us, to_us).
EventCounts CountBetween(const Plan& plan, int64_t from_us, int64_t to_us) {
  EventCounts counts;
  for (int64_t minute = 0; minute < plan.minute_count; ++minute) {
    const int64_t ts = plan.MinuteStartUs(minute);
    if (ts < from_us || ts >= to_us) continue;
    const auto m = static_cast<size_t>(minute);
    counts.orders += plan.orders[m];
    counts.failures += plan.failures[m];
    counts.carts += plan.carts[m];
    counts.tickets += plan.tickets[m];
  }
  return counts;
}

// The counts CountBaseline gives, from a plan of the baseline.
BaselineCounts CountsOf(const Plan& base, const Config& run) {
  BaselineCounts counts;
  counts.window = CountBetween(base, base.start_us, base.end_us);
  if (run.payment_outage.enabled) {
    const int64_t outage_start_us = run.start_us + run.payment_outage.offset_us;
    counts.outage =
        CountBetween(base, outage_start_us, outage_start_us + run.payment_outage.duration_us);
  }
  return counts;
}

double Ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

// The KPIs of contract section 5 that follow from the plan's exact counts (the files hold
// exactly these counts), under the names `ecomgen validate` gives them, which checks that
// they agree with what it measures. Ratios use the baseline's counts over the same window.
nlohmann::ordered_json PlanKpis(const Plan& plan, const BaselineCounts& baseline) {
  const Config& config = plan.config;
  const EventCounts run_all = CountBetween(plan, plan.start_us, plan.end_us);
  const EventCounts& base_all = baseline.window;
  const std::string prefix = config.name + ".";
  nlohmann::ordered_json kpis = nlohmann::ordered_json::object();
  kpis["orders"] = run_all.orders;
  kpis["payment_failure_rate"] = Ratio(run_all.failures, run_all.orders);
  kpis["support_tickets"] = run_all.tickets;
  kpis["cart_abandonments"] = run_all.carts;
  kpis["orders_vs_baseline"] = Ratio(run_all.orders, base_all.orders);
  if (config.name == "baseline") {
    kpis[prefix + "orders_per_day"] =
        run_all.orders / (static_cast<double>(config.duration_us) / kMicrosPerDay);
    kpis[prefix + "customers_at_start"] = plan.customers.base_count();
  }
  if (config.name == "flash_sale" || config.name == "supply_disruption" ||
      config.name == "viral_moment" || config.name == "seasonal_planning") {
    kpis[prefix + "orders_vs_baseline"] = kpis["orders_vs_baseline"];
  }
  if (config.traffic_spike.enabled) {
    kpis[prefix + "payment_failure_vs_baseline"] =
        Ratio(Ratio(run_all.failures, run_all.orders), Ratio(base_all.failures, base_all.orders));
  }
  if (config.payment_outage.enabled) {
    const EventCounts run_out = CountBetween(plan, plan.outage_start_us, plan.outage_end_us);
    const EventCounts& base_out = baseline.outage;
    kpis[prefix + "outage_orders_vs_baseline"] =
        Ratio(run_out.orders, config.intensity * base_out.orders);
    kpis[prefix + "outage_failure_rate"] = Ratio(run_out.failures, run_out.orders);
    kpis[prefix + "outage_carts_vs_baseline"] =
        Ratio(run_out.carts, config.intensity * base_out.carts);
    kpis[prefix + "tickets_vs_baseline"] = Ratio(run_all.tickets, base_all.tickets);
  }
  if (config.viral.enabled) {
    int64_t units = 0;
    for (int32_t u : plan.viral_units) units += u;
    kpis[prefix + "viral_units_sold"] = units;
    kpis[prefix + "tickets_vs_baseline"] = Ratio(run_all.tickets, base_all.tickets);
  }
  if (config.name == "customer_segments") {
    const double start = static_cast<double>(plan.customers.base_of(Generation::kGenZ));
    kpis[prefix + "gen_z_growth"] =
        Ratio(start + static_cast<double>(plan.customers.new_of(Generation::kGenZ)), start);
  }
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

  nlohmann::ordered_json markers = nlohmann::ordered_json::object();
  if (plan.outage_start_us >= 0) {
    markers["outage_start"] = FormatUtcTimestamp(plan.outage_start_us);
    markers["outage_end"] = FormatUtcTimestamp(plan.outage_end_us);
  }
  if (world.catalog.viral_product_id() > 0) {
    markers["viral_product_id"] = world.catalog.viral_product_id();
    if (plan.sellout_us >= 0) markers["sellout_ts"] = FormatUtcTimestamp(plan.sellout_us);
  }
  if (!world.catalog.affected_ids().empty()) {
    markers["primary_supplier_id"] = world.catalog.primary_supplier_id();
    markers["affected_product_ids"] = world.catalog.affected_ids();
  }
  if (plan.app_launch_us >= 0) markers["app_launch_ts"] = FormatUtcTimestamp(plan.app_launch_us);
  summary["markers"] = markers;

  summary["kpis"] = PlanKpis(plan, baseline ? *baseline : CountsOf(plan, config));
  return summary.dump(2) + "\n";
}

}  // namespace ecomgen
