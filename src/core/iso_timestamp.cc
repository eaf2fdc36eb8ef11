#include "core/iso_timestamp.h"

#include <fmt/format.h>

#include <array>

namespace ecomgen {
namespace {

constexpr size_t kDateLength = 10;        // YYYY-MM-DD
constexpr size_t kDateTimeLength = 19;    // YYYY-MM-DDTHH:MM:SS
constexpr size_t kMaxFractionDigits = 6;  // microseconds
constexpr int kMicrosPerSecond = 1'000'000;
constexpr std::array<int, 7> kPow10 = {1, 10, 100, 1'000, 10'000, 100'000, 1'000'000};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `count` digits at `text[pos]`.
bool FixedDigits(std::string_view text, size_t pos, size_t count, int* out) {
  if (pos + count > text.size()) return false;
  int value = 0;
  for (size_t idx = pos; idx < pos + count; ++idx) {
    if (!IsDigit(text[idx])) return false;
    value = value * 10 + (text[idx] - '0');
  }
  *out = value;
  return true;
}

std::string FormatSeconds(const CivilDateTime& time) {
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", time.date.year, time.date.month,
                     time.date.day, time.hour, time.minute, time.second);
}

}  // namespace

IsoScanError ScanIsoTimestamp(std::string_view text, IsoTimestampFields* out) {
  *out = IsoTimestampFields{};
  CivilDateTime& time = out->time;
  int year = 0;
  if (!FixedDigits(text, 0, 4, &year) || text.size() < kDateLength || text[4] != '-' ||
      !FixedDigits(text, 5, 2, &time.date.month) || text[7] != '-' ||
      !FixedDigits(text, 8, 2, &time.date.day)) {
    return IsoScanError::kLayout;
  }
  time.date.year = year;
  if (text.size() == kDateLength) return IsoScanError::kNone;
  if (text.size() < kDateTimeLength || text[10] != 'T' || !FixedDigits(text, 11, 2, &time.hour) ||
      text[13] != ':' || !FixedDigits(text, 14, 2, &time.minute) || text[16] != ':' ||
      !FixedDigits(text, 17, 2, &time.second)) {
    return IsoScanError::kLayout;
  }
  out->has_time = true;
  size_t pos = kDateTimeLength;
  if (pos < text.size() && text[pos] == '.') {
    const size_t fraction_start = ++pos;
    while (pos < text.size() && IsDigit(text[pos])) ++pos;
    const size_t digits = pos - fraction_start;
    if (digits == 0 || digits > kMaxFractionDigits) return IsoScanError::kFractionDigits;
    int fraction = 0;
    (void)FixedDigits(text, fraction_start, digits, &fraction);
    time.microsecond = fraction * kPow10[kMaxFractionDigits - digits];
    out->fraction_digits = static_cast<int>(digits);
  }
  out->zone = text.substr(pos);
  return IsoScanError::kNone;
}

bool IsValidCivilDateTime(const CivilDateTime& time) {
  return IsValidCivilDate(time.date) && time.hour >= 0 && time.hour < 24 && time.minute >= 0 &&
         time.minute < 60 && time.second >= 0 && time.second < 60 && time.microsecond >= 0 &&
         time.microsecond < kMicrosPerSecond;
}

bool ParseIsoDate(std::string_view text, int64_t* days) {
  IsoTimestampFields fields;
  if (ScanIsoTimestamp(text, &fields) != IsoScanError::kNone || fields.has_time ||
      !IsValidCivilDate(fields.time.date)) {
    return false;
  }
  *days = DaysFromCivil(fields.time.date);
  return true;
}

bool ParseIsoTimestamp(std::string_view text, int64_t* ts_us) {
  IsoTimestampFields fields;
  if (ScanIsoTimestamp(text, &fields) != IsoScanError::kNone || !fields.has_time ||
      fields.zone != "Z" || !IsValidCivilDateTime(fields.time)) {
    return false;
  }
  *ts_us = MicrosFromCivil(fields.time);
  return true;
}

std::string FormatIsoTimestamp(int64_t ts_us) {
  const CivilDateTime time = CivilFromMicros(ts_us);
  std::string out = FormatSeconds(time);
  if (time.microsecond != 0) {
    std::string fraction = fmt::format("{:06}", time.microsecond);
    while (fraction.back() == '0') fraction.pop_back();
    out += '.';
    out += fraction;
  }
  out += 'Z';
  return out;
}

std::string FormatIsoTimestampSeconds(int64_t ts_us) {
  return FormatSeconds(CivilFromMicros(ts_us)) + 'Z';
}

}  // namespace ecomgen
