#include <algorithm>
#include <array>

#include "core/vocab.h"
#include "tables/minute_table_generator.h"
#include "tables/row_writer.h"

namespace ecomgen {
namespace {

constexpr double kRecoveredShare = 0.11;

}  // namespace

CartAbandonmentGenerator::CartAbandonmentGenerator(const World& world)
    : EventTableGenerator(world, TableId::kCartAbandonment, world.plan.cart_prefix) {}

void CartAbandonmentGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  const Plan& plan = world_.plan;
  const Config& config = plan.config;
  RowWriter row(*out[0]);
  // Everyday stages, and reasons by whether the cart reached payment.
  using ReasonWeights = std::array<double, kCountOf<CartReason>>;
  static constexpr std::array<double, kCountOf<CartStage>> kStages = {45, 25, 18, 12};
  static constexpr ReasonWeights kEarlyReasons = {25, 20, 0, 15, 8, 25, 5, 2};
  static constexpr ReasonWeights kPaymentReasons = {10, 5, 35, 20, 15, 0, 0, 15};
  ReasonWeights early = kEarlyReasons;
  // Stock-outs drive abandonment while the primary supplier is down.
  if (plan.scenario.supply) early[Index(CartReason::kOutOfStock)] = 20;
  const StreamKey time_key(config.seed, streams::kCartTime);
  const StreamKey customer_key(config.seed, streams::kCartCustomer);
  const StreamKey channel_key(config.seed, streams::kCartChannel);
  const StreamKey basket_key(config.seed, streams::kCartBasket);
  const StreamKey checkout_key(config.seed, streams::kCartCheckout);
  const StreamKey recovery_key(config.seed, streams::kCartRecovery);
  for (int64_t minute = first_minute(chunk); minute < end_minute(chunk); ++minute) {
    const auto m = static_cast<size_t>(minute);
    const int32_t count = plan.carts[m];
    const int64_t minute_seconds = plan.MinuteLengthUs(minute) / kMicrosPerSecond;
    const bool outage = plan.InOutage(plan.MinuteStartUs(minute));
    for (int64_t rank = 0; rank < count; ++rank) {
      const int64_t index = plan.cart_prefix[m] + rank;
      const auto key = static_cast<uint64_t>(index);
      RowRng time_rng(time_key, key);
      const auto second = static_cast<int64_t>((static_cast<double>(rank) + time_rng.Uniform()) *
                                               static_cast<double>(minute_seconds) / count);
      const int64_t ts = plan.MinuteStartUs(minute) + second * kMicrosPerSecond;
      RowRng customer_rng(customer_key, key);
      RowRng channel_rng(channel_key, key);
      const bool guest = customer_rng.Bernoulli(config.business.guest_cart_rate);
      int64_t customer_id = 0;
      Channel channel = Channel::kWeb;
      Generation generation = Generation::kMillennial;
      if (guest) {
        channel = world_.customers.GuestChannel(channel_rng, ts);
      } else {
        CustomerTraits traits;
        customer_id = world_.customers.Pick(customer_rng, ts, &traits);
        generation = traits.generation;
        channel = world_.customers.OrderChannel(channel_rng, customer_id, traits, ts);
      }
      RowRng basket_rng(basket_key, key);
      const int64_t items = std::min<int64_t>(8, 1 + basket_rng.Poisson(1.2));
      int64_t value_cents = 0;
      for (int64_t item = 0; item < items; ++item) {
        value_cents += world_.catalog.at(world_.catalog.DrawProduct(generation, basket_rng.Next()))
                           .list_price_cents;
      }
      RowRng checkout_rng(checkout_key, key);
      auto stage = ValueAt<CartStage>(checkout_rng.Weighted(kStages));
      CartReason reason = CartReason::kPriceComparison;
      if (outage && checkout_rng.Bernoulli(0.85)) {
        // The gateway is down: carts die at payment.
        stage = CartStage::kPayment;
        reason =
            checkout_rng.Bernoulli(0.85) ? CartReason::kPaymentFailed : CartReason::kTechnicalError;
      } else {
        reason = ValueAt<CartReason>(checkout_rng.Weighted(
            stage == CartStage::kPayment ? std::span<const double>(kPaymentReasons)
                                         : std::span<const double>(early)));
      }
      RowRng recovery_rng(recovery_key, key);
      const bool recovered = recovery_rng.Bernoulli(outage ? 2 * kRecoveredShare : kRecoveredShare);
      row.Int(index + 1)
          .IntOrNull(!guest, customer_id)
          .Int(ts)
          .Enum(channel)
          .Int(items)
          .Int(value_cents)
          .Enum(stage)
          .Enum(reason)
          .Bool(recovered);
      row.End();
    }
  }
}

}  // namespace ecomgen
