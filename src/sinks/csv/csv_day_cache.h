// CsvDayCache: the text of calendar days for the CSV sink, kept for the days written lately.
//
// The rows of a chunk are close in time, so one column's dates and timestamps fall on few
// days; formatting a day only the first time it is seen keeps CivilFromDays off the hot
// path. The cache is direct-mapped (a day goes to slot day mod kSlots), so a chunk whose
// timestamps span up to kSlots days (orders with their delivery dates) formats each day
// once. A cache formats either dates ("2024-11-29") or the date part of timestamps
// ("2024-11-29T", followed by WriteTimeOfDay from csv_field_writer.h). Years 0..9999 have
// four digits; others, which the generators never produce, keep ISO 8601's expanded form: a
// sign and at least four digits ("-0044-03-15", "+12345-01-01").
//
// Thread safety: none; each encoder keeps its own caches.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace ecomgen::csv {

class CsvDayCache {
 public:
  // Room Write may use: it copies a fixed-size block and keeps the day's text.
  static constexpr size_t kWriteBytes = 32;

  // `timestamp_prefix`: end the text with the 'T' that starts a timestamp's time part.
  explicit CsvDayCache(bool timestamp_prefix);

  // Writes the text of `day` (days since 1970-01-01) and returns the pointer past it.
  // REQUIRES: kWriteBytes bytes of room at `p`; |day| small enough for CivilFromDays.
  char* Write(char* p, int64_t day) {
    Slot& slot = slots_[static_cast<uint64_t>(day) % kSlots];
    if (slot.day != day) Fill(slot, day);
    std::memcpy(p, slot.text.data(), kWriteBytes);
    return p + slot.size;
  }

 private:
  // A power of two (the slot is a mask of the day); 128 slots take 6 KiB.
  static constexpr size_t kSlots = 128;

  struct Slot {
    int64_t day = 0;
    size_t size = 0;                       // bytes of `text` that are the day's text
    std::array<char, kWriteBytes> text{};  // the text, then zeros
  };

  void Fill(Slot& slot, int64_t day) const;

  bool timestamp_prefix_;
  // Invariant: slot i holds a day congruent to i modulo kSlots (all are filled at start).
  std::array<Slot, kSlots> slots_;
};

}  // namespace ecomgen::csv
