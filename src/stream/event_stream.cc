// EventStream (ecomgen/stream.h): the public face of stream::EventMerger.
#include "ecomgen/stream.h"
#include "stream/event_merger.h"
#include "stream/stream_tables.h"

namespace ecomgen {

std::vector<TableId> StreamedTables() {
  std::vector<TableId> tables;
  for (const stream::StreamTable& entry : stream::StreamTables()) tables.push_back(entry.table);
  return tables;
}

bool IsStreamedTable(TableId table) { return stream::FindStreamTable(table).has_value(); }

EventStream::EventStream(const BatchGenerator& generator, const EventStreamOptions& options)
    : merger_(std::make_unique<stream::EventMerger>(generator, options)) {}

EventStream::~EventStream() = default;

bool EventStream::Next() { return merger_->Next(); }

std::string_view EventStream::line() const { return merger_->line(); }

int64_t EventStream::ts_us() const { return merger_->ts_us(); }

}  // namespace ecomgen
