#include "readers/parquet/column_chunk_reader.h"

#include <algorithm>
#include <cstring>
#include <span>

#include "readers/parquet/page_decompressor.h"
#include "readers/parquet/rle_bit_packed_decoder.h"
#include "sinks/parquet/parquet_types.h"
#include "sinks/parquet/plain_bytes.h"

namespace ecomgen::parquet {

namespace {
constexpr size_t kLengthBytes = sizeof(uint32_t);
constexpr int kDefinitionLevelBitWidth = 1;
// More values than any ecomgen page holds (1 MiB of booleans is 8 M values); bounds the
// level and index buffers a damaged header could ask for.
constexpr int32_t kMaxPageValues = int32_t{1} << 26;

Status Corrupt(const std::string& what) { return Status::InvalidArgument("Parquet page: " + what); }

// Reads a 4-byte length-prefixed byte array from the front of `data`.
bool TakeByteArray(std::string_view& data, std::string_view& value) {
  if (data.size() < kLengthBytes) return false;
  const auto length = LoadLittleEndian<uint32_t>(data.data());
  if (length > data.size() - kLengthBytes) return false;
  value = data.substr(kLengthBytes, length);
  data.remove_prefix(kLengthBytes + length);
  return true;
}
}  // namespace

Status ColumnChunkReader::Read(std::string_view chunk, const ColumnChunkMetaRead& meta,
                               Column& column) {
  dictionary_.clear();
  const size_t start_rows = column.size();
  const auto expected_rows = static_cast<size_t>(meta.num_values);
  size_t pos = 0;
  while (pos < chunk.size()) {
    Result<PageHeaderRead> header = DecodePageHeader(chunk.substr(pos));
    if (!header) return header.error();
    pos += header->header_bytes;
    if (static_cast<size_t>(header->compressed_size) > chunk.size() - pos) {
      return Corrupt("page extends past its column chunk");
    }
    const std::string_view body = chunk.substr(pos, static_cast<size_t>(header->compressed_size));
    pos += body.size();
    if (header->type == static_cast<int32_t>(PageType::kDictionaryPage)) {
      ECOMGEN_RETURN_IF_ERROR(ReadDictionaryPage(body, *header, meta.codec));
    } else if (header->type == static_cast<int32_t>(PageType::kDataPage)) {
      if (header->num_values < 0 || header->num_values > kMaxPageValues ||
          static_cast<size_t>(header->num_values) > expected_rows - (column.size() - start_rows)) {
        return Corrupt("data pages hold more values than the column chunk");
      }
      ECOMGEN_RETURN_IF_ERROR(ReadDataPage(body, *header, meta, column));
    } else {
      return Corrupt("unsupported page type " + std::to_string(header->type));
    }
  }
  if (column.size() - start_rows != expected_rows) {
    return Corrupt("column chunk holds " + std::to_string(column.size() - start_rows) +
                   " values, metadata says " + std::to_string(expected_rows));
  }
  return Status::Ok();
}

Status ColumnChunkReader::ReadDictionaryPage(std::string_view body, const PageHeaderRead& header,
                                             int32_t codec) {
  if (header.encoding != static_cast<int32_t>(Encoding::kPlain) || header.num_values < 0) {
    return Corrupt("dictionary page is not PLAIN");
  }
  ECOMGEN_RETURN_IF_ERROR(DecompressPage(static_cast<Codec>(codec), body,
                                         static_cast<size_t>(header.uncompressed_size),
                                         dictionary_bytes_));
  dictionary_.clear();
  std::string_view entries = dictionary_bytes_;
  for (int32_t entry_idx = 0; entry_idx < header.num_values; ++entry_idx) {
    std::string_view entry;
    if (!TakeByteArray(entries, entry)) return Corrupt("dictionary entry truncated");
    dictionary_.push_back(entry);
  }
  return Status::Ok();
}

Status ColumnChunkReader::ReadDataPage(std::string_view body, const PageHeaderRead& header,
                                       const ColumnChunkMetaRead& meta, Column& column) {
  ECOMGEN_RETURN_IF_ERROR(DecompressPage(static_cast<Codec>(meta.codec), body,
                                         static_cast<size_t>(header.uncompressed_size), page_));
  const auto rows = static_cast<size_t>(header.num_values);
  std::string_view values = page_;
  levels_.assign(rows, 1);
  if (column.spec().nullable) {
    if (values.size() < kLengthBytes) return Corrupt("definition levels truncated");
    const auto levels_bytes = LoadLittleEndian<uint32_t>(values.data());
    if (levels_bytes > values.size() - kLengthBytes) return Corrupt("definition levels truncated");
    RleBitPackedDecoder decoder(values.substr(kLengthBytes, levels_bytes),
                                kDefinitionLevelBitWidth);
    ECOMGEN_RETURN_IF_ERROR(decoder.Decode(levels_));
    values.remove_prefix(kLengthBytes + levels_bytes);
  }
  const auto present = static_cast<size_t>(std::count(levels_.begin(), levels_.end(), 1U));
  if (present + static_cast<size_t>(std::count(levels_.begin(), levels_.end(), 0U)) != rows) {
    return Corrupt("definition level above 1");
  }
  if (header.encoding == static_cast<int32_t>(Encoding::kRleDictionary)) {
    if (values.empty()) return Corrupt("dictionary indices truncated");
    const int bit_width = static_cast<uint8_t>(values[0]);
    indices_.resize(present);
    RleBitPackedDecoder decoder(values.substr(1), bit_width);
    ECOMGEN_RETURN_IF_ERROR(decoder.Decode(indices_));
    size_t next = 0;
    for (size_t row = 0; row < rows; ++row) {
      if (levels_[row] == 0) {
        column.AppendNull();
        continue;
      }
      const uint32_t index = indices_[next++];
      if (index >= dictionary_.size()) return Corrupt("dictionary index out of range");
      column.AppendString(dictionary_[index]);
    }
    return Status::Ok();
  }
  if (header.encoding != static_cast<int32_t>(Encoding::kPlain)) {
    return Corrupt("unsupported encoding " + std::to_string(header.encoding));
  }
  size_t bit_idx = 0;
  for (size_t row = 0; row < rows; ++row) {
    if (levels_[row] == 0) {
      column.AppendNull();
      continue;
    }
    ECOMGEN_RETURN_IF_ERROR(AppendPlainValue(values, bit_idx, meta.type, column));
  }
  return Status::Ok();
}

Status ColumnChunkReader::AppendPlainValue(std::string_view& values, size_t& bit_idx,
                                           int32_t physical_type, Column& column) {
  switch (static_cast<PhysicalType>(physical_type)) {
    case PhysicalType::kBoolean: {
      const size_t byte_idx = bit_idx / 8;
      if (byte_idx >= values.size()) return Corrupt("boolean values truncated");
      column.AppendInt((static_cast<uint8_t>(values[byte_idx]) >> (bit_idx % 8)) & 1);
      ++bit_idx;
      return Status::Ok();
    }
    case PhysicalType::kInt32:
      if (values.size() < sizeof(int32_t)) return Corrupt("INT32 values truncated");
      column.AppendInt(LoadLittleEndian<int32_t>(values.data()));
      values.remove_prefix(sizeof(int32_t));
      return Status::Ok();
    case PhysicalType::kInt64:
      if (values.size() < sizeof(int64_t)) return Corrupt("INT64 values truncated");
      column.AppendInt(LoadLittleEndian<int64_t>(values.data()));
      values.remove_prefix(sizeof(int64_t));
      return Status::Ok();
    case PhysicalType::kDouble:
      if (values.size() < sizeof(double)) return Corrupt("DOUBLE values truncated");
      column.AppendDouble(LoadLittleEndian<double>(values.data()));
      values.remove_prefix(sizeof(double));
      return Status::Ok();
    case PhysicalType::kByteArray: {
      std::string_view value;
      if (!TakeByteArray(values, value)) return Corrupt("BYTE_ARRAY values truncated");
      column.AppendString(value);
      return Status::Ok();
    }
  }
  return Corrupt("unsupported physical type " + std::to_string(physical_type));
}

}  // namespace ecomgen::parquet
