// Progress and report printing on stderr for the generate command.
//
// Thread safety: Progress::Update may be called from the writer side of any worker; it takes
// its own lock and redraws at most a few times a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>

#include "ecomgen/config.h"
#include "ecomgen/run.h"
#include "ecomgen/table_id.h"

namespace ecomgen::cli {

class Progress {
 public:
  explicit Progress(bool enabled);
  void Update(TableId table, int64_t rows);
  // Clears the progress line.
  void Finish();

 private:
  bool enabled_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_draw_;  // guarded by mutex_
  bool drawn_ = false;                               // guarded by mutex_
};

// The per-table rows, bytes and seconds of a finished run.
void PrintRunReport(const RunReport& report);
// The planned row counts of --dry-run, with the expected size and time.
void PrintDryRun(const RunOptions& options);

}  // namespace ecomgen::cli
