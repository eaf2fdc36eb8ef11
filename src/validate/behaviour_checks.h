// The behaviour checks on customers (contract section 7.1), from the customers and orders
// tables. Each measure is reported with its target; a measure whose window the contract does
// not set a target for, or with too few customers to judge, SKIPs with the reason.
//
// - revenue concentration: share of paid revenue from the top 20% of ordering customers;
//   45-85% for windows of 25-35 days, 60-85% for windows of 150 days or more
// - one-time buyers: >= 20% of ordering customers order exactly once (25-35 days)
// - dormancy: customers signed up before the window without an order, >= 10% over the window
//   (25-35 days); without an order in the last 90 days >= 20% (150 days or more)
// - new customers: orders of customers who signed up in the window, 10-40% of orders (25-35
//   days); more than half of those signing up at least 7 days before the end order within
//   7 days of signing up (windows of 14 days or more)
// - lifecycle: of the customers signing up in the first 30 days, fewer order in the last 30
//   days than in days 31-60 (150 days or more)
// - segments differ: mean orders per ordering customer, highest over lowest acquisition
//   channel and generation, >= 1.15 (windows of 14 days or more)
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstdint>

#include "validate/check_list.h"
#include "validate/integrity_checks.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

void RunBehaviourChecks(const RunTables& tables, const RunKeys& keys, int64_t window_start_us,
                        int64_t window_end_us, CheckList& checks);

}  // namespace ecomgen::validate
