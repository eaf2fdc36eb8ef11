// The viral product's units per minute: exponential demand growth, capped by inventory.
//
// Thread safety: a pure function of the plan.
#pragma once

#include <cstdint>
#include <vector>

#include "plan/plan.h"

namespace ecomgen {

// Units of the viral product per minute of `plan`, summing to the inventory when demand
// exhausts it inside the window; hourly units never decrease until the sell-out hour, and a
// minute sells at most kMaxViralUnitsPerOrder per successful order. Sets plan.sellout_us
// (the end of the minute of the last unit) when the inventory runs out inside the window.
// REQUIRES: plan.orders and plan.failures are filled; plan.config.viral.enabled.
std::vector<int32_t> AllocateViralUnits(Plan& plan);

}  // namespace ecomgen
