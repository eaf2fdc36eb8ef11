// CustomerBase: who the customers are, as pure functions of the customer id.
//
// Customer ids are ordered by signup time: ids 1..base_count are the customers alive at the
// window start (a steady-state population, their signups spread over the years before it as
// Lifetimes says), the rest sign up during the window. The window's signups replace the
// customers who lapse and add each cohort's net growth, so the customers alive at the end
// are the configured growth of those at the start. The base's generations are assigned by
// exact quota through a keyed permutation, so the shares at the window start are the
// configured ones to the customer, at any scale; signups' generations, and everyone's
// lifetimes, are coordinates of the Kronecker sequence of rng/kronecker.h, so each cohort's
// signups and lapses are exact to a few customers too. Because everything is a function of the id,
// orders, carts and tickets can ask for any customer's generation, signup or lapse without a table
// in memory.
//
// Thread safety: immutable after construction.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "ecomgen/config.h"
#include "plan/lifetimes.h"
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
  // The signups of generation g during the window, to within a few customers.
  int64_t new_of(Generation g) const { return new_by_gen_[static_cast<size_t>(g)]; }

  // A customer's generation and rank among the customers of that generation, 0-based: dense
  // over the base, then the base's count plus the signup's index among all signups. Traits
  // are quantiles of a Kronecker sequence over the rank.
  struct CohortPlace {
    Generation generation;
    int64_t rank;
  };
  // REQUIRES: 1 <= customer_id <= total().
  CohortPlace PlaceOf(int64_t customer_id) const;
  // The base customer of `generation` at `rank`: the inverse of PlaceOf over the base.
  // REQUIRES: 0 <= rank < base_of(generation).
  int64_t BaseCustomerAt(Generation generation, int64_t rank) const {
    const uint64_t position =
        base_quota_[static_cast<size_t>(generation)] + static_cast<uint64_t>(rank);
    return static_cast<int64_t>(base_index_of_position_(position)) + 1;
  }
  Generation GenerationOf(int64_t customer_id) const { return PlaceOf(customer_id).generation; }
  // Signup instant; non-decreasing in the id.
  int64_t SignupUs(int64_t customer_id) const;
  // How many customers (ids 1..n) have surely signed up at or before `ts_us`: every id up
  // to the result has, and at most a few more have too. At any instant, before the window
  // as in it.
  int64_t SignedUpBy(int64_t ts_us) const;
  // When the customer's lifecycle ends (they lapse for good): after the window start for
  // base customers, after the signup for the others; may lie past the window end. And
  // whether the customer is a one-time buyer (Lifetimes). `place` is PlaceOf(customer_id).
  struct Lifecycle {
    int64_t lapse_us;
    bool one_time;
  };
  Lifecycle LifecycleOf(int64_t customer_id, const CohortPlace& place) const;
  int64_t LapseUs(int64_t customer_id) const {
    return LifecycleOf(customer_id, PlaceOf(customer_id)).lapse_us;
  }
  // Whether the customer has not lapsed by `ts_us` (LifecycleOf's lapse_us >
  // ts_us), and whether they are a one-time buyer. For base customers inside the
  // window this is mostly a comparison of the lifetime quantile against the day's bound (no
  // logarithm): what picking customers asks for every candidate.
  bool ActiveAt(int64_t customer_id, const CohortPlace& place, int64_t ts_us, bool* one_time) const;
  // Customers of `generation` signed up before `ts_us` and not lapsed by then; walks every
  // customer, so it is for summaries, not for rows. REQUIRES: ts_us >= the window start.
  int64_t CountActiveAt(Generation generation, int64_t ts_us) const;
  const Lifetimes& lifetimes() const { return lifetimes_; }

 private:
  // Where each generation's quota starts when the generations, in order, take `counts`
  // positions each; the last entry is the total.
  using Quota = std::array<uint64_t, kGenerationCount + 1>;
  static Quota QuotaOf(const std::array<int64_t, kGenerationCount>& counts);
  // The generation whose quota holds `position`, and the position's rank inside it.
  static CohortPlace FromQuota(const Quota& quota, uint64_t position);
  // The lifetime quantile of a customer of `place`.
  double LifetimeQuantile(const CohortPlace& place) const;

  Lifetimes lifetimes_{LifecycleConfig{}};
  // Per window day: base customers whose lifetime quantile is above the bound of their class
  // are surely active all that day (one-time buyers: quantiles below the share).
  std::vector<Lifetimes::ActiveAbove> base_active_above_;
  double base_one_time_share_ = 0;

  uint64_t seed_ = 0;
  int64_t window_start_us_ = 0;
  int64_t window_us_ = 1;
  int64_t base_count_ = 0;
  int64_t new_count_ = 0;
  std::array<int64_t, kGenerationCount> base_by_gen_{};
  std::array<int64_t, kGenerationCount> new_by_gen_{};
  Quota base_quota_{};
  AffinePermutation base_order_{1, 0};
  AffinePermutation base_index_of_position_{1, 0};  // base_order_'s inverse
  // Signups: where each generation's share of the unit interval starts (the last entry 1).
  std::array<double, kGenerationCount + 1> new_bounds_{};
  double new_generation_offset_ = 0;
  std::array<double, kGenerationCount> lifetime_offsets_{};
};

}  // namespace ecomgen
