#include "tables/support_tickets.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/rounding.h"
#include "tables/row_writer.h"

namespace ecomgen {
namespace {

constexpr uint32_t kTicketStream = 1;

enum Category : uint8_t {
  kDeliveryDelay,
  kPaymentIssue,
  kReturnRefund,
  kRestockInquiry,
  kProductQuality,
  kOrderChange,
  kAccountAccess,
  kGeneralInquiry,
};
enum Priority : uint8_t { kLow, kMedium, kHigh, kUrgent };
enum Status : uint8_t { kOpen, kPending, kResolved, kClosed };

// Everyday tickets that are neither delays nor the scenario's own, by category.
constexpr std::array<double, 8> kEverydayMix = {0, 0.10, 0.24, 0, 0.18, 0.14, 0.10, 0.24};
// Median first response by support channel (chat whatsapp social_media email phone), minutes,
// and its SLA.
constexpr std::array<double, 5> kResponseMedianMinutes = {4, 12, 45, 180, 6};
constexpr std::array<double, 5> kResponseSlaMinutes = {10, 30, 120, 480, 15};
// Median resolution by category, hours; resolution SLA by priority, hours.
constexpr std::array<double, 8> kResolutionMedianHours = {30, 8, 48, 2, 36, 6, 4, 10};
constexpr std::array<double, 4> kResolutionSlaHours = {96, 48, 24, 8};
constexpr double kUnresolvedShare = 0.03;
constexpr double kSurveyResponseShare = 0.4;
// Orders a ticket looks through for one it can be about: several times the gap between late
// orders at the lowest late-delivery rates.
constexpr int kLinkSteps = 256;

struct OrderWindow {
  int64_t from_us;
  int64_t to_us;
};

// When the order a ticket refers to was placed, relative to the ticket.
OrderWindow WindowFor(uint8_t category, int64_t created_us) {
  switch (category) {
    case kDeliveryDelay:
      return {created_us - 8 * kMicrosPerDay, created_us - kMicrosPerDay};
    case kPaymentIssue:
      return {created_us - 2 * kMicrosPerHour, created_us};
    case kOrderChange:
      return {created_us - 3 * kMicrosPerDay, created_us};
    default:
      return {created_us - 30 * kMicrosPerDay, created_us - kMicrosPerDay};
  }
}

// Whether a ticket of `category` is about an order.
bool NeedsOrder(uint8_t category) {
  return category != kRestockInquiry && category != kAccountAccess && category != kGeneralInquiry;
}

// Whether `order` is one a ticket of `category` created at `created_us` can be about.
bool Fits(uint8_t category, const OrderRecord& order, int64_t created_us) {
  if (order.order_us > created_us) return false;
  switch (category) {
    case kDeliveryDelay:
      return order.late && order.status != 1 &&
             (order.promised_day + 1) * kMicrosPerDay <= created_us;
    case kPaymentIssue:
      return order.payment_failed;
    case kOrderChange:
      return !order.payment_failed;
    default:
      return order.delivered && order.delivered_us <= created_us;
  }
}

// The first of `run` orders of the slot's minute, from the slot on, that a ticket of
// `category` created at `created_us` can be about, or 0; leaves `slot` past the orders tried
// and the order's delivery fields in `order`.
int64_t FitInMinute(const OrderModel& orders, uint8_t category, int64_t created_us, int64_t run,
                    OrderSlot& slot, OrderRecord& order) {
  const AffinePermutation fate = orders.FatePermutation(slot.minute);
  auto fits = [&](uint64_t fate_rank) {
    orders.EvaluateDelivery(slot, static_cast<int64_t>(fate_rank), order);
    return Fits(category, order, created_us);
  };
  const int64_t end_rank = slot.rank + run;
  if (category == kDeliveryDelay) {
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
    const bool may_fit =
        category != kPaymentIssue || orders.PaymentFails(slot, static_cast<int64_t>(position));
    if (may_fit && fits(position)) return order.order_id;
  }
  return 0;
}

// The order a ticket of `category` created at `created_us` is about: from order `start` of
// [first, last), the first that fits, wrapping around; 0 if none within kLinkSteps. Walking
// consecutive orders needs no search per candidate, and the low-discrepancy spread of late
// deliveries (order_model.cc) keeps the gaps between fitting orders even, so the walk hardly
// favours any order over another. Leaves the order's delivery fields in `order`.
// REQUIRES: first and last are the first orders of minutes (or the end of the orders).
int64_t LinkOrder(const OrderModel& orders, uint8_t category, int64_t first, int64_t last,
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

uint8_t DrawPriority(RowRng& rng, uint8_t category) {
  const double u = rng.Uniform();
  switch (category) {
    case kPaymentIssue:
      return u < 0.2 ? kMedium : (u < 0.7 ? kHigh : kUrgent);
    case kDeliveryDelay:
      return u < 0.5 ? kMedium : (u < 0.9 ? kHigh : kUrgent);
    default:
      return u < 0.4 ? kLow : (u < 0.85 ? kMedium : kHigh);
  }
}

// What a ticket draws before it looks for its order: enough to know the order its search
// starts at, so that FillChunk can fetch that order's plan record ahead.
struct TicketHead {
  RowRng rng;  // after the head's draws
  int64_t index = 0;
  int64_t minute = 0;
  int64_t created_us = 0;
  uint8_t category = kGeneralInquiry;
  // The orders the ticket may be about, [first, last), and the one its search starts at;
  // start < 0: it needs no order, or there is none.
  int64_t first = 0;
  int64_t last = 0;
  int64_t start = -1;
};

// The head of ticket `rank` of `minute`, which lasts `minute_seconds`.
TicketHead DrawHead(const Plan& plan, const StreamKey& ticket_key, int64_t minute, int64_t rank,
                    int64_t minute_seconds) {
  const auto m = static_cast<size_t>(minute);
  const int32_t count = plan.tickets[m];
  TicketHead head;
  head.index = plan.ticket_prefix[m] + rank;
  head.minute = minute;
  RowRng& rng = head.rng = RowRng(ticket_key, static_cast<uint64_t>(head.index));
  const auto second = static_cast<int64_t>((static_cast<double>(rank) + rng.Uniform()) *
                                           static_cast<double>(minute_seconds) / count);
  head.created_us = plan.MinuteStartUs(minute) + second * kMicrosPerSecond;

  if (rng.Bernoulli(plan.scenario_ticket_share[m])) {
    head.category = kPaymentIssue;
  } else if (plan.config.viral.enabled && rng.Bernoulli(plan.config.viral.restock_share)) {
    head.category = kRestockInquiry;
  } else if (rng.Bernoulli(plan.delay_ticket_share[m])) {
    head.category = kDeliveryDelay;
  } else {
    head.category = static_cast<uint8_t>(rng.Weighted(kEverydayMix));
  }

  if (!NeedsOrder(head.category)) return head;
  const OrderWindow window = WindowFor(head.category, head.created_us);
  const int64_t from_minute = std::clamp<int64_t>(
      (window.from_us - plan.start_us) / kMicrosPerMinute, 0, plan.minute_count);
  const int64_t to_minute = std::clamp<int64_t>(
      (window.to_us - plan.start_us) / kMicrosPerMinute + 1, 0, plan.minute_count);
  head.first = plan.order_prefix[static_cast<size_t>(from_minute)];
  head.last = plan.order_prefix[static_cast<size_t>(to_minute)];
  if (head.last > head.first) {
    head.start =
        head.first + static_cast<int64_t>(rng.Below(static_cast<uint64_t>(head.last - head.first)));
  }
  return head;
}

// The rest of the ticket, from its head.
void WriteTicket(const World& world, TicketHead& head, OrderRecord& order, RowWriter& row) {
  const Plan& plan = world.plan;
  RowRng& rng = head.rng;
  uint8_t category = head.category;
  int64_t order_id = 0;
  if (head.start >= 0) {
    order_id = LinkOrder(world.orders, category, head.first, head.last, head.start, head.created_us,
                         order);
  }
  // No fitting order (early in the window, or none failed): a general question.
  if (NeedsOrder(category) && order_id == 0 && category != kPaymentIssue) {
    category = kGeneralInquiry;
  }
  const int64_t customer_id =
      order_id != 0 ? world.orders.CustomerOf(order) : world.customers.Pick(rng, head.created_us);
  const uint8_t channel = world.customers.TicketChannel(rng, customer_id);
  const uint8_t priority = DrawPriority(rng, category);

  // Outage queues slow every first response.
  const double backlog = 1.0 + 2.0 * plan.scenario_ticket_share[static_cast<size_t>(head.minute)];
  const int64_t first_response = std::max<int64_t>(
      1, RoundToInt64(rng.LogNormal(kResponseMedianMinutes[channel], 0.6) * backlog));
  const bool resolved = !rng.Bernoulli(kUnresolvedShare);
  const double resolution_hours = rng.LogNormal(kResolutionMedianHours[category], 0.8);
  const bool breached = static_cast<double>(first_response) > kResponseSlaMinutes[channel] ||
                        (resolved && resolution_hours > kResolutionSlaHours[priority]);
  const uint8_t status = resolved ? (rng.Bernoulli(0.6) ? kResolved : kClosed)
                                  : (rng.Bernoulli(0.5) ? kOpen : kPending);
  const bool surveyed = resolved && rng.Bernoulli(kSurveyResponseShare);
  // Satisfaction falls with SLA breaches and delivery trouble. The ticket's last draw, so
  // skipped when there is no survey.
  int64_t csat = 0;
  if (surveyed) {
    const double mood = 4.4 - (breached ? 1.4 : 0.0) - (category == kDeliveryDelay ? 0.5 : 0.0) +
                        rng.Normal() * 0.8;
    csat = std::clamp<int64_t>(RoundToInt64(mood), 1, 5);
  }

  row.Int(head.index + 1)
      .Int(customer_id)
      .IntOrNull(order_id != 0, order_id)
      .Int(head.created_us)
      .Int(channel)
      .Int(category)
      .Int(priority)
      .Int(status)
      .Int(first_response)
      .RealOrNull(resolved, resolution_hours)
      .Bool(breached)
      .IntOrNull(surveyed, csat);
  row.End();
}

// Tickets are made in batches of this many: the heads first, then the bodies, so that the
// memory of the batch's random orders is fetched in parallel instead of one miss at a time.
constexpr size_t kTicketBatch = 32;

}  // namespace

SupportTicketsGenerator::SupportTicketsGenerator(const World& world)
    : EventTableGenerator(world, TableId::kSupportTickets, world.plan.ticket_prefix) {}

void SupportTicketsGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  const Plan& plan = world_.plan;
  const OrderModel& orders = world_.orders;
  RowWriter row(*out[0]);
  OrderRecord order;
  const StreamKey ticket_key(plan.config.seed, TableId::kSupportTickets, kTicketStream);
  std::array<TicketHead, kTicketBatch> heads;
  int64_t minute = first_minute(chunk);
  int64_t rank = 0;
  int64_t minute_seconds = 0;  // of `minute`, set at its first ticket
  while (true) {
    size_t count = 0;
    while (count < heads.size() && minute < end_minute(chunk)) {
      if (rank == plan.tickets[static_cast<size_t>(minute)]) {
        ++minute;
        rank = 0;
        continue;
      }
      if (rank == 0) minute_seconds = plan.MinuteLengthUs(minute) / kMicrosPerSecond;
      const TicketHead& head = heads[count++] =
          DrawHead(plan, ticket_key, minute, rank++, minute_seconds);
      if (head.start >= 0) orders.PrefetchBucket(head.start);
    }
    if (count == 0) return;
    for (size_t i = 0; i < count; ++i) {
      if (heads[i].start >= 0) orders.PrefetchSlot(heads[i].start);
    }
    for (size_t i = 0; i < count; ++i) WriteTicket(world_, heads[i], order, row);
  }
}

}  // namespace ecomgen
