// Counting a plan's events over a span of its window, from its exact per-minute counts (the
// files hold exactly these counts). The summary's KPIs are ratios of such counts.
//
// Thread safety: a value type and a pure function.
#pragma once

#include <cstdint>

#include "plan/plan.h"

namespace ecomgen {

struct EventCounts {
  double orders = 0;
  double failures = 0;
  double carts = 0;
  double tickets = 0;
};

// Events in the minutes of `plan` that start inside [from_us, to_us).
EventCounts CountBetween(const Plan& plan, int64_t from_us, int64_t to_us);

// The baseline scenario's events over a run's window and over the run's payment outage (if
// it has one): what the summary's scenario-vs-baseline KPIs divide by.
struct BaselineCounts {
  EventCounts window;
  EventCounts outage;
};

}  // namespace ecomgen
