// Progress and report printing on stderr for the generate command.
//
// Thread safety: Progress::Update may be called from the writer side of any worker; it takes
// its own lock and redraws at most a few times a second.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <mutex>

#include "ecomgen/config.h"
#include "ecomgen/run.h"
#include "ecomgen/table_id.h"

namespace ecomgen::cli {

// One line, redrawn in place: the table being written, its rows, share done, MB/s and the
// time it still needs, and the time since the run started.
class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  explicit Progress(bool enabled);
  void Update(const TableProgress& progress);
  // Clears the progress line.
  void Finish();

 private:
  bool enabled_;
  std::mutex mutex_;
  Clock::time_point started_;
  // Guarded by mutex_:
  Clock::time_point last_draw_;
  Clock::time_point last_update_;  // of any table
  // When each table began: tables are generated one generator after the other, so a table
  // begins when the update before its first one came.
  std::array<Clock::time_point, kTableCount> table_started_{};
  std::array<bool, kTableCount> table_seen_{};
  bool drawn_ = false;
};

// The per-table rows, bytes and seconds of a finished run.
void PrintRunReport(const RunReport& report);
// The planned row counts of --dry-run, with the expected size and time.
void PrintDryRun(const RunOptions& options);

}  // namespace ecomgen::cli
