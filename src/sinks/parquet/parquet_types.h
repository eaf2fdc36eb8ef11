// The numeric constants of the Parquet format (parquet.thrift) that ecomgen writes and reads.
//
// Each enumerator's value is the one the format assigns; they travel in Thrift i32 fields, so
// they must never be renumbered. Only the members ecomgen uses are listed.
//
// Thread safety: constants only.
#pragma once

#include <cstdint>
#include <string_view>

namespace ecomgen::parquet {

// parquet.thrift `Type`.
enum class PhysicalType : int32_t {
  kBoolean = 0,
  kInt32 = 1,
  kInt64 = 2,
  kDouble = 5,
  kByteArray = 6,
};

// parquet.thrift `ConvertedType` (the legacy annotation written next to the LogicalType).
enum class ConvertedType : int32_t {
  kUtf8 = 0,
  kDecimal = 5,
  kDate = 6,
  kTimestampMicros = 10,
};

// parquet.thrift `FieldRepetitionType`.
enum class Repetition : int32_t { kRequired = 0, kOptional = 1 };

// parquet.thrift `Encoding`.
enum class Encoding : int32_t { kPlain = 0, kRle = 3, kRleDictionary = 8 };

// parquet.thrift `CompressionCodec`.
enum class Codec : int32_t { kUncompressed = 0, kSnappy = 1, kZstd = 6 };

// parquet.thrift `PageType`.
enum class PageType : int32_t { kDataPage = 0, kDictionaryPage = 2 };

// The four bytes at both ends of every Parquet file.
inline constexpr std::string_view kMagic = "PAR1";

// Precision and scale of ColumnType::kDecimal: int64 hundredths.
inline constexpr int32_t kDecimalPrecision = 18;
inline constexpr int32_t kDecimalScale = 2;

}  // namespace ecomgen::parquet
