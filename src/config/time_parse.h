// Durations and UTC timestamps as people write them in config files and on the command line.
//
//   ParseDuration("90m")  -> 5'400'000'000 (microseconds)     FormatDuration(...) -> "90m"
//   ParseUtcTimestamp("2024-11-29T00:00:00Z") -> 1'732'838'400'000'000
//
// Durations: a positive decimal number and one unit, s m h d w (seconds, minutes, hours,
// days, weeks): "30s", "90m", "1.5h", "14d", "2w". No sign, no exponent, no spaces, at most
// 100 years (kMaxDurationUs), and a whole number of microseconds.
//
// Timestamps: ISO 8601 in UTC, `YYYY-MM-DDTHH:MM:SSZ`, optionally with 1..6 fractional-second
// digits (`...:SS.250Z`); `+00:00` may stand for `Z`; a bare date `YYYY-MM-DD` means its
// midnight. Years 1970..9999. Other UTC offsets are rejected (the error shows the same instant
// in UTC) so that a config never depends on a time zone.
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

namespace ecomgen {

// The longest duration accepted: 100 Julian years (36525 days).
inline constexpr int64_t kMaxDurationUs = int64_t{36'525} * 86'400 * 1'000'000;

// The latest instant a timestamp can name: 9999-12-31T23:59:59.999999Z.
inline constexpr int64_t kMaxTimestampUs = int64_t{253'402'300'799'999'999};

// Parses a duration such as "90m", "8h", "14d", "2w", "30s" or "1.5h" into microseconds. A
// duration longer than `max_us` (at most kMaxDurationUs) is an error that names `max_us`, so
// a caller with a tighter limit (the window) gets that limit in the message.
Result<int64_t> ParseDuration(std::string_view text, int64_t max_us = kMaxDurationUs);

// The shortest exact spelling of `duration_us` in one unit (d, h, m or s; weeks are not
// used, so 14 days is "14d"); a duration that is not a whole number of seconds gets decimal
// seconds ("1.5s"). ParseDuration(FormatDuration(d)) == d for every 0 < d <= kMaxDurationUs.
std::string FormatDuration(int64_t duration_us);

// Parses an ISO 8601 UTC timestamp ("2024-11-29T00:00:00Z", "2024-11-29") into microseconds
// since the Unix epoch.
Result<int64_t> ParseUtcTimestamp(std::string_view text);

// "2024-11-29T00:00:00Z"; fractional seconds are printed (trailing zeros dropped) only when
// `ts_us` is not a whole second. ParseUtcTimestamp(FormatUtcTimestamp(t)) == t for every t in
// 0..kMaxTimestampUs.
std::string FormatUtcTimestamp(int64_t ts_us);

}  // namespace ecomgen
