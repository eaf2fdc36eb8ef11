// CsvDayCache: the text of one calendar day for the CSV sink, remembered for the last day
// written.
//
// Rows of a chunk are close in time, so one column's dates and timestamps fall on few
// days; computing the calendar fields only when the day changes keeps CivilFromDays off the
// hot path. A cache formats either a date ("2024-11-29") or the date part of a timestamp
// ("2024-11-29T", followed by WriteTimeOfDay from csv_field_writer.h). Years 0..9999 have four
// digits; others, which the generators never produce, keep ISO 8601's expanded form: a sign
// and at least four digits ("-0044-03-15", "+12345-01-01").
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
  explicit CsvDayCache(bool timestamp_prefix) : timestamp_prefix_(timestamp_prefix) { Fill(0); }

  // Writes the text of `day` (days since 1970-01-01) and returns the pointer past it.
  // REQUIRES: kWriteBytes bytes of room at `p`; |day| small enough for CivilFromDays.
  char* Write(char* p, int64_t day) {
    if (day != day_) Fill(day);
    std::memcpy(p, text_.data(), kWriteBytes);
    return p + size_;
  }

 private:
  void Fill(int64_t day);

  bool timestamp_prefix_;
  int64_t day_ = 0;
  size_t size_ = 0;                       // bytes of text_ that are the day's text
  std::array<char, kWriteBytes> text_{};  // the text, then zeros
};

}  // namespace ecomgen::csv
