// Small tables that fit in one chunk: suppliers, products, campaigns.
//
// Each is generated whole from the World (the catalogue and campaigns are already in
// memory); one generator class per table keeps their columns next to their logic.
//
// Thread safety: const after construction; see TableGenerator.
#pragma once

#include "models/world.h"
#include "tables/table_generator.h"

namespace ecomgen {

// A generator with a single chunk holding the whole of one table.
class SingleChunkGenerator : public TableGenerator {
 public:
  SingleChunkGenerator(const World& world, TableId table) : world_(world), table_(table) {}
  std::span<const TableId> outputs() const override { return {&table_, 1}; }
  int64_t chunk_count() const override { return 1; }

 protected:
  const World& world_;

 private:
  TableId table_;
};

class SuppliersGenerator final : public SingleChunkGenerator {
 public:
  explicit SuppliersGenerator(const World& world);
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;
};

class ProductsGenerator final : public SingleChunkGenerator {
 public:
  explicit ProductsGenerator(const World& world);
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;
};

class CampaignsGenerator final : public SingleChunkGenerator {
 public:
  explicit CampaignsGenerator(const World& world);
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;
};

}  // namespace ecomgen
