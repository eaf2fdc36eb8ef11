#include "readers/parquet/file_metadata.h"

#include "readers/parquet/thrift_compact_reader.h"
#include "sinks/parquet/thrift_field_ids.h"

namespace ecomgen::parquet {

namespace {

using Reader = ThriftCompactReader;

// Calls `on_field(type, id)` for each field of the struct that starts at the reader's
// position; `on_field` returns false for fields it does not use, which are then skipped.
template <typename OnField>
void ForEachField(Reader& reader, OnField&& on_field) {
  reader.BeginStruct();
  CompactType type = CompactType::kStop;
  int16_t id = 0;
  while (reader.NextField(type, id)) {
    if (!on_field(type, id)) reader.Skip(type);
  }
  reader.EndStruct();
}

// Calls `on_element()` for each element of a list of `expected` elements.
template <typename OnElement>
void ForEachElement(Reader& reader, CompactType expected, OnElement&& on_element) {
  CompactType element = CompactType::kStop;
  const uint32_t size = reader.ReadListHeader(element);
  for (uint32_t idx = 0; idx < size && reader.status().ok(); ++idx) {
    if (element == expected) {
      on_element();
    } else {
      reader.Skip(element);
    }
  }
}

bool IsI32(CompactType type) { return type == CompactType::kI32; }
bool IsI64(CompactType type) { return type == CompactType::kI64; }
bool IsBinary(CompactType type) { return type == CompactType::kBinary; }
bool IsStruct(CompactType type) { return type == CompactType::kStruct; }
bool IsList(CompactType type) { return type == CompactType::kList; }
bool IsBool(CompactType type) {
  return type == CompactType::kBoolTrue || type == CompactType::kBoolFalse;
}

void DecodeLogicalType(Reader& reader, SchemaElementMeta& element) {
  ForEachField(reader, [&](CompactType type, int16_t id) {
    if (!IsStruct(type)) return false;
    switch (id) {
      case logical_type::kString:
        element.logical = LogicalKind::kString;
        return false;  // empty struct: skipping reads it
      case logical_type::kDate:
        element.logical = LogicalKind::kDate;
        return false;
      case logical_type::kDecimal:
        element.logical = LogicalKind::kDecimal;
        ForEachField(reader, [&](CompactType field_type, int16_t field_id) {
          if (!IsI32(field_type) || (field_id != logical_type::kDecimalScale &&
                                     field_id != logical_type::kDecimalPrecision))
            return false;
          (field_id == logical_type::kDecimalScale ? element.decimal_scale
                                                   : element.decimal_precision) = reader.ReadI32();
          return true;
        });
        return true;
      case logical_type::kTimestamp:
        element.logical = LogicalKind::kTimestamp;
        ForEachField(reader, [&](CompactType field_type, int16_t field_id) {
          if (field_id == logical_type::kTimestampUtc && IsBool(field_type)) {
            element.timestamp_utc = Reader::BoolOf(field_type);
            return true;
          }
          if (field_id != logical_type::kTimestampUnit || !IsStruct(field_type)) return false;
          ForEachField(reader, [&](CompactType unit_type, int16_t unit_id) {
            element.timestamp_micros = unit_id == logical_type::kUnitMicros && IsStruct(unit_type);
            return false;
          });
          return true;
        });
        return true;
      default:
        element.logical = LogicalKind::kOther;
        return false;
    }
  });
}

void DecodeSchemaElement(Reader& reader, SchemaElementMeta& element) {
  bool has_name = false;
  ForEachField(reader, [&](CompactType type, int16_t id) {
    switch (id) {
      case schema_element::kType:
        if (IsI32(type)) element.type = reader.ReadI32();
        return IsI32(type);
      case schema_element::kRepetition:
        if (IsI32(type)) element.repetition = reader.ReadI32();
        return IsI32(type);
      case schema_element::kName:
        if (IsBinary(type)) element.name.assign(reader.ReadBinary());
        has_name = IsBinary(type);
        return has_name;
      case schema_element::kNumChildren:
        if (IsI32(type)) element.num_children = reader.ReadI32();
        return IsI32(type);
      case schema_element::kConvertedType:
        if (IsI32(type)) element.converted_type = reader.ReadI32();
        return IsI32(type);
      case schema_element::kLogicalType:
        if (IsStruct(type)) DecodeLogicalType(reader, element);
        return IsStruct(type);
      default:
        return false;
    }
  });
  if (!has_name) reader.Fail("SchemaElement without a name");
}

void DecodeStatistics(Reader& reader, StatisticsMeta& stats) {
  ForEachField(reader, [&](CompactType type, int16_t id) {
    if (id == statistics::kNullCount && IsI64(type)) {
      stats.null_count = reader.ReadI64();
      return true;
    }
    if ((id == statistics::kMaxValue || id == statistics::kMinValue) && IsBinary(type)) {
      (id == statistics::kMaxValue ? stats.max_value : stats.min_value) =
          std::string(reader.ReadBinary());
      return true;
    }
    return false;
  });
}

void DecodeColumnMetaData(Reader& reader, ColumnChunkMetaRead& column) {
  ForEachField(reader, [&](CompactType type, int16_t id) {
    switch (id) {
      case column_metadata::kType:
        if (IsI32(type)) column.type = reader.ReadI32();
        return IsI32(type);
      case column_metadata::kPath:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kBinary,
                       [&] { column.path.emplace_back(reader.ReadBinary()); });
        return true;
      case column_metadata::kCodec:
        if (IsI32(type)) column.codec = reader.ReadI32();
        return IsI32(type);
      case column_metadata::kNumValues:
      case column_metadata::kUncompressedSize:
      case column_metadata::kCompressedSize:
      case column_metadata::kDataPageOffset:
      case column_metadata::kDictionaryPageOffset: {
        if (!IsI64(type)) return false;
        const int64_t value = reader.ReadI64();
        if (id == column_metadata::kNumValues) column.num_values = value;
        if (id == column_metadata::kUncompressedSize) column.total_uncompressed_size = value;
        if (id == column_metadata::kCompressedSize) column.total_compressed_size = value;
        if (id == column_metadata::kDataPageOffset) column.data_page_offset = value;
        if (id == column_metadata::kDictionaryPageOffset) column.dictionary_page_offset = value;
        return true;
      }
      case column_metadata::kStatistics:
        if (IsStruct(type)) DecodeStatistics(reader, column.statistics);
        return IsStruct(type);
      default:
        return false;
    }
  });
}

void DecodeRowGroup(Reader& reader, RowGroupMetaRead& group) {
  ForEachField(reader, [&](CompactType type, int16_t id) {
    if (id == row_group::kColumns && IsList(type)) {
      ForEachElement(reader, CompactType::kStruct, [&] {
        ColumnChunkMetaRead& column = group.columns.emplace_back();
        bool has_metadata = false;
        ForEachField(reader, [&](CompactType chunk_type, int16_t chunk_id) {
          if (chunk_id != column_chunk::kMetaData || !IsStruct(chunk_type)) return false;
          DecodeColumnMetaData(reader, column);
          has_metadata = true;
          return true;
        });
        if (!has_metadata) reader.Fail("ColumnChunk without meta_data");
      });
      return true;
    }
    if (id == row_group::kNumRows && IsI64(type)) {
      group.num_rows = reader.ReadI64();
      return true;
    }
    return false;
  });
}

}  // namespace

Result<FileMetaDataRead> DecodeFileMetaData(std::string_view footer) {
  Reader reader(footer);
  FileMetaDataRead meta;
  ForEachField(reader, [&](CompactType type, int16_t id) {
    switch (id) {
      case file_metadata::kVersion:
        if (IsI32(type)) meta.version = reader.ReadI32();
        return IsI32(type);
      case file_metadata::kSchema:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kStruct,
                       [&] { DecodeSchemaElement(reader, meta.schema.emplace_back()); });
        return true;
      case file_metadata::kNumRows:
        if (IsI64(type)) meta.num_rows = reader.ReadI64();
        return IsI64(type);
      case file_metadata::kRowGroups:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kStruct,
                       [&] { DecodeRowGroup(reader, meta.row_groups.emplace_back()); });
        return true;
      case file_metadata::kKeyValue:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kStruct, [&] {
          auto& entry = meta.key_value.emplace_back();
          ForEachField(reader, [&](CompactType kv_type, int16_t kv_id) {
            if (!IsBinary(kv_type) || (kv_id != key_value::kKey && kv_id != key_value::kValue))
              return false;
            (kv_id == key_value::kKey ? entry.first : entry.second).assign(reader.ReadBinary());
            return true;
          });
        });
        return true;
      case file_metadata::kCreatedBy:
        if (IsBinary(type)) meta.created_by.assign(reader.ReadBinary());
        return IsBinary(type);
      default:
        return false;
    }
  });
  if (!reader.status().ok()) return reader.status().WithContext("Parquet footer");
  if (meta.schema.empty()) return Status::InvalidArgument("Parquet footer: empty schema");
  return meta;
}

Result<PageHeaderRead> DecodePageHeader(std::string_view data) {
  Reader reader(data);
  PageHeaderRead header;
  int fields = 0;
  ForEachField(reader, [&](CompactType type, int16_t id) {
    if ((id == page_header::kType || id == page_header::kUncompressedSize ||
         id == page_header::kCompressedSize) &&
        IsI32(type)) {
      const int32_t value = reader.ReadI32();
      (id == page_header::kType               ? header.type
       : id == page_header::kUncompressedSize ? header.uncompressed_size
                                              : header.compressed_size) = value;
      ++fields;
      return true;
    }
    if ((id == page_header::kDataPageHeader || id == page_header::kDictionaryPageHeader) &&
        IsStruct(type)) {
      // DictionaryPageHeader numbers num_values and encoding the same way.
      static_assert(data_page_header::kNumValues == dictionary_page_header::kNumValues &&
                    data_page_header::kEncoding == dictionary_page_header::kEncoding);
      ForEachField(reader, [&](CompactType page_type, int16_t page_id) {
        if ((page_id != data_page_header::kNumValues && page_id != data_page_header::kEncoding) ||
            !IsI32(page_type))
          return false;
        (page_id == data_page_header::kNumValues ? header.num_values : header.encoding) =
            reader.ReadI32();
        return true;
      });
      return true;
    }
    return false;
  });
  if (!reader.status().ok()) return reader.status().WithContext("Parquet page header");
  if (fields != 3 || header.uncompressed_size < 0 || header.compressed_size < 0) {
    return Status::InvalidArgument("Parquet page header: missing or negative sizes");
  }
  header.header_bytes = reader.position();
  return header;
}

}  // namespace ecomgen::parquet
