#include "tables/returns.h"

namespace ecomgen {

void WriteReturns(const OrderRecord& order, int64_t first_item_id, int64_t& next_return_id,
                  RowWriter& row) {
  for (int line_idx = 0; line_idx < order.line_count; ++line_idx) {
    const OrderLine& line = order.lines[static_cast<size_t>(line_idx)];
    if (!line.returned) continue;
    row.Int(next_return_id++)
        .Int(order.order_id)
        .Int(first_item_id + line_idx)
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
