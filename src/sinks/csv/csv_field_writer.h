// Field writers for the CSV sink: each formats one value at a raw pointer and returns the
// pointer just past its text.
//
// They do no bounds checks, so that a row of fields compiles to straight-line stores; the
// caller makes room first (CsvChunkEncoder grows its buffer once per row by the bounds
// below). Some writers store a few bytes more than they keep, to copy fixed-size blocks;
// the k*Bytes bounds include that slack. The text follows the contract's section 2: RFC 4180
// quoting, money with two decimals, no "-0".
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <system_error>

namespace ecomgen::csv {

// Room WriteInt64 may use: "-9223372036854775808".
inline constexpr size_t kInt64Bytes = 20;
// Room WriteBool may use: it stores 8 bytes and keeps "true" or "false".
inline constexpr size_t kBoolBytes = 8;
// Room WriteDecimal may use: "-92233720368547758.08".
inline constexpr size_t kDecimalBytes = 21;
// Room WriteTimeOfDay may use: "HH:MM:SSZ".
inline constexpr size_t kTimeOfDayBytes = 9;
// The most integer digits a finite double prints in fixed notation (DBL_MAX is about 1.8e308).
inline constexpr size_t kDoubleIntegerDigits = 309;

// Room WriteDouble may use for `decimals` digits after the point: sign, integer digits, point.
constexpr size_t DoubleBytes(int decimals) {
  return 2 + kDoubleIntegerDigits + static_cast<size_t>(decimals > 0 ? decimals : 0);
}

// Room WriteStringField may use for a string of `size` bytes: quotes, every byte a quote.
constexpr size_t StringFieldBytes(size_t size) { return 2 * size + 2; }

namespace detail {

// "00" "01" ... "99": two digits per table entry, so a pair is written with one 2-byte copy.
constexpr std::array<char, 200> MakeDigitPairs() {
  std::array<char, 200> pairs{};
  for (size_t value = 0; value < 100; ++value) {
    pairs[2 * value] = static_cast<char>('0' + value / 10);
    pairs[2 * value + 1] = static_cast<char>('0' + value % 10);
  }
  return pairs;
}
inline constexpr std::array<char, 200> kDigitPairs = MakeDigitPairs();

}  // namespace detail

// Writes `value` as two digits, zero-padded. REQUIRES: value < 100.
inline char* WriteTwoDigits(char* p, uint32_t value) {
  std::memcpy(p, &detail::kDigitPairs[2 * value], 2);
  return p + 2;
}

inline char* WriteInt64(char* p, int64_t value) {
  return std::to_chars(p, p + kInt64Bytes, value).ptr;
}

// "true" or "false".
inline char* WriteBool(char* p, bool value) {
  // The literals are 9 bytes with their terminator, so an 8-byte copy stays inside them.
  std::memcpy(p, value ? "true\0\0\0\0" : "false\0\0\0", kBoolBytes);
  return p + (value ? 4 : 5);
}

// Money: `cents` hundredths with exactly two decimals ("1234.50", "-0.05", "0.00").
inline char* WriteDecimal(char* p, int64_t cents) {
  uint64_t magnitude = static_cast<uint64_t>(cents);
  if (cents < 0) {
    *p++ = '-';
    magnitude = 0 - magnitude;  // modular negation: exact for INT64_MIN as well
  }
  p = std::to_chars(p, p + kInt64Bytes, magnitude / 100).ptr;
  *p++ = '.';
  return WriteTwoDigits(p, static_cast<uint32_t>(magnitude % 100));
}

// A double in fixed notation with `decimals` digits after the point (none, and no point,
// for 0). Negative zero, and negative values that round to zero, print as "0.00": the
// generators round to `decimals` places, and a "-0.00" would read as a different value
// from Parquet's. REQUIRES: decimals >= 0.
inline char* WriteDouble(char* p, double value, int decimals) {
  char* const begin = p;
  char* const end =
      std::to_chars(p, p + DoubleBytes(decimals), value, std::chars_format::fixed, decimals).ptr;
  if (*begin != '-') return end;
  for (const char* c = begin + 1; c < end; ++c) {
    if (*c != '0' && *c != '.') return end;  // a non-zero digit, or "inf"/"nan"
  }
  std::memmove(begin, begin + 1, static_cast<size_t>(end - begin - 1));
  return end - 1;
}

// The time part of a CSV timestamp, "HH:MM:SSZ". REQUIRES: second_of_day < 86400.
inline char* WriteTimeOfDay(char* p, uint32_t second_of_day) {
  constexpr uint32_t kSecondsPerHour = 3600;
  constexpr uint32_t kSecondsPerMinute = 60;
  p = WriteTwoDigits(p, second_of_day / kSecondsPerHour);
  *p++ = ':';
  p = WriteTwoDigits(p, second_of_day / kSecondsPerMinute % 60);
  *p++ = ':';
  p = WriteTwoDigits(p, second_of_day % kSecondsPerMinute);
  *p++ = 'Z';
  return p;
}

// Whether RFC 4180 needs `text` in quotes: it holds a comma, a double quote, CR or LF.
inline bool NeedsQuoting(std::string_view text) {
  // No early exit: the loop is a branch-free OR over the bytes, which is faster for the
  // short strings we write and lets the compiler vectorise long ones.
  bool special = false;
  for (const char c : text) {
    special |= (c == ',') | (c == '"') | (c == '\n') | (c == '\r');
  }
  return special;
}

// A string field. Quoted only when NeedsQuoting, with quotes doubled; other bytes (UTF-8
// included) are copied unchanged. The empty string is written as `""`, because an empty
// field means NULL (contract, section 2) and CSV must keep the value Parquet holds.
inline char* WriteStringField(char* p, std::string_view text) {
  if (text.empty()) {
    std::memcpy(p, "\"\"", 2);
    return p + 2;
  }
  if (!NeedsQuoting(text)) {
    std::memcpy(p, text.data(), text.size());
    return p + text.size();
  }
  *p++ = '"';
  for (const char c : text) {
    *p++ = c;
    if (c == '"') *p++ = '"';
  }
  *p++ = '"';
  return p;
}

}  // namespace ecomgen::csv
