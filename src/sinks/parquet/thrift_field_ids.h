// The field ids of the parquet.thrift structs ecomgen writes and reads, by struct: the one
// list that the footer and page-header writers (sinks/parquet) and the metadata decoder
// (readers/parquet/file_metadata.cc) share, so that the two sides cannot disagree.
//
// Thread safety: constants only.
#pragma once

#include <cstdint>

namespace ecomgen::parquet {

namespace file_metadata {
constexpr int16_t kVersion = 1, kSchema = 2, kNumRows = 3, kRowGroups = 4, kKeyValue = 5,
                  kCreatedBy = 6, kColumnOrders = 7;
}
namespace schema_element {
constexpr int16_t kType = 1, kRepetition = 3, kName = 4, kNumChildren = 5, kConvertedType = 6,
                  kScale = 7, kPrecision = 8, kLogicalType = 10;
}
// LogicalType is a union: its members' ids, then the fields of DecimalType, TimestampType
// and TimeUnit (a union too) that ecomgen uses.
namespace logical_type {
constexpr int16_t kString = 1, kDecimal = 5, kDate = 6, kTimestamp = 8;
constexpr int16_t kDecimalScale = 1, kDecimalPrecision = 2;
constexpr int16_t kTimestampUtc = 1, kTimestampUnit = 2, kUnitMicros = 2;
}  // namespace logical_type
namespace row_group {
constexpr int16_t kColumns = 1, kTotalByteSize = 2, kNumRows = 3, kFileOffset = 5,
                  kTotalCompressedSize = 6, kOrdinal = 7;
}
namespace column_chunk {
constexpr int16_t kFileOffset = 2, kMetaData = 3;
}
namespace column_metadata {
constexpr int16_t kType = 1, kEncodings = 2, kPath = 3, kCodec = 4, kNumValues = 5,
                  kUncompressedSize = 6, kCompressedSize = 7, kDataPageOffset = 9,
                  kDictionaryPageOffset = 11, kStatistics = 12, kEncodingStats = 13;
}
namespace statistics {
constexpr int16_t kNullCount = 3, kMaxValue = 5, kMinValue = 6, kMaxExact = 7, kMinExact = 8;
}
namespace page_encoding_stats {
constexpr int16_t kPageType = 1, kEncoding = 2, kCount = 3;
}
namespace key_value {
constexpr int16_t kKey = 1, kValue = 2;
}
namespace column_order {
constexpr int16_t kTypeOrder = 1;
}
namespace page_header {
constexpr int16_t kType = 1, kUncompressedSize = 2, kCompressedSize = 3, kDataPageHeader = 5,
                  kDictionaryPageHeader = 7;
}
namespace data_page_header {
constexpr int16_t kNumValues = 1, kEncoding = 2, kDefinitionLevelEncoding = 3,
                  kRepetitionLevelEncoding = 4;
}
namespace dictionary_page_header {
constexpr int16_t kNumValues = 1, kEncoding = 2;
}

}  // namespace ecomgen::parquet
