// The fact tables `ecomgen stream` replays and where each row's event time comes from.
//
// Adding a table to the stream is one entry in kStreamTables (stream_tables.cc). A table's
// event time is one of its timestamp columns, or, for a table without one (order_items), the
// time of the row it belongs to in another table of the same generator, found by id.
//
// Rows of most tables fall inside their chunk's span of minutes. Some (returns: requested
// days after their order) come with a chunk but happen later; they are marked `lags` and the
// merge holds them until event time reaches them.
//
// Thread safety: constant data.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "ecomgen/table_id.h"

namespace ecomgen::stream {

struct StreamTable {
  TableId table;
  std::string_view ts_column;  // the event time: a kTimestamp column of `time_table`
  // The table holding ts_column: this table, or the one it belongs to.
  TableId time_table;
  // When time_table differs: the column of this table holding time_table's id (its first
  // column).
  std::string_view time_key = {};
  // Rows may happen after their chunk's minutes: buffered until event time reaches them.
  bool lags = false;
};

// Every streamed table, in the order that breaks ties between events of the same instant.
std::span<const StreamTable> StreamTables();

// The entry of `table`, or nullopt if it is not streamed (dimension tables).
std::optional<StreamTable> FindStreamTable(TableId table);

}  // namespace ecomgen::stream
