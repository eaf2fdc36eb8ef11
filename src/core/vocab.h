// The contract's vocabularies (lower_snake_case), in the order the config's mix arrays use.
//
// Columns of type kEnum store an index into one of these arrays, so both sinks print the same
// strings and the Parquet sink can write each as a fixed dictionary.
#pragma once

#include <array>
#include <string_view>

namespace ecomgen::vocab {

inline constexpr std::array<std::string_view, 4> kGeneration = {"gen_z", "millennial", "gen_x",
                                                                "boomer"};
inline constexpr std::array<std::string_view, 5> kAcquisition = {
    "paid_social", "influencer", "organic", "direct", "referral"};
inline constexpr std::array<std::string_view, 3> kChannel = {"web", "mobile_web", "mobile_app"};
inline constexpr std::array<std::string_view, 4> kPayment = {"card", "bnpl", "upi", "cod"};
inline constexpr std::array<std::string_view, 5> kSupportChannel = {"chat", "whatsapp",
                                                                    "social_media", "email",
                                                                    "phone"};
inline constexpr std::array<std::string_view, 2> kPaymentStatus = {"success", "failed"};

}  // namespace ecomgen::vocab

namespace ecomgen::vocab {

// Vocabularies this project fixes where the contract leaves them open (docs/schema.md).
inline constexpr std::array<std::string_view, 5> kOrderStatus = {
    "payment_failed", "cancelled", "delivered", "returned", "lost"};
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
    "price_comparison", "shipping_cost",   "payment_failed", "unexpected_cost",
    "slow_checkout",    "just_browsing",   "out_of_stock",   "technical_error"};
inline constexpr std::array<std::string_view, 3> kReturnStatus = {"refunded", "partially_refunded",
                                                                  "rejected"};
inline constexpr std::array<std::string_view, 7> kReturnReason = {
    "damaged",          "defective",     "wrong_item",  "size_fit",
    "not_as_described", "changed_mind",  "late_delivery"};
inline constexpr std::array<std::string_view, 8> kCampaignType = {
    "email", "paid_social", "search", "display", "influencer", "flash_sale", "seasonal",
    "app_launch"};
inline constexpr std::array<std::string_view, 8> kCampaignChannel = {
    "email",  "instagram",     "facebook",        "tiktok",
    "youtube", "google_search", "display_network", "push_notification"};
inline constexpr std::array<std::string_view, 2> kCountry = {"India", "United States"};
inline constexpr std::array<std::string_view, 2> kCurrency = {"INR", "USD"};

}  // namespace ecomgen::vocab
