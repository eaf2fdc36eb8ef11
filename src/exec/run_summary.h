// The run's summary JSON: what was generated, from which config, with the scenario's markers.
//
// Thread safety: pure function.
#pragma once

#include <string>

#include "ecomgen/run.h"
#include "tables/world.h"

namespace ecomgen {

// The summary document of contract section 1 for a finished run.
std::string SummaryJson(const World& world, const RunReport& report);

}  // namespace ecomgen
