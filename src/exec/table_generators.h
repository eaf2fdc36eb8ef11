// The generators of a run, one per table or group of tables, in table order. Shared by
// GenerateRun and BatchGenerator, so files and batches come from the same list.
//
// Thread safety: a pure function; the generators borrow `world`, which must outlive them.
#pragma once

#include <memory>
#include <vector>

#include "models/world.h"
#include "tables/table_generator.h"

namespace ecomgen {

std::vector<std::unique_ptr<TableGenerator>> MakeTableGenerators(const World& world);

}  // namespace ecomgen
