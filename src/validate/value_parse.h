// Parsers for the contract's CSV cell formats (contract section 2), used on the validator's
// hot path: one call per cell, no allocation, no exceptions.
//
// Each parser takes the whole cell text and returns false when it is not exactly one value
// of its format (no surrounding blanks, nothing after the value). The caller turns a false
// into a Status naming the file and line. Values are stored the way the rest of ecomgen
// stores them: money as int64 cents, timestamps as int64 microseconds since the Unix epoch
// (UTC), dates as int64 days since the epoch.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ecomgen::validate {

// Decimal digits kept by ParsePercentMicro: discount_pct 12.5 is stored as 12'500'000.
inline constexpr int kPercentDecimals = 6;
inline constexpr int64_t kPercentScale = 1'000'000;  // 10^kPercentDecimals
// 100% in ParsePercentMicro's unit.
inline constexpr int64_t kHundredPercentMicro = 100 * kPercentScale;

// An optionally negative integer that fits int64 ("-12", "0", "42").
bool ParseInt64(std::string_view text, int64_t* out);

// A decimal number with at most `decimals` digits after the point, stored exactly as
// value * 10^decimals ("12.5" with decimals 2 gives 1250). More digits than `decimals` are
// accepted only when the extra ones are zeros. REQUIRES: 0 <= decimals <= 9.
bool ParseFixed(std::string_view text, int decimals, int64_t* out);

// Money with up to two decimals ("1234.50", "7", "-3.2") as int64 cents.
inline bool ParseCents(std::string_view text, int64_t* out) { return ParseFixed(text, 2, out); }

// A percentage with up to six decimals ("70", "12.5") in millionths of a percent.
inline bool ParsePercentMicro(std::string_view text, int64_t* out) {
  return ParseFixed(text, kPercentDecimals, out);
}

// A finite decimal floating-point number ("0.93", "1e-3").
bool ParseDouble(std::string_view text, double* out);

// `true` or `false`.
bool ParseBool(std::string_view text, bool* out);

// `YYYY-MM-DD` (a real calendar date) as days since 1970-01-01.
bool ParseDateDays(std::string_view text, int64_t* out);

// `YYYY-MM-DDTHH:MM:SSZ`, optionally with a fraction of up to six digits before the `Z`
// (`2024-11-29T14:03:27.5Z`), as microseconds since the Unix epoch.
bool ParseTimestampUs(std::string_view text, int64_t* out);

// Formats microseconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ` (fractions are dropped),
// for messages and for command lines.
std::string FormatTimestampUs(int64_t ts_us);

// Formats cents as a decimal with two places ("-12.05"), for messages.
std::string FormatCents(int64_t cents);

}  // namespace ecomgen::validate
