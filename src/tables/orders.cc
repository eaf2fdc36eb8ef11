#include "tables/orders.h"

#include <array>

#include "tables/row_writer.h"

namespace ecomgen {
namespace {

constexpr std::array<TableId, 3> kOutputs = {TableId::kOrders, TableId::kOrderItems,
                                             TableId::kReturns};
// The columns holding row-dependent ids: order_items.order_item_id, returns.return_id and
// returns.order_item_id.
constexpr size_t kItemIdColumn = 0;
constexpr size_t kReturnIdColumn = 0;
constexpr size_t kReturnItemIdColumn = 2;

}  // namespace

OrdersGenerator::OrdersGenerator(const World& world)
    : world_(world), bounds_(ChunkMinutes(world.plan.order_prefix, kRowsPerChunk)) {}

std::span<const TableId> OrdersGenerator::outputs() const { return kOutputs; }

template <typename Visit>
void OrdersGenerator::ForEachOrder(int64_t chunk, Visit&& visit) const {
  const Plan& plan = world_.plan;
  const auto c = static_cast<size_t>(chunk);
  OrderRecord record;
  for (int64_t minute = bounds_[c]; minute < bounds_[c + 1]; ++minute) {
    const auto m = static_cast<size_t>(minute);
    const int32_t count = plan.orders[m];
    if (count == 0) continue;
    // One permutation per minute decides which ranks fail payment or carry the viral product.
    const AffinePermutation fate = world_.orders.FatePermutation(minute);
    uint64_t position = fate(0);
    for (int64_t rank = 0; rank < count; ++rank) {
      const OrderSlot slot{plan.order_prefix[m] + rank, minute, rank};
      world_.orders.Evaluate(slot, static_cast<int64_t>(position), record);
      visit(record);
      position = fate.Step(position);
    }
  }
}

RowCounts OrdersGenerator::CountRows(int64_t chunk) const {
  const auto c = static_cast<size_t>(chunk);
  const Plan& plan = world_.plan;
  RowCounts counts = {plan.order_prefix[static_cast<size_t>(bounds_[c + 1])] -
                          plan.order_prefix[static_cast<size_t>(bounds_[c])],
                      0, 0};
  ForEachOrder(chunk, [&](const OrderRecord& order) {
    counts[1] += order.line_count;
    counts[2] += order.return_count;
  });
  return counts;
}

void OrdersGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  RowWriter orders(*out[0]);
  RowWriter items(*out[1]);
  RowWriter returns(*out[2]);
  // Lines and returns are counted from 1 here; ShiftIds moves them to the chunk's place.
  int64_t item_id = 1;
  int64_t return_id = 1;
  ForEachOrder(chunk, [&](const OrderRecord& order) {
    orders.Int(order.order_id)
        .Int(order.customer_id)
        .Int(order.order_us)
        .Int(order.channel)
        .Int(order.payment)
        .Int(order.payment_failed ? 1 : 0)
        .Int(order.status)
        .IntOrNull(order.campaign_id != 0, order.campaign_id)
        .Int(order.line_count)
        .Int(order.subtotal_cents)
        .Int(order.discount_cents)
        .Int(order.shipping_cents)
        .Int(order.tax_cents)
        .Int(order.total_cents)
        .Int(world_.market == Market::kIndia ? 0 : 1)
        .Int(order.customer.region)
        .IntOrNull(order.has_promise, order.promised_day)
        .IntOrNull(order.delivered, order.delivered_us);
    orders.End();
    for (int line_idx = 0; line_idx < order.line_count; ++line_idx) {
      const OrderLine& line = order.lines[static_cast<size_t>(line_idx)];
      items.Int(item_id)
          .Int(order.order_id)
          .Int(line.product_id)
          .Int(line.quantity)
          .Int(line.unit_price_cents)
          .Int(line.discount_pct * 100)
          .Int(line.line_total_cents);
      items.End();
      if (line.returned) {
        returns.Int(return_id++)
            .Int(order.order_id)
            .Int(item_id)
            .Int(order.customer_id)
            .Int(line.product_id)
            .Int(line.requested_us)
            .Int(line.return_reason)
            .Int(line.return_status)
            .Int(line.refund_cents)
            .Int(line.processing_days);
        returns.End();
      }
      ++item_id;
    }
  });
}

void OrdersGenerator::ShiftIds(const RowCounts& first_ids, std::span<Batch* const> out) const {
  const int64_t item_shift = first_ids[1] - 1;
  const int64_t return_shift = first_ids[2] - 1;
  out[1]->col(kItemIdColumn).ShiftInts(item_shift);
  out[2]->col(kReturnIdColumn).ShiftInts(return_shift);
  out[2]->col(kReturnItemIdColumn).ShiftInts(item_shift);
}

}  // namespace ecomgen
