#include "models/order_index.h"

#include <algorithm>

namespace ecomgen {

OrderIndex::OrderIndex(const Plan& plan, const StreamKey& fate_key) {
  // The fate permutations are built once here rather than per look-up: ticket linking needs
  // the permutation of a random minute for almost every ticket, and building one costs
  // several divisions.
  minutes_.resize(plan.orders.size());
  for (size_t m = 0; m < plan.orders.size(); ++m) {
    const AffinePermutation fate(static_cast<uint64_t>(plan.orders[m]), fate_key.Hash(m));
    minutes_[m] = {plan.order_prefix[m],
                   plan.orders[m],
                   plan.failures[m],
                   static_cast<int32_t>(plan.ViralCarriers(static_cast<int64_t>(m))),
                   plan.viral_units[m],
                   static_cast<uint32_t>(fate.mul()),
                   static_cast<uint32_t>(fate.add())};
  }
  // Buckets about a minute's average orders wide, so that SlotOf passes a minute or two.
  const int64_t per_minute = plan.total_orders() / std::max<int64_t>(plan.minute_count, 1);
  while ((int64_t{2} << bucket_shift_) <= per_minute) ++bucket_shift_;
  bucket_minute_.resize(static_cast<size_t>(plan.total_orders() >> bucket_shift_) + 1);
  size_t minute = 0;
  for (size_t bucket = 0; bucket < bucket_minute_.size(); ++bucket) {
    const auto first_order = static_cast<int64_t>(bucket) << bucket_shift_;
    while (minute + 1 < minutes_.size() && plan.order_prefix[minute + 1] <= first_order) ++minute;
    bucket_minute_[bucket] = static_cast<uint32_t>(minute);
  }
}

}  // namespace ecomgen
