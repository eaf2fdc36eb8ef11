// PlannedOutputBytes (ecomgen/run.h).
#include <algorithm>
#include <array>

#include "ecomgen/run.h"

namespace ecomgen {
namespace {

// CSV bytes per row of each table (TableId order), measured on `ecomgen baseline` at scales
// 0.2 and 1, rounded up a little.
constexpr std::array<double, kTableCount> kCsvBytesPerRow = {150, 50, 105, 160, 140,
                                                             40,  85, 77,  80,  70};
// Parquet size as a share of the CSV size, measured on the same runs (all tables). Without
// compression the dictionary pages make Parquet about as large as CSV.
constexpr double kParquetZstdShare = 0.2;
constexpr double kParquetSnappyShare = 0.36;
constexpr double kParquetUncompressedShare = 1.0;

bool IsDimension(TableId table) {
  return table == TableId::kCustomers || table == TableId::kSuppliers ||
         table == TableId::kProducts || table == TableId::kCampaigns;
}

double FormatShare(const RunOptions& options) {
  if (options.output == OutputKind::kCsv) return 1.0;
  switch (options.compression) {
    case CompressionKind::kZstd:
      return kParquetZstdShare;
    case CompressionKind::kSnappy:
      return kParquetSnappyShare;
    case CompressionKind::kNone:
      return kParquetUncompressedShare;
  }
  return 1.0;
}

}  // namespace

uint64_t PlannedOutputBytes(const std::vector<PlannedTable>& planned, const RunOptions& options) {
  double bytes = 0;
  for (const PlannedTable& table : planned) {
    if (!options.tables.empty() && std::find(options.tables.begin(), options.tables.end(),
                                             table.table) == options.tables.end()) {
      continue;
    }
    double rows = static_cast<double>(table.rows);
    // Dimensions go whole to shard 1; every shard gets its share of the fact tables.
    if (IsDimension(table.table)) {
      if (options.shard_index != 1) continue;
    } else {
      rows /= options.shard_count;
    }
    bytes += rows * kCsvBytesPerRow[static_cast<size_t>(table.table)];
  }
  return static_cast<uint64_t>(bytes * FormatShare(options));
}

}  // namespace ecomgen
