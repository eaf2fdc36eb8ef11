#include "sinks/parquet/footer_writer.h"

#include "sinks/parquet/column_encoder.h"
#include "sinks/parquet/thrift_compact_writer.h"
#include "sinks/parquet/thrift_field_ids.h"

namespace ecomgen::parquet {

namespace {

// The Parquet format version of FileMetaData that every reader accepts.
constexpr int32_t kFormatVersion = 1;
constexpr std::string_view kRootName = "schema";
constexpr std::string_view kTableKey = "ecomgen.table";
constexpr size_t kMaxOrdinal = 32767;

void WriteSchemaElement(const ColumnSpec& spec, ThriftCompactWriter& writer) {
  writer.BeginStruct();
  writer.FieldI32(schema_element::kType, static_cast<int32_t>(PhysicalTypeFor(spec.type)));
  writer.FieldI32(
      schema_element::kRepetition,
      static_cast<int32_t>(spec.nullable ? Repetition::kOptional : Repetition::kRequired));
  writer.FieldBinary(schema_element::kName, spec.name);
  switch (spec.type) {
    case ColumnType::kString:
    case ColumnType::kEnum:
      writer.FieldI32(schema_element::kConvertedType, static_cast<int32_t>(ConvertedType::kUtf8));
      writer.FieldStructBegin(schema_element::kLogicalType);
      writer.FieldEmptyStruct(logical_type::kString);
      writer.EndStruct();
      break;
    case ColumnType::kDate:
      writer.FieldI32(schema_element::kConvertedType, static_cast<int32_t>(ConvertedType::kDate));
      writer.FieldStructBegin(schema_element::kLogicalType);
      writer.FieldEmptyStruct(logical_type::kDate);
      writer.EndStruct();
      break;
    case ColumnType::kTimestamp:
      writer.FieldI32(schema_element::kConvertedType,
                      static_cast<int32_t>(ConvertedType::kTimestampMicros));
      writer.FieldStructBegin(schema_element::kLogicalType);
      writer.FieldStructBegin(logical_type::kTimestamp);
      writer.FieldBool(logical_type::kTimestampUtc, true);
      writer.FieldStructBegin(logical_type::kTimestampUnit);
      writer.FieldEmptyStruct(logical_type::kUnitMicros);
      writer.EndStruct();
      writer.EndStruct();
      writer.EndStruct();
      break;
    case ColumnType::kDecimal:
      writer.FieldI32(schema_element::kConvertedType,
                      static_cast<int32_t>(ConvertedType::kDecimal));
      writer.FieldI32(schema_element::kScale, kDecimalScale);
      writer.FieldI32(schema_element::kPrecision, kDecimalPrecision);
      writer.FieldStructBegin(schema_element::kLogicalType);
      writer.FieldStructBegin(logical_type::kDecimal);
      writer.FieldI32(logical_type::kDecimalScale, kDecimalScale);
      writer.FieldI32(logical_type::kDecimalPrecision, kDecimalPrecision);
      writer.EndStruct();
      writer.EndStruct();
      break;
    case ColumnType::kInt64:
    case ColumnType::kInt32:
    case ColumnType::kDouble:
    case ColumnType::kBool:
      break;
  }
  writer.EndStruct();
}

void WriteSchema(const Schema& schema, ThriftCompactWriter& writer) {
  writer.FieldListBegin(file_metadata::kSchema, CompactType::kStruct,
                        static_cast<uint32_t>(schema.size() + 1));
  writer.BeginStruct();
  writer.FieldBinary(schema_element::kName, kRootName);
  writer.FieldI32(schema_element::kNumChildren, static_cast<int32_t>(schema.size()));
  writer.EndStruct();
  for (const ColumnSpec& spec : schema.columns) WriteSchemaElement(spec, writer);
}

void WritePageEncodingStats(PageType type, Encoding encoding, int32_t count,
                            ThriftCompactWriter& writer) {
  writer.BeginStruct();
  writer.FieldI32(page_encoding_stats::kPageType, static_cast<int32_t>(type));
  writer.FieldI32(page_encoding_stats::kEncoding, static_cast<int32_t>(encoding));
  writer.FieldI32(page_encoding_stats::kCount, count);
  writer.EndStruct();
}

void WriteColumnMetaData(const ColumnSpec& spec, Codec codec, const ColumnChunkMeta& chunk,
                         ThriftCompactWriter& writer) {
  const bool dictionary = spec.type == ColumnType::kEnum;
  writer.FieldStructBegin(column_chunk::kMetaData);
  writer.FieldI32(column_metadata::kType, static_cast<int32_t>(PhysicalTypeFor(spec.type)));
  writer.FieldListBegin(column_metadata::kEncodings, CompactType::kI32, dictionary ? 3 : 2);
  writer.ListI32(static_cast<int32_t>(Encoding::kPlain));
  writer.ListI32(static_cast<int32_t>(Encoding::kRle));
  if (dictionary) writer.ListI32(static_cast<int32_t>(Encoding::kRleDictionary));
  writer.FieldListBegin(column_metadata::kPath, CompactType::kBinary, 1);
  writer.ListBinary(spec.name);
  writer.FieldI32(column_metadata::kCodec, static_cast<int32_t>(codec));
  writer.FieldI64(column_metadata::kNumValues, chunk.num_values);
  writer.FieldI64(column_metadata::kUncompressedSize, chunk.uncompressed_bytes);
  writer.FieldI64(column_metadata::kCompressedSize, chunk.compressed_bytes);
  writer.FieldI64(column_metadata::kDataPageOffset, chunk.data_page_offset);
  if (chunk.dictionary_page_offset >= 0) {
    writer.FieldI64(column_metadata::kDictionaryPageOffset, chunk.dictionary_page_offset);
  }
  writer.FieldStructBegin(column_metadata::kStatistics);
  writer.FieldI64(statistics::kNullCount, chunk.null_count);
  if (chunk.has_bounds) {
    writer.FieldBinary(statistics::kMaxValue, chunk.max_value);
    writer.FieldBinary(statistics::kMinValue, chunk.min_value);
    writer.FieldBool(statistics::kMaxExact, true);
    writer.FieldBool(statistics::kMinExact, true);
  }
  writer.EndStruct();
  writer.FieldListBegin(column_metadata::kEncodingStats, CompactType::kStruct, dictionary ? 2 : 1);
  if (dictionary) WritePageEncodingStats(PageType::kDictionaryPage, Encoding::kPlain, 1, writer);
  WritePageEncodingStats(PageType::kDataPage,
                         dictionary ? Encoding::kRleDictionary : Encoding::kPlain, chunk.data_pages,
                         writer);
  writer.EndStruct();
}

// `ordinal` < 0 leaves RowGroup.ordinal out.
void WriteRowGroup(const Schema& schema, Codec codec, const RowGroupMeta& group, int16_t ordinal,
                   ThriftCompactWriter& writer) {
  writer.BeginStruct();
  writer.FieldListBegin(row_group::kColumns, CompactType::kStruct,
                        static_cast<uint32_t>(group.columns.size()));
  int64_t total_uncompressed = 0;
  int64_t total_compressed = 0;
  for (size_t col_idx = 0; col_idx < group.columns.size(); ++col_idx) {
    const ColumnChunkMeta& chunk = group.columns[col_idx];
    const int64_t start =
        chunk.dictionary_page_offset >= 0 ? chunk.dictionary_page_offset : chunk.data_page_offset;
    writer.BeginStruct();
    writer.FieldI64(column_chunk::kFileOffset, start);
    WriteColumnMetaData(schema.columns[col_idx], codec, chunk, writer);
    writer.EndStruct();
    total_uncompressed += chunk.uncompressed_bytes;
    total_compressed += chunk.compressed_bytes;
  }
  writer.FieldI64(row_group::kTotalByteSize, total_uncompressed);
  writer.FieldI64(row_group::kNumRows, group.num_rows);
  if (!group.columns.empty()) {
    const ColumnChunkMeta& first = group.columns.front();
    writer.FieldI64(row_group::kFileOffset, first.dictionary_page_offset >= 0
                                                ? first.dictionary_page_offset
                                                : first.data_page_offset);
  }
  writer.FieldI64(row_group::kTotalCompressedSize, total_compressed);
  if (ordinal >= 0) writer.FieldI16(row_group::kOrdinal, ordinal);
  writer.EndStruct();
}

}  // namespace

void WriteFileMetaData(const Schema& schema, Codec codec, std::span<const RowGroupMeta> row_groups,
                       const FileInfo& info, std::string& out) {
  ThriftCompactWriter writer(out);
  writer.BeginStruct();
  writer.FieldI32(file_metadata::kVersion, kFormatVersion);
  WriteSchema(schema, writer);
  int64_t num_rows = 0;
  for (const RowGroupMeta& group : row_groups) num_rows += group.num_rows;
  writer.FieldI64(file_metadata::kNumRows, num_rows);
  writer.FieldListBegin(file_metadata::kRowGroups, CompactType::kStruct,
                        static_cast<uint32_t>(row_groups.size()));
  for (size_t group_idx = 0; group_idx < row_groups.size(); ++group_idx) {
    // RowGroup.ordinal is an i16; beyond its range it is left out (readers only need it for
    // encrypted files).
    const int16_t ordinal =
        group_idx <= kMaxOrdinal ? static_cast<int16_t>(group_idx) : int16_t{-1};
    WriteRowGroup(schema, codec, row_groups[group_idx], ordinal, writer);
  }
  if (!info.table_name.empty()) {
    writer.FieldListBegin(file_metadata::kKeyValue, CompactType::kStruct, 1);
    writer.BeginStruct();
    writer.FieldBinary(key_value::kKey, kTableKey);
    writer.FieldBinary(key_value::kValue, info.table_name);
    writer.EndStruct();
  }
  writer.FieldBinary(file_metadata::kCreatedBy, info.created_by);
  writer.FieldListBegin(file_metadata::kColumnOrders, CompactType::kStruct,
                        static_cast<uint32_t>(schema.size()));
  for (size_t col_idx = 0; col_idx < schema.size(); ++col_idx) {
    writer.BeginStruct();
    writer.FieldEmptyStruct(column_order::kTypeOrder);
    writer.EndStruct();
  }
  writer.EndStruct();
}

}  // namespace ecomgen::parquet
