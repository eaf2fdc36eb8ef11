// EventTableGenerator: the shared shape of tables whose rows are events the plan counts per
// minute (support tickets, abandoned carts): chunks are minute ranges of about kRowsPerChunk
// events, and a chunk's row count is read off the plan's prefix sums.
//
// Thread safety: const after construction; see TableGenerator.
#pragma once

#include <vector>

#include "models/world.h"
#include "tables/table_generator.h"

namespace ecomgen {

class EventTableGenerator : public TableGenerator {
 public:
  // REQUIRES: `prefix` (events before each minute) outlives the generator.
  EventTableGenerator(const World& world, TableId table, const std::vector<int64_t>& prefix)
      : world_(world),
        table_(table),
        prefix_(prefix),
        bounds_(ChunkMinutes(prefix, kRowsPerChunk)) {}

  std::span<const TableId> outputs() const override { return {&table_, 1}; }
  int64_t chunk_count() const override { return static_cast<int64_t>(bounds_.size()) - 1; }
  RowCounts CountRows(int64_t chunk) const override {
    const auto c = static_cast<size_t>(chunk);
    return {prefix_[static_cast<size_t>(bounds_[c + 1])] - prefix_[static_cast<size_t>(bounds_[c])],
            0, 0};
  }

 protected:
  int64_t first_minute(int64_t chunk) const { return bounds_[static_cast<size_t>(chunk)]; }
  int64_t end_minute(int64_t chunk) const { return bounds_[static_cast<size_t>(chunk) + 1]; }

  const World& world_;

 private:
  TableId table_;
  const std::vector<int64_t>& prefix_;
  std::vector<int64_t> bounds_;  // minute ranges
};

}  // namespace ecomgen
