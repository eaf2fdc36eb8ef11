// OrderIndex: finding an order's minute, and what placing it needs of that minute, fast.
//
// The order model is a pure function of an order's slot (its minute and rank there). Ticket
// linking evaluates orders of random minutes, where each of the plan's per-minute arrays would
// cost a cache miss, so this index keeps everything placing an order reads of its minute in
// one 32-byte record (first order, count, failures, viral carriers and units, the minute's
// fate permutation), and a bucket table that finds an order's minute with one look-up. It is
// a speed structure only: it holds nothing the plan does not decide.
//
// Thread safety: immutable after construction.
#pragma once

#include <cstdint>
#include <vector>

#include "plan/plan.h"
#include "rng/counter_rng.h"

namespace ecomgen {

// The order's position in the plan: its minute and its rank among the minute's orders.
struct OrderSlot {
  int64_t index = 0;  // 0-based order index (order_id - 1)
  int64_t minute = 0;
  int64_t rank = 0;
};

class OrderIndex {
 public:
  // What placing an order needs of its minute. Aligned so that no record straddles two cache
  // lines.
  struct alignas(32) MinuteOrders {
    int64_t first;  // orders before the minute: plan.order_prefix
    int32_t count;
    int32_t failures;
    int32_t viral_carriers;  // plan.ViralCarriers(m)
    int32_t viral_units;
    // The fate permutation (see FatePermutation), as its multiplier and offset: both are below
    // the minute's order count.
    uint32_t fate_mul;
    uint32_t fate_add;
  };

  // `fate_key` keys each minute's fate permutation (by minute index).
  OrderIndex(const Plan& plan, const StreamKey& fate_key);

  // The slot of order `index`. REQUIRES: 0 <= index < plan.total_orders().
  OrderSlot SlotOf(int64_t index) const {
    // The cost of this search is its cache misses: one look at the bucket table, then a
    // forward scan that mostly ends on the minute it starts at, whose record the order's
    // evaluation reads next.
    size_t m = bucket_minute_[static_cast<size_t>(index >> bucket_shift_)];
    while (minutes_[m].first + minutes_[m].count <= index) ++m;
    return {index, static_cast<int64_t>(m), index - minutes_[m].first};
  }
  // SlotOf's memory, fetched ahead by callers that look up many random orders: first the
  // bucket, then, once that has arrived, the minute's record.
  void PrefetchBucket(int64_t index) const {
    __builtin_prefetch(&bucket_minute_[static_cast<size_t>(index >> bucket_shift_)]);
  }
  void PrefetchSlot(int64_t index) const {
    __builtin_prefetch(&minutes_[bucket_minute_[static_cast<size_t>(index >> bucket_shift_)]]);
  }
  const MinuteOrders& Minute(int64_t minute) const { return minutes_[static_cast<size_t>(minute)]; }
  // The keyed permutation of the minute's ranks: positions below `failures` fail payment, the
  // next `viral_carriers` carry the viral product.
  AffinePermutation FatePermutation(int64_t minute) const {
    const MinuteOrders& record = Minute(minute);
    return AffinePermutation::FromParts(static_cast<uint64_t>(record.count), record.fate_mul,
                                        record.fate_add);
  }

 private:
  std::vector<MinuteOrders> minutes_;
  // For SlotOf: the minute of order (b << bucket_shift_), for every bucket b.
  int bucket_shift_ = 0;
  std::vector<uint32_t> bucket_minute_;
};

}  // namespace ecomgen
