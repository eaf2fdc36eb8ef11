// How the market calendar moves demand: a yearly season times the festival and sale days.
//
// CalendarDemand(market, local_day) is the relative order volume of a local calendar day
// before normalization; BuildPlan divides by its mean over the window, so a scenario's
// volume over its window (baseline: 2,500 orders a day) stays what the config says and the
// calendar only moves orders between days. Parameters and sources: docs/behaviour.md.
//
// Thread safety: pure function over constant tables.
#pragma once

#include <cstdint>
#include <string_view>

namespace ecomgen {

double CalendarDemand(std::string_view market, int64_t local_epoch_day);

}  // namespace ecomgen
