#include "sinks/parquet/column_encoder.h"

#include "sinks/parquet/boolean_column_encoder.h"
#include "sinks/parquet/byte_array_column_encoder.h"
#include "sinks/parquet/dictionary_column_encoder.h"
#include "sinks/parquet/double_column_encoder.h"
#include "sinks/parquet/integer_column_encoder.h"

namespace ecomgen::parquet {

PhysicalType PhysicalTypeFor(ColumnType type) {
  switch (type) {
    case ColumnType::kInt32:
    case ColumnType::kDate:
      return PhysicalType::kInt32;
    case ColumnType::kDouble:
      return PhysicalType::kDouble;
    case ColumnType::kBool:
      return PhysicalType::kBoolean;
    case ColumnType::kString:
    case ColumnType::kEnum:
      return PhysicalType::kByteArray;
    case ColumnType::kInt64:
    case ColumnType::kTimestamp:
    case ColumnType::kDecimal:
      break;
  }
  return PhysicalType::kInt64;
}

std::unique_ptr<ColumnEncoder> MakeColumnEncoder(const ColumnSpec& spec) {
  switch (spec.type) {
    case ColumnType::kInt32:
    case ColumnType::kDate:
      return std::make_unique<IntegerColumnEncoder<int32_t>>();
    case ColumnType::kDouble:
      return std::make_unique<DoubleColumnEncoder>();
    case ColumnType::kBool:
      return std::make_unique<BooleanColumnEncoder>();
    case ColumnType::kString:
      return std::make_unique<ByteArrayColumnEncoder>();
    case ColumnType::kEnum:
      return std::make_unique<DictionaryColumnEncoder>(spec.dictionary);
    case ColumnType::kInt64:
    case ColumnType::kTimestamp:
    case ColumnType::kDecimal:
      break;
  }
  return std::make_unique<IntegerColumnEncoder<int64_t>>();
}

}  // namespace ecomgen::parquet
