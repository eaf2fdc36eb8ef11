// The registry of random streams: every decision the generator draws for has its own stream
// here, and nowhere else.
//
// A stream is (table, id): the key prefix of counter_rng.h, to which a row or day index is
// added per draw. Because each decision (an order's customer, its channel, its basket...) has
// its own stream, adding a draw to one decision never shifts the values of another. A
// compile-time check below refuses two decisions sharing a stream. Ids are part of the output:
// changing one changes the bytes of the files (list the change in CHANGELOG.md); new
// decisions take new ids.
//
// Thread safety: constants only.
#pragma once

#include <array>
#include <cstdint>

#include "ecomgen/table_id.h"

namespace ecomgen {

// One random stream, or a block of `width` consecutive streams for a family of decisions
// drawn alike (the latent daily series: one stream per series).
struct StreamId {
  TableId table;
  uint32_t id;
  uint32_t width = 1;

  // Stream `k` of a block. REQUIRES: k < width.
  constexpr StreamId At(uint32_t k) const { return {table, id + k, 1}; }
};

namespace streams {

// The plan (keyed by calendar day, so a scenario and its baseline share their daily shocks).
inline constexpr StreamId kOrdersDailyShock{TableId::kOrders, 0x300};
inline constexpr StreamId kLatentDailyShock{TableId::kOrders, 0x100, 4};  // one per series
inline constexpr StreamId kFailureOffset{TableId::kOrders, 0x301};
inline constexpr StreamId kFailureDailyCount{TableId::kOrders, 0x302};  // per day
// Spreading a day's events over its minutes: the per-minute draws, then the fix-up to the
// day's exact total.
inline constexpr StreamId kOrdersMinuteSplit{TableId::kOrders, 0x310};
inline constexpr StreamId kOrdersSplitFixup{TableId::kOrders, 0x311};
inline constexpr StreamId kCartsMinuteSplit{TableId::kCartAbandonment, 0x310};
inline constexpr StreamId kCartsSplitFixup{TableId::kCartAbandonment, 0x311};
inline constexpr StreamId kTicketsMinuteSplit{TableId::kSupportTickets, 0x310};
inline constexpr StreamId kTicketsSplitFixup{TableId::kSupportTickets, 0x311};

// Customers.
inline constexpr StreamId kSignupJitter{TableId::kCustomers, 1};
inline constexpr StreamId kCustomerCity{TableId::kCustomers, 10};
inline constexpr StreamId kPreferenceOffsets{TableId::kCustomers, 12};  // per generation
// Offsets, per generation, of the customers' lifetime and purchase-rate quantile sequences.
inline constexpr StreamId kLifetimeOffsets{TableId::kCustomers, 13};
inline constexpr StreamId kPurchaseRateOffsets{TableId::kCustomers, 14};
inline constexpr StreamId kSignupCohortOffset{TableId::kCustomers, 15};
inline constexpr StreamId kCustomerName{TableId::kCustomers, 20};
inline constexpr StreamId kCustomerContact{TableId::kCustomers, 21};  // email domain, phone
inline constexpr StreamId kCustomerBirth{TableId::kCustomers, 22};
inline constexpr StreamId kCustomerGender{TableId::kCustomers, 23};
inline constexpr StreamId kAppAdopter{TableId::kCustomers, 110};

// Suppliers, products, campaigns.
inline constexpr StreamId kSupplier{TableId::kSuppliers, 1};
inline constexpr StreamId kProductCategory{TableId::kProducts, 1};
inline constexpr StreamId kProductPrice{TableId::kProducts, 2};
inline constexpr StreamId kProductSupplier{TableId::kProducts, 3};
inline constexpr StreamId kProductDetail{TableId::kProducts, 4};
inline constexpr StreamId kCampaignPlan{TableId::kCampaigns, 1};
inline constexpr StreamId kCampaignMetrics{TableId::kCampaigns, 3};

// Orders: one stream per decision of an order, keyed by the order index (or id).
inline constexpr StreamId kOrderCustomer{TableId::kOrders, 1};
inline constexpr StreamId kOrderFate{TableId::kOrders, 2};  // per minute
inline constexpr StreamId kOrderTime{TableId::kOrders, 3};
inline constexpr StreamId kOrderFulfilment{TableId::kOrders, 4};
inline constexpr StreamId kOrderReturns{TableId::kOrders, 5};
inline constexpr StreamId kOrderSequenceOffset{TableId::kOrders, 6};  // per day
inline constexpr StreamId kOrderChannel{TableId::kOrders, 7};
inline constexpr StreamId kOrderPayment{TableId::kOrders, 8};
inline constexpr StreamId kOrderCampaign{TableId::kOrders, 9};
inline constexpr StreamId kOrderBasket{TableId::kOrders, 10};

// Abandoned carts, keyed by the cart index.
inline constexpr StreamId kCartTime{TableId::kCartAbandonment, 1};
inline constexpr StreamId kCartCustomer{TableId::kCartAbandonment, 2};
inline constexpr StreamId kCartChannel{TableId::kCartAbandonment, 3};
inline constexpr StreamId kCartBasket{TableId::kCartAbandonment, 4};
inline constexpr StreamId kCartCheckout{TableId::kCartAbandonment, 5};  // stage and reason
inline constexpr StreamId kCartRecovery{TableId::kCartAbandonment, 6};

// Support tickets, keyed by the ticket index. The head is what the ticket draws before it
// looks for its order (time, category, where the search starts).
inline constexpr StreamId kTicketHead{TableId::kSupportTickets, 1};
inline constexpr StreamId kTicketCustomer{TableId::kSupportTickets, 2};
inline constexpr StreamId kTicketChannel{TableId::kSupportTickets, 3};
inline constexpr StreamId kTicketHandling{TableId::kSupportTickets, 4};  // priority to status
inline constexpr StreamId kTicketSurvey{TableId::kSupportTickets, 5};

inline constexpr StreamId kSystemMetric{TableId::kSystemMetrics, 1};

// Every stream above; the check below runs over this list, so a stream missing from it is
// not checked: keep it complete (streams_test.cc checks it against this header).
inline constexpr std::array kAll = {
    kOrdersDailyShock,
    kLatentDailyShock,
    kFailureOffset,
    kFailureDailyCount,
    kOrdersMinuteSplit,
    kOrdersSplitFixup,
    kCartsMinuteSplit,
    kCartsSplitFixup,
    kTicketsMinuteSplit,
    kTicketsSplitFixup,
    kSignupJitter,
    kCustomerCity,
    kPreferenceOffsets,
    kLifetimeOffsets,
    kPurchaseRateOffsets,
    kSignupCohortOffset,
    kCustomerName,
    kCustomerContact,
    kCustomerBirth,
    kCustomerGender,
    kAppAdopter,
    kSupplier,
    kProductCategory,
    kProductPrice,
    kProductSupplier,
    kProductDetail,
    kCampaignPlan,
    kCampaignMetrics,
    kOrderCustomer,
    kOrderFate,
    kOrderTime,
    kOrderFulfilment,
    kOrderReturns,
    kOrderSequenceOffset,
    kOrderChannel,
    kOrderPayment,
    kOrderCampaign,
    kOrderBasket,
    kCartTime,
    kCartCustomer,
    kCartChannel,
    kCartBasket,
    kCartCheckout,
    kCartRecovery,
    kTicketHead,
    kTicketCustomer,
    kTicketChannel,
    kTicketHandling,
    kTicketSurvey,
    kSystemMetric,
};

// Whether no two streams of `all` overlap (same table, intersecting id blocks).
template <size_t N>
constexpr bool Disjoint(const std::array<StreamId, N>& all) {
  for (size_t a = 0; a < N; ++a) {
    for (size_t b = a + 1; b < N; ++b) {
      if (all[a].table != all[b].table) continue;
      if (all[a].id < all[b].id + all[b].width && all[b].id < all[a].id + all[a].width) {
        return false;
      }
    }
  }
  return true;
}
static_assert(Disjoint(kAll), "two decisions share a random stream: give each its own id");

}  // namespace streams
}  // namespace ecomgen
