// The "<name>.orders_vs_baseline" KPI that several built-in scenarios carry under their own
// name (contract section 5: orders = X x baseline).
//
// Thread safety: a pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "scenarios/scenario.h"

namespace ecomgen {

inline void OrdersVsBaselineKpi(const SummaryInputs& in, nlohmann::ordered_json& kpis) {
  kpis[KpiPrefix(in.plan.config) + "orders_vs_baseline"] =
      Ratio(in.run.orders, in.baseline.window.orders);
}

}  // namespace ecomgen
