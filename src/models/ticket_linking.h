// Ticket linking: which order a support ticket is about.
//
// A ticket about a late delivery, a failed payment, a change or a return refers to an order
// that could cause it: one placed in the category's window before the ticket (a delay ticket
// looks back 1-8 days, a payment issue 2 hours) that fits (late and due, payment failed,
// delivered...). The search starts at a random order of the window and walks forward through
// consecutive orders, evaluating each one's delivery from its slot alone (order_model.h), so
// no order is ever held in memory. The orders' low-discrepancy lateness keeps fitting orders
// evenly spaced, so the walk hardly favours any order over another.
//
// Thread safety: pure functions over the immutable OrderModel; each call uses the caller's
// OrderRecord.
#pragma once

#include <cstdint>

#include "core/vocab.h"
#include "models/order_model.h"

namespace ecomgen {

// Whether a ticket of `category` is about an order.
bool NeedsOrder(TicketCategory category);

// The orders a ticket of `category` created at `created_us` may be about: those placed in
// [from_us, to_us).
struct OrderWindow {
  int64_t from_us;
  int64_t to_us;
};
OrderWindow WindowFor(TicketCategory category, int64_t created_us);

// The order a ticket of `category` created at `created_us` is about: from order `start` of
// [first, last), the first that fits, wrapping around; 0 if none within a bounded walk.
// Leaves the order's delivery fields in `order`.
// REQUIRES: first and last are the first orders of minutes (or the end of the orders).
int64_t LinkOrder(const OrderModel& orders, TicketCategory category, int64_t first, int64_t last,
                  int64_t start, int64_t created_us, OrderRecord& order);

}  // namespace ecomgen
