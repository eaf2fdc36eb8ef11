// UTC timestamps as people write them in config files and on the command line.
//
//   ParseUtcTimestamp("2024-11-29T00:00:00Z") -> 1'732'838'400'000'000 (microseconds)
//
// ISO 8601 in UTC, `YYYY-MM-DDTHH:MM:SSZ`, optionally with 1..6 fractional-second digits
// (`...:SS.250Z`); `+00:00` may stand for `Z`; a bare date `YYYY-MM-DD` means its midnight.
// Years 1970..9999. Other UTC offsets are rejected (the error shows the same instant in UTC)
// so that a config never depends on a time zone.
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

// The latest instant a timestamp can name: 9999-12-31T23:59:59.999999Z.
inline constexpr int64_t kMaxTimestampUs = int64_t{253'402'300'799'999'999};

// Parses an ISO 8601 UTC timestamp ("2024-11-29T00:00:00Z", "2024-11-29") into microseconds
// since the Unix epoch.
Result<int64_t> ParseUtcTimestamp(std::string_view text);

// "2024-11-29T00:00:00Z"; fractional seconds are printed (trailing zeros dropped) only when
// `ts_us` is not a whole second. ParseUtcTimestamp(FormatUtcTimestamp(t)) == t for every t in
// 0..kMaxTimestampUs.
std::string FormatUtcTimestamp(int64_t ts_us);

}  // namespace ecomgen
