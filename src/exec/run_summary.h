// The run's summary JSON: what was generated, from which config, with the scenario's markers.
//
// Thread safety: pure function.
#pragma once

#include <optional>
#include <string>

#include "ecomgen/run.h"
#include "models/world.h"
#include "plan/event_counts.h"

namespace ecomgen {

// Plans the baseline over the run's window and counts it; nullopt when `config` is that
// baseline, whose counts are the run's own. Called before the run's World is built, so that
// two plans (hundreds of megabytes each in a long run) are never in memory at once.
std::optional<BaselineCounts> CountBaseline(const Config& config);

// The summary document of contract section 1 for a finished run; `baseline` from
// CountBaseline(the run's config).
std::string SummaryJson(const World& world, const RunReport& report,
                        const std::optional<BaselineCounts>& baseline);

}  // namespace ecomgen
