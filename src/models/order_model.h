// OrderModel: one order with its lines, delivery and returns, as a pure function of its index.
//
// The plan fixed how many orders each minute has and which ranks of the minute fail payment
// or carry the viral product; Evaluate fills in everything else from the order's own random
// streams. Because it is pure, the orders generator and the support-ticket generator (which
// needs to find, say, a late order to complain about) get the same order.
//
// Money is int64 cents; line_total = round(quantity * unit_price * (1 - discount_pct/100)).
//
// Thread safety: immutable; Evaluate may run on any thread with its own OrderRecord.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "models/campaign_set.h"
#include "models/customer_model.h"
#include "models/order_index.h"
#include "models/product_catalog.h"
#include "plan/plan.h"
#include "rng/kronecker.h"

namespace ecomgen {

inline constexpr int kMaxOrderLines = 8;

// The steps of the two-dimensional Kronecker ("R2") sequence over order indexes that sets
// lead times (first) and lateness (second); see order_model.cc.
inline constexpr double kR2First = 0.7548776662466927;   // 1 / plastic number
inline constexpr double kR2Second = 0.5698402909980532;  // 1 / plastic number^2

struct OrderLine {
  int64_t product_id = 0;
  int64_t quantity = 1;
  int64_t unit_price_cents = 0;
  int64_t discount_pct = 0;  // whole percent
  int64_t line_total_cents = 0;
  // Return of this line, if any.
  bool returned = false;
  int64_t requested_us = 0;
  ReturnReason return_reason = ReturnReason::kDamaged;
  ReturnStatus return_status = ReturnStatus::kRefunded;
  int64_t refund_cents = 0;
  int64_t processing_days = 0;
};

struct OrderRecord {
  int64_t order_id = 0;
  int64_t customer_id = 0;
  CustomerTraits customer;
  int64_t order_us = 0;
  Channel channel = Channel::kWeb;
  PaymentMethod payment = PaymentMethod::kCard;
  bool payment_failed = false;
  OrderStatus status = OrderStatus::kPaymentFailed;
  int64_t campaign_id = 0;  // 0 = none
  int line_count = 0;
  std::array<OrderLine, kMaxOrderLines> lines;
  int64_t subtotal_cents = 0;
  int64_t discount_cents = 0;
  int64_t shipping_cents = 0;
  int64_t tax_cents = 0;
  int64_t total_cents = 0;
  bool has_promise = false;
  int64_t promised_day = 0;  // days since the epoch
  bool late = false;         // delivered after the promised day, or never
  bool delivered = false;
  int64_t delivered_us = 0;
  int return_count = 0;
};

class OrderModel {
 public:
  OrderModel(const Plan& plan, const CustomerModel& customers, const ProductCatalog& catalog,
             const CampaignSet& campaigns);

  const Plan& plan() const { return *plan_; }
  // Finding orders by index (slots, prefetching, the minutes' fate permutations).
  const OrderIndex& order_index() const { return index_; }
  // The slot of order `index`. REQUIRES: 0 <= index < plan().total_orders().
  OrderSlot SlotOf(int64_t index) const { return index_.SlotOf(index); }
  // Fills `out` for the order in `slot`. `fate_rank` is the rank's position under the
  // minute's permutation (see MinuteFate); pass -1 to have it computed.
  void Evaluate(const OrderSlot& slot, int64_t fate_rank, OrderRecord& out) const;
  // Only what a support ticket needs to tell whether it can be about the order: order_id,
  // order_us, payment_failed and the delivery fields (status, has_promise, promised_day,
  // late, delivered, delivered_us), equal to Evaluate's. The other fields are left as they
  // were. Several times cheaper than Evaluate unless delivery depends on the products.
  void EvaluateDelivery(const OrderSlot& slot, int64_t fate_rank, OrderRecord& out) const;
  // An order day's offsets into the lead-time and lateness sequences (see order_model.cc)
  // and the highest late probability of the promise days its orders can get.
  struct DaySequence {
    double lead = 0;
    double late = 0;
    double late_bound = 1;
  };
  // What MayBeLateBy needs to know of the minute whose orders it screens.
  struct MinuteScreen {
    bool day_known = false;  // false: the minute spans midnight, so an order's day is not
                             // known before its time is drawn
    int64_t day = 0;
    DaySequence sequence;
  };
  MinuteScreen ScreenOf(int64_t minute) const;
  // Quick tests for searches, from the order's slot alone. MayBeLateBy is false when the
  // order of `index`, placed in the screened minute, surely is not late (were it not
  // cancelled) with its promised day over by `due_by_us`. PaymentFails is Evaluate's
  // payment_failed. Inline: a search calls them for every order it walks past, and most
  // fail the first test.
  bool MayBeLateBy(const MinuteScreen& screen, int64_t index, int64_t due_by_us) const {
    if (!screen.day_known) return true;
    const double late_draw =
        FractionalPart(screen.sequence.late + static_cast<double>(index + 1) * kR2Second);
    if (late_draw >= screen.sequence.late_bound) return false;  // most orders end here
    return MayBeLateByDrawn(screen, index, late_draw, due_by_us);
  }
  bool PaymentFails(const OrderSlot& slot, int64_t fate_rank) const {
    return fate_rank < index_.Minute(slot.minute).failures;
  }
  // Evaluate's customer_id for an order whose order_id and order_us are set (by any of the
  // Evaluate functions), without evaluating the rest.
  int64_t CustomerOf(const OrderRecord& placed) const;
  // The orders placed in `minute` (plan().orders), from the record FatePermutation reads.
  int64_t OrdersIn(int64_t minute) const { return index_.Minute(minute).count; }
  // Where rank `rank` of `minute` falls in the minute's keyed permutation: positions below
  // failures[m] fail payment; the next plan().ViralCarriers(m) positions carry the viral
  // product.
  int64_t MinuteFate(int64_t minute, int64_t rank) const;
  // The keyed permutation behind MinuteFate, for callers that walk a whole minute.
  AffinePermutation FatePermutation(int64_t minute) const { return index_.FatePermutation(minute); }

 private:
  // Sets order_id, order_us and payment_failed; returns the units of the viral product the
  // order buys (0: none).
  int64_t Place(const OrderSlot& slot, int64_t fate_rank, OrderRecord& out) const;
  void FillLines(RowRng& rng, int64_t viral_units, OrderRecord& out) const;
  // The delivery fields; reads order_id, order_us, payment_failed and the lines.
  void Fulfil(OrderRecord& out) const;
  // has_promise, promised_day and late (as if not cancelled); reads order_id, order_us and
  // the lines.
  void Promise(OrderRecord& out) const;
  // Builds day_sequences_.
  void SequenceDays(const Plan& plan);
  // The highest late probability an order of any products can have where an order of
  // unaffected products has `late_probability`: Promise's, bounded over the products.
  double AnyProductsLateProbability(double late_probability) const;
  // MayBeLateBy after its first test passed with `late_draw`.
  bool MayBeLateByDrawn(const MinuteScreen& screen, int64_t index, double late_draw,
                        int64_t due_by_us) const;
  const DaySequence& SequenceOf(int64_t epoch_day) const {
    return day_sequences_[static_cast<size_t>(epoch_day - plan_->first_epoch_day())];
  }
  void DecideReturns(OrderRecord& out) const;

  const Plan* plan_;
  const CustomerModel* customers_;
  const ProductCatalog* catalog_;
  const CampaignSet* campaigns_;
  // The order's random streams (rng/streams.h), keyed once.
  StreamKey customer_key_;
  StreamKey channel_key_;
  StreamKey payment_key_;
  StreamKey campaign_key_;
  StreamKey basket_key_;
  OrderIndex index_;
  // Per day of the plan, built once: ticket linking looks at orders of random days.
  std::vector<DaySequence> day_sequences_;
  StreamKey time_key_;
  StreamKey fulfil_key_;
  StreamKey return_key_;
  StreamKey sequence_offset_key_;
  // For ScreenOf: whether every minute lies within one day (the window starts on a whole
  // minute).
  bool minutes_within_days_ = false;
  int64_t free_shipping_cents_ = 0;
  int64_t shipping_fee_cents_ = 0;
  double tax_rate_ = 0;
};

}  // namespace ecomgen
