#include "tables/support_tickets.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/rounding.h"
#include "core/vocab.h"
#include "models/ticket_linking.h"
#include "tables/row_writer.h"

namespace ecomgen {
namespace {

using Category = TicketCategory;
using Priority = TicketPriority;

// Everyday tickets that are neither delays nor the scenario's own, by category.
constexpr std::array<double, kCountOf<Category>> kEverydayMix = {0,    0.10, 0.24, 0,
                                                                 0.18, 0.14, 0.10, 0.24};
// Median first response by support channel (chat whatsapp social_media email phone), minutes,
// and its SLA.
constexpr std::array<double, kCountOf<SupportChannel>> kResponseMedianMinutes = {4, 12, 45, 180, 6};
constexpr std::array<double, kCountOf<SupportChannel>> kResponseSlaMinutes = {10, 30, 120, 480, 15};
// Median resolution by category, hours; resolution SLA by priority, hours.
constexpr std::array<double, kCountOf<Category>> kResolutionMedianHours = {30, 8, 48, 2,
                                                                           36, 6, 4,  10};
constexpr std::array<double, kCountOf<Priority>> kResolutionSlaHours = {96, 48, 24, 8};
constexpr double kUnresolvedShare = 0.03;
constexpr double kSurveyResponseShare = 0.4;

Priority DrawPriority(RowRng& rng, Category category) {
  const double u = rng.Uniform();
  switch (category) {
    case Category::kPaymentIssue:
      return u < 0.2 ? Priority::kMedium : (u < 0.7 ? Priority::kHigh : Priority::kUrgent);
    case Category::kDeliveryDelay:
      return u < 0.5 ? Priority::kMedium : (u < 0.9 ? Priority::kHigh : Priority::kUrgent);
    default:
      return u < 0.4 ? Priority::kLow : (u < 0.85 ? Priority::kMedium : Priority::kHigh);
  }
}

// What a ticket draws before it looks for its order: enough to know the order its search
// starts at, so that FillChunk can fetch that order's plan record ahead.
struct TicketHead {
  int64_t index = 0;
  int64_t minute = 0;
  int64_t created_us = 0;
  Category category = Category::kGeneralInquiry;
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
  RowRng rng(ticket_key, static_cast<uint64_t>(head.index));
  const auto second = static_cast<int64_t>((static_cast<double>(rank) + rng.Uniform()) *
                                           static_cast<double>(minute_seconds) / count);
  head.created_us = plan.MinuteStartUs(minute) + second * kMicrosPerSecond;

  if (rng.Bernoulli(plan.scenario_ticket_share[m])) {
    head.category = Category::kPaymentIssue;
  } else if (plan.scenario.viral && rng.Bernoulli(plan.scenario.viral->restock_ticket_share)) {
    head.category = Category::kRestockInquiry;
  } else if (rng.Bernoulli(plan.delay_ticket_share[m])) {
    head.category = Category::kDeliveryDelay;
  } else {
    head.category = ValueAt<Category>(rng.Weighted(kEverydayMix));
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

// The streams of a ticket's decisions after its head, keyed once per chunk.
struct TicketStreams {
  explicit TicketStreams(uint64_t seed)
      : head(seed, streams::kTicketHead),
        customer(seed, streams::kTicketCustomer),
        channel(seed, streams::kTicketChannel),
        handling(seed, streams::kTicketHandling),
        survey(seed, streams::kTicketSurvey) {}
  StreamKey head;
  StreamKey customer;
  StreamKey channel;
  StreamKey handling;
  StreamKey survey;
};

// The rest of the ticket, from its head.
void WriteTicket(const World& world, const TicketStreams& streams, const TicketHead& head,
                 OrderRecord& order, RowWriter& row) {
  const Plan& plan = world.plan;
  const auto index = static_cast<uint64_t>(head.index);
  Category category = head.category;
  int64_t order_id = 0;
  if (head.start >= 0) {
    order_id = LinkOrder(world.orders, category, head.first, head.last, head.start, head.created_us,
                         order);
  }
  // No fitting order (early in the window, or none failed): a general question.
  if (NeedsOrder(category) && order_id == 0 && category != Category::kPaymentIssue) {
    category = Category::kGeneralInquiry;
  }
  RowRng customer_rng(streams.customer, index);
  const int64_t customer_id = order_id != 0 ? world.orders.CustomerOf(order)
                                            : world.customers.Pick(customer_rng, head.created_us);
  RowRng channel_rng(streams.channel, index);
  const SupportChannel channel = world.customers.TicketChannel(channel_rng, customer_id);
  RowRng rng(streams.handling, index);
  const Priority priority = DrawPriority(rng, category);

  // Outage queues slow every first response.
  const double backlog = 1.0 + 2.0 * plan.scenario_ticket_share[static_cast<size_t>(head.minute)];
  const int64_t first_response = std::max<int64_t>(
      1, RoundToInt64(rng.LogNormal(kResponseMedianMinutes[Index(channel)], 0.6) * backlog));
  const bool resolved = !rng.Bernoulli(kUnresolvedShare);
  const double resolution_hours = rng.LogNormal(kResolutionMedianHours[Index(category)], 0.8);
  const bool breached = static_cast<double>(first_response) > kResponseSlaMinutes[Index(channel)] ||
                        (resolved && resolution_hours > kResolutionSlaHours[Index(priority)]);
  const TicketStatus status =
      resolved ? (rng.Bernoulli(0.6) ? TicketStatus::kResolved : TicketStatus::kClosed)
               : (rng.Bernoulli(0.5) ? TicketStatus::kOpen : TicketStatus::kPending);
  // Satisfaction falls with SLA breaches and delivery trouble. The normal is drawn only for
  // surveyed tickets.
  RowRng survey_rng(streams.survey, index);
  const bool surveyed = resolved && survey_rng.Bernoulli(kSurveyResponseShare);
  int64_t csat = 0;
  if (surveyed) {
    const double mood = 4.4 - (breached ? 1.4 : 0.0) -
                        (category == Category::kDeliveryDelay ? 0.5 : 0.0) +
                        survey_rng.Normal() * 0.8;
    csat = std::clamp<int64_t>(RoundToInt64(mood), 1, 5);
  }

  row.Int(head.index + 1)
      .Int(customer_id)
      .IntOrNull(order_id != 0, order_id)
      .Int(head.created_us)
      .Enum(channel)
      .Enum(category)
      .Enum(priority)
      .Enum(status)
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
  const TicketStreams streams(plan.config.seed);
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
          DrawHead(plan, streams.head, minute, rank++, minute_seconds);
      if (head.start >= 0) orders.order_index().PrefetchBucket(head.start);
    }
    if (count == 0) return;
    for (size_t i = 0; i < count; ++i) {
      if (heads[i].start >= 0) orders.order_index().PrefetchSlot(heads[i].start);
    }
    for (size_t i = 0; i < count; ++i) WriteTicket(world_, streams, heads[i], order, row);
  }
}

}  // namespace ecomgen
