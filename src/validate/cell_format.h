// CellFormat: whether one cell holds a value of its column's declared type and format.
//
// The declared types are the generator's own schemas (tables/schemas.h, docs/schema.md) and
// the text forms are docs/formats.md's, so validate checks every column of every table, not
// only the ones its other checks read:
//   integers     optional '-', digits, no leading zeros; INT32 columns within int32
//   money        DECIMAL(18,2): '-'?digits '.' exactly two digits, at most 16 integer digits
//   decimals     kDouble with `decimals` places: '-'?digits, then '.' and 1..decimals digits;
//                at most 15 integer digits (a double holds no more exactly); never nan/inf
//   booleans     true / false
//   timestamps   YYYY-MM-DDTHH:MM:SSZ (second precision), years 1970..9999
//   dates        YYYY-MM-DD (a real calendar date; birth dates lie before 1970)
//   vocabularies a value of the column's fixed vocabulary (city, region, country, currency);
//                columns the vocabulary checks already judge (run_tables.h, closed or
//                lower_snake_case) are checked here as text only, so a value off the
//                vocabulary is one FAIL, theirs
//   text         valid UTF-8 without NUL bytes
// A NULL (an empty CSV cell, a Parquet null) is never a format defect: which columns may be
// NULL is the integrity checks' business.
//
// The CSV source checks text (CheckText); the Parquet source checks typed values the same
// way where a type can hold a defect (NaN doubles, out-of-range numbers, sub-second
// timestamps, strings off the vocabulary).
//
// Thread safety: none (a small lookup cache changes on const calls); one per table read.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "batch/schema.h"

namespace ecomgen::validate {

enum class CellDefect : uint8_t {
  kNone,
  kNotInteger,
  kNotNumber,        // nan, inf, 1e400, letters: not a plain decimal number
  kTooManyDecimals,  // more places than the column declares
  kTooFewDecimals,   // money without its two places
  kOutOfRange,       // beyond the declared type's magnitude
  kNotBool,
  kNotTimestamp,
  kNotWholeSecond,  // a timestamp with a fraction of a second
  kNotDate,
  kNotInVocabulary,
  kNotUtf8,
  kNulByte,
};

// "has more decimals than declared", for messages.
std::string_view CellDefectText(CellDefect defect);

class CellFormat {
 public:
  // `check_vocabulary`: whether a kEnum column's values must be in spec.dictionary (else
  // they are checked as text).
  CellFormat(const ColumnSpec& spec, bool check_vocabulary);

  const ColumnSpec& spec() const { return spec_; }
  // The format in words, for the report's expected column ("money, 2 decimals").
  const std::string& description() const { return description_; }

  // The defect of a non-empty CSV cell, or kNone.
  CellDefect CheckText(std::string_view text) const {
    int64_t value = 0;
    return CheckText(text, &value);
  }
  // The same, also giving a clean cell's value for the types stored as integers (in the
  // units of CheckInt), so that a reader parses each cell once. REQUIRES: `value` not null.
  CellDefect CheckText(std::string_view text, int64_t* value) const;
  // Typed values (Parquet): integers, money in cents, booleans 0/1, timestamps in us, dates
  // in days. REQUIRES: StoredAsInt(spec().type) and the type is not kEnum.
  CellDefect CheckInt(int64_t value) const;
  // REQUIRES: spec().type == kDouble.
  CellDefect CheckDouble(double value) const;
  // Strings and vocabulary values read as text (Parquet BYTE_ARRAY).
  CellDefect CheckString(std::string_view text) const;

 private:
  CellDefect CheckVocabulary(std::string_view text) const;

  ColumnSpec spec_;
  bool check_vocabulary_;
  std::string description_;
  std::unordered_set<std::string_view> vocabulary_;
  // Vocabulary entries recently matched (views into spec.dictionary); see CheckVocabulary.
  static constexpr size_t kCacheSlots = 64;
  static size_t CacheSlot(std::string_view text) {
    return (text.size() * 7 + static_cast<unsigned char>(text.front()) * 3 +
            static_cast<unsigned char>(text.back())) %
           kCacheSlots;
  }
  mutable std::array<std::string_view, kCacheSlots> cache_{};
};

// Whether `text` is valid UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool IsValidUtf8(std::string_view text);

}  // namespace ecomgen::validate
