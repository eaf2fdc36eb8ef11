// Events: a scenario's fact-table rows as NDJSON lines in one event-time order, without files
// (`ecomgen stream`).
//
//   BatchGenerator generator(config);                  // REQUIRES: ValidateConfig passed
//   EventStream events(generator, {.tables = {TableId::kOrders}});
//   while (events.Next()) Send(events.line(), events.ts_us());
//
// The lines are the rows of the run's files with the same config, one JSON object each with
// its table's name; ties at one instant break by StreamedTables() order, then by generation
// order, so the same config gives the same lines in the same order. Memory is one chunk per
// table plus the few days of returns not yet due.
//
// Thread safety: an EventStream belongs to one thread; its generator must outlive it.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "ecomgen/batches.h"
#include "ecomgen/table_id.h"

namespace ecomgen {

namespace stream {
class EventMerger;
}  // namespace stream

// The fact tables that can be streamed, in the order that breaks ties at one instant.
std::vector<TableId> StreamedTables();

// Whether `table` can be streamed (dimension tables cannot).
bool IsStreamedTable(TableId table);

struct EventStreamOptions {
  std::vector<TableId> tables;  // the tables to stream; empty: every StreamedTables() entry
  int64_t from_us = std::numeric_limits<int64_t>::min();   // events at or after
  int64_t until_us = std::numeric_limits<int64_t>::max();  // events before
};

class EventStream {
 public:
  // REQUIRES: IsStreamedTable for every table in options.tables.
  EventStream(const BatchGenerator& generator, const EventStreamOptions& options);
  ~EventStream();
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;

  // Moves to the next event; false when there is none left.
  bool Next();
  // The current event's NDJSON line, with its '\n', and its event time (microseconds since
  // the epoch, UTC).
  std::string_view line() const;
  int64_t ts_us() const;

 private:
  std::unique_ptr<stream::EventMerger> merger_;
};

}  // namespace ecomgen
