#include "validate/value_parse.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

#include "core/iso_timestamp.h"

namespace ecomgen::validate {

namespace {

constexpr int kMaxFixedDecimals = 9;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

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

// Dates and timestamps: the layout and the calendar are core's, shared with the config
// reader and the writers, so the validator reads exactly what ecomgen writes.
bool ParseDateDays(std::string_view text, int64_t* out) { return ParseIsoDate(text, out); }

bool ParseTimestampUs(std::string_view text, int64_t* out) { return ParseIsoTimestamp(text, out); }

std::string FormatTimestampUs(int64_t ts_us) { return FormatIsoTimestampSeconds(ts_us); }

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
