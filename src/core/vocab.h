// The vocabularies of the data: one enum class each, and the lower_snake_case strings the
// files print for it, in enumerator order.
//
// Models hold vocabulary values as these enums; columns of type kEnum store the enumerator's
// index, so both sinks print the same strings and the Parquet sink can write each vocabulary
// as a fixed dictionary. The string tables are also the order of the config's mix arrays
// (acquisition_pct, channel_pct, ...). `Name(value)` gives a value's string, `kCountOf<E>`
// the size of a vocabulary; static_asserts below keep every table as long as its enum.
//
// Thread safety: constants only.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "ecomgen/config.h"

namespace ecomgen {

// Contract section 3. Generation is in the public config.h (the cohort configs index by it).
// Vocabularies this project adds (docs/schema.md) start here and run to Currency.
enum class Gender : uint8_t { kFemale, kMale, kUndisclosed };
enum class Acquisition : uint8_t { kPaidSocial, kInfluencer, kOrganic, kDirect, kReferral };
enum class Channel : uint8_t { kWeb, kMobileWeb, kMobileApp };
enum class PaymentMethod : uint8_t { kCard, kBnpl, kUpi, kCod, kWallet };
enum class SupportChannel : uint8_t { kChat, kWhatsapp, kSocialMedia, kEmail, kPhone };
enum class PaymentStatus : uint8_t { kSuccess, kFailed };

// Vocabularies this project fixes where the contract leaves them open (docs/schema.md).
enum class OrderStatus : uint8_t { kPaymentFailed, kCancelled, kDelivered, kReturned, kLost };
enum class TicketCategory : uint8_t {
  kDeliveryDelay,
  kPaymentIssue,
  kReturnRefund,
  kRestockInquiry,
  kProductQuality,
  kOrderChange,
  kAccountAccess,
  kGeneralInquiry,
};
enum class TicketPriority : uint8_t { kLow, kMedium, kHigh, kUrgent };
enum class TicketStatus : uint8_t { kOpen, kPending, kResolved, kClosed };
enum class CartStage : uint8_t { kCart, kShipping, kPayment, kReview };
enum class CartReason : uint8_t {
  kPriceComparison,
  kShippingCost,
  kPaymentFailed,
  kUnexpectedCost,
  kSlowCheckout,
  kJustBrowsing,
  kOutOfStock,
  kTechnicalError,
};
enum class ReturnStatus : uint8_t { kRefunded, kPartiallyRefunded, kRejected };
enum class ReturnReason : uint8_t {
  kDamaged,
  kDefective,
  kWrongItem,
  kSizeFit,
  kNotAsDescribed,
  kChangedMind,
  kLateDelivery,
};
enum class CampaignType : uint8_t {
  kEmail,
  kPaidSocial,
  kSearch,
  kDisplay,
  kInfluencer,
  kFlashSale,
  kSeasonal,
  kAppLaunch,
};
enum class CampaignChannel : uint8_t {
  kEmail,
  kInstagram,
  kFacebook,
  kTiktok,
  kYoutube,
  kGoogleSearch,
  kDisplayNetwork,
  kPushNotification,
};
enum class Country : uint8_t { kIndia, kUnitedStates };
enum class Currency : uint8_t { kInr, kUsd };

namespace vocab {

inline constexpr std::array<std::string_view, 4> kGeneration = {"gen_z", "millennial", "gen_x",
                                                                "boomer"};
inline constexpr std::array<std::string_view, 3> kGender = {"female", "male", "undisclosed"};
inline constexpr std::array<std::string_view, 5> kAcquisition = {"paid_social", "influencer",
                                                                 "organic", "direct", "referral"};
inline constexpr std::array<std::string_view, 3> kChannel = {"web", "mobile_web", "mobile_app"};
inline constexpr std::array<std::string_view, 5> kPayment = {"card", "bnpl", "upi", "cod",
                                                             "wallet"};
inline constexpr std::array<std::string_view, 5> kSupportChannel = {
    "chat", "whatsapp", "social_media", "email", "phone"};
inline constexpr std::array<std::string_view, 2> kPaymentStatus = {"success", "failed"};
inline constexpr std::array<std::string_view, 5> kOrderStatus = {"payment_failed", "cancelled",
                                                                 "delivered", "returned", "lost"};
inline constexpr std::array<std::string_view, 8> kTicketCategory = {
    "delivery_delay",  "payment_issue", "return_refund",  "restock_inquiry",
    "product_quality", "order_change",  "account_access", "general_inquiry"};
inline constexpr std::array<std::string_view, 4> kTicketPriority = {"low", "medium", "high",
                                                                    "urgent"};
inline constexpr std::array<std::string_view, 4> kTicketStatus = {"open", "pending", "resolved",
                                                                  "closed"};
inline constexpr std::array<std::string_view, 4> kCartStage = {"cart", "shipping", "payment",
                                                               "review"};
inline constexpr std::array<std::string_view, 8> kCartReason = {
    "price_comparison", "shipping_cost", "payment_failed", "unexpected_cost",
    "slow_checkout",    "just_browsing", "out_of_stock",   "technical_error"};
inline constexpr std::array<std::string_view, 3> kReturnStatus = {"refunded", "partially_refunded",
                                                                  "rejected"};
inline constexpr std::array<std::string_view, 7> kReturnReason = {
    "damaged",          "defective",    "wrong_item",   "size_fit",
    "not_as_described", "changed_mind", "late_delivery"};
inline constexpr std::array<std::string_view, 8> kCampaignType = {
    "email",      "paid_social", "search",   "display",
    "influencer", "flash_sale",  "seasonal", "app_launch"};
inline constexpr std::array<std::string_view, 8> kCampaignChannel = {
    "email",   "instagram",     "facebook",        "tiktok",
    "youtube", "google_search", "display_network", "push_notification"};
inline constexpr std::array<std::string_view, 2> kCountry = {"India", "United States"};
inline constexpr std::array<std::string_view, 2> kCurrency = {"INR", "USD"};

}  // namespace vocab

// The string table of each vocabulary enum (found by overload, so `Name` and `kCountOf` work
// for any of them).
constexpr const auto& NamesOf(Generation) { return vocab::kGeneration; }
constexpr const auto& NamesOf(Gender) { return vocab::kGender; }
constexpr const auto& NamesOf(Acquisition) { return vocab::kAcquisition; }
constexpr const auto& NamesOf(Channel) { return vocab::kChannel; }
constexpr const auto& NamesOf(PaymentMethod) { return vocab::kPayment; }
constexpr const auto& NamesOf(SupportChannel) { return vocab::kSupportChannel; }
constexpr const auto& NamesOf(PaymentStatus) { return vocab::kPaymentStatus; }
constexpr const auto& NamesOf(OrderStatus) { return vocab::kOrderStatus; }
constexpr const auto& NamesOf(TicketCategory) { return vocab::kTicketCategory; }
constexpr const auto& NamesOf(TicketPriority) { return vocab::kTicketPriority; }
constexpr const auto& NamesOf(TicketStatus) { return vocab::kTicketStatus; }
constexpr const auto& NamesOf(CartStage) { return vocab::kCartStage; }
constexpr const auto& NamesOf(CartReason) { return vocab::kCartReason; }
constexpr const auto& NamesOf(ReturnStatus) { return vocab::kReturnStatus; }
constexpr const auto& NamesOf(ReturnReason) { return vocab::kReturnReason; }
constexpr const auto& NamesOf(CampaignType) { return vocab::kCampaignType; }
constexpr const auto& NamesOf(CampaignChannel) { return vocab::kCampaignChannel; }
constexpr const auto& NamesOf(Country) { return vocab::kCountry; }
constexpr const auto& NamesOf(Currency) { return vocab::kCurrency; }

// The number of values of vocabulary E.
template <typename E>
inline constexpr size_t kCountOf = NamesOf(E{}).size();

// The position of `value` in its vocabulary: the index a kEnum column stores, and the index
// of per-value arrays (mixes, medians).
template <typename E>
requires std::is_enum_v<E>
constexpr size_t Index(E value) { return static_cast<size_t>(value); }

// The string the files print for `value`.
template <typename E>
constexpr std::string_view Name(E value) {
  return NamesOf(value)[Index(value)];
}

// The value at `index` of vocabulary E (from a weighted draw over its values).
// REQUIRES: index < kCountOf<E>.
template <typename E>
constexpr E ValueAt(size_t index) {
  return static_cast<E>(index);
}

// Every table names every value: its size is one past the enum's last enumerator.
static_assert(kCountOf<Generation> == Index(Generation::kBoomer) + 1);
static_assert(kCountOf<Gender> == Index(Gender::kUndisclosed) + 1);
static_assert(kCountOf<Acquisition> == Index(Acquisition::kReferral) + 1);
static_assert(kCountOf<Channel> == Index(Channel::kMobileApp) + 1);
static_assert(kCountOf<PaymentMethod> == Index(PaymentMethod::kWallet) + 1);
static_assert(kCountOf<SupportChannel> == Index(SupportChannel::kPhone) + 1);
static_assert(kCountOf<PaymentStatus> == Index(PaymentStatus::kFailed) + 1);
static_assert(kCountOf<OrderStatus> == Index(OrderStatus::kLost) + 1);
static_assert(kCountOf<TicketCategory> == Index(TicketCategory::kGeneralInquiry) + 1);
static_assert(kCountOf<TicketPriority> == Index(TicketPriority::kUrgent) + 1);
static_assert(kCountOf<TicketStatus> == Index(TicketStatus::kClosed) + 1);
static_assert(kCountOf<CartStage> == Index(CartStage::kReview) + 1);
static_assert(kCountOf<CartReason> == Index(CartReason::kTechnicalError) + 1);
static_assert(kCountOf<ReturnStatus> == Index(ReturnStatus::kRejected) + 1);
static_assert(kCountOf<ReturnReason> == Index(ReturnReason::kLateDelivery) + 1);
static_assert(kCountOf<CampaignType> == Index(CampaignType::kAppLaunch) + 1);
static_assert(kCountOf<CampaignChannel> == Index(CampaignChannel::kPushNotification) + 1);
static_assert(kCountOf<Country> == Index(Country::kUnitedStates) + 1);
static_assert(kCountOf<Currency> == Index(Currency::kUsd) + 1);

}  // namespace ecomgen
