// PlannedOutputBytes and PlannedRunSeconds (ecomgen/run.h).
#include <algorithm>
#include <array>

#include "ecomgen/run.h"
#include "sinks/format_registry.h"

namespace ecomgen {
namespace {

// CSV bytes per row of each table (TableId order), measured on `ecomgen baseline` at scales
// 0.2 and 1, rounded up a little.
constexpr std::array<double, kTableCount> kCsvBytesPerRow = {150, 50, 105, 160, 140,
                                                             40,  85, 77,  80,  70};
// Conservative single-core throughput, in bytes of CSV per second (the baseline at --scale 100
// measured 360-405 MB/s on a 2-core virtual machine; see docs/performance.md).
constexpr double kEstimatedCsvBytesPerSecond = 300e6;

// The CSV bytes of the selected tables of `planned`, for this shard.
double PlannedCsvBytes(const std::vector<PlannedTable>& planned, const RunOptions& options) {
  double bytes = 0;
  for (const PlannedTable& table : planned) {
    if (!options.tables.empty() && std::find(options.tables.begin(), options.tables.end(),
                                             table.table) == options.tables.end()) {
      continue;
    }
    double rows = static_cast<double>(table.rows);
    // The small dimensions go whole to shard 1; every shard gets its share of the rest.
    if (WrittenWholeByShardOne(table.table)) {
      if (options.shard_index != 1) continue;
    } else {
      rows /= options.shard_count;
    }
    bytes += rows * kCsvBytesPerRow[static_cast<size_t>(table.table)];
  }
  return bytes;
}

}  // namespace

uint64_t PlannedOutputBytes(const std::vector<PlannedTable>& planned, const RunOptions& options) {
  const double share =
      FormatEntryFor(options.output).size_share[static_cast<size_t>(options.compression)];
  return static_cast<uint64_t>(PlannedCsvBytes(planned, options) * share);
}

double PlannedRunSeconds(const std::vector<PlannedTable>& planned, const RunOptions& options) {
  // The time follows the work, which the CSV bytes measure for every format.
  return PlannedCsvBytes(planned, options) / kEstimatedCsvBytesPerSecond *
         FormatEntryFor(options.output).time_factor;
}

}  // namespace ecomgen
