// The schema of each table: the contract's required columns first, in its order, then the
// extra columns this project adds. docs/schema.md describes every column.
//
// Column index constants (kOrdersOrderId, ...) let generators fill batches without lookups;
// a unit test checks them against the schemas.
//
// Thread safety: the schemas are immutable function-local statics.
#pragma once

#include "batch/schema.h"
#include "ecomgen/table_id.h"

namespace ecomgen {

// The schema of `table`.
const Schema& SchemaFor(TableId table);

}  // namespace ecomgen
