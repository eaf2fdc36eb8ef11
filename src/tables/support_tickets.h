// SupportTicketsGenerator: the support tickets, minute by minute as the plan counts them.
//
// A ticket's category follows the day's late deliveries (delivery_delay), the scenario (payment
// issues during an outage, restock inquiries for a sold-out product) and an everyday mix. A
// ticket about an order points at a real order that fits the complaint: a late one for a
// delay, a failed payment for a payment issue, a delivered one for a return. Those are found
// by evaluating candidate orders (OrderModel is pure), a few tries each.
//
// Thread safety: const after construction; see TableGenerator.
#pragma once

#include "tables/event_table_generator.h"

namespace ecomgen {

class SupportTicketsGenerator final : public EventTableGenerator {
 public:
  explicit SupportTicketsGenerator(const World& world);
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;
};

}  // namespace ecomgen
