// The cohort checks of contract section 4.
//
// - Generation shares of the customers who signed up before the window start, each within
//   1pp of the config's cohorts.<gen>.share_pct (the generator fills cohorts by exact quota),
//   or, for small bases, with a count less than one customer away from share x n.
// - Per generation, the mixes of customers' acquisition_channel, preferred_channel,
//   preferred_payment_method and preferred_support_channel, of orders' channel and
//   payment_method, and of tickets' channel (orders and tickets joined to their customer's
//   generation): every value's share within 5pp of the config's row. Values outside the
//   config's vocabulary count against a target of 0. A mix is judged only when the cohort
//   has at least kMinCohortSample rows of that kind; smaller samples SKIP (noise would dominate).
// - The orders-channel mix is skipped when app_launch is enabled: multi_channel moves
//   orders to the app on purpose.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstdint>
#include <string_view>

#include "ecomgen/config.h"
#include "validate/check_list.h"
#include "validate/integrity_checks.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

inline constexpr std::string_view kCohortGroup = "cohorts";
inline constexpr double kCohortShareTolerancePp = 1;
inline constexpr double kCohortMixTolerancePp = 5;
// Why 1500: a share near 50% measured on n rows has a binomial standard error of
// 50/sqrt(n) points, 1.3pp at n = 1500, so the 5pp tolerance sits ~4 standard errors out
// (a correct run fails a given check with probability ~1e-4). Rows of one customer share
// that customer's preferences, which inflates the error somewhat; 200 rows (3.5pp) made
// correct small runs fail about one check in ten.
inline constexpr int64_t kMinCohortSample = 1500;

// REQUIRES: config.start_us is the window start.
void RunCohortChecks(const Config& config, const RunTables& tables, const RunKeys& keys,
                     CheckList& checks);

}  // namespace ecomgen::validate
