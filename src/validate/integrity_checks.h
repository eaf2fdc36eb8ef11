// The integrity checks of contract section 3, run on every run at every scale.
//
// Each function is one pass (or a few) over the loaded columns and adds one row per rule
// to the CheckList, in group "integrity". A rule whose tables are missing adds a SKIP row
// naming them. Money is compared exactly in integer cents (see CheckOrderMoney).
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <array>
#include <initializer_list>
#include <optional>

#include "validate/check_list.h"
#include "validate/key_index.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

inline constexpr std::string_view kIntegrityGroup = "integrity";

// The key index of every loaded table that has an integer key, built once.
struct RunKeys {
  std::array<std::optional<KeyIndex>, kTableCount> keys;

  const KeyIndex* get(TableId table) const {
    const auto& slot = keys[static_cast<size_t>(table)];
    return slot ? &*slot : nullptr;
  }
};

// The key column of `table` ("order_id"); empty for system_metrics, keyed by metric_ts.
std::string_view KeyColumn(TableId table);

RunKeys BuildRunKeys(const RunTables& tables);

// Keys are 1-based and unique; email and sku unique; no NULL where the contract allows none.
void CheckKeys(const RunTables& tables, const RunKeys& keys, CheckList& checks);
// Every foreign key of section 3 resolves (nullable ones when not NULL).
void CheckForeignKeys(const RunTables& tables, const RunKeys& keys, CheckList& checks);
// Closed vocabularies hold only their values; open ones are lower_snake_case.
void CheckVocabularies(const RunTables& tables, CheckList& checks);
// items_count, line_total, total_amount, quantity >= 1, discount_pct in 0..100.
void CheckOrderMoney(const RunTables& tables, const RunKeys& keys, CheckList& checks);
// unit_cost < list_price; clicks <= impressions, conversions <= clicks; scores in 0..1;
// csat 1..5 or NULL.
void CheckRanges(const RunTables& tables, CheckList& checks);
// signup <= order <= delivered <= requested; returns only of delivered orders, matching
// their item, refund <= line_total; promised_delivery_date NULL iff the payment failed.
void CheckTimeline(const RunTables& tables, const RunKeys& keys, CheckList& checks);
// system_metrics minutes: start of a minute, unique, orders_count and cart_abandonments
// equal to the orders and carts in that minute.
void CheckSystemMetrics(const RunTables& tables, CheckList& checks);

// All of the above, in that order.
void RunIntegrityChecks(const RunTables& tables, const RunKeys& keys, CheckList& checks);

// Adds a SKIP row for `check` and returns false when one of `needed` is not loaded.
bool RequireTables(const RunTables& tables, std::initializer_list<TableId> needed,
                   std::string_view group, std::string_view check, CheckList& checks);

// Whether `text` is lower_snake_case: [a-z][a-z0-9]*(_[a-z0-9]+)*.
bool IsLowerSnakeCase(std::string_view text);

}  // namespace ecomgen::validate
