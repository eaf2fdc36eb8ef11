// BatchGenerator and ChunkReader (include/ecomgen/batches.h): the chunk pipeline's fill, one
// chunk at a time on the caller's thread, without encoders or files.
#include <algorithm>

#include "batch/batch.h"
#include "ecomgen/batches.h"
#include "exec/table_generators.h"
#include "tables/schemas.h"

namespace ecomgen {

ChunkReader::ChunkReader(const TableGenerator& generator)
    : generator_(generator) {
  for (const TableId table : generator.outputs()) {
    batches_.push_back(std::make_unique<Batch>(SchemaFor(table)));
    batch_ptrs_.push_back(batches_.back().get());
  }
}

ChunkReader::~ChunkReader() = default;

std::span<const TableId> ChunkReader::outputs() const { return generator_.outputs(); }

int64_t ChunkReader::chunk_count() const { return generator_.chunk_count(); }

const Batch& ChunkReader::batch(size_t output) const { return *batches_[output]; }

bool ChunkReader::Next() {
  for (Batch* batch : batch_ptrs_) batch->Clear();
  if (chunk_ + 1 >= generator_.chunk_count()) {
    chunk_ = generator_.chunk_count();
    return false;
  }
  ++chunk_;
  generator_.FillChunk(chunk_, batch_ptrs_);
  return true;
}

BatchGenerator::BatchGenerator(const Config& config)
    : world_(std::make_unique<World>(config)), generators_(MakeTableGenerators(*world_)) {}

BatchGenerator::~BatchGenerator() = default;

std::vector<std::unique_ptr<ChunkReader>> BatchGenerator::Readers(
    std::span<const TableId> tables) const {
  std::vector<std::unique_ptr<ChunkReader>> readers;
  for (const std::unique_ptr<TableGenerator>& generator : generators_) {
    const std::span<const TableId> outputs = generator->outputs();
    const bool wanted =
        tables.empty() || std::any_of(outputs.begin(), outputs.end(), [&](TableId table) {
          return std::find(tables.begin(), tables.end(), table) != tables.end();
        });
    if (wanted) readers.push_back(std::make_unique<ChunkReader>(*generator));
  }
  return readers;
}

}  // namespace ecomgen
