// Run: generate one scenario into a directory of files.
//
// GenerateRun builds the plan and the dimensions, generates every selected table in chunks on
// a pool of workers, writes each file under a temporary name in chunk order, writes the
// summary JSON, and only then renames everything into place. Any failure (or a stop request)
// removes the temporaries: a run leaves complete files or none.
//
// Thread safety: GenerateRun may be called from any thread; it starts and joins its own workers.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "ecomgen/config.h"
#include "ecomgen/output_format.h"
#include "ecomgen/result.h"
#include "ecomgen/table_id.h"

namespace ecomgen {

// Where a table of a running generation stands.
struct TableProgress {
  TableId table = TableId::kOrders;
  int64_t rows = 0;    // rows written so far
  uint64_t bytes = 0;  // bytes written so far (Parquet: up to the last finished row group)
  double done = 0;     // share of the table's chunks written, in (0, 1]
};

struct RunOptions {
  Config config;
  std::vector<TableId> tables;  // empty = all ten
  OutputFormat output = OutputFormat::kCsv;
  Compression compression = Compression::kZstd;
  std::string out_dir = "output";
  int threads = 0;     // 0 = all cores
  bool force = false;  // overwrite existing files of the same name
  // The run's time stamp in file names (YYYYMMDD_HHMMSS, UTC); empty = now.
  std::string run_stamp;
  // Sharding: this process writes the shard_index-th (1-based) of shard_count disjoint,
  // contiguous parts of every table (suppliers, products and campaigns go whole to shard 1:
  // WrittenWholeByShardOne). Row ids are those of the whole run, so the shards' rows
  // concatenated in shard order equal the single run.
  int shard_index = 1;
  int shard_count = 1;
  // When set (a postgresql:// URL), the run is loaded into that database instead of written
  // to files: see exec/postgres_load.h.
  std::string postgres_url;
  // Called from the writer side after each chunk a table gets, for progress displays.
  std::function<void(const TableProgress&)> on_progress;
  // Test hook, not a user option: when set, writing fails with an I/O error once this many
  // bytes have been written to the run's files in total (the CLI takes it from the
  // ECOMGEN_FAIL_AFTER_BYTES environment variable), so tests can fail a run at any byte.
  std::optional<uint64_t> fail_after_bytes;
  // Test hook, not a user option: when set, the process kills itself with SIGKILL once this
  // many of the run's files have been renamed to their final names (0: before the first),
  // as a power loss during the commit would (ECOMGEN_KILL_AFTER_RENAMES), so tests can check
  // every state the commit passes through without racing a kill against it.
  std::optional<uint64_t> kill_after_renames;
  // Test hook, not a user option: when set, the process stops itself with SIGSTOP once this
  // many bytes have been written to the run's files in total (ECOMGEN_STOP_AFTER_BYTES), so
  // a test can change the output directory at a known point of a run and then let it go on
  // with SIGCONT.
  std::optional<uint64_t> stop_after_bytes;
};

struct TableReport {
  TableId table = TableId::kCustomers;
  std::string path;
  int64_t rows = 0;
  uint64_t bytes = 0;
  double seconds = 0;
};

struct RunReport {
  std::string prefix;  // {scenario}_{YYYYMMDD}_{HHMMSS}
  std::string summary_path;
  std::vector<TableReport> tables;
  double seconds = 0;
};

// Checks that `url` is a postgresql:// or postgres:// URL libpq can parse (InvalidArgument
// naming --to otherwise), without connecting: for RunOptions::postgres_url.
Status CheckPostgresUrl(const std::string& url);

// Generates the run. REQUIRES: options.config passed ValidateConfig.
Result<RunReport> GenerateRun(const RunOptions& options, std::stop_token stop = {});

// Rows each table would get, from the plan alone (no generation); for --dry-run. Tables whose
// counts depend on generation (order_items, returns) are estimated.
struct PlannedTable {
  TableId table;
  int64_t rows;
  bool estimated;
};
std::vector<PlannedTable> PlanRowCounts(const Config& config);

// The bytes the files of a run with `options` are expected to take, from `planned` (its
// PlanRowCounts): rows times typical bytes per row of the format, for the selected tables and
// shard. Rough, Parquet especially (its size depends on the data's compressibility); for
// --dry-run and the free-space check.
uint64_t PlannedOutputBytes(const std::vector<PlannedTable>& planned, const RunOptions& options);

// The seconds such a run is expected to take on one core, for --dry-run: the CSV bytes of
// `planned` at a conservative single-core rate, times the format's time factor.
double PlannedRunSeconds(const std::vector<PlannedTable>& planned, const RunOptions& options);

}  // namespace ecomgen
