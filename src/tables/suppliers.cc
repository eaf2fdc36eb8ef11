#include <algorithm>
#include <array>
#include <vector>

#include "pools/supplier_pools.h"
#include "rng/alias_table.h"
#include "tables/dimension_generator.h"
#include "tables/row_writer.h"

namespace ecomgen {
SuppliersGenerator::SuppliersGenerator(const World& world)
    : SingleChunkGenerator(world, TableId::kSuppliers) {}

void SuppliersGenerator::FillChunk(int64_t /*chunk*/, std::span<Batch* const> out) const {
  const SupplierPools& pools = SupplierPoolsFor(world_.market);
  const std::vector<double> country_weights(pools.country_weights.begin(),
                                            pools.country_weights.end());
  const AliasTable countries(country_weights);
  RowWriter row(*out[0]);
  std::array<char, kMaxSupplierNameLength> name{};
  const uint64_t seed = world_.plan.config.seed;
  for (int64_t id = 1; id <= world_.catalog.supplier_count(); ++id) {
    RowRng rng(seed, streams::kSupplier, static_cast<uint64_t>(id));
    const size_t length = FormatSupplierName(world_.market, rng.Next(), name.data(), name.size());
    // Reliability ~ Beta(8, 2): most suppliers are good, a tail is not. On-time delivery
    // tracks reliability; lead time shrinks as reliability grows.
    double reliability = rng.Beta(8, 2);
    // The primary supplier is the big, usually dependable one.
    if (id == world_.catalog.primary_supplier_id()) reliability = 0.85 + 0.1 * rng.Uniform();
    const double on_time = std::clamp(reliability - 0.05 + 0.1 * rng.Uniform(), 0.0, 1.0);
    const double lead_days = 2.0 + 12.0 * (1.0 - reliability) + rng.Exponential(1.5);
    row.Int(id)
        .Str(std::string_view(name.data(), length))
        .Int(countries.Sample(rng.Next()))
        .Real(reliability)
        .Real(on_time)
        .Real(lead_days);
    row.End();
  }
}

}  // namespace ecomgen
