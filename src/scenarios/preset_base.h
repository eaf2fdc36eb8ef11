// What every built-in preset starts from: the baseline business (baseline.cc), and UTC
// instants for the presets' fixed start times.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "ecomgen/config.h"

namespace ecomgen {

// The baseline scenario's config: the everyday business and the contract's cohorts.
Config BaselinePreset();

// Microseconds since the epoch of year-month-day hour:00:00 UTC.
int64_t UtcMicros(int64_t year, int month, int day, int hour = 0);

}  // namespace ecomgen
