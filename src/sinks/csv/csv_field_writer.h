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
#include <bit>
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

constexpr std::array<uint64_t, 20> MakePowersOf10() {
  std::array<uint64_t, 20> powers{};
  uint64_t power = 1;
  for (uint64_t& entry : powers) {
    entry = power;
    power *= 10;  // wraps after 10^19, which is not stored
  }
  return powers;
}
// 10^0 .. 10^19: every power of ten that fits a uint64.
inline constexpr std::array<uint64_t, 20> kPowersOf10 = MakePowersOf10();

// The number of decimal digits of `value`, 1..20.
inline size_t DigitCount(uint64_t value) {
  // bits * 1233 / 4096 (1233 / 4096 is just above log10(2)) is the count, or one more than
  // it; the power-of-ten table tells which.
  constexpr int kLog10Of2Times4096 = 1233;
  const int bits = 64 - std::countl_zero(value | 1);
  const auto guess = static_cast<size_t>((bits * kLog10Of2Times4096) >> 12);
  // `value | 1` counts 0 as one digit and changes no other count (10^k - 1 is odd).
  return guess + ((value | 1) >= kPowersOf10[guess] ? 1 : 0);
}

}  // namespace detail

// Writes `value` as two digits, zero-padded. REQUIRES: value < 100.
inline char* WriteTwoDigits(char* p, uint32_t value) {
  std::memcpy(p, &detail::kDigitPairs[size_t{2} * value], 2);
  return p + 2;
}

namespace detail {

// The eight digits of `value` < 10^8, zero-padded, as the bytes of a little-endian word: the
// value splits into four pairs by two levels of independent divisions (by constants, so
// multiplications), not a chain of eight.
inline uint64_t EightDigits(uint64_t value) {
  const uint64_t high = value / 10000;
  const uint64_t low = value % 10000;
  const auto pair = [](uint64_t two_digits) {
    uint16_t bytes;
    std::memcpy(&bytes, &kDigitPairs[2 * two_digits], 2);
    return uint64_t{bytes};
  };
  return pair(high / 100) | pair(high % 100) << 16 | pair(low / 100) << 32 | pair(low % 100) << 48;
}

}  // namespace detail

// Writes `value` in decimal. Faster than std::to_chars here: up to eight digits are one
// word store of EightDigits shifted past its leading zeros (it may store up to eight bytes,
// all within kInt64Bytes); longer values write their last eight digits the same way.
inline char* WriteUint64(char* p, uint64_t value) {
  static_assert(std::endian::native == std::endian::little);
  constexpr uint64_t kTenTo8 = 100'000'000;
  if (value >= kTenTo8) {
    p = WriteUint64(p, value / kTenTo8);
    const uint64_t word = detail::EightDigits(value % kTenTo8);
    std::memcpy(p, &word, 8);
    return p + 8;
  }
  const size_t digits = detail::DigitCount(value);
  const uint64_t word = detail::EightDigits(value) >> (8 * (8 - digits));
  std::memcpy(p, &word, 8);
  return p + digits;
}

inline char* WriteInt64(char* p, int64_t value) {
  uint64_t magnitude = static_cast<uint64_t>(value);
  if (value < 0) {
    *p++ = '-';
    magnitude = 0 - magnitude;  // modular negation: exact for INT64_MIN as well
  }
  return WriteUint64(p, magnitude);
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
  p = WriteUint64(p, magnitude / 100);
  *p++ = '.';
  return WriteTwoDigits(p, static_cast<uint32_t>(magnitude % 100));
}

namespace detail {

// `magnitude` units of 10^-decimals: the whole part, the point and `decimals` digits. Always
// inlined, so that a constant `decimals` makes its divisions multiplications.
[[gnu::always_inline]] inline char* WriteUnits(char* p, uint64_t magnitude, int decimals) {
  const uint64_t scale = kPowersOf10[static_cast<size_t>(decimals)];
  p = WriteUint64(p, magnitude / scale);
  *p++ = '.';
  uint64_t fraction_digits = magnitude % scale;
  for (char* digit = p + decimals - 1; digit >= p; --digit) {
    *digit = static_cast<char>('0' + fraction_digits % 10);
    fraction_digits /= 10;
  }
  return p + decimals;
}

// WriteDouble's fast path, for the values the generators make: already rounded to
// `decimals` places and far below 2^50 units of the last place. Scaling such a value by
// 10^decimals (exact for these powers) errs by at most 2^-4, so when the scaled value lies
// within 1/4 of an integer, that integer is the correctly rounded one and its digits are
// exactly what std::to_chars would print. Returns nullptr, having written nothing useful,
// when the value is not such a value (then to_chars rounds it itself).
inline char* WriteDoubleFast(char* p, double value, int decimals) {
  constexpr double kMaxScaled = 1125899906842624.0;  // 2^50: keeps the scaling error <= 2^-4
  constexpr double kNearInteger = 0.25;
  constexpr int kMaxFastDecimals = 15;  // 10^15 < 2^50: the scaled value keeps its integer
  if (decimals < 0 || decimals > kMaxFastDecimals) return nullptr;
  const auto scale = kPowersOf10[static_cast<size_t>(decimals)];
  const double scaled = value * static_cast<double>(scale);
  if (!(scaled > -kMaxScaled && scaled < kMaxScaled)) return nullptr;  // NaN fails too
  const auto truncated = static_cast<int64_t>(scaled);
  const double fraction = scaled - static_cast<double>(truncated);  // exact, in (-1, 1)
  int64_t units = truncated;
  if (fraction > kNearInteger) {
    if (fraction < 1 - kNearInteger) return nullptr;
    ++units;
  } else if (fraction < -kNearInteger) {
    if (fraction > kNearInteger - 1) return nullptr;
    --units;
  }
  // A value that rounds to zero prints unsigned, as the contract wants no "-0".
  if (units < 0) *p++ = '-';
  const uint64_t magnitude =
      units < 0 ? 0 - static_cast<uint64_t>(units) : static_cast<uint64_t>(units);
  // The schemas' decimals, as constants: divisions by them compile to multiplications.
  switch (decimals) {
    case 0:
      return WriteUint64(p, magnitude);
    case 1:
      return WriteUnits(p, magnitude, 1);
    case 2:
      return WriteUnits(p, magnitude, 2);
    case 3:
      return WriteUnits(p, magnitude, 3);
    case 4:
      return WriteUnits(p, magnitude, 4);
    default:
      return WriteUnits(p, magnitude, decimals);
  }
}

}  // namespace detail

// A double in fixed notation with `decimals` digits after the point (none, and no point,
// for 0), rounded like std::to_chars. Negative zero, and negative values that round to
// zero, print as "0.00": the generators round to `decimals` places, and a "-0.00" would
// read as a different value from Parquet's. REQUIRES: decimals >= 0.
inline char* WriteDouble(char* p, double value, int decimals) {
  if (char* const end = detail::WriteDoubleFast(p, value, decimals)) return end;
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

namespace detail {

inline constexpr uint64_t kEveryByte = 0x0101010101010101;
inline constexpr uint64_t kHighBits = 0x8080808080808080;

// Non-zero iff some byte of `word` is zero (exact for the word as a whole; see "Bit
// Twiddling Hacks", "Determine if a word has a zero byte").
constexpr uint64_t ZeroByteBits(uint64_t word) { return (word - kEveryByte) & ~word & kHighBits; }

// Whether one of the 8 bytes at `bytes` is a comma, quote, CR or LF.
inline bool WordNeedsQuoting(const char* bytes) {
  uint64_t word;
  std::memcpy(&word, bytes, sizeof(word));
  return (ZeroByteBits(word ^ (kEveryByte * ',')) | ZeroByteBits(word ^ (kEveryByte * '"')) |
          ZeroByteBits(word ^ (kEveryByte * '\n')) | ZeroByteBits(word ^ (kEveryByte * '\r'))) != 0;
}

}  // namespace detail

// Whether RFC 4180 needs `text` in quotes: it holds a comma, a double quote, CR or LF.
inline bool NeedsQuoting(std::string_view text) {
  // Eight bytes per step (the strings we write are mostly 5..40 bytes), then the tail.
  const char* c = text.data();
  const char* const end = c + text.size();
  for (; end - c >= 8; c += 8) {
    if (detail::WordNeedsQuoting(c)) return true;
  }
  for (; c < end; ++c) {
    if (*c == ',' || *c == '"' || *c == '\n' || *c == '\r') return true;
  }
  return false;
}

// A string field. Quoted only when NeedsQuoting, with quotes doubled; other bytes (UTF-8
// included) are copied unchanged. The empty string is written as `""`, because an empty
// field means NULL (contract, section 2) and CSV must keep the value Parquet holds.
inline char* WriteStringField(char* p, std::string_view text) {
  if (text.empty()) {
    *p++ = '"';
    *p++ = '"';
    return p;
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
