// OrdersGenerator: orders, their order_items and their returns, from one pass over orders.
//
// A chunk is a range of minutes holding about kRowsPerChunk orders. Order ids come straight
// from the plan, line and return ids from their order's id (order_items.h), so a chunk is
// filled without looking at the chunks before it.
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
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;

 private:
  // Calls `visit(record)` for every order of `chunk`, in id order.
  template <typename Visit>
  void ForEachOrder(int64_t chunk, Visit&& visit) const;

  const World& world_;
  std::vector<int64_t> bounds_;  // minute ranges
};

}  // namespace ecomgen
