#include "cli/progress.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace ecomgen::cli {
namespace {

// Conservative single-core CSV throughput for the estimate, bytes per second.
constexpr double kEstimatedBytesPerSecond = 150e6;

}  // namespace

Progress::Progress(bool enabled)
    : enabled_(enabled), started_(std::chrono::steady_clock::now()), last_draw_(started_) {}

void Progress::Update(TableId table, int64_t rows) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  // Quiet for the first second, then at most five redraws a second.
  if (now - started_ < std::chrono::seconds(1) || now - last_draw_ < std::chrono::milliseconds(200)) {
    return;
  }
  last_draw_ = now;
  drawn_ = true;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  std::fprintf(stderr, "\r\033[K%-18s %12lld rows  %6.1fs", std::string(TableName(table)).c_str(),
               static_cast<long long>(rows), seconds);
}

void Progress::Finish() {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void PrintRunReport(const RunReport& report) {
  uint64_t total_bytes = 0;
  int64_t total_rows = 0;
  std::fprintf(stderr, "%-18s %12s %14s %9s\n", "table", "rows", "bytes", "seconds");
  for (const TableReport& table : report.tables) {
    std::fprintf(stderr, "%-18s %12lld %14llu %9.2f\n", std::string(TableName(table.table)).c_str(),
                 static_cast<long long>(table.rows), static_cast<unsigned long long>(table.bytes),
                 table.seconds);
    total_bytes += table.bytes;
    total_rows += table.rows;
  }
  std::fprintf(stderr, "%-18s %12lld %14llu %9.2f  (%.1f MB/s)\n", "total",
               static_cast<long long>(total_rows), static_cast<unsigned long long>(total_bytes),
               report.seconds,
               report.seconds > 0 ? static_cast<double>(total_bytes) / 1e6 / report.seconds : 0.0);
  std::fprintf(stderr, "summary: %s\n", report.summary_path.c_str());
}

void PrintDryRun(const RunOptions& options) {
  const std::vector<PlannedTable> planned = PlanRowCounts(options.config);
  std::printf("%-18s %14s\n", "table", "planned rows");
  for (const PlannedTable& table : planned) {
    if (!options.tables.empty() &&
        std::find(options.tables.begin(), options.tables.end(), table.table) == options.tables.end()) {
      continue;
    }
    std::printf("%-18s %14lld%s\n", std::string(TableName(table.table)).c_str(),
                static_cast<long long>(table.rows), table.estimated ? " (estimate)" : "");
  }
  // The time follows the work, which is about the same for either format: the CSV bytes.
  RunOptions as_csv = options;
  as_csv.output = OutputKind::kCsv;
  const auto bytes = static_cast<double>(PlannedOutputBytes(planned, options));
  const auto csv_bytes = static_cast<double>(PlannedOutputBytes(planned, as_csv));
  std::printf("expected size %.1f MB, about %.1f s on one core\n", bytes / 1e6,
              csv_bytes / kEstimatedBytesPerSecond);
}

}  // namespace ecomgen::cli
