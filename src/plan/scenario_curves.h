// Scenario curves: how a scenario bends the baseline's traffic, minute by minute.
//
// Each curve is a multiplier on the baseline's expected rate in that minute (1 = baseline).
// Curves are normalized against the baseline's own rates, so "8.5x orders over the window"
// holds for any window, start time or duration the user picks.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <vector>

#include "plan/plan.h"

namespace ecomgen {

struct ScenarioCurves {
  std::vector<double> orders;        // multiplier on baseline orders
  std::vector<double> carts;         // multiplier on baseline abandoned carts
  std::vector<double> tickets;       // multiplier on baseline tickets
  std::vector<double> failure_rate;  // payment failure probability (absolute)
};

// REQUIRES: plan's window fields (start_us, end_us, minute_count, config) are set.
// `base_orders` and `base_tickets` are the baseline's expected events per minute.
ScenarioCurves BuildScenarioCurves(const Plan& plan, const std::vector<double>& base_orders,
                                   const std::vector<double>& base_tickets);

// Units of the viral product per minute: exponential demand growth, capped by inventory.
// Sets plan.sellout_us when the inventory runs out inside the window. All zeros unless the
// scenario has a viral product. REQUIRES: plan.orders and plan.failures are filled.
std::vector<int32_t> AllocateViralUnits(Plan& plan);

}  // namespace ecomgen
