// EventTableGenerator: the shared shape of tables whose rows are events the plan counts per
// minute (support tickets, abandoned carts): chunks are minute ranges of about kRowsPerChunk
// events, cut by the plan's prefix sums (events before each minute).
//
// Thread safety: const after construction; see TableGenerator.
#pragma once

#include <vector>

#include "models/world.h"
#include "tables/table_generator.h"

namespace ecomgen {

class EventTableGenerator : public TableGenerator {
 public:
  EventTableGenerator(const World& world, TableId table, const std::vector<int64_t>& prefix)
      : world_(world), table_(table), bounds_(ChunkMinutes(prefix, kRowsPerChunk)) {}

  std::span<const TableId> outputs() const override { return {&table_, 1}; }
  int64_t chunk_count() const override { return static_cast<int64_t>(bounds_.size()) - 1; }

 protected:
  int64_t first_minute(int64_t chunk) const { return bounds_[static_cast<size_t>(chunk)]; }
  int64_t end_minute(int64_t chunk) const { return bounds_[static_cast<size_t>(chunk) + 1]; }

  const World& world_;

 private:
  TableId table_;
  std::vector<int64_t> bounds_;  // minute ranges
};

}  // namespace ecomgen
