#include "tables/returns.h"

#include "tables/order_items.h"

namespace ecomgen {

void WriteReturns(const OrderRecord& order, RowWriter& row) {
  for (int line_idx = 0; line_idx < order.line_count; ++line_idx) {
    const OrderLine& line = order.lines[static_cast<size_t>(line_idx)];
    if (!line.returned) continue;
    const int64_t item_id = OrderItemId(order.order_id, line_idx);
    row.Int(item_id)  // return_id
        .Int(order.order_id)
        .Int(item_id)
        .Int(order.customer_id)
        .Int(line.product_id)
        .Int(line.requested_us)
        .Enum(line.return_reason)
        .Enum(line.return_status)
        .Int(line.refund_cents)
        .Int(line.processing_days);
    row.End();
  }
}

}  // namespace ecomgen
