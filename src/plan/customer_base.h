// CustomerBase: who the customers are, as pure functions of the customer id.
//
// Customer ids are ordered by signup time: ids 1..base_count signed up before the window
// (spread over the three years before it), the rest during the window. Generations are
// assigned by exact quota through a keyed permutation, so the shares at the window start are
// the configured ones to the customer, at any scale, and new signups follow each cohort's
// configured growth exactly. Because everything is a function of the id, orders, carts and
// tickets can ask for any customer's generation or signup time without a table in memory.
//
// Thread safety: immutable after construction.
#pragma once

#include <array>
#include <cstdint>

#include "ecomgen/config.h"
#include "rng/counter_rng.h"

namespace ecomgen {

class CustomerBase {
 public:
  CustomerBase() = default;
  CustomerBase(const Config& config, uint64_t seed);

  int64_t base_count() const { return base_count_; }
  int64_t new_count() const { return new_count_; }
  int64_t total() const { return base_count_ + new_count_; }
  int64_t base_of(Generation g) const { return base_by_gen_[static_cast<size_t>(g)]; }
  int64_t new_of(Generation g) const { return new_by_gen_[static_cast<size_t>(g)]; }

  // A customer's generation and rank among the customers of that generation (base customers
  // first, then new signups), 0-based: a dense index for assigning traits by quota.
  struct CohortPlace {
    Generation generation;
    int64_t rank;
  };
  // REQUIRES: 1 <= customer_id <= total().
  CohortPlace PlaceOf(int64_t customer_id) const;
  Generation GenerationOf(int64_t customer_id) const { return PlaceOf(customer_id).generation; }
  // Signup instant; non-decreasing in the id.
  int64_t SignupUs(int64_t customer_id) const;
  // How many customers (ids 1..n) have signed up at or before `ts_us`.
  int64_t SignedUpBy(int64_t ts_us) const;

 private:
  // Where each generation's quota starts when the generations, in order, take `counts`
  // positions each; the last entry is the total.
  using Quota = std::array<uint64_t, kGenerationCount + 1>;
  static Quota QuotaOf(const std::array<int64_t, kGenerationCount>& counts);
  // The generation whose quota holds `position`, and the position's rank inside it.
  static CohortPlace FromQuota(const Quota& quota, uint64_t position);

  uint64_t seed_ = 0;
  int64_t window_start_us_ = 0;
  int64_t window_us_ = 1;
  int64_t base_count_ = 0;
  int64_t new_count_ = 0;
  std::array<int64_t, kGenerationCount> base_by_gen_{};
  std::array<int64_t, kGenerationCount> new_by_gen_{};
  Quota base_quota_{};
  Quota new_quota_{};
  AffinePermutation base_order_{1, 0};
  AffinePermutation new_order_{1, 0};
};

}  // namespace ecomgen
