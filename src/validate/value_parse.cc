#include "validate/value_parse.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

#include "ecomgen/config.h"

namespace ecomgen::validate {

namespace {

constexpr int64_t kSecondsPerDay = 86'400;
constexpr int kMaxFixedDecimals = 9;
constexpr int kTimestampBaseLength = 20;  // "YYYY-MM-DDTHH:MM:SSZ"
constexpr int kMaxFractionDigits = 6;     // microseconds

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

bool IsLeapYear(int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int64_t year, int month) {
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// Parses the `YYYY-MM-DD` at the start of `text`.
bool ParseDatePrefix(std::string_view text, int64_t* days) {
  int year = 0;
  int month = 0;
  int day = 0;
  if (!FixedDigits(text, 0, 4, &year) || text.size() < 10 || text[4] != '-' ||
      !FixedDigits(text, 5, 2, &month) || text[7] != '-' || !FixedDigits(text, 8, 2, &day)) {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
  *days = DaysFromCivil(year, month, day);
  return true;
}

}  // namespace

bool ParseInt64(std::string_view text, int64_t* out) {
  if (text.empty()) return false;
  const char* begin = text.data();
  const char* end = begin + text.size();
  if (*begin == '+') return false;
  const auto [ptr, ec] = std::from_chars(begin, end, *out);
  return ec == std::errc() && ptr == end;
}

bool ParseFixed(std::string_view text, int decimals, int64_t* out) {
  if (decimals < 0 || decimals > kMaxFixedDecimals || text.empty()) return false;
  size_t pos = 0;
  const bool negative = text[0] == '-';
  if (negative) pos = 1;
  // Accumulate as a negative number so that INT64_MIN-sized inputs cannot overflow silently.
  constexpr int64_t kLimit = std::numeric_limits<int64_t>::min();
  int64_t value = 0;
  size_t int_digits = 0;
  auto push_digit = [&value](int digit) {
    if (value < (kLimit + digit) / 10) return false;
    value = value * 10 - digit;
    return true;
  };
  while (pos < text.size() && IsDigit(text[pos])) {
    if (!push_digit(text[pos] - '0')) return false;
    ++pos;
    ++int_digits;
  }
  int frac_digits = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    size_t frac_start = pos;
    while (pos < text.size() && IsDigit(text[pos])) {
      const int digit = text[pos] - '0';
      if (frac_digits < decimals) {
        if (!push_digit(digit)) return false;
        ++frac_digits;
      } else if (digit != 0) {
        return false;  // more precision than the column carries
      }
      ++pos;
    }
    if (pos == frac_start) return false;  // "12." is not a number
  }
  if (pos != text.size() || int_digits == 0) return false;
  for (; frac_digits < decimals; ++frac_digits) {
    if (!push_digit(0)) return false;
  }
  if (!negative) {
    if (value == kLimit) return false;
    value = -value;
  }
  *out = value;
  return true;
}

bool ParseDouble(std::string_view text, double* out) {
  if (text.empty() || text[0] == '+') return false;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return ec == std::errc() && ptr == end && std::isfinite(*out);
}

bool ParseBool(std::string_view text, bool* out) {
  if (text == "true") {
    *out = true;
    return true;
  }
  if (text == "false") {
    *out = false;
    return true;
  }
  return false;
}

bool ParseDateDays(std::string_view text, int64_t* out) {
  return text.size() == 10 && ParseDatePrefix(text, out);
}

bool ParseTimestampUs(std::string_view text, int64_t* out) {
  if (text.size() < kTimestampBaseLength || text.back() != 'Z') return false;
  int64_t days = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (!ParseDatePrefix(text, &days) || text[10] != 'T' || !FixedDigits(text, 11, 2, &hour) ||
      text[13] != ':' || !FixedDigits(text, 14, 2, &minute) || text[16] != ':' ||
      !FixedDigits(text, 17, 2, &second)) {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 59) return false;
  int64_t micros = 0;
  const size_t fraction_end = text.size() - 1;  // the 'Z'
  if (fraction_end > 19) {
    if (text[19] != '.') return false;
    const size_t digits = fraction_end - 20;
    if (digits == 0 || digits > kMaxFractionDigits) return false;
    int64_t scale = kMicrosPerSecond;
    for (size_t idx = 20; idx < fraction_end; ++idx) {
      if (!IsDigit(text[idx])) return false;
      scale /= 10;
      micros += (text[idx] - '0') * scale;
    }
  }
  const int64_t seconds = days * kSecondsPerDay + hour * 3600 + minute * 60 + second;
  *out = seconds * kMicrosPerSecond + micros;
  return true;
}

// The days-from-civil algorithm (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"):
// count days in 400-year eras that start on March 1st, so leap days fall at an era's end.
int64_t DaysFromCivil(int64_t year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t month_from_march = month > 2 ? month - 3 : month + 9;
  const int64_t day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146'097 + day_of_era - 719'468;
}

std::string FormatTimestampUs(int64_t ts_us) {
  int64_t seconds = ts_us / kMicrosPerSecond;
  if (ts_us % kMicrosPerSecond < 0) --seconds;
  int64_t days = seconds / kSecondsPerDay;
  int64_t second_of_day = seconds % kSecondsPerDay;
  if (second_of_day < 0) {
    second_of_day += kSecondsPerDay;
    --days;
  }
  // Inverse of DaysFromCivil (same source).
  const int64_t shifted = days + 719'468;
  const int64_t era = (shifted >= 0 ? shifted : shifted - 146'096) / 146'097;
  const int64_t day_of_era = shifted - era * 146'097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36'524 - day_of_era / 146'096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int64_t day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  const int64_t month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  const int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", year, month, day, second_of_day / 3600,
                     second_of_day / 60 % 60, second_of_day % 60);
}

std::string FormatCents(int64_t cents) {
  const bool negative = cents < 0;
  // Through uint64 so that INT64_MIN does not overflow on negation.
  const uint64_t magnitude =
      negative ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  std::string text = negative ? "-" : "";
  text += std::to_string(magnitude / 100) + ".";
  const uint64_t fraction = magnitude % 100;
  text += static_cast<char>('0' + fraction / 10);
  text += static_cast<char>('0' + fraction % 10);
  return text;
}

}  // namespace ecomgen::validate
