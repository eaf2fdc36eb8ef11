// EventMerger: the events of a scenario's fact tables, merged into one event-time order.
//
// Each generator's chunks cover consecutive spans of minutes, so a chunk's rows (sorted by
// time within the chunk: a table need not be in time order inside it) can all be released
// once every other generator has been read past them: a generator whose last chunk ended at
// B has no later row at or before B. Rows of `lags` tables (returns) come with their order's
// chunk but happen days later; they wait, already formatted, in a heap until event time
// reaches them. Memory is one chunk per generator plus the lagging rows not yet due (the
// returns requested within the longest order-to-return delay: a few days of returns).
//
// Ties at one instant break by the table's place in StreamTables(), then by generation
// order, so the same config gives the same lines in the same order.
//
// Thread safety: none; one merger belongs to one thread.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/batches.h"
#include "ecomgen/stream.h"
#include "stream/json_row_writer.h"
#include "stream/stream_tables.h"

namespace ecomgen::stream {

// The merge's options are the public EventStream's.
using MergeOptions = EventStreamOptions;

class EventMerger {
 public:
  // REQUIRES: every table in options.tables has a StreamTables() entry; `generator`
  // outlives the merger.
  EventMerger(const BatchGenerator& generator, const MergeOptions& options);
  ~EventMerger();

  // Moves to the next event; false when there is none left.
  bool Next();
  // The current event's NDJSON line, with its '\n', and its event time.
  std::string_view line() const { return line_; }
  int64_t ts_us() const { return ts_us_; }

 private:
  struct Output;
  struct Source;
  struct Held {
    int64_t ts_us;
    size_t rank;
    uint64_t seq;
    std::string line;
  };
  struct HeldLater {
    bool operator()(const Held& a, const Held& b) const;
  };

  void Load(Source& source);

  MergeOptions options_;
  std::vector<std::unique_ptr<Source>> sources_;
  std::vector<Held> held_;  // a min-heap by HeldLater: the earliest event at front()
  uint64_t held_seq_ = 0;
  std::string line_;
  int64_t ts_us_ = 0;
};

}  // namespace ecomgen::stream
