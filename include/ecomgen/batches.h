// Batches: a scenario's tables generated chunk by chunk into columnar batches, without files.
//
// The same generators and chunks as GenerateRun, so a reader's rows are exactly the rows of
// the files of a run with the same config. Used by `ecomgen stream` and the Python module.
//
//   BatchGenerator generator(config);                  // REQUIRES: ValidateConfig passed
//   for (auto& reader : generator.Readers({TableId::kOrders})) {
//     while (reader->Next()) Use(reader->batch(0));     // batch(i) holds outputs()[i]
//   }
//
// A reader fills one chunk at a time on the calling thread and keeps only that chunk, so
// memory does not grow with the run.
//
// Thread safety: a BatchGenerator is immutable after construction; each ChunkReader belongs
// to one thread, and distinct readers may be used from distinct threads. Readers must not
// outlive their generator.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "ecomgen/config.h"
#include "ecomgen/table_id.h"

namespace ecomgen {

class Batch;  // batch/batch.h: the columns of a chunk's rows
struct World;
class TableGenerator;

// The chunks of one generator (one table, or orders with order_items and returns), in order.
class ChunkReader {
 public:
  explicit ChunkReader(const TableGenerator& generator);
  ~ChunkReader();
  ChunkReader(const ChunkReader&) = delete;
  ChunkReader& operator=(const ChunkReader&) = delete;

  // The tables of this reader's batches, in batch order.
  std::span<const TableId> outputs() const;
  // Fills the next chunk into the batches; false (batches emptied) when none is left.
  bool Next();
  // The current chunk's rows of outputs()[output].
  const Batch& batch(size_t output) const;
  // The chunk last filled, and how many the reader has in all.
  int64_t chunk() const { return chunk_; }
  int64_t chunk_count() const;

 private:
  const TableGenerator& generator_;
  std::vector<std::unique_ptr<Batch>> batches_;
  std::vector<Batch*> batch_ptrs_;
  int64_t chunk_ = -1;
};

class BatchGenerator {
 public:
  // Builds the plan and the dimensions. REQUIRES: config passed ValidateConfig.
  explicit BatchGenerator(const Config& config);
  ~BatchGenerator();
  BatchGenerator(const BatchGenerator&) = delete;
  BatchGenerator& operator=(const BatchGenerator&) = delete;

  // One reader for each generator that makes any of `tables` (empty: all), in table order.
  // A reader may also yield tables that were not asked for (orders come with their lines).
  std::vector<std::unique_ptr<ChunkReader>> Readers(std::span<const TableId> tables) const;

 private:
  std::unique_ptr<World> world_;
  std::vector<std::unique_ptr<TableGenerator>> generators_;
};

}  // namespace ecomgen
