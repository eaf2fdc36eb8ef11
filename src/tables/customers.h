// CustomersGenerator: the customers table, one row per customer id of the plan's base.
//
// Traits come from CustomerModel (so orders agree with them); names, contact details and
// birth dates are drawn here from the market's pools.
//
// Thread safety: const after construction; see TableGenerator.
#pragma once

#include <vector>

#include "models/world.h"
#include "rng/alias_table.h"
#include "tables/table_generator.h"

namespace ecomgen {

class CustomersGenerator final : public TableGenerator {
 public:
  explicit CustomersGenerator(const World& world);

  std::span<const TableId> outputs() const override;
  int64_t chunk_count() const override { return static_cast<int64_t>(bounds_.size()) - 1; }
  void FillChunk(int64_t chunk, std::span<Batch* const> out) const override;

 private:
  const World& world_;
  std::vector<int64_t> bounds_;
  AliasTable female_names_;
  AliasTable male_names_;
  AliasTable last_names_;
  AliasTable email_domains_;
};

}  // namespace ecomgen
