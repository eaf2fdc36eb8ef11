#include "tables/orders.h"

#include <array>

#include "tables/order_items.h"
#include "tables/returns.h"
#include "tables/row_writer.h"

namespace ecomgen {
namespace {

constexpr std::array<TableId, 3> kOutputs = {TableId::kOrders, TableId::kOrderItems,
                                             TableId::kReturns};

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

void OrdersGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  RowWriter orders(*out[0]);
  RowWriter items(*out[1]);
  RowWriter returns(*out[2]);
  ForEachOrder(chunk, [&](const OrderRecord& order) {
    orders.Int(order.order_id)
        .Int(order.customer_id)
        .Int(order.order_us)
        .Enum(order.channel)
        .Enum(order.payment)
        .Enum(order.payment_failed ? PaymentStatus::kFailed : PaymentStatus::kSuccess)
        .Enum(order.status)
        .IntOrNull(order.campaign_id != 0, order.campaign_id)
        .Int(order.line_count)
        .Int(order.subtotal_cents)
        .Int(order.discount_cents)
        .Int(order.shipping_cents)
        .Int(order.tax_cents)
        .Int(order.total_cents)
        .Enum(CurrencyOf(world_.market))
        .Int(order.customer.region)
        .IntOrNull(order.has_promise, order.promised_day)
        .IntOrNull(order.delivered, order.delivered_us);
    orders.End();
    WriteOrderItems(order, items);
    WriteReturns(order, returns);
  });
}

}  // namespace ecomgen
