// The returns table: one row per returned order line.
//
// Returns come from the orders generator's one pass over the orders (orders.h): this file
// maps an evaluated order's returned lines to the table's columns, nothing more.
//
// Thread safety: pure functions; each call writes to the caller's own batch.
#pragma once

#include <cstddef>
#include <cstdint>

#include "models/order_model.h"
#include "tables/row_writer.h"

namespace ecomgen {

// The columns holding return_id and order_item_id, which the orders generator moves into
// place (ShiftIds).
inline constexpr size_t kReturnIdColumn = 0;
inline constexpr size_t kReturnOrderItemIdColumn = 2;

// Writes the returned lines of `order`, whose first line has id `first_item_id`, numbering
// them from `next_return_id`, which is left one past the last.
void WriteReturns(const OrderRecord& order, int64_t first_item_id, int64_t& next_return_id,
                  RowWriter& row);

}  // namespace ecomgen
