// The direct PostgreSQL load (`ecomgen <scenario> --to postgresql://...`): the run's tables go
// into the database named by RunOptions::postgres_url instead of files.
//
// One transaction: CREATE TABLE (the postgres DDL of src/ddl), then every table streamed with
// COPY in the CSV encoding the files use, then the foreign keys (so the server checks every
// row), then COMMIT. Anything that fails or is interrupted before the COMMIT closes the
// connection, and the server rolls everything back: no table of the run is left.
//
// A connection can hold one COPY at a time, while some generators write several tables at
// once (orders, order lines and returns); such a generator runs once per table, each time
// writing one of them. Generation is deterministic, so the rows are those of the file run.
//
// Thread safety: called by one control thread, like GenerateRun.
#pragma once

#include <memory>
#include <stop_token>
#include <vector>

#include "ecomgen/result.h"
#include "ecomgen/run.h"
#include "models/world.h"
#include "tables/table_generator.h"

namespace ecomgen {

// REQUIRES: options.postgres_url is set, options.tables is empty, one shard, CSV output.
Result<RunReport> LoadIntoPostgres(const RunOptions& options, std::stop_token stop);

}  // namespace ecomgen
