// What a market changes in the defaults of a config: each cohort's payment-method mix.
//
// India's mixes are contract section 4's table (UPI, India's instant-payment system, and
// cash on delivery are everyday there). The United States has neither UPI nor much cash on
// delivery; its online shoppers pay by card and, next most, by digital wallet. So the US mixes
// are the contract's with UPI's share on `wallet` and cash on delivery's on `bnpl` (contract
// 7.1: no order uses upi in the us market). docs/behaviour.md cites the sources.
//
// A config that changes business.market from its base's gets the new market's mixes before
// its own keys apply, so `{"extends": "baseline", "business": {"market": "us"}}` is a US
// business, and a config that also sets a mix keeps its own.
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <string_view>

#include "ecomgen/config.h"

namespace ecomgen {

// The payment mix (percentages over vocab::kPayment) of `generation` in `market` ("in" or
// "us"; anything else is India's).
std::array<double, kPaymentCount> MarketPaymentMix(std::string_view market, Generation generation);

// Sets every cohort's payment mix to `market`'s and business.market to `market`.
void ApplyMarketDefaults(std::string_view market, Config& config);

}  // namespace ecomgen
