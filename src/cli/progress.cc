#include "cli/progress.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace ecomgen::cli {

Progress::Progress(bool enabled)
    : enabled_(enabled), started_(Clock::now()), last_draw_(started_), last_update_(started_) {}

void Progress::Update(const TableProgress& progress) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  const auto now = Clock::now();
  const auto table = static_cast<size_t>(progress.table);
  if (!table_seen_[table]) {
    table_seen_[table] = true;
    table_started_[table] = last_update_;
  }
  last_update_ = now;
  // Quiet for the first second, then at most five redraws a second.
  if (now - started_ < std::chrono::seconds(1) ||
      now - last_draw_ < std::chrono::milliseconds(200)) {
    return;
  }
  last_draw_ = now;
  drawn_ = true;
  const double elapsed = std::chrono::duration<double>(now - started_).count();
  const double table_elapsed = std::chrono::duration<double>(now - table_started_[table]).count();
  const double rate =
      table_elapsed > 0 ? static_cast<double>(progress.bytes) / 1e6 / table_elapsed : 0;
  const double done = std::clamp(progress.done, 1e-9, 1.0);
  const double remaining = table_elapsed * (1 - done) / done;
  std::fprintf(stderr, "\r\033[K%-18s %12lld rows %5.1f%% %8.1f MB/s  ETA %5.1fs  (%.1fs)",
               std::string(TableName(progress.table)).c_str(),
               static_cast<long long>(progress.rows), 100 * done, rate, remaining, elapsed);
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
  if (!report.summary_path.empty())
    std::fprintf(stderr, "summary: %s\n", report.summary_path.c_str());
}

void PrintDryRun(const RunOptions& options) {
  const std::vector<PlannedTable> planned = PlanRowCounts(options.config);
  std::printf("%-18s %14s\n", "table", "planned rows");
  for (const PlannedTable& table : planned) {
    if (!options.tables.empty() && std::find(options.tables.begin(), options.tables.end(),
                                             table.table) == options.tables.end()) {
      continue;
    }
    std::printf("%-18s %14lld%s\n", std::string(TableName(table.table)).c_str(),
                static_cast<long long>(table.rows), table.estimated ? " (estimate)" : "");
  }
  const auto bytes = static_cast<double>(PlannedOutputBytes(planned, options));
  std::printf("expected size %.1f MB, about %.1f s on one core\n", bytes / 1e6,
              PlannedRunSeconds(planned, options));
}

}  // namespace ecomgen::cli
