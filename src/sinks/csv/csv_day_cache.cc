#include "sinks/csv/csv_day_cache.h"

#include <charconv>

#include "core/civil_time.h"
#include "sinks/csv/csv_field_writer.h"

namespace ecomgen::csv {

namespace {

constexpr int64_t kMaxFourDigitYear = 9999;
constexpr int kYearDigits = 4;

// Writes `year` as four digits, or with a sign and at least four digits outside 0..9999.
char* WriteYear(char* p, int64_t year) {
  if (year < 0 || year > kMaxFourDigitYear) *p++ = year < 0 ? '-' : '+';
  const uint64_t magnitude =
      year < 0 ? 0 - static_cast<uint64_t>(year) : static_cast<uint64_t>(year);
  char digits[kInt64Bytes];
  const char* const end = std::to_chars(digits, digits + kInt64Bytes, magnitude).ptr;
  const auto digit_count = static_cast<size_t>(end - digits);
  for (size_t pad = digit_count; pad < kYearDigits; ++pad) *p++ = '0';
  std::memcpy(p, digits, digit_count);
  return p + digit_count;
}

}  // namespace

CsvDayCache::CsvDayCache(bool timestamp_prefix) : timestamp_prefix_(timestamp_prefix) {
  for (size_t slot = 0; slot < kSlots; ++slot) Fill(slots_[slot], static_cast<int64_t>(slot));
}

void CsvDayCache::Fill(Slot& slot, int64_t day) const {
  const CivilDate date = CivilFromDays(day);
  slot.text.fill('\0');
  char* p = WriteYear(slot.text.data(), date.year);
  *p++ = '-';
  p = WriteTwoDigits(p, static_cast<uint32_t>(date.month));
  *p++ = '-';
  p = WriteTwoDigits(p, static_cast<uint32_t>(date.day));
  if (timestamp_prefix_) *p++ = 'T';
  slot.day = day;
  slot.size = static_cast<size_t>(p - slot.text.data());
}

}  // namespace ecomgen::csv
