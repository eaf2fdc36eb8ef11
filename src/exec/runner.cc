#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <thread>

#include "ecomgen/run.h"
#include "exec/chunk_pipeline.h"
#include "exec/disk_space_check.h"
#include "exec/postgres_load.h"
#include "exec/run_summary.h"
#include "exec/staged_files.h"
#include "exec/table_generators.h"
#include "models/world.h"
#include "sinks/sink.h"
#include "tables/schemas.h"

namespace ecomgen {

namespace {

std::string NowStamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof(text), "%Y%m%d_%H%M%S", &utc);
  return text;
}

FormatOptions ToFormatOptions(const RunOptions& options) {
  FormatOptions format;
  format.format = options.output;
  format.compression = options.compression;
  return format;
}

// The row counts of the run `world` plans: exact where the plan fixes them, estimated for
// order lines and returns (which depend on the orders' content).
std::vector<PlannedTable> PlannedRows(const World& world) {
  const Config& config = world.plan.config;
  const Plan& plan = world.plan;
  double lines_per_order = 0;
  double share_total = 0;
  for (const CohortConfig& cohort : config.cohorts) {
    lines_per_order += cohort.share_pct * cohort.mean_basket_items;
    share_total += cohort.share_pct;
  }
  lines_per_order /= share_total;
  const auto items =
      static_cast<int64_t>(static_cast<double>(plan.total_orders()) * lines_per_order);
  const double return_rate =
      plan.scenario.returns ? plan.scenario.returns->return_rate : config.business.return_rate;
  return {{TableId::kCustomers, plan.customers.total(), false},
          {TableId::kSuppliers, world.catalog.supplier_count(), false},
          {TableId::kProducts, static_cast<int64_t>(world.catalog.products().size()), false},
          {TableId::kCampaigns, static_cast<int64_t>(world.campaigns.campaigns().size()), false},
          {TableId::kOrders, plan.total_orders(), false},
          {TableId::kOrderItems, items, true},
          {TableId::kSupportTickets, plan.total_tickets(), false},
          {TableId::kCartAbandonment, plan.total_carts(), false},
          {TableId::kReturns, static_cast<int64_t>(static_cast<double>(items) * return_rate * 0.93),
           true},
          {TableId::kSystemMetrics, plan.minute_count, false}};
}

// Why `dir` is not a directory after create_directories, in words: a dangling symbolic link
// says where it points (the system's "File exists" would hide it).
std::string DirectoryFailure(const std::string& dir, const std::error_code& error) {
  std::error_code ignored;
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(dir, ignored)) &&
      !std::filesystem::exists(dir, ignored)) {
    return "a symbolic link to " + std::filesystem::read_symlink(dir, ignored).string() +
           ", which does not exist";
  }
  return error ? error.message() : "not a directory";
}

// GenerateRun without its allocation-failure guard.
Result<RunReport> GenerateFiles(const RunOptions& options, std::stop_token stop) {
  const auto started = std::chrono::steady_clock::now();
  const std::optional<BaselineCounts> baseline = CountBaseline(options.config);
  const World world(options.config);
  ECOMGEN_RETURN_IF_ERROR(CheckFreeSpaceForRun(options, PlannedRows(world)));
  std::error_code error;
  std::filesystem::create_directories(options.out_dir, error);
  if (error || !std::filesystem::is_directory(options.out_dir)) {
    return Status::IOError("cannot create output directory " + options.out_dir + ": " +
                           DirectoryFailure(options.out_dir, error));
  }
  const std::vector<TableId> selected =
      options.tables.empty() ? std::vector<TableId>(kAllTables.begin(), kAllTables.end())
                             : options.tables;
  auto wanted = [&](TableId table) {
    return std::find(selected.begin(), selected.end(), table) != selected.end();
  };

  const std::unique_ptr<Format> format = MakeFormat(ToFormatOptions(options));
  const int threads = options.threads > 0
                          ? options.threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  RunReport report;
  report.prefix =
      options.config.name + "_" + (options.run_stamp.empty() ? NowStamp() : options.run_stamp);
  const std::string shard_suffix = options.shard_count > 1
                                       ? "_shard" + std::to_string(options.shard_index) + "of" +
                                             std::to_string(options.shard_count)
                                       : "";
  StagedFiles files(options.out_dir, options.force, options.fail_after_bytes);
  if (options.kill_after_renames) files.KillAfterRenames(*options.kill_after_renames);
  if (options.stop_after_bytes) files.StopAfterBytes(*options.stop_after_bytes);

  for (const std::unique_ptr<TableGenerator>& generator : MakeTableGenerators(world)) {
    const std::span<const TableId> tables = generator->outputs();
    if (std::none_of(tables.begin(), tables.end(), wanted)) continue;
    const bool small_dimension = WrittenWholeByShardOne(tables[0]);
    if (small_dimension && options.shard_index != 1) continue;
    const auto generator_started = std::chrono::steady_clock::now();
    std::vector<PipelineOutput> outputs(tables.size());
    std::vector<std::unique_ptr<TableWriter>> writers(tables.size());
    for (size_t out = 0; out < tables.size(); ++out) {
      outputs[out].schema = &SchemaFor(tables[out]);
      if (!wanted(tables[out])) continue;
      const std::string name = report.prefix + "_" + std::string(TableName(tables[out])) +
                               shard_suffix + "." + std::string(format->extension());
      Result<std::unique_ptr<OutputFile>> file = files.Create(name);
      if (!file) return file.error();
      writers[out] = format->NewWriter(*outputs[out].schema, std::move(*file));
      outputs[out].writer = writers[out].get();
    }
    // Shard k of n takes the k-th contiguous slice of the chunks.
    ChunkRange range;
    if (options.shard_count > 1 && !small_dimension) {
      const int64_t chunks = generator->chunk_count();
      range.first = chunks * (options.shard_index - 1) / options.shard_count;
      range.last = chunks * options.shard_index / options.shard_count;
    }
    const auto progress = [&](size_t out, double done) {
      if (!options.on_progress || writers[out] == nullptr) return;
      options.on_progress({tables[out], outputs[out].rows, writers[out]->bytes_written(), done});
    };
    const Status status =
        RunGenerator(*generator, range, outputs, *format, threads, stop, progress);
    if (!status.ok()) return status;
    // Finishing writes the last bytes (and waits for those still in flight): part of the time.
    for (const std::unique_ptr<TableWriter>& writer : writers) {
      if (writer != nullptr) ECOMGEN_RETURN_IF_ERROR(writer->Finish());
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - generator_started).count();
    for (size_t out = 0; out < tables.size(); ++out) {
      if (writers[out] == nullptr) continue;
      TableReport table;
      table.table = tables[out];
      table.path = files.FinalPath(report.prefix + "_" + std::string(TableName(tables[out])) +
                                   shard_suffix + "." + std::string(format->extension()));
      table.rows = outputs[out].rows;
      table.bytes = writers[out]->bytes_written();
      table.seconds = seconds;
      report.tables.push_back(table);
    }
  }
  std::sort(report.tables.begin(), report.tables.end(),
            [](const TableReport& a, const TableReport& b) { return a.table < b.table; });

  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const std::string summary_name = report.prefix + shard_suffix + "_summary.json";
  {
    Result<std::unique_ptr<OutputFile>> summary = files.Create(summary_name);
    if (!summary) return summary.error();
    ECOMGEN_RETURN_IF_ERROR((*summary)->Append(SummaryJson(world, report, baseline)));
    ECOMGEN_RETURN_IF_ERROR((*summary)->Close());
  }
  if (stop.stop_requested()) return Status::Cancelled("interrupted");
  ECOMGEN_RETURN_IF_ERROR(files.Commit());
  report.summary_path = files.FinalPath(summary_name);
  return report;
}

}  // namespace

Result<RunReport> GenerateRun(const RunOptions& options, std::stop_token stop) {
  if (!options.postgres_url.empty()) return LoadIntoPostgres(options, stop);
  // A run under a memory limit can fail any allocation, on this thread (the plan, the
  // dimensions, a writer's buffers) or on a worker (chunk_pipeline.h). Here it becomes one
  // error: unwinding GenerateFiles has closed the files and removed their temporaries.
  try {
    return GenerateFiles(options, stop);
  } catch (const std::bad_alloc&) {
    return Status::IOError("out of memory; no files were kept");
  } catch (const std::system_error& error) {
    // A thread that could not start where the run cannot do without it (the pipeline and
    // the file writers can: chunk_pipeline.h, output_file.h).
    return Status::IOError(std::string("cannot start a thread: ") + error.what() +
                           "; no files were kept");
  }
}

std::vector<PlannedTable> PlanRowCounts(const Config& config) { return PlannedRows(World(config)); }

}  // namespace ecomgen
