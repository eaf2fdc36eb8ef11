// The order_items table: one row per line of an order.
//
// Lines come from the orders generator's one pass over the orders (orders.h): this file maps
// an evaluated order's lines to the table's columns and gives each line its id.
//
// A line's id is its order's id times 100 plus its line number (1..kMaxOrderLines): line 3 of
// order 12345 is 1234503. Ids are unique and ascending in row order, and any chunk of orders
// knows its lines' ids without counting the lines of the orders before it, so a shard or a
// thread starts anywhere at the cost of its own rows (TPC-H keys its lineitem the same way,
// by order and line number). Ids have gaps: a user counts lines with COUNT(*), not MAX(id).
//
// Thread safety: pure functions; each call writes to the caller's own batch.
#pragma once

#include <cstdint>

#include "models/order_model.h"
#include "tables/row_writer.h"

namespace ecomgen {

inline constexpr int64_t kLineIdsPerOrder = 100;
static_assert(kMaxOrderLines < kLineIdsPerOrder, "line numbers must fit below 100");

// The id of line `line_idx` (0-based) of the order with id `order_id`.
constexpr int64_t OrderItemId(int64_t order_id, int line_idx) {
  return order_id * kLineIdsPerOrder + line_idx + 1;
}

// Writes the lines of `order`.
void WriteOrderItems(const OrderRecord& order, RowWriter& row);

}  // namespace ecomgen
