// Generators of the per-minute tables whose row counts the plan fixes: cart_abandonment
// (events per minute) and system_metrics (one row per minute).
//
// Thread safety: const after construction; see TableGenerator.
#pragma once

#include <vector>

#include "tables/event_table_generator.h"

namespace ecomgen {

class CartAbandonmentGenerator final : public EventTableGenerator {
 public:
  explicit CartAbandonmentGenerator(const World& world);
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;
};

class SystemMetricsGenerator final : public TableGenerator {
 public:
  explicit SystemMetricsGenerator(const World& world);

  std::span<const TableId> outputs() const override;
  int64_t chunk_count() const override { return static_cast<int64_t>(bounds_.size()) - 1; }
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;

 private:
  const World& world_;
  std::vector<int64_t> bounds_;  // minute ranges
};

}  // namespace ecomgen
