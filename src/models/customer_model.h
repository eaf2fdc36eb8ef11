// CustomerModel: each customer's traits as pure functions of the customer id, and the rules
// by which orders, carts and tickets pick a customer and follow their preferences.
//
// Who places an order at an instant: with a fixed probability a customer who signed up a
// short (exponential) delay earlier, placing one of their first orders; otherwise a customer
// alive at the instant, in proportion to their purchase rate - u^rate_exponent of a quantile
// stratified over the cohort (few heavy buyers, many light ones), times the cohort's
// order_frequency, the acquisition channel's factor and, for one-time buyers, a small factor.
// docs/behaviour.md has the model, its parameters and what they rest on.
//
// The customers table prints these traits; the fact generators call the same functions, so a
// customer's orders agree with their row without the table being in memory. Preferences are
// drawn from the customer's cohort mix (contract section 4); an order uses the preferred
// channel or payment method most of the time and otherwise draws from the same cohort mix,
// which keeps each cohort's realized mix on its configured row.
//
// Thread safety: immutable after construction.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "core/vocab.h"
#include "plan/plan.h"
#include "pools/market_pools.h"
#include "rng/alias_table.h"
#include "rng/counter_rng.h"
#include "rng/quantile_table.h"

namespace ecomgen {

struct CustomerTraits {
  Generation generation = Generation::kGenZ;
  Acquisition acquisition = Acquisition::kPaidSocial;
  Channel channel = Channel::kWeb;  // preferred
  PaymentMethod payment = PaymentMethod::kCard;
  SupportChannel support = SupportChannel::kChat;
  uint32_t city = 0;   // index into the market's city list
  uint8_t region = 0;  // index into AllRegionNames()
};

class CustomerModel {
 public:
  CustomerModel(const Plan& plan, Market market);

  const Plan& plan() const { return *plan_; }
  Market market() const { return market_; }
  const MarketPools& pools() const { return *pools_; }

  // REQUIRES: 1 <= id <= plan().customers.total().
  CustomerTraits Traits(int64_t id) const;
  // The gender customer `id` gives. Apart from Traits because only the customers table
  // prints it: orders and carts, which compute Traits per row, need not pay for it.
  Gender GenderOf(int64_t id) const;

  // The customer of an order or cart at `ts_us`: signed up by then and not lapsed (see
  // above; in seasonal planning also weighted by the region's drift). Uses draws from
  // `rng`. When `traits` is given, it receives the chosen customer's traits.
  int64_t Pick(RowRng& rng, int64_t ts_us, CustomerTraits* traits = nullptr) const;

  // The channel of an order or cart placed at `ts_us` by a customer with `traits`.
  Channel OrderChannel(RowRng& rng, int64_t id, const CustomerTraits& traits, int64_t ts_us) const;
  // The payment method of an order.
  PaymentMethod OrderPayment(RowRng& rng, const CustomerTraits& traits) const;
  // The support channel of a ticket by customer `id`.
  SupportChannel TicketChannel(RowRng& rng, int64_t id) const;
  // A channel for a guest (no customer): the cohort-weighted mix.
  Channel GuestChannel(RowRng& rng, int64_t ts_us) const;

 private:
  double RegionFactor(uint8_t region, int64_t ts_us) const;
  // The dimensions of a customer's preferences, each a coordinate of its quota sequence.
  enum class Dimension : uint8_t { kAcquisition, kChannel, kPayment, kSupport };
  // The preference in `dimension` of the customer of `rank` in `generation`, from that
  // generation's `mix` over vocabulary E.
  template <typename E>
  E Preference(const AliasTable& mix, size_t generation, Dimension dimension, int64_t rank) const;
  // A customer placing one of their first orders at `ts_us`; 0 if there is none alive.
  int64_t PickFirstOrderer(RowRng& rng, int64_t ts_us) const;
  // A customer alive at `ts_us`, in proportion to purchase rate: a base customer or a
  // signup in proportion to the expected weight of each group at that hour.
  int64_t PickByRate(RowRng& rng, int64_t ts_us) const;
  int64_t PickBase(RowRng& rng, int64_t ts_us) const;
  // One of the first `signed_up` signups.
  int64_t PickSignup(RowRng& rng, int64_t ts_us, int64_t signed_up) const;
  // The last test of a candidate: active at `ts_us`, then kept in proportion to the
  // acquisition factor, one-time buyers' factor and (seasonal) region drift.
  bool Accepts(RowRng& rng, int64_t id, const CustomerBase::CohortPlace& place,
               int64_t ts_us) const;
  // Fills base_weight_share_.
  void InitBaseWeightShares(const Config& config);
  // The rate quantile's part of the purchase rate of the customer of `place`, in (0, 1].
  double RateOf(const CustomerBase::CohortPlace& place) const;
  // The city (index into the market's list) of customer `id`.
  uint32_t City(int64_t id) const;
  // `channel`, or mobile web in place of the app.
  static Channel WithoutApp(Channel channel);

  const Plan* plan_;
  Market market_;
  const MarketPools* pools_;
  std::array<AliasTable, kGenerationCount> acquisition_;
  std::array<AliasTable, kGenerationCount> channel_;
  std::array<AliasTable, kGenerationCount> payment_;
  std::array<AliasTable, kGenerationCount> support_;
  AliasTable generation_mix_;
  AliasTable city_;
  std::array<std::array<double, 4>, kGenerationCount> preference_offsets_{};
  std::array<double, kGenerationCount> frequency_{};            // order frequency / the largest
  std::array<double, kAcquisitionCount> acquisition_factor_{};  // / the largest
  std::array<double, kGenerationCount> rate_offsets_{};
  // u^rate_exponent at the midpoints of kRateSteps equal steps of u.
  static constexpr size_t kRateSteps = 1024;
  std::array<double, kRateSteps> rate_of_quantile_{};
  double one_time_factor_ = 1;
  // The base's rate quantiles as drawn in proportion to rate: p -> p^(1 / (exponent + 1)).
  QuantileTable rate_quantile_of_draw_;
  AliasTable base_generation_;  // base count x order frequency
  // Per hour of the window: the base's share of the expected purchase-rate weight of all
  // active customers (the rest is the signups').
  std::vector<double> base_weight_share_;
  double first_order_share_ = 0;  // of the orders: first orders of recent signups
  double first_order_delay_days_ = 1;
  double region_amplitude_ = 0;
  StreamKey city_key_;
  StreamKey gender_key_;
  StreamKey adopter_key_;  // who adopts the app (multi-channel)
};

}  // namespace ecomgen
