#include "plan/event_counts.h"

namespace ecomgen {

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

}  // namespace ecomgen
