#include "validate/line_total.h"

#include "validate/value_parse.h"

namespace ecomgen::validate {

ExpectedLineTotal ComputeLineTotal(int64_t quantity, int64_t unit_price_cents,
                                   int64_t discount_micro_pct) {
  ExpectedLineTotal expected;
  const int64_t factor = kHundredPercentMicro - discount_micro_pct;
  int64_t numerator = 0;
  if (__builtin_mul_overflow(quantity, unit_price_cents, &numerator) ||
      __builtin_mul_overflow(numerator, factor, &numerator)) {
    expected.overflow = true;
    return expected;
  }
  constexpr int64_t kDenominator = kHundredPercentMicro;
  const bool negative = numerator < 0;
  const int64_t magnitude = negative ? -numerator : numerator;
  int64_t rounded = magnitude / kDenominator;
  const int64_t remainder = magnitude % kDenominator;
  if (2 * remainder == kDenominator) {
    expected.tie = true;
    expected.tie_other_cents = negative ? -rounded : rounded;
  }
  if (2 * remainder >= kDenominator) ++rounded;
  expected.cents = negative ? -rounded : rounded;
  return expected;
}

bool LineTotalMatches(int64_t quantity, int64_t unit_price_cents, int64_t discount_micro_pct,
                      int64_t line_total_cents) {
  const ExpectedLineTotal expected =
      ComputeLineTotal(quantity, unit_price_cents, discount_micro_pct);
  if (expected.overflow) return false;
  return line_total_cents == expected.cents ||
         (expected.tie && line_total_cents == expected.tie_other_cents);
}

}  // namespace ecomgen::validate
