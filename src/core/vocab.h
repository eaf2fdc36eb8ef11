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
