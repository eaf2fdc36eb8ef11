#include "sinks/csv/csv_chunk_encoder.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <string_view>

#include "sinks/csv/csv_field_writer.h"

namespace ecomgen::csv {

namespace {

constexpr int64_t kMicrosPerSecond = 1'000'000;
constexpr int64_t kSecondsPerDay = 86'400;

// Enum entries up to this size are copied as one fixed-size block (no memcpy call); the
// buffer of printed entries is padded by as much so the block never reads past it.
constexpr size_t kEnumBlockBytes = 32;

// The buffer grows by at least this much at a time: small enough that the zero fill of
// std::string::resize is still in cache when the rows are written over it.
constexpr size_t kGrowBytes = size_t{256} << 10;

// Typical printed widths, used only to size the buffer before a chunk.
constexpr size_t kTypicalIntBytes = 10;
constexpr size_t kTypicalBoolBytes = 5;
constexpr size_t kTypicalDoubleIntegerBytes = 6;
constexpr size_t kTypicalDecimalBytes = 8;
constexpr size_t kTimestampBytes = 20;  // "2024-11-29T14:03:27Z"
constexpr size_t kDateBytes = 10;       // "2024-11-29"

// Grows `bytes` so that at least `need` bytes follow offset `used`; returns the new write
// pointer. The buffer's size is its writable end: the caller trims it when done.
char* Grow(std::string& bytes, size_t used, size_t need) {
  bytes.resize(std::max(bytes.size() + kGrowBytes, used + need));
  return bytes.data() + used;
}

// The day and second of day of `ts_us`, floored (an instant before 1970 belongs to the
// earlier second and day).
struct DayAndSecond {
  int64_t day;
  uint32_t second_of_day;
};
inline DayAndSecond SplitMicros(int64_t ts_us) {
  int64_t seconds = ts_us / kMicrosPerSecond;
  if (ts_us % kMicrosPerSecond < 0) --seconds;
  int64_t day = seconds / kSecondsPerDay;
  int64_t second_of_day = seconds % kSecondsPerDay;
  if (second_of_day < 0) {
    second_of_day += kSecondsPerDay;
    --day;
  }
  return {day, static_cast<uint32_t>(second_of_day)};
}

// String bytes held by a kString column (its arena), for the size estimate.
size_t StringBytes(const Column& column) {
  if (column.size() == 0) return 0;
  const std::string_view first = column.string_at(0);
  const std::string_view last = column.string_at(column.size() - 1);
  return static_cast<size_t>(last.data() + last.size() - first.data());
}

}  // namespace

CsvChunkEncoder::CsvChunkEncoder(const Schema& schema)
    : schema_(&schema),
      enum_first_(schema.size(), 0),
      day_cache_index_(schema.size(), 0),
      cursors_(schema.size()) {
  std::string printed;
  for (size_t col_idx = 0; col_idx < schema.size(); ++col_idx) {
    const ColumnSpec& spec = schema.columns[col_idx];
    if (spec.type == ColumnType::kTimestamp || spec.type == ColumnType::kDate) {
      day_cache_index_[col_idx] = day_caches_.size();
      day_caches_.emplace_back(spec.type == ColumnType::kTimestamp);
    }
    size_t cell_bytes = 0;
    switch (spec.type) {
      case ColumnType::kInt64:
      case ColumnType::kInt32:  // stored as int64: bound it like one
        cell_bytes = kInt64Bytes;
        break;
      case ColumnType::kBool:
        cell_bytes = kBoolBytes;
        break;
      case ColumnType::kDouble:
        // Invariant: the schema tables give doubles a non-negative number of decimals.
        assert(spec.decimals >= 0 && "kDouble column with negative decimals");
        cell_bytes = DoubleBytes(spec.decimals);
        break;
      case ColumnType::kDecimal:
        cell_bytes = kDecimalBytes;
        break;
      case ColumnType::kTimestamp:
        cell_bytes = CsvDayCache::kWriteBytes + kTimeOfDayBytes;
        break;
      case ColumnType::kDate:
        cell_bytes = CsvDayCache::kWriteBytes;
        break;
      case ColumnType::kString:
        cell_bytes = 0;  // bounded per cell, by its length
        break;
      case ColumnType::kEnum: {
        enum_first_[col_idx] = enum_entries_.size();
        cell_bytes = kEnumBlockBytes;
        for (const std::string_view entry : spec.dictionary) {
          printed.resize(StringFieldBytes(entry.size()));
          const size_t size =
              static_cast<size_t>(WriteStringField(printed.data(), entry) - printed.data());
          enum_entries_.push_back(
              {static_cast<uint32_t>(enum_text_.size()), static_cast<uint32_t>(size)});
          enum_text_.append(printed.data(), size);
          cell_bytes = std::max(cell_bytes, size);
        }
        break;
      }
    }
    row_bytes_ += cell_bytes + 1;  // and its ',' or '\n'
  }
  enum_text_.append(kEnumBlockBytes, '\0');
}

size_t CsvChunkEncoder::EstimateBytes(const Batch& batch) const {
  const size_t rows = batch.rows();
  size_t bytes = 0;
  for (size_t col_idx = 0; col_idx < batch.column_count(); ++col_idx) {
    const ColumnSpec& spec = schema_->columns[col_idx];
    size_t cell_bytes = 0;
    switch (spec.type) {
      case ColumnType::kInt64:
      case ColumnType::kInt32:
        cell_bytes = kTypicalIntBytes;
        break;
      case ColumnType::kBool:
        cell_bytes = kTypicalBoolBytes;
        break;
      case ColumnType::kDouble:
        cell_bytes = kTypicalDoubleIntegerBytes + 1 + static_cast<size_t>(spec.decimals);
        break;
      case ColumnType::kDecimal:
        cell_bytes = kTypicalDecimalBytes;
        break;
      case ColumnType::kTimestamp:
        cell_bytes = kTimestampBytes;
        break;
      case ColumnType::kDate:
        cell_bytes = kDateBytes;
        break;
      case ColumnType::kString:
        bytes += StringBytes(batch.col(col_idx));
        break;
      case ColumnType::kEnum: {
        size_t longest = 0;
        for (size_t entry = 0; entry < spec.dictionary.size(); ++entry) {
          longest = std::max<size_t>(longest, enum_entries_[enum_first_[col_idx] + entry].size);
        }
        cell_bytes = longest;
        break;
      }
    }
    bytes += rows * (cell_bytes + 1);
  }
  return bytes + row_bytes_;
}

void CsvChunkEncoder::Encode(const Batch& batch, EncodedChunk& out) {
  // Invariant: the batch was built for this encoder's schema.
  assert(batch.column_count() == schema_->size() && "batch and encoder schemas differ");
  const size_t rows = batch.rows();
  const size_t columns = batch.column_count();
  std::string& bytes = out.bytes;
  out.rows = static_cast<int64_t>(rows);
  out.side.reset();
  if (rows == 0 || columns == 0) {
    bytes.clear();
    return;
  }

  for (size_t col_idx = 0; col_idx < columns; ++col_idx) {
    const Column& column = batch.col(col_idx);
    ColumnCursor& cursor = cursors_[col_idx];
    cursor.type = schema_->columns[col_idx].type;
    cursor.decimals = schema_->columns[col_idx].decimals;
    cursor.has_nulls = column.has_nulls();
    cursor.column = &column;
    cursor.ints = column.ints().data();
    cursor.doubles = column.doubles().data();
    cursor.enum_entries = enum_entries_.data() + enum_first_[col_idx];
    const bool dated = cursor.type == ColumnType::kTimestamp || cursor.type == ColumnType::kDate;
    cursor.day_cache = dated ? &day_caches_[day_cache_index_[col_idx]] : nullptr;
  }
  const size_t row_bytes = row_bytes_;
  const char* const enum_text = enum_text_.data();

  bytes.reserve(EstimateBytes(batch));
  // The old content is overwritten in place rather than cleared: bytes that are already
  // part of the string need no zero fill from resize, which would cost a pass over them.
  char* p = bytes.data();
  char* end = p + bytes.size();  // the writable end: bytes.data() + bytes.size()
  const auto make_room = [&bytes, &p, &end](size_t need) {
    if (static_cast<size_t>(end - p) >= need) return;
    p = Grow(bytes, static_cast<size_t>(p - bytes.data()), need);
    end = bytes.data() + bytes.size();
  };

  for (size_t row = 0; row < rows; ++row) {
    make_room(row_bytes);
    for (size_t col_idx = 0; col_idx < columns; ++col_idx) {
      const ColumnCursor& cursor = cursors_[col_idx];
      if (cursor.has_nulls && cursor.column->is_null(row)) {
        *p++ = ',';
        continue;
      }
      switch (cursor.type) {
        case ColumnType::kInt64:
        case ColumnType::kInt32:
          p = WriteInt64(p, cursor.ints[row]);
          break;
        case ColumnType::kBool:
          p = WriteBool(p, cursor.ints[row] != 0);
          break;
        case ColumnType::kDouble:
          p = WriteDouble(p, cursor.doubles[row], cursor.decimals);
          break;
        case ColumnType::kDecimal:
          p = WriteDecimal(p, cursor.ints[row]);
          break;
        case ColumnType::kTimestamp: {
          const DayAndSecond split = SplitMicros(cursor.ints[row]);
          p = cursor.day_cache->Write(p, split.day);
          p = WriteTimeOfDay(p, split.second_of_day);
          break;
        }
        case ColumnType::kDate:
          p = cursor.day_cache->Write(p, cursor.ints[row]);
          break;
        case ColumnType::kEnum: {
          const auto value = static_cast<size_t>(cursor.ints[row]);
          // Invariant: generators only store indexes into the column's dictionary.
          assert(value < schema_->columns[col_idx].dictionary.size() && "enum index out of range");
          const EnumEntry entry = cursor.enum_entries[value];
          if (entry.size <= kEnumBlockBytes) {
            std::memcpy(p, enum_text + entry.offset, kEnumBlockBytes);
          } else {
            std::memcpy(p, enum_text + entry.offset, entry.size);
          }
          p += entry.size;
          break;
        }
        case ColumnType::kString: {
          const std::string_view text = cursor.column->string_at(row);
          // Room for this cell, and still a whole row's bound for the cells after it.
          make_room(StringFieldBytes(text.size()) + row_bytes);
          p = WriteStringField(p, text);
          break;
        }
      }
      *p++ = ',';
    }
    p[-1] = '\n';  // the last cell's separator ends the row
  }
  bytes.resize(static_cast<size_t>(p - bytes.data()));
}

}  // namespace ecomgen::csv
