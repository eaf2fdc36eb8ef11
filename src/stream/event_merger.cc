#include "stream/event_merger.h"

#include <algorithm>
#include <cassert>
#include <tuple>

#include "batch/batch.h"
#include "tables/schemas.h"

namespace ecomgen::stream {
namespace {

constexpr int64_t kNoBound = std::numeric_limits<int64_t>::min();

}  // namespace

// One streamed table of a source: its current chunk's event times and the rows to emit.
struct EventMerger::Output {
  StreamTable entry;
  size_t rank = 0;         // place in StreamTables(): breaks ties
  size_t batch_index = 0;  // in the reader's batches
  bool selected = false;   // streamed (else only read for the source's time bound)
  std::unique_ptr<JsonRowWriter> writer;
  std::vector<int64_t> ts_us;  // per row of the chunk
  std::vector<uint32_t> rows;  // rows to emit, in event-time order (not for lagging tables)
  size_t cursor = 0;           // next of `rows`
};

// One generator: its reader and its streamed tables.
struct EventMerger::Source {
  std::unique_ptr<ChunkReader> reader;
  std::vector<Output> outputs;
  // Every row of a later chunk happens after this instant (the last chunk's latest
  // non-lagging event); kNoBound before the first chunk.
  int64_t bound_us = kNoBound;
  bool done = false;  // no chunk left that could hold a wanted event

  bool Consumed() const {
    return std::all_of(outputs.begin(), outputs.end(),
                       [](const Output& out) { return out.cursor >= out.rows.size(); });
  }
};

bool EventMerger::HeldLater::operator()(const Held& a, const Held& b) const {
  return std::tie(a.ts_us, a.rank, a.seq) > std::tie(b.ts_us, b.rank, b.seq);
}

EventMerger::EventMerger(const BatchGenerator& generator, const MergeOptions& options)
    : options_(options) {
  const std::span<const StreamTable> entries = StreamTables();
  auto selected = [&](TableId table) {
    return options_.tables.empty() || std::find(options_.tables.begin(), options_.tables.end(),
                                                table) != options_.tables.end();
  };
  std::vector<TableId> wanted;
  for (const StreamTable& entry : entries) {
    if (selected(entry.table)) wanted.push_back(entry.table);
  }
  for (std::unique_ptr<ChunkReader>& reader : generator.Readers(wanted)) {
    auto source = std::make_unique<Source>();
    const std::span<const TableId> tables = reader->outputs();
    for (size_t batch_index = 0; batch_index < tables.size(); ++batch_index) {
      for (size_t rank = 0; rank < entries.size(); ++rank) {
        if (entries[rank].table != tables[batch_index]) continue;
        Output out;
        out.entry = entries[rank];
        out.rank = rank;
        out.batch_index = batch_index;
        out.selected = selected(entries[rank].table);
        if (out.selected) out.writer = std::make_unique<JsonRowWriter>(SchemaFor(out.entry.table));
        source->outputs.push_back(std::move(out));
      }
    }
    source->reader = std::move(reader);
    sources_.push_back(std::move(source));
  }
}

EventMerger::~EventMerger() = default;

void EventMerger::Load(Source& source) {
  ChunkReader& reader = *source.reader;
  if (!reader.Next()) {
    source.done = true;
    return;
  }
  const std::span<const TableId> tables = reader.outputs();
  auto batch_of = [&](TableId table) -> const Batch& {
    const auto found = std::find(tables.begin(), tables.end(), table);
    // Invariant: a stream entry's time table comes from the same generator as the table.
    assert(found != tables.end() && "time table not in the same generator");
    return reader.batch(static_cast<size_t>(found - tables.begin()));
  };
  int64_t chunk_latest_us = kNoBound;
  for (Output& out : source.outputs) {
    const Batch& batch = reader.batch(out.batch_index);
    const Batch& time_batch = batch_of(out.entry.time_table);
    const std::span<const int64_t> times =
        time_batch.col(static_cast<size_t>(time_batch.schema().IndexOf(out.entry.ts_column)))
            .ints();
    const size_t rows = batch.rows();
    out.ts_us.resize(rows);
    if (out.entry.time_table == out.entry.table) {
      std::copy(times.begin(), times.end(), out.ts_us.begin());
    } else {
      // Rows of the time table have consecutive ids within a chunk (its first column).
      const std::span<const int64_t> keys =
          batch.col(static_cast<size_t>(batch.schema().IndexOf(out.entry.time_key))).ints();
      const int64_t first_id = time_batch.rows() == 0 ? 0 : time_batch.col(0).ints()[0];
      for (size_t row = 0; row < rows; ++row) {
        const auto parent = static_cast<size_t>(keys[row] - first_id);
        // Invariant: a row's parent is in the same chunk (order lines with their order).
        assert(parent < times.size() && "row's parent outside its chunk");
        out.ts_us[row] = times[parent];
      }
    }
    if (!out.entry.lags) {
      for (const int64_t ts : out.ts_us) chunk_latest_us = std::max(chunk_latest_us, ts);
    }
    out.rows.clear();
    out.cursor = 0;
    if (!out.selected) continue;
    for (size_t row = 0; row < rows; ++row) {
      const int64_t ts = out.ts_us[row];
      if (ts < options_.from_us || ts >= options_.until_us) continue;
      if (out.entry.lags) {
        Held held{ts, out.rank, held_seq_++, {}};
        out.writer->AppendLine(batch, row, ts, held.line);
        held_.push_back(std::move(held));
        std::push_heap(held_.begin(), held_.end(), HeldLater());
      } else {
        out.rows.push_back(static_cast<uint32_t>(row));
      }
    }
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [&](uint32_t a, uint32_t b) { return out.ts_us[a] < out.ts_us[b]; });
  }
  if (chunk_latest_us != kNoBound) {
    // Invariant: chunks cover consecutive minutes, so event times grow from chunk to chunk.
    assert(chunk_latest_us >= source.bound_us && "chunk earlier than the one before");
    source.bound_us = chunk_latest_us;
  }
  // Every later chunk happens after the bound: none of it can fall before --until.
  if (source.bound_us >= options_.until_us) source.done = true;
}

bool EventMerger::Next() {
  while (true) {
    Output* best = nullptr;
    Source* best_source = nullptr;
    int64_t best_ts = 0;
    for (const std::unique_ptr<Source>& source : sources_) {
      for (Output& out : source->outputs) {
        if (out.cursor >= out.rows.size()) continue;
        const int64_t ts = out.ts_us[out.rows[out.cursor]];
        if (best == nullptr || ts < best_ts || (ts == best_ts && out.rank < best->rank)) {
          best = &out;
          best_source = source.get();
          best_ts = ts;
        }
      }
    }
    const bool from_held =
        !held_.empty() && (best == nullptr || held_.front().ts_us < best_ts ||
                           (held_.front().ts_us == best_ts && held_.front().rank < best->rank));
    const bool any = best != nullptr || !held_.empty();
    const int64_t next_ts = from_held ? held_.front().ts_us : best_ts;
    // A source read up to its bound may still hold earlier events in its next chunk.
    Source* behind = nullptr;
    for (const std::unique_ptr<Source>& source : sources_) {
      if (source->done || !source->Consumed()) continue;
      if (!any || source->bound_us < next_ts) {
        behind = source.get();
        break;
      }
    }
    if (behind != nullptr) {
      Load(*behind);
      continue;
    }
    if (!any) return false;
    ts_us_ = next_ts;
    if (from_held) {
      std::pop_heap(held_.begin(), held_.end(), HeldLater());
      line_.swap(held_.back().line);
      held_.pop_back();
    } else {
      line_.clear();
      const uint32_t row = best->rows[best->cursor++];
      best->writer->AppendLine(best_source->reader->batch(best->batch_index), row, best_ts, line_);
    }
    return true;
  }
}

}  // namespace ecomgen::stream
