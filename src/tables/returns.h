// The returns table: one row per returned order line.
//
// Returns come from the orders generator's one pass over the orders (orders.h): this file
// maps an evaluated order's returned lines to the table's columns. A line is returned at most
// once, so a return's id is the id of the line it returns (order_items.h): known without
// counting the returns before it.
//
// Thread safety: pure functions; each call writes to the caller's own batch.
#pragma once

#include <cstdint>

#include "models/order_model.h"
#include "tables/row_writer.h"

namespace ecomgen {

// Writes the returned lines of `order`.
void WriteReturns(const OrderRecord& order, RowWriter& row);

}  // namespace ecomgen
