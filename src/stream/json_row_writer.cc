#include "stream/json_row_writer.h"

#include <array>
#include <cassert>

#include "core/civil_time.h"
#include "ecomgen/config.h"
#include "sinks/csv/csv_field_writer.h"

namespace ecomgen::stream {
namespace {

// Room for any one formatted number or date: the field writers' largest bound (a double
// with its integer digits) plus the fixed-size block they may store past their text.
constexpr size_t kCellBytes = csv::DoubleBytes(16) + 16;

// Bytes below 0x20 that have a short escape in JSON; the others print as \u00XX.
char ShortEscape(unsigned char byte) {
  switch (byte) {
    case '\b':
      return 'b';
    case '\f':
      return 'f';
    case '\n':
      return 'n';
    case '\r':
      return 'r';
    case '\t':
      return 't';
    default:
      return 0;
  }
}

}  // namespace

void AppendJsonString(std::string_view text, std::string& out) {
  constexpr std::string_view kHex = "0123456789abcdef";
  out.push_back('"');
  size_t run_start = 0;
  for (size_t idx = 0; idx < text.size(); ++idx) {
    const auto byte = static_cast<unsigned char>(text[idx]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    out.append(text.substr(run_start, idx - run_start));
    out.push_back('\\');
    if (byte == '"' || byte == '\\') {
      out.push_back(static_cast<char>(byte));
    } else if (const char escape = ShortEscape(byte); escape != 0) {
      out.push_back(escape);
    } else {
      out.append("u00");
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0xF]);
    }
    run_start = idx + 1;
  }
  out.append(text.substr(run_start));
  out.push_back('"');
}

JsonRowWriter::JsonRowWriter(const Schema& schema) : schema_(&schema) {
  line_prefix_ = "{\"table\":";
  AppendJsonString(TableName(schema.table), line_prefix_);
  line_prefix_ += ",\"ts\":";
  for (size_t col_idx = 0; col_idx < schema.size(); ++col_idx) {
    std::string key = col_idx == 0 ? "{" : ",";
    AppendJsonString(schema.columns[col_idx].name, key);
    key.push_back(':');
    keys_.push_back(std::move(key));
  }
}

void JsonRowWriter::AppendTimestamp(int64_t ts_us, std::string& out) {
  std::array<char, kCellBytes> cell;
  const int64_t seconds = FloorDiv(ts_us, kMicrosPerSecond);
  const int64_t day = FloorDiv(seconds, 86'400);
  char* p = timestamp_days_.Write(cell.data(), day);
  p = csv::WriteTimeOfDay(p, static_cast<uint32_t>(FloorMod(seconds, 86'400)));
  out.push_back('"');
  out.append(cell.data(), static_cast<size_t>(p - cell.data()));
  out.push_back('"');
}

void JsonRowWriter::AppendDate(int64_t day, std::string& out) {
  std::array<char, kCellBytes> cell;
  char* p = date_days_.Write(cell.data(), day);
  out.push_back('"');
  out.append(cell.data(), static_cast<size_t>(p - cell.data()));
  out.push_back('"');
}

void JsonRowWriter::AppendLine(const Batch& batch, size_t row, int64_t ts_us, std::string& out) {
  // Invariant: the caller pairs each batch with the writer made for its table.
  assert(&batch.schema() == schema_ && "batch and writer schemas differ");
  out += line_prefix_;
  AppendTimestamp(ts_us, out);
  out += ",\"row\":";
  std::array<char, kCellBytes> cell;
  for (size_t col_idx = 0; col_idx < batch.column_count(); ++col_idx) {
    out += keys_[col_idx];
    const Column& column = batch.col(col_idx);
    if (column.is_null(row)) {
      out += "null";
      continue;
    }
    const ColumnSpec& spec = schema_->columns[col_idx];
    char* p = cell.data();
    switch (spec.type) {
      case ColumnType::kInt64:
      case ColumnType::kInt32:
        p = csv::WriteInt64(p, column.ints()[row]);
        break;
      case ColumnType::kBool:
        p = csv::WriteBool(p, column.ints()[row] != 0);
        break;
      case ColumnType::kDouble:
        p = csv::WriteDouble(p, column.doubles()[row], spec.decimals);
        break;
      case ColumnType::kDecimal:
        p = csv::WriteDecimal(p, column.ints()[row]);
        break;
      case ColumnType::kTimestamp:
        AppendTimestamp(column.ints()[row], out);
        continue;
      case ColumnType::kDate:
        AppendDate(column.ints()[row], out);
        continue;
      case ColumnType::kEnum:
        AppendJsonString(spec.dictionary[static_cast<size_t>(column.ints()[row])], out);
        continue;
      case ColumnType::kString:
        AppendJsonString(column.string_at(row), out);
        continue;
    }
    out.append(cell.data(), static_cast<size_t>(p - cell.data()));
  }
  out += "}}\n";
}

}  // namespace ecomgen::stream
