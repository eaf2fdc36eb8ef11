#include "readers/parquet/parquet_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "ecomgen/quote.h"
#include "readers/regular_file.h"
#include "sinks/parquet/parquet_types.h"
#include "sinks/parquet/plain_bytes.h"

namespace ecomgen::parquet {

namespace {
// Footer length (u32) and trailing magic.
constexpr uint64_t kTrailerBytes = 8;
constexpr std::string_view kTableKey = "ecomgen.table";

// The ColumnType of a leaf written by ecomgen, or nullopt for anything else.
std::optional<ColumnType> ColumnTypeOf(const SchemaElementMeta& element) {
  if (!element.type) return std::nullopt;
  switch (static_cast<PhysicalType>(*element.type)) {
    case PhysicalType::kBoolean:
      return element.logical == LogicalKind::kNone ? std::optional(ColumnType::kBool)
                                                   : std::nullopt;
    case PhysicalType::kInt32:
      if (element.logical == LogicalKind::kNone) return ColumnType::kInt32;
      if (element.logical == LogicalKind::kDate) return ColumnType::kDate;
      return std::nullopt;
    case PhysicalType::kInt64:
      if (element.logical == LogicalKind::kNone) return ColumnType::kInt64;
      if (element.logical == LogicalKind::kTimestamp && element.timestamp_micros &&
          element.timestamp_utc) {
        return ColumnType::kTimestamp;
      }
      if (element.logical == LogicalKind::kDecimal && element.decimal_scale == kDecimalScale &&
          element.decimal_precision == kDecimalPrecision) {
        return ColumnType::kDecimal;
      }
      return std::nullopt;
    case PhysicalType::kDouble:
      return element.logical == LogicalKind::kNone ? std::optional(ColumnType::kDouble)
                                                   : std::nullopt;
    case PhysicalType::kByteArray:
      return element.logical == LogicalKind::kString ? std::optional(ColumnType::kString)
                                                     : std::nullopt;
  }
  return std::nullopt;
}
}  // namespace

Result<std::unique_ptr<ParquetReader>> ParquetReader::Open(const std::string& path) {
  const Result<int> opened = OpenRegularFile(path);
  if (!opened) return opened.error();
  const int fd = *opened;
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    const Status status = Status::IOError("cannot stat " + path + ": " + std::strerror(errno));
    ::close(fd);
    return status;
  }
  auto reader =
      std::make_unique<ParquetReader>(PassKey(), path, fd, static_cast<uint64_t>(info.st_size));
  ECOMGEN_RETURN_IF_ERROR(reader->ReadFooter().WithContext(path));
  ECOMGEN_RETURN_IF_ERROR(reader->BuildSchema().WithContext(path));
  return reader;
}

ParquetReader::~ParquetReader() {
  if (fd_ >= 0) ::close(fd_);
}

Status ParquetReader::ReadRange(uint64_t offset, uint64_t length, std::string& out) const {
  if (offset > file_bytes_ || length > file_bytes_ - offset) {
    return Status::InvalidArgument("byte range past the end of the file");
  }
  out.resize(static_cast<size_t>(length));
  size_t done = 0;
  while (done < out.size()) {
    const ssize_t got =
        ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Status::IOError(std::string("read failed: ") + std::strerror(errno));
    if (got == 0) return Status::IOError("file shrank while reading");
    done += static_cast<size_t>(got);
  }
  return Status::Ok();
}

Status ParquetReader::ReadFooter() {
  const uint64_t magic_bytes = kMagic.size();
  if (file_bytes_ < magic_bytes + kTrailerBytes) {
    return Status::InvalidArgument("not a Parquet file (too small)");
  }
  std::string bytes;
  ECOMGEN_RETURN_IF_ERROR(ReadRange(0, magic_bytes, bytes));
  if (bytes != kMagic) return Status::InvalidArgument("not a Parquet file (no leading PAR1)");
  ECOMGEN_RETURN_IF_ERROR(ReadRange(file_bytes_ - kTrailerBytes, kTrailerBytes, bytes));
  if (std::string_view(bytes).substr(4) != kMagic) {
    return Status::InvalidArgument("not a Parquet file (no trailing PAR1)");
  }
  const auto footer_bytes = LoadLittleEndian<uint32_t>(bytes.data());
  if (footer_bytes > file_bytes_ - magic_bytes - kTrailerBytes) {
    return Status::InvalidArgument("Parquet footer length larger than the file");
  }
  ECOMGEN_RETURN_IF_ERROR(
      ReadRange(file_bytes_ - kTrailerBytes - footer_bytes, footer_bytes, bytes));
  Result<FileMetaDataRead> metadata = DecodeFileMetaData(bytes);
  if (!metadata) return metadata.error();
  metadata_ = std::move(*metadata);
  return Status::Ok();
}

Status ParquetReader::BuildSchema() {
  const SchemaElementMeta& root = metadata_.schema.front();
  const size_t leaves = metadata_.schema.size() - 1;
  if (root.type || static_cast<size_t>(root.num_children) != leaves) {
    return Status::InvalidArgument("Parquet schema is not a flat list of columns");
  }
  names_.reserve(leaves);
  for (size_t col_idx = 0; col_idx < leaves; ++col_idx) {
    names_.push_back(metadata_.schema[col_idx + 1].name);
  }
  schema_.columns.reserve(leaves);
  for (size_t col_idx = 0; col_idx < leaves; ++col_idx) {
    const SchemaElementMeta& element = metadata_.schema[col_idx + 1];
    const std::optional<ColumnType> type = ColumnTypeOf(element);
    const int32_t repetition = element.repetition.value_or(-1);
    if (!type || element.num_children != 0 ||
        (repetition != static_cast<int32_t>(Repetition::kRequired) &&
         repetition != static_cast<int32_t>(Repetition::kOptional))) {
      // Names come from the file: quoted and escaped, so that the error stays one line.
      return Status::InvalidArgument("Parquet column " + QuoteForMessage(element.name) +
                                     " has a type ecomgen does not write");
    }
    ColumnSpec spec;
    spec.name = names_[col_idx];
    spec.type = *type;
    spec.nullable = repetition == static_cast<int32_t>(Repetition::kOptional);
    schema_.columns.push_back(spec);
  }
  for (const auto& [key, value] : metadata_.key_value) {
    if (key != kTableKey) continue;
    if (const std::optional<TableId> table = TableFromName(value)) schema_.table = *table;
  }
  for (const RowGroupMetaRead& group : metadata_.row_groups) {
    if (group.columns.size() != leaves) {
      return Status::InvalidArgument("Parquet row group has the wrong number of columns");
    }
    for (size_t col_idx = 0; col_idx < leaves; ++col_idx) {
      const ColumnChunkMetaRead& column = group.columns[col_idx];
      if (column.type != *metadata_.schema[col_idx + 1].type ||
          column.num_values != group.num_rows || column.num_values < 0) {
        return Status::InvalidArgument("Parquet column chunk of " +
                                       QuoteForMessage(names_[col_idx]) +
                                       " does not match the schema");
      }
    }
  }
  return Status::Ok();
}

Status ParquetReader::ReadRowGroup(size_t group, Batch& batch) {
  batch.Clear();
  const RowGroupMetaRead& meta = metadata_.row_groups[group];
  for (size_t col_idx = 0; col_idx < meta.columns.size(); ++col_idx) {
    const ColumnChunkMetaRead& column = meta.columns[col_idx];
    const int64_t start = column.dictionary_page_offset.value_or(column.data_page_offset);
    if (start < 0 || column.total_compressed_size < 0) {
      return Status::InvalidArgument(path_ + ": negative column chunk offset");
    }
    ECOMGEN_RETURN_IF_ERROR(ReadRange(static_cast<uint64_t>(start),
                                      static_cast<uint64_t>(column.total_compressed_size),
                                      chunk_bytes_)
                                .WithContext(path_));
    ECOMGEN_RETURN_IF_ERROR(
        chunk_reader_.Read(chunk_bytes_, column, batch.col(col_idx))
            .WithContext(path_ + ": column " + QuoteForMessage(names_[col_idx])));
  }
  return Status::Ok();
}

}  // namespace ecomgen::parquet
