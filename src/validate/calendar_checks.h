// The calendar checks (contract section 7.2), from the orders table, by the market's local
// date (India UTC+5:30, US Eastern without daylight saving, as the generator documents).
//
// - festival days: on each of the market's main festival and sale days (India: Diwali; US:
//   Black Friday and Cyber Monday, core/market_calendar.h) that the window holds whole, orders
//   are >= 1.3x the median whole day of the window (windows of 7 whole days or more);
// - yearly season: over windows of 365 days or more, the busiest whole calendar month has
//   >= 1.2x the orders per day of the quietest.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstdint>
#include <string_view>

#include "validate/check_list.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

void RunCalendarChecks(const RunTables& tables, std::string_view market, int64_t window_start_us,
                       int64_t window_end_us, CheckList& checks);

}  // namespace ecomgen::validate
