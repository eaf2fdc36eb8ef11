// The chunk pipeline: runs one TableGenerator on a pool of workers and writes its chunks in
// order.
//
// Workers fill and encode chunks in any order while one of them at a time appends the
// encoded chunks strictly in chunk order, so the files are identical for any number of
// threads. A chunk's ids never depend on the chunks before it, so a range (a shard) starts
// at any chunk for free. At most two chunks per worker, and at most sixteen in all, are in
// flight, and their buffers are reused, which keeps memory flat whatever the run's size and
// the thread count (workers never outnumber the cores: more would only take turns). An
// allocation that fails on a worker fails the run (I/O error).
//
// Thread safety: RunGenerator is called by one control thread; it starts and joins its workers.
// The only lock guards the chunk bookkeeping; writes happen outside it.
#pragma once

#include <functional>
#include <span>
#include <stop_token>

#include "ecomgen/status.h"
#include "sinks/sink.h"
#include "tables/table_generator.h"

namespace ecomgen {

struct PipelineOutput {
  const Schema* schema = nullptr;
  TableWriter* writer = nullptr;  // nullptr: the table is generated (for ids) but not written
  int64_t rows = 0;               // filled in: rows written
};

// Which chunks of a generator to write: [first, last).
struct ChunkRange {
  int64_t first = 0;
  int64_t last = -1;  // -1 = to the end
};

// Generates the chunks `range` of `generator` into `outputs` (one per generator output, same
// order). After each chunk an output gets, `on_progress` (if set) is called on the writing
// thread with the output and the share of the range's chunks written.
Status RunGenerator(const TableGenerator& generator, ChunkRange range,
                    std::span<PipelineOutput> outputs, const Format& format, int threads,
                    std::stop_token stop,
                    const std::function<void(size_t output, double done)>& on_progress);

}  // namespace ecomgen
