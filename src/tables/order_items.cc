#include "tables/order_items.h"

namespace ecomgen {

void WriteOrderItems(const OrderRecord& order, RowWriter& row) {
  for (int line_idx = 0; line_idx < order.line_count; ++line_idx) {
    const OrderLine& line = order.lines[static_cast<size_t>(line_idx)];
    row.Int(OrderItemId(order.order_id, line_idx))
        .Int(order.order_id)
        .Int(line.product_id)
        .Int(line.quantity)
        .Int(line.unit_price_cents)
        .Int(line.discount_pct * 100)
        .Int(line.line_total_cents);
    row.End();
  }
}

}  // namespace ecomgen
