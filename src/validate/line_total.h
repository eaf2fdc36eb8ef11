// The contract's line_total rule in exact integer arithmetic.
//
// line_total = round(quantity * unit_price * (1 - discount_pct/100), 2), rounding half away
// from zero. With unit_price in cents and discount_pct in millionths of a percent the exact
// value is quantity * unit_price_cents * (10^8 - discount) / 10^8 cents, a fraction with a
// known denominator, so the rounding is decided without floating point. When that value
// lies exactly on a half cent, both neighbours are accepted: a generator computing in binary
// floating point cannot see such a tie and may land on either side. Off a tie the exact
// value is at least 10^-8 cent away from the rounding boundary, far more than any double
// error, so exactly one value is accepted.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>

namespace ecomgen::validate {

struct ExpectedLineTotal {
  int64_t cents = 0;  // rounded half away from zero
  bool tie = false;   // exact value is a half cent: `tie_other_cents` is accepted too
  int64_t tie_other_cents = 0;
  bool overflow = false;  // the product does not fit int64 (absurd inputs)
};

// REQUIRES: discount_micro_pct in 0..10^8 (checked separately).
ExpectedLineTotal ComputeLineTotal(int64_t quantity, int64_t unit_price_cents,
                                   int64_t discount_micro_pct);

// Whether `line_total_cents` is an accepted rounding of the exact line total.
bool LineTotalMatches(int64_t quantity, int64_t unit_price_cents, int64_t discount_micro_pct,
                      int64_t line_total_cents);

}  // namespace ecomgen::validate
