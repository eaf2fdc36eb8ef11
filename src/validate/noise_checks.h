// The noise checks (contract section 7.2, "daily rates vary like counts"), over the whole UTC
// days of windows of 30 days or more. For each daily rate (payment failures per order,
// cancellations per successful order, tickets per order) the day's deviation from the
// window's rate is divided by the binomial standard deviation of that day's count,
// sqrt(p (1 - p) / n) (sqrt(p / n) for a rate of 1 or more, where the count is Poisson-like);
// the standard deviation of these standardized deviations must be 0.5-3. Below 0.5 the rates
// are smoother than counting allows (the data were fitted, not drawn); above 3 they swing
// more than day-to-day causes plausibly make them. The tickets rate is measured at scale 1 to
// 10, where the contract sets it: a generator that fits daily ticket totals to the section-6
// correlations is smoother than counting below that, and at 100x the volume the binomial
// spread is so small that any day-to-day cause exceeds 3 of it.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstdint>

#include "validate/check_list.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

void RunNoiseChecks(const RunTables& tables, double scale, int64_t window_start_us,
                    int64_t window_end_us, CheckList& checks);

}  // namespace ecomgen::validate
