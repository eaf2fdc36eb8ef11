// The order_items table: one row per line of an order.
//
// Lines come from the orders generator's one pass over the orders (orders.h): this file maps
// an evaluated order's lines to the table's columns, nothing more.
//
// Thread safety: pure functions; each call writes to the caller's own batch.
#pragma once

#include <cstddef>
#include <cstdint>

#include "models/order_model.h"
#include "tables/row_writer.h"

namespace ecomgen {

// The column holding order_item_id, which the orders generator moves into place (ShiftIds).
inline constexpr size_t kOrderItemIdColumn = 0;

// Writes the lines of `order`, numbered from `first_item_id`.
void WriteOrderItems(const OrderRecord& order, int64_t first_item_id, RowWriter& row);

}  // namespace ecomgen
