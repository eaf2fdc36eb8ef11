// Durations as people write them in config files and on the command line, and (from the
// public ecomgen/timestamps.h) UTC timestamps.
//
//   ParseDuration("90m")  -> 5'400'000'000 (microseconds)     FormatDuration(...) -> "90m"
//
// Durations: a positive decimal number and one unit, s m h d w (seconds, minutes, hours,
// days, weeks): "30s", "90m", "1.5h", "14d", "2w". No sign, no exponent, no spaces, at most
// 100 years (kMaxDurationUs), and a whole number of microseconds.
//
// Errors are InvalidArgument, with a message that quotes the text but does not say where it
// came from; callers prefix the flag or file location.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ecomgen/result.h"
#include "ecomgen/timestamps.h"

namespace ecomgen {

// The longest duration accepted: 100 Julian years (36525 days).
inline constexpr int64_t kMaxDurationUs = int64_t{36'525} * 86'400 * 1'000'000;

// Parses a duration such as "90m", "8h", "14d", "2w", "30s" or "1.5h" into microseconds. A
// duration longer than `max_us` (at most kMaxDurationUs) is an error that names `max_us`, so
// a caller with a tighter limit (the window) gets that limit in the message.
Result<int64_t> ParseDuration(std::string_view text, int64_t max_us = kMaxDurationUs);

// The shortest exact spelling of `duration_us` in one unit (d, h, m or s; weeks are not
// used, so 14 days is "14d"); a duration that is not a whole number of seconds gets decimal
// seconds ("1.5s"). ParseDuration(FormatDuration(d)) == d for every 0 < d <= kMaxDurationUs.
std::string FormatDuration(int64_t duration_us);

}  // namespace ecomgen
