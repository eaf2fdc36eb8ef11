// ISO 8601 timestamps in UTC: the one reader of their layout and the one writer.
//
//   YYYY-MM-DD [ T HH:MM:SS [ .f{1,6} ] ZONE ]      e.g. 2024-11-29T14:03:27.25Z
//
// ScanIsoTimestamp splits a text into calendar fields by the layout alone (fixed digit
// counts and separators) and checks no ranges, so that each reader applies its own rules on
// the same fields: the config reader (config/time_parse.h) also takes a bare date and
// +00:00 and explains every refusal; ParseIsoTimestamp, which the validator uses on every
// cell, takes only the form ecomgen writes. The arithmetic is core/civil_time.h's.
//
// Thread safety: pure functions; the scanners do not allocate.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/civil_time.h"

namespace ecomgen {

// The fields of a timestamp text, as written.
struct IsoTimestampFields {
  CivilDateTime time;       // not range-checked; microsecond from the fraction
  bool has_time = false;    // false: the text is a bare date (exactly 10 characters)
  int fraction_digits = 0;  // 0 when the seconds have no fraction
  std::string_view zone;    // what follows the seconds and fraction: "Z", "+00:00"... or ""
};

enum class IsoScanError : uint8_t {
  kNone,
  kLayout,          // not YYYY-MM-DD[THH:MM:SS...]
  kFractionDigits,  // a '.' after the seconds without 1 to 6 digits
};

// Splits `text` into `out`. On an error `out` is partly filled and must not be used.
IsoScanError ScanIsoTimestamp(std::string_view text, IsoTimestampFields* out);

// Whether `time` names a real instant: a valid date, 00:00:00..23:59:59, microsecond
// 0..999999 (no leap seconds, as in Unix time).
bool IsValidCivilDateTime(const CivilDateTime& time);

// Exactly `YYYY-MM-DD`, a real date, as days since 1970-01-01.
bool ParseIsoDate(std::string_view text, int64_t* days);

// Exactly `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.fZ` (1..6 fraction digits), a real
// instant, as microseconds since the epoch. Years 0000..9999.
bool ParseIsoTimestamp(std::string_view text, int64_t* ts_us);

// "2024-11-29T14:03:27Z"; the fraction (trailing zeros dropped) only when `ts_us` is not a
// whole second. Total over int64. ParseIsoTimestamp inverts it for years 0000..9999.
std::string FormatIsoTimestamp(int64_t ts_us);

// The same without the fraction (the instant floored to its second), for messages.
std::string FormatIsoTimestampSeconds(int64_t ts_us);

}  // namespace ecomgen
