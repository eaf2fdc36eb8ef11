#include "exec/run_summary.h"

#include <nlohmann/json.hpp>

#include "config/config_json.h"
#include "config/time_parse.h"

namespace ecomgen {

std::string SummaryJson(const World& world, const RunReport& report) {
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

  // The plan's exact counts: what the KPIs of contract section 5 are built from.
  nlohmann::ordered_json kpis = nlohmann::ordered_json::object();
  const double days = static_cast<double>(config.duration_us) / kMicrosPerDay;
  int64_t failures = 0;
  for (int32_t f : plan.failures) failures += f;
  kpis["orders"] = plan.total_orders();
  kpis["orders_per_day"] = static_cast<double>(plan.total_orders()) / days;
  kpis["payment_failure_rate"] =
      plan.total_orders() > 0 ? static_cast<double>(failures) / static_cast<double>(plan.total_orders()) : 0.0;
  kpis["support_tickets"] = plan.total_tickets();
  kpis["cart_abandonments"] = plan.total_carts();
  kpis["customers_at_start"] = plan.customers.base_count();
  kpis["customers_at_end"] = plan.customers.total();
  summary["kpis"] = kpis;
  return summary.dump(2) + "\n";
}

}  // namespace ecomgen
