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

// The order a ticket of `category` created at `created_us` is about: from a random order of
// [first, last), the first that fits, wrapping around; 0 if none within kLinkSteps. Walking
// consecutive orders needs no search per candidate, and the low-discrepancy spread of late
// deliveries (order_model.cc) keeps the gaps between fitting orders even, so the walk hardly
// favours any order over another. Leaves the order's delivery fields in `order`.
// REQUIRES: first and last are the first orders of minutes (or the end of the orders).
int64_t LinkOrder(const OrderModel& orders, uint8_t category, int64_t first, int64_t last,
                  int64_t created_us, RowRng& rng, OrderRecord& order) {
  if (last <= first) return 0;
  const Plan& plan = orders.plan();
  OrderSlot slot =
      orders.SlotOf(first + static_cast<int64_t>(rng.Below(static_cast<uint64_t>(last - first))));
  // Beyond last - first steps the walk would only revisit orders it has ruled out.
  int64_t steps_left = std::min<int64_t>(kLinkSteps, last - first);
  while (true) {
    const int64_t run =
        std::min<int64_t>(steps_left, plan.orders[static_cast<size_t>(slot.minute)] - slot.rank);
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
      } while (plan.orders[static_cast<size_t>(slot.minute)] == 0);
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

}  // namespace

SupportTicketsGenerator::SupportTicketsGenerator(const World& world)
    : EventTableGenerator(world, TableId::kSupportTickets, world.plan.ticket_prefix) {}

void SupportTicketsGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  const Plan& plan = world_.plan;
  const Config& config = plan.config;
  RowWriter row(*out[0]);
  OrderRecord order;
  const StreamKey ticket_key(config.seed, TableId::kSupportTickets, kTicketStream);
  for (int64_t minute = first_minute(chunk); minute < end_minute(chunk); ++minute) {
    const auto m = static_cast<size_t>(minute);
    const int32_t count = plan.tickets[m];
    const int64_t minute_seconds = plan.MinuteLengthUs(minute) / kMicrosPerSecond;
    for (int64_t rank = 0; rank < count; ++rank) {
      const int64_t index = plan.ticket_prefix[m] + rank;
      RowRng rng(ticket_key, static_cast<uint64_t>(index));
      const auto second = static_cast<int64_t>((static_cast<double>(rank) + rng.Uniform()) *
                                               static_cast<double>(minute_seconds) / count);
      const int64_t created_us = plan.MinuteStartUs(minute) + second * kMicrosPerSecond;

      uint8_t category = kGeneralInquiry;
      if (rng.Bernoulli(plan.scenario_ticket_share[m])) {
        category = kPaymentIssue;
      } else if (config.viral.enabled && rng.Bernoulli(config.viral.restock_share)) {
        category = kRestockInquiry;
      } else if (rng.Bernoulli(plan.delay_ticket_share[m])) {
        category = kDeliveryDelay;
      } else {
        category = static_cast<uint8_t>(rng.Weighted(kEverydayMix));
      }

      // Find the order the ticket is about.
      int64_t order_id = 0;
      const bool needs_order =
          category != kRestockInquiry && category != kAccountAccess && category != kGeneralInquiry;
      if (needs_order) {
        const OrderWindow window = WindowFor(category, created_us);
        const int64_t from_minute = std::clamp<int64_t>(
            (window.from_us - plan.start_us) / kMicrosPerMinute, 0, plan.minute_count);
        const int64_t to_minute = std::clamp<int64_t>(
            (window.to_us - plan.start_us) / kMicrosPerMinute + 1, 0, plan.minute_count);
        const int64_t first = plan.order_prefix[static_cast<size_t>(from_minute)];
        const int64_t last = plan.order_prefix[static_cast<size_t>(to_minute)];
        order_id = LinkOrder(world_.orders, category, first, last, created_us, rng, order);
        // No fitting order (early in the window, or none failed): a general question.
        if (order_id == 0 && category != kPaymentIssue) category = kGeneralInquiry;
      }
      const int64_t customer_id =
          order_id != 0 ? world_.orders.CustomerOf(order) : world_.customers.Pick(rng, created_us);
      const uint8_t channel = world_.customers.TicketChannel(rng, customer_id);
      const uint8_t priority = DrawPriority(rng, category);

      // Outage queues slow every first response.
      const double backlog = 1.0 + 2.0 * plan.scenario_ticket_share[m];
      const int64_t first_response = std::max<int64_t>(
          1, RoundToInt64(rng.LogNormal(kResponseMedianMinutes[channel], 0.6) * backlog));
      const bool resolved = !rng.Bernoulli(kUnresolvedShare);
      const double resolution_hours = rng.LogNormal(kResolutionMedianHours[category], 0.8);
      const bool breached = static_cast<double>(first_response) > kResponseSlaMinutes[channel] ||
                            (resolved && resolution_hours > kResolutionSlaHours[priority]);
      const uint8_t status = resolved ? (rng.Bernoulli(0.6) ? kResolved : kClosed)
                                      : (rng.Bernoulli(0.5) ? kOpen : kPending);
      const bool surveyed = resolved && rng.Bernoulli(kSurveyResponseShare);
      // Satisfaction falls with SLA breaches and delivery trouble.
      const double mood = 4.4 - (breached ? 1.4 : 0.0) - (category == kDeliveryDelay ? 0.5 : 0.0) +
                          rng.Normal() * 0.8;
      const int64_t csat = std::clamp<int64_t>(RoundToInt64(mood), 1, 5);

      row.Int(index + 1)
          .Int(customer_id)
          .IntOrNull(order_id != 0, order_id)
          .Int(created_us)
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
  }
}

}  // namespace ecomgen
