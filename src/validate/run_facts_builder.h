// BuildRunFacts: one pass over each loaded table of a run to fill a RunFacts (run_facts.h).
//
// Tables the run lacks leave their fields at zero and has_table[...] false.
//
// Thread safety: a pure function of its arguments.
#pragma once

#include <cstdint>

#include "validate/integrity_checks.h"
#include "validate/run_facts.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

// `tracked_product_id` (0 for none) is followed hour by hour (the viral product).
// REQUIRES: window_start_us < window_end_us; `keys` built from `tables`.
RunFacts BuildRunFacts(const RunTables& tables, const RunKeys& keys, int64_t window_start_us,
                       int64_t window_end_us, int64_t tracked_product_id);

}  // namespace ecomgen::validate
