// OrdersGenerator: orders, their order_items and their returns, from one pass over orders.
//
// A chunk is a range of minutes holding about kRowsPerChunk orders. Order ids come straight
// from the plan; line and return ids depend on every order before, so FillChunk counts them
// from 1 and ShiftIds moves them into place. CountRows evaluates a chunk's orders without
// writing them (only shards that start mid-run need it).
//
// Thread safety: const after construction; see TableGenerator.
#pragma once

#include <vector>

#include "models/world.h"
#include "tables/table_generator.h"

namespace ecomgen {

class OrdersGenerator final : public TableGenerator {
 public:
  explicit OrdersGenerator(const World& world);

  std::span<const TableId> outputs() const override;
  int64_t chunk_count() const override { return static_cast<int64_t>(bounds_.size()) - 1; }
  RowCounts CountRows(int64_t chunk) const override;
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;
  void ShiftIds(const RowCounts& first_ids, std::span<Batch* const> out) const override;

 private:
  // Calls `visit(record)` for every order of `chunk`, in id order.
  template <typename Visit>
  void ForEachOrder(int64_t chunk, Visit&& visit) const;

  const World& world_;
  std::vector<int64_t> bounds_;  // minute ranges
};

}  // namespace ecomgen
