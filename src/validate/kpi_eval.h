// EvaluateKpis: the scenario KPIs of contract section 5, computed from RunFacts alone.
//
// Which KPIs apply: the scenario named by config.name when it is a built-in one; for a
// custom scenario, those of each enabled block (traffic_spike -> flash_sale, returns_wave,
// supply_disruption, payment_outage, viral -> viral_moment, seasonal -> seasonal_planning,
// app_launch -> multi_channel). baseline and customer_segments have no block and apply only
// by name.
//
// KPI names are "<scenario>.<kpi>" (e.g. "flash_sale.orders_vs_baseline"); the generator
// writes the same names and values into summary.kpis. Definitions, kept project-wide:
//   orders            rows of orders with order_ts in the window, failed payments included
//   failure rate      failed / orders
//   return rate       returns rows / order_items rows of orders with delivered_ts
//   units sold        sum(quantity) of order_items of payment-success orders
//   late item         see run_facts.h; late rate = late items / shipped items
//   latency           mean of system_metrics.p95_latency_ms over the window
//   busiest hour      hour since window start with the most orders (first if tied); it is
//                     "in the first half" when its midpoint is before the window midpoint
//   last 14 days      [window_end - 14d, window_end)
//   "X x baseline (+-N%)"   value = run / baseline, |value / X - 1| <= N%
//   "X (+-Npp)"             |value - X| <= N/100
// Targets come from the config where an override may change them (--intensity, --discount,
// the scenario blocks), otherwise from the contract's text; tolerances are the contract's.
//
// Thread safety: a pure function.
#pragma once

#include <string>
#include <vector>

#include "ecomgen/config.h"
#include "validate/markers.h"
#include "validate/run_facts.h"

namespace ecomgen::validate {

struct KpiResult {
  std::string name;      // "<scenario>.<kpi>"
  std::string expected;  // target and tolerance, as text
  double value = 0;      // the realized value (meaningless when skipped)
  std::string actual;    // the value, with context, as text
  bool ok = false;
  bool skipped = false;  // an input is missing: a table, the baseline, a marker
};

// `baseline` is the baseline run over the same window, or nullptr when there is none (the
// KPIs that need it are then skipped).
std::vector<KpiResult> EvaluateKpis(const Config& config, const Markers& markers,
                                    const RunFacts& run, const RunFacts* baseline);

// Whether any KPI of `config` compares against a baseline run.
bool KpisNeedBaseline(const Config& config);

}  // namespace ecomgen::validate
