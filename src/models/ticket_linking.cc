#include "models/ticket_linking.h"

#include <algorithm>

namespace ecomgen {
namespace {

// Orders a ticket looks through for one it can be about: several times the gap between late
// orders at the lowest late-delivery rates.
constexpr int kLinkSteps = 256;

// Whether `order` is one a ticket of `category` created at `created_us` can be about.
bool Fits(TicketCategory category, const OrderRecord& order, int64_t created_us) {
  if (order.order_us > created_us) return false;
  switch (category) {
    case TicketCategory::kDeliveryDelay:
      return order.late && order.status != OrderStatus::kCancelled &&
             (order.promised_day + 1) * kMicrosPerDay <= created_us;
    case TicketCategory::kPaymentIssue:
      return order.payment_failed;
    case TicketCategory::kOrderChange:
      return !order.payment_failed;
    default:
      return order.delivered && order.delivered_us <= created_us;
  }
}

// The first of `run` orders of the slot's minute, from the slot on, that a ticket of
// `category` created at `created_us` can be about, or 0; leaves `slot` past the orders tried
// and the order's delivery fields in `order`.
int64_t FitInMinute(const OrderModel& orders, TicketCategory category, int64_t created_us,
                    int64_t run, OrderSlot& slot, OrderRecord& order) {
  const AffinePermutation fate = orders.FatePermutation(slot.minute);
  auto fits = [&](uint64_t fate_rank) {
    orders.EvaluateDelivery(slot, static_cast<int64_t>(fate_rank), order);
    return Fits(category, order, created_us);
  };
  const int64_t end_rank = slot.rank + run;
  if (category == TicketCategory::kDeliveryDelay) {
    // Late deliveries already due are rare; the screen rules out most orders from their
    // index alone, and the minute's day is looked up once.
    const OrderModel::MinuteScreen screen = orders.ScreenOf(slot.minute);
    for (; slot.rank < end_rank; ++slot.rank, ++slot.index) {
      if (orders.MayBeLateBy(screen, slot.index, created_us) &&
          fits(fate(static_cast<uint64_t>(slot.rank)))) {
        return order.order_id;
      }
    }
    return 0;
  }
  // The fate permutation steps by an addition; a payment issue needs a failed payment.
  uint64_t position = fate(static_cast<uint64_t>(slot.rank));
  for (; slot.rank < end_rank; ++slot.rank, ++slot.index, position = fate.Step(position)) {
    const bool may_fit = category != TicketCategory::kPaymentIssue ||
                         orders.PaymentFails(slot, static_cast<int64_t>(position));
    if (may_fit && fits(position)) return order.order_id;
  }
  return 0;
}

}  // namespace

OrderWindow WindowFor(TicketCategory category, int64_t created_us) {
  switch (category) {
    case TicketCategory::kDeliveryDelay:
      return {created_us - 8 * kMicrosPerDay, created_us - kMicrosPerDay};
    case TicketCategory::kPaymentIssue:
      return {created_us - 2 * kMicrosPerHour, created_us};
    case TicketCategory::kOrderChange:
      return {created_us - 3 * kMicrosPerDay, created_us};
    default:
      return {created_us - 30 * kMicrosPerDay, created_us - kMicrosPerDay};
  }
}

bool NeedsOrder(TicketCategory category) {
  return category != TicketCategory::kRestockInquiry &&
         category != TicketCategory::kAccountAccess && category != TicketCategory::kGeneralInquiry;
}

int64_t LinkOrder(const OrderModel& orders, TicketCategory category, int64_t first, int64_t last,
                  int64_t start, int64_t created_us, OrderRecord& order) {
  OrderSlot slot = orders.SlotOf(start);
  // Beyond last - first steps the walk would only revisit orders it has ruled out.
  int64_t steps_left = std::min<int64_t>(kLinkSteps, last - first);
  while (true) {
    const int64_t run = std::min<int64_t>(steps_left, orders.OrdersIn(slot.minute) - slot.rank);
    const int64_t order_id = FitInMinute(orders, category, created_us, run, slot, order);
    if (order_id != 0) return order_id;
    steps_left -= run;
    if (steps_left == 0) return 0;
    // On to the next minute with orders, or back to the first.
    if (slot.index == last) {
      slot = orders.SlotOf(first);
    } else {
      do {
        ++slot.minute;
      } while (orders.OrdersIn(slot.minute) == 0);
      slot.rank = 0;
    }
  }
}

}  // namespace ecomgen
