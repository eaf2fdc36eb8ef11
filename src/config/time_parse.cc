#include "config/time_parse.h"

#include <fmt/format.h>

#include <array>
#include <cstdint>

#include "core/civil_time.h"
#include "core/iso_timestamp.h"
#include "ecomgen/config.h"
#include "ecomgen/quote.h"

namespace ecomgen {
namespace {

struct DurationUnit {
  char symbol;
  int64_t micros;
};

// Units that ParseDuration accepts. FormatDuration uses all but weeks, largest first.
constexpr std::array<DurationUnit, 5> kDurationUnits = {{{'w', 7 * kMicrosPerDay},
                                                         {'d', kMicrosPerDay},
                                                         {'h', kMicrosPerHour},
                                                         {'m', kMicrosPerMinute},
                                                         {'s', kMicrosPerSecond}}};

// With at most this many significant fraction digits, fraction * unit fits in an int64
// (999999 * one week in microseconds is about 6e17).
constexpr size_t kMaxFractionDigits = 6;

constexpr int64_t kPow10[] = {1, 10, 100, 1'000, 10'000, 100'000, 1'000'000};

bool IsDigit(char ch) { return ch >= '0' && ch <= '9'; }

Status DurationSyntaxError(std::string_view text) {
  return Status::InvalidArgument(
      fmt::format("expected a duration such as 90m, 8h, 14d or 2w, got {}", QuoteForMessage(text)));
}

Status TimestampSyntaxError(std::string_view text) {
  return Status::InvalidArgument(fmt::format(
      "expected a UTC timestamp such as 2024-11-29T00:00:00Z, got {}", QuoteForMessage(text)));
}

// Reads exactly `count` digits at `pos` as a number; false if any of them is not a digit.
bool ReadFixedDigits(std::string_view text, size_t pos, size_t count, int& value) {
  if (pos + count > text.size()) return false;
  value = 0;
  for (size_t idx = pos; idx < pos + count; ++idx) {
    if (!IsDigit(text[idx])) return false;
    value = value * 10 + (text[idx] - '0');
  }
  return true;
}

}  // namespace

Result<int64_t> ParseDuration(std::string_view text, int64_t max_us) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    if (text.front() == '-') {
      return Status::InvalidArgument(
          fmt::format("a duration must be positive, got {}", QuoteForMessage(text)));
    }
    return DurationSyntaxError(text);
  }
  size_t pos = 0;
  // The integer part saturates: anything above this is far beyond kMaxDurationUs anyway.
  constexpr int64_t kSaturated = int64_t{1} << 60;
  int64_t whole = 0;
  while (pos < text.size() && IsDigit(text[pos])) {
    whole = whole > kSaturated / 10 ? kSaturated : whole * 10 + (text[pos] - '0');
    ++pos;
  }
  if (pos == 0) return DurationSyntaxError(text);
  std::string_view fraction;
  if (pos < text.size() && text[pos] == '.') {
    const size_t fraction_start = ++pos;
    while (pos < text.size() && IsDigit(text[pos])) ++pos;
    fraction = text.substr(fraction_start, pos - fraction_start);
    if (fraction.empty()) return DurationSyntaxError(text);
  }
  const std::string_view unit_text = text.substr(pos);
  if (unit_text.empty()) {
    return Status::InvalidArgument(fmt::format(
        "duration {} has no unit (use s, m, h, d or w, as in 90m)", QuoteForMessage(text)));
  }
  const DurationUnit* unit = nullptr;
  for (const DurationUnit& candidate : kDurationUnits) {
    if (unit_text.size() == 1 && unit_text[0] == candidate.symbol) unit = &candidate;
  }
  if (unit == nullptr) {
    if (unit_text.size() == 1 && !IsDigit(unit_text[0])) {
      return Status::InvalidArgument(
          fmt::format("unknown duration unit {} in {} (use s, m, h, d or w)",
                      QuoteForMessage(unit_text), QuoteForMessage(text)));
    }
    return DurationSyntaxError(text);
  }
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (fraction.size() > kMaxFractionDigits) {
    return Status::InvalidArgument(
        fmt::format("duration {} is not a whole number of microseconds", QuoteForMessage(text)));
  }
  int64_t fraction_value = 0;
  for (const char digit : fraction) fraction_value = fraction_value * 10 + (digit - '0');
  const int64_t scaled_fraction = fraction_value * unit->micros;
  const int64_t fraction_divisor = kPow10[fraction.size()];
  if (scaled_fraction % fraction_divisor != 0) {
    return Status::InvalidArgument(
        fmt::format("duration {} is not a whole number of microseconds", QuoteForMessage(text)));
  }
  // Julian years, as kMaxDurationUs counts them: 1461d is 4 years, 36525d is 100.
  constexpr double kMicrosPerYear = 365.25 * 86'400 * 1'000'000;
  const Status too_long = Status::InvalidArgument(fmt::format(
      "duration {} is longer than the maximum of {} ({:g} years)", QuoteForMessage(text),
      FormatDuration(max_us), static_cast<double>(max_us) / kMicrosPerYear));
  if (whole > max_us / unit->micros) return too_long;
  const int64_t total_us = whole * unit->micros + scaled_fraction / fraction_divisor;
  if (total_us > max_us) return too_long;
  if (total_us <= 0) {
    return Status::InvalidArgument(
        fmt::format("a duration must be positive, got {}", QuoteForMessage(text)));
  }
  return total_us;
}

std::string FormatDuration(int64_t duration_us) {
  if (duration_us == 0) return "0s";
  // Negative durations never come out of ParseDuration; the magnitude is formatted as
  // unsigned so that this stays total (INT64_MIN has no int64 negation).
  const bool negative = duration_us < 0;
  const uint64_t magnitude =
      negative ? ~static_cast<uint64_t>(duration_us) + 1 : static_cast<uint64_t>(duration_us);
  const std::string_view sign = negative ? "-" : "";
  for (const DurationUnit& unit : kDurationUnits) {
    if (unit.symbol == 'w') continue;  // "14d" reads better than "2w" in a config
    const auto unit_us = static_cast<uint64_t>(unit.micros);
    if (magnitude % unit_us == 0)
      return fmt::format("{}{}{}", sign, magnitude / unit_us, unit.symbol);
  }
  const auto second_us = static_cast<uint64_t>(kMicrosPerSecond);
  std::string fraction = fmt::format("{:06}", magnitude % second_us);
  while (fraction.back() == '0') fraction.pop_back();
  return fmt::format("{}{}.{}s", sign, magnitude / second_us, fraction);
}

Result<int64_t> ParseUtcTimestamp(std::string_view text) {
  // The layout is core's (ScanIsoTimestamp); what a config accepts, and why not, is here.
  IsoTimestampFields fields;
  switch (ScanIsoTimestamp(text, &fields)) {
    case IsoScanError::kNone:
      break;
    case IsoScanError::kLayout:
      return TimestampSyntaxError(text);
    case IsoScanError::kFractionDigits:
      return Status::InvalidArgument(fmt::format(
          "timestamp {} must have 1 to 6 fractional-second digits", QuoteForMessage(text)));
  }
  const CivilDateTime& time = fields.time;
  if (fields.has_time) {
    const std::string_view zone = fields.zone;
    if (zone.empty()) {
      return Status::InvalidArgument(
          fmt::format("timestamp {} has no time zone; write it in UTC with a trailing Z, as in "
                      "2024-11-29T00:00:00Z",
                      QuoteForMessage(text)));
    }
    int offset_hours = 0;
    int offset_minutes = 0;
    const bool is_offset = zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') &&
                           ReadFixedDigits(zone, 1, 2, offset_hours) && zone[3] == ':' &&
                           ReadFixedDigits(zone, 4, 2, offset_minutes);
    if (zone != "Z" && !is_offset) return TimestampSyntaxError(text);
    if (is_offset && (offset_hours != 0 || offset_minutes != 0)) {
      if (offset_hours > 23 || offset_minutes > 59) return TimestampSyntaxError(text);
      std::string in_utc;
      if (IsValidCivilDateTime(time)) {
        const int64_t offset_us = (int64_t{offset_hours} * 60 + offset_minutes) * kMicrosPerMinute;
        const int64_t utc_us = MicrosFromCivil(time) + (zone[0] == '+' ? -offset_us : offset_us);
        in_utc = fmt::format(" ({})", FormatUtcTimestamp(utc_us));
      }
      return Status::InvalidArgument(
          fmt::format("timestamp {} has the UTC offset {}; write the instant in UTC with Z{}",
                      QuoteForMessage(text), zone, in_utc));
    }
  }
  const int64_t year = time.date.year;
  if (year < 1970) {
    return Status::InvalidArgument(
        fmt::format("timestamp {}: the year must be 1970..9999", QuoteForMessage(text)));
  }
  if (!IsValidCivilDate(time.date)) {
    if (time.date.month < 1 || time.date.month > 12) {
      return Status::InvalidArgument(fmt::format("timestamp {}: there is no month {}",
                                                 QuoteForMessage(text), time.date.month));
    }
    return Status::InvalidArgument(fmt::format("timestamp {}: {:04}-{:02} has only {} days",
                                               QuoteForMessage(text), year, time.date.month,
                                               DaysInMonth(year, time.date.month)));
  }
  if (!IsValidCivilDateTime(time)) {
    return Status::InvalidArgument(fmt::format(
        "timestamp {}: the time of day must be 00:00:00..23:59:59", QuoteForMessage(text)));
  }
  return MicrosFromCivil(time);
}

std::string FormatUtcTimestamp(int64_t ts_us) { return FormatIsoTimestamp(ts_us); }

}  // namespace ecomgen
