// The free-space check a run makes before it writes anything: a run whose planned output is
// far larger than the free space of its directory would only fail later, after minutes of
// work and with a full disk, so it fails at once instead.
//
// "Far larger" is kFreeSpaceMargin times the free space: the byte estimate is rough
// (PlannedOutputBytes), so only a run that cannot fit is refused.
//
// Thread safety: pure functions (CheckFreeSpaceForRun reads the file system).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ecomgen/result.h"
#include "ecomgen/run.h"

namespace ecomgen {

inline constexpr double kFreeSpaceMargin = 1.5;

// IOError naming both numbers and `dir` when planned_bytes > kFreeSpaceMargin x free_bytes.
Status CheckFreeSpace(const std::string& dir, uint64_t planned_bytes, uint64_t free_bytes);

// Bytes an unprivileged writer may still use in the file system that holds `dir`, or would
// hold it (that of its nearest existing ancestor). Nothing when that cannot be told: the path
// is unusable, or the file system reports no size at all (proc, some FUSE file systems).
std::optional<uint64_t> FreeBytes(const std::string& dir);

// CheckFreeSpace for the run `options` describes, whose planned row counts are `rows`, in
// options.out_dir (which need not exist yet). Passes when the free space cannot be told: the
// run then fails, if it must, when it writes.
Status CheckFreeSpaceForRun(const RunOptions& options, const std::vector<PlannedTable>& rows);

}  // namespace ecomgen
