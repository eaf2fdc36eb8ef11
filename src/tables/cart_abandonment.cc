#include <algorithm>
#include <array>

#include "tables/minute_table_generator.h"
#include "tables/row_writer.h"

namespace ecomgen {
namespace {

constexpr uint32_t kCartStream = 1;
constexpr double kRecoveredShare = 0.11;

enum Stage : uint8_t { kCart, kShipping, kPayment, kReview };
enum Reason : uint8_t {
  kPriceComparison,
  kShippingCost,
  kPaymentFailed,
  kUnexpectedCost,
  kSlowCheckout,
  kJustBrowsing,
  kOutOfStock,
  kTechnicalError,
};

}  // namespace

CartAbandonmentGenerator::CartAbandonmentGenerator(const World& world)
    : EventTableGenerator(world, TableId::kCartAbandonment, world.plan.cart_prefix) {}

void CartAbandonmentGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  const Plan& plan = world_.plan;
  const Config& config = plan.config;
  RowWriter row(*out[0]);
  // Everyday stages, and reasons by whether the cart reached payment.
  static constexpr std::array<double, 4> kStages = {45, 25, 18, 12};
  static constexpr std::array<double, 8> kEarlyReasons = {25, 20, 0, 15, 8, 25, 5, 2};
  static constexpr std::array<double, 8> kPaymentReasons = {10, 5, 35, 20, 15, 0, 0, 15};
  std::array<double, 8> early = kEarlyReasons;
  // Stock-outs drive abandonment while the primary supplier is down.
  if (config.supply_disruption.enabled) early[kOutOfStock] = 20;
  const StreamKey cart_key(config.seed, TableId::kCartAbandonment, kCartStream);
  for (int64_t minute = first_minute(chunk); minute < end_minute(chunk); ++minute) {
    const auto m = static_cast<size_t>(minute);
    const int32_t count = plan.carts[m];
    const int64_t minute_seconds = plan.MinuteLengthUs(minute) / kMicrosPerSecond;
    const bool outage = plan.InOutage(plan.MinuteStartUs(minute));
    for (int64_t rank = 0; rank < count; ++rank) {
      const int64_t index = plan.cart_prefix[m] + rank;
      RowRng rng(cart_key, static_cast<uint64_t>(index));
      const auto second = static_cast<int64_t>((static_cast<double>(rank) + rng.Uniform()) *
                                               static_cast<double>(minute_seconds) / count);
      const int64_t ts = plan.MinuteStartUs(minute) + second * kMicrosPerSecond;
      const bool guest = rng.Bernoulli(config.business.guest_cart_rate);
      int64_t customer_id = 0;
      uint8_t channel = 0;
      Generation generation = Generation::kMillennial;
      if (guest) {
        channel = world_.customers.GuestChannel(rng, ts);
      } else {
        CustomerTraits traits;
        customer_id = world_.customers.Pick(rng, ts, &traits);
        generation = traits.generation;
        channel = world_.customers.OrderChannel(rng, customer_id, traits, ts);
      }
      const int64_t items = std::min<int64_t>(8, 1 + rng.Poisson(1.2));
      int64_t value_cents = 0;
      for (int64_t item = 0; item < items; ++item) {
        value_cents +=
            world_.catalog.at(world_.catalog.DrawProduct(generation, rng.Next())).list_price_cents;
      }
      auto stage = static_cast<uint8_t>(rng.Weighted(kStages));
      uint8_t reason = 0;
      if (outage && rng.Bernoulli(0.85)) {
        // The gateway is down: carts die at payment.
        stage = kPayment;
        reason = rng.Bernoulli(0.85) ? kPaymentFailed : kTechnicalError;
      } else {
        reason = static_cast<uint8_t>(rng.Weighted(stage == kPayment
                                                       ? std::span<const double>(kPaymentReasons)
                                                       : std::span<const double>(early)));
      }
      const bool recovered = rng.Bernoulli(outage ? 2 * kRecoveredShare : kRecoveredShare);
      row.Int(index + 1)
          .IntOrNull(!guest, customer_id)
          .Int(ts)
          .Int(channel)
          .Int(items)
          .Int(value_cents)
          .Int(stage)
          .Int(reason)
          .Bool(recovered);
      row.End();
    }
  }
}

}  // namespace ecomgen
