#include "readers/parquet/file_metadata.h"

#include "readers/parquet/thrift_compact_reader.h"

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
      case 1:
        element.logical = LogicalKind::kString;
        return false;  // empty struct: skipping reads it
      case 6:
        element.logical = LogicalKind::kDate;
        return false;
      case 5:
        element.logical = LogicalKind::kDecimal;
        ForEachField(reader, [&](CompactType field_type, int16_t field_id) {
          if (!IsI32(field_type) || (field_id != 1 && field_id != 2)) return false;
          (field_id == 1 ? element.decimal_scale : element.decimal_precision) = reader.ReadI32();
          return true;
        });
        return true;
      case 8:
        element.logical = LogicalKind::kTimestamp;
        ForEachField(reader, [&](CompactType field_type, int16_t field_id) {
          if (field_id == 1 && IsBool(field_type)) {
            element.timestamp_utc = Reader::BoolOf(field_type);
            return true;
          }
          if (field_id != 2 || !IsStruct(field_type)) return false;
          ForEachField(reader, [&](CompactType unit_type, int16_t unit_id) {
            element.timestamp_micros = unit_id == 2 && IsStruct(unit_type);
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
      case 1:
        if (IsI32(type)) element.type = reader.ReadI32();
        return IsI32(type);
      case 3:
        if (IsI32(type)) element.repetition = reader.ReadI32();
        return IsI32(type);
      case 4:
        if (IsBinary(type)) element.name.assign(reader.ReadBinary());
        has_name = IsBinary(type);
        return has_name;
      case 5:
        if (IsI32(type)) element.num_children = reader.ReadI32();
        return IsI32(type);
      case 6:
        if (IsI32(type)) element.converted_type = reader.ReadI32();
        return IsI32(type);
      case 10:
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
    if (id == 3 && IsI64(type)) {
      stats.null_count = reader.ReadI64();
      return true;
    }
    if ((id == 5 || id == 6) && IsBinary(type)) {
      (id == 5 ? stats.max_value : stats.min_value) = std::string(reader.ReadBinary());
      return true;
    }
    return false;
  });
}

void DecodeColumnMetaData(Reader& reader, ColumnChunkMetaRead& column) {
  ForEachField(reader, [&](CompactType type, int16_t id) {
    switch (id) {
      case 1:
        if (IsI32(type)) column.type = reader.ReadI32();
        return IsI32(type);
      case 3:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kBinary,
                       [&] { column.path.emplace_back(reader.ReadBinary()); });
        return true;
      case 4:
        if (IsI32(type)) column.codec = reader.ReadI32();
        return IsI32(type);
      case 5:
      case 6:
      case 7:
      case 9:
      case 11: {
        if (!IsI64(type)) return false;
        const int64_t value = reader.ReadI64();
        if (id == 5) column.num_values = value;
        if (id == 6) column.total_uncompressed_size = value;
        if (id == 7) column.total_compressed_size = value;
        if (id == 9) column.data_page_offset = value;
        if (id == 11) column.dictionary_page_offset = value;
        return true;
      }
      case 12:
        if (IsStruct(type)) DecodeStatistics(reader, column.statistics);
        return IsStruct(type);
      default:
        return false;
    }
  });
}

void DecodeRowGroup(Reader& reader, RowGroupMetaRead& group) {
  ForEachField(reader, [&](CompactType type, int16_t id) {
    if (id == 1 && IsList(type)) {
      ForEachElement(reader, CompactType::kStruct, [&] {
        ColumnChunkMetaRead& column = group.columns.emplace_back();
        bool has_metadata = false;
        ForEachField(reader, [&](CompactType chunk_type, int16_t chunk_id) {
          if (chunk_id != 3 || !IsStruct(chunk_type)) return false;
          DecodeColumnMetaData(reader, column);
          has_metadata = true;
          return true;
        });
        if (!has_metadata) reader.Fail("ColumnChunk without meta_data");
      });
      return true;
    }
    if (id == 3 && IsI64(type)) {
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
      case 1:
        if (IsI32(type)) meta.version = reader.ReadI32();
        return IsI32(type);
      case 2:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kStruct,
                       [&] { DecodeSchemaElement(reader, meta.schema.emplace_back()); });
        return true;
      case 3:
        if (IsI64(type)) meta.num_rows = reader.ReadI64();
        return IsI64(type);
      case 4:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kStruct,
                       [&] { DecodeRowGroup(reader, meta.row_groups.emplace_back()); });
        return true;
      case 5:
        if (!IsList(type)) return false;
        ForEachElement(reader, CompactType::kStruct, [&] {
          auto& entry = meta.key_value.emplace_back();
          ForEachField(reader, [&](CompactType kv_type, int16_t kv_id) {
            if (!IsBinary(kv_type) || (kv_id != 1 && kv_id != 2)) return false;
            (kv_id == 1 ? entry.first : entry.second).assign(reader.ReadBinary());
            return true;
          });
        });
        return true;
      case 6:
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
    if (id >= 1 && id <= 3 && IsI32(type)) {
      const int32_t value = reader.ReadI32();
      (id == 1 ? header.type : id == 2 ? header.uncompressed_size : header.compressed_size) = value;
      ++fields;
      return true;
    }
    if ((id == 5 || id == 7) && IsStruct(type)) {
      ForEachField(reader, [&](CompactType page_type, int16_t page_id) {
        if ((page_id != 1 && page_id != 2) || !IsI32(page_type)) return false;
        (page_id == 1 ? header.num_values : header.encoding) = reader.ReadI32();
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
