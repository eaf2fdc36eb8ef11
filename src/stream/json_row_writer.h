// JsonRowWriter: one row of a batch as an NDJSON event line,
//   {"table":"orders","ts":"2024-11-29T00:00:03Z","row":{"order_id":1,...}}
//
// Values print exactly as in the CSV files: the same field writers format numbers, money
// (two decimals, as a JSON number), dates and timestamps (as JSON strings); NULL is null,
// booleans true/false, vocabularies and text JSON strings (escaped per RFC 8259).
//
// Thread safety: none; a writer keeps day caches, so each thread needs its own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "batch/batch.h"
#include "sinks/csv/csv_day_cache.h"

namespace ecomgen::stream {

class JsonRowWriter {
 public:
  // REQUIRES: `schema` outlives the writer.
  explicit JsonRowWriter(const Schema& schema);

  // Appends the event line (with its '\n') of `row` of `batch`, stamped `ts_us`.
  // REQUIRES: batch.schema() is the writer's schema; row < batch.rows().
  void AppendLine(const Batch& batch, size_t row, int64_t ts_us, std::string& out);

 private:
  void AppendTimestamp(int64_t ts_us, std::string& out);
  void AppendDate(int64_t day, std::string& out);

  const Schema* schema_;
  std::string line_prefix_;        // {"table":"NAME","ts":"
  std::vector<std::string> keys_;  // "name": per column, with its leading ',' or '{'
  csv::CsvDayCache timestamp_days_{true};
  csv::CsvDayCache date_days_{false};
};

// Appends `text` as a JSON string, with its quotes.
void AppendJsonString(std::string_view text, std::string& out);

}  // namespace ecomgen::stream
