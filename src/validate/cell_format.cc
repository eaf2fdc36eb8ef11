#include "validate/cell_format.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "config/time_parse.h"
#include "ecomgen/config.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {

namespace {

// DECIMAL(18,2): 18 digits in all, so at most 16 before the point.
constexpr size_t kMaxMoneyIntegerDigits = 16;
constexpr int64_t kMaxMoneyCents = 999'999'999'999'999'999;  // 10^18 - 1
// A double holds 15 significant decimal digits exactly; the generator's measures are far
// smaller, so more integer digits than that mean the value was not made by rounding.
constexpr size_t kMaxDoubleIntegerDigits = 15;
constexpr double kMaxDoubleMagnitude = 1e15;
constexpr size_t kTimestampLength = 20;  // YYYY-MM-DDTHH:MM:SSZ
constexpr int64_t kMaxDays = 2'932'896;  // 9999-12-31
constexpr int64_t kMinDays = -719'162;   // 0001-01-01

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
uint64_t Digit(char c) { return static_cast<uint64_t>(c - '0'); }

// A decimal number's shape: '-'? digits ('.' digits)?. Fills the digit counts and `digits`,
// the digits read as one unsigned number (meaningful while there are at most 19); false for
// anything else (nan, inf, exponents, blanks, a lone point).
bool DecimalShape(std::string_view text, size_t* int_digits, size_t* frac_digits,
                  uint64_t* digits) {
  size_t pos = text.empty() || text[0] != '-' ? 0 : 1;
  const size_t int_begin = pos;
  uint64_t number = 0;  // unsigned: wraps harmlessly when there are too many digits
  while (pos < text.size() && IsDigit(text[pos])) number = number * 10 + Digit(text[pos++]);
  *int_digits = pos - int_begin;
  *frac_digits = 0;
  if (*int_digits == 0) return false;
  if (pos < text.size() && text[pos] == '.') {
    const size_t frac_begin = ++pos;
    while (pos < text.size() && IsDigit(text[pos])) number = number * 10 + Digit(text[pos++]);
    *frac_digits = pos - frac_begin;
    if (*frac_digits == 0) return false;
  }
  *digits = number;
  return pos == text.size();
}

// Whether `text` has no NUL and no byte >= 0x80, eight bytes at a time: the common case of
// a text cell, which then needs no UTF-8 decoding.
bool IsPlainAscii(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  size_t pos = 0;
  for (; pos + sizeof(uint64_t) <= text.size(); pos += sizeof(uint64_t)) {
    uint64_t word = 0;
    std::memcpy(&word, text.data() + pos, sizeof(word));
    // A high bit set, or a zero byte (the classic has-zero-byte test).
    if (((word | ((word - kOnes) & ~word)) & kHighBits) != 0) return false;
  }
  for (; pos < text.size(); ++pos) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte == 0 || byte >= 0x80) return false;
  }
  return true;
}

// An integer in its one spelling: '-'? digits, no leading zero, no "-0". Fills `value` and
// returns kNone, or the defect.
CellDefect ParseCanonicalInt(std::string_view text, int64_t* value) {
  const bool negative = !text.empty() && text[0] == '-';
  const size_t begin = negative ? 1 : 0;
  const size_t digits = text.size() - begin;
  // Up to 18 digits cannot overflow int64; 19 need the checked parse.
  constexpr size_t kSafeDigits = 18;
  if (digits == 0 || digits > kSafeDigits + 1) {
    bool all_digits = digits > 0;
    for (size_t idx = begin; idx < text.size(); ++idx) all_digits &= IsDigit(text[idx]);
    return all_digits ? CellDefect::kOutOfRange : CellDefect::kNotInteger;
  }
  if (text[begin] == '0' && (digits > 1 || negative)) {
    return CellDefect::kNotInteger;
  }
  if (digits <= kSafeDigits) {
    int64_t magnitude = 0;
    for (size_t idx = begin; idx < text.size(); ++idx) {
      if (!IsDigit(text[idx])) return CellDefect::kNotInteger;
      magnitude = magnitude * 10 + (text[idx] - '0');
    }
    *value = negative ? -magnitude : magnitude;
    return CellDefect::kNone;
  }
  if (ParseInt64(text, value)) return CellDefect::kNone;
  for (size_t idx = begin; idx < text.size(); ++idx) {
    if (!IsDigit(text[idx])) return CellDefect::kNotInteger;
  }
  return CellDefect::kOutOfRange;
}

std::string Describe(const ColumnSpec& spec, bool check_vocabulary) {
  switch (spec.type) {
    case ColumnType::kInt64:
      return "an integer";
    case ColumnType::kInt32:
      return "a 32-bit integer";
    case ColumnType::kDouble:
      return "a number, at most " + std::to_string(spec.decimals) + " decimals";
    case ColumnType::kBool:
      return "true or false";
    case ColumnType::kString:
      return "UTF-8 text without NUL";
    case ColumnType::kEnum:
      return check_vocabulary ? "a value of the vocabulary" : "UTF-8 text without NUL";
    case ColumnType::kTimestamp:
      return "YYYY-MM-DDTHH:MM:SSZ";
    case ColumnType::kDate:
      return "YYYY-MM-DD";
    case ColumnType::kDecimal:
      return "money, exactly 2 decimals";
  }
  return "a value";
}

// Why a cell that is not of a numeric or date type's form failed: bytes that no value of
// any such type holds are named as such.
CellDefect ClassifyBadText(std::string_view text, CellDefect type_defect) {
  if (text.find('\0') != std::string_view::npos) return CellDefect::kNulByte;
  if (!IsValidUtf8(text)) return CellDefect::kNotUtf8;
  return type_defect;
}

}  // namespace

std::string_view CellDefectText(CellDefect defect) {
  switch (defect) {
    case CellDefect::kNone:
      return "ok";
    case CellDefect::kNotInteger:
      return "is not an integer";
    case CellDefect::kNotNumber:
      return "is not a plain decimal number";
    case CellDefect::kTooManyDecimals:
      return "has more decimals than declared";
    case CellDefect::kTooFewDecimals:
      return "lacks its two decimals";
    case CellDefect::kOutOfRange:
      return "is out of the declared range";
    case CellDefect::kNotBool:
      return "is not true or false";
    case CellDefect::kNotTimestamp:
      return "is not a YYYY-MM-DDTHH:MM:SSZ timestamp";
    case CellDefect::kNotWholeSecond:
      return "is not on a whole second";
    case CellDefect::kNotDate:
      return "is not a YYYY-MM-DD date";
    case CellDefect::kNotInVocabulary:
      return "is not in the vocabulary";
    case CellDefect::kNotUtf8:
      return "is not valid UTF-8";
    case CellDefect::kNulByte:
      return "holds a NUL byte";
  }
  return "is malformed";
}

bool IsValidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t pos = 0;
  while (pos < size) {
    const unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    size_t length = 0;
    uint32_t code = 0;
    uint32_t min_code = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      code = lead & 0x1F;
      min_code = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      code = lead & 0x0F;
      min_code = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      code = lead & 0x07;
      min_code = 0x10000;
    } else {
      return false;
    }
    if (size - pos < length) return false;
    for (size_t idx = 1; idx < length; ++idx) {
      const unsigned char next = bytes[pos + idx];
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    pos += length;
  }
  return true;
}

CellFormat::CellFormat(const ColumnSpec& spec, bool check_vocabulary)
    : spec_(spec),
      check_vocabulary_(check_vocabulary),
      description_(Describe(spec, check_vocabulary)),
      vocabulary_(spec.dictionary.begin(), spec.dictionary.end()) {}

CellDefect CellFormat::CheckText(std::string_view text, int64_t* value) const {
  switch (spec_.type) {
    case ColumnType::kInt64:
    case ColumnType::kInt32: {
      const CellDefect defect = ParseCanonicalInt(text, value);
      if (defect != CellDefect::kNone) return ClassifyBadText(text, defect);
      return CheckInt(*value);
    }
    case ColumnType::kDecimal:
    case ColumnType::kDouble: {
      size_t int_digits = 0;
      size_t frac_digits = 0;
      uint64_t digits = 0;
      if (!DecimalShape(text, &int_digits, &frac_digits, &digits)) {
        return ClassifyBadText(text, CellDefect::kNotNumber);
      }
      if (spec_.type == ColumnType::kDecimal) {
        if (frac_digits > 2) return CellDefect::kTooManyDecimals;
        if (frac_digits < 2) return CellDefect::kTooFewDecimals;
        if (int_digits > kMaxMoneyIntegerDigits) return CellDefect::kOutOfRange;
        // At most 18 digits, which int64 holds.
        const auto cents = static_cast<int64_t>(digits);
        *value = text[0] == '-' ? -cents : cents;
        return CellDefect::kNone;
      }
      if (frac_digits > static_cast<size_t>(spec_.decimals)) return CellDefect::kTooManyDecimals;
      return int_digits > kMaxDoubleIntegerDigits ? CellDefect::kOutOfRange : CellDefect::kNone;
    }
    case ColumnType::kBool:
      if (text == "true" || text == "false") {
        *value = text[0] == 't' ? 1 : 0;
        return CellDefect::kNone;
      }
      return ClassifyBadText(text, CellDefect::kNotBool);
    case ColumnType::kTimestamp:
      if (text.size() != kTimestampLength || !ParseTimestampUs(text, value)) {
        if (text.size() > kTimestampLength && ParseTimestampUs(text, value)) {
          return CellDefect::kNotWholeSecond;
        }
        return ClassifyBadText(text, CellDefect::kNotTimestamp);
      }
      return CheckInt(*value);
    case ColumnType::kDate:
      if (!ParseDateDays(text, value)) return ClassifyBadText(text, CellDefect::kNotDate);
      return CheckInt(*value);
    case ColumnType::kString:
    case ColumnType::kEnum:
      return CheckString(text);
  }
  return CellDefect::kNone;
}

CellDefect CellFormat::CheckInt(int64_t value) const {
  switch (spec_.type) {
    case ColumnType::kInt32:
      return value < std::numeric_limits<int32_t>::min() ||
                     value > std::numeric_limits<int32_t>::max()
                 ? CellDefect::kOutOfRange
                 : CellDefect::kNone;
    case ColumnType::kBool:
      return value == 0 || value == 1 ? CellDefect::kNone : CellDefect::kNotBool;
    case ColumnType::kDecimal:
      return value < -kMaxMoneyCents || value > kMaxMoneyCents ? CellDefect::kOutOfRange
                                                               : CellDefect::kNone;
    case ColumnType::kTimestamp:
      if (value < 0 || value > kMaxTimestampUs) return CellDefect::kOutOfRange;
      return value % kMicrosPerSecond == 0 ? CellDefect::kNone : CellDefect::kNotWholeSecond;
    case ColumnType::kDate:
      return value < kMinDays || value > kMaxDays ? CellDefect::kOutOfRange : CellDefect::kNone;
    default:
      return CellDefect::kNone;
  }
}

CellDefect CellFormat::CheckDouble(double value) const {
  if (!std::isfinite(value)) return CellDefect::kNotNumber;
  if (std::fabs(value) >= kMaxDoubleMagnitude) return CellDefect::kOutOfRange;
  // A value rounded to `decimals` places is the double nearest to k / 10^decimals, so
  // scaling it back lands within a few units in the last place of the integer k.
  const double scaled = value * std::pow(10.0, spec_.decimals);
  const double error = std::fabs(scaled - std::nearbyint(scaled));
  constexpr double kRelativeSlack = 1e-9;
  return error <= kRelativeSlack * std::fmax(1.0, std::fabs(scaled)) ? CellDefect::kNone
                                                                     : CellDefect::kTooManyDecimals;
}

CellDefect CellFormat::CheckString(std::string_view text) const {
  if (!IsPlainAscii(text)) {
    if (text.find('\0') != std::string_view::npos) return CellDefect::kNulByte;
    if (!IsValidUtf8(text)) return CellDefect::kNotUtf8;
  }
  return spec_.type == ColumnType::kEnum && check_vocabulary_ ? CheckVocabulary(text)
                                                              : CellDefect::kNone;
}

CellDefect CellFormat::CheckVocabulary(std::string_view text) const {
  // Most cells repeat a value seen a few rows before: a small cache keyed by length and
  // first and last byte answers them with one comparison; the set decides the rest.
  if (text.empty())
    return vocabulary_.contains(text) ? CellDefect::kNone : CellDefect::kNotInVocabulary;
  std::string_view& cached = cache_[CacheSlot(text)];
  if (!cached.empty() && cached == text) return CellDefect::kNone;
  const auto found = vocabulary_.find(text);
  if (found == vocabulary_.end()) return CellDefect::kNotInVocabulary;
  cached = *found;
  return CellDefect::kNone;
}

}  // namespace ecomgen::validate
