#include "exec/disk_space_check.h"

#include <fmt/format.h>
#include <sys/statvfs.h>

#include <array>
#include <filesystem>
#include <system_error>

namespace ecomgen {
namespace {

// "812.3 MB", "2.3 TB": three or four significant digits are all an estimate deserves.
std::string HumanBytes(uint64_t bytes) {
  constexpr std::array<const char*, 5> kUnits = {"bytes", "kB", "MB", "GB", "TB"};
  auto value = static_cast<double>(bytes);
  size_t unit_idx = 0;
  while (value >= 1000 && unit_idx + 1 < kUnits.size()) {
    value /= 1000;
    ++unit_idx;
  }
  return fmt::format("{:.1f} {}", value, kUnits[unit_idx]);
}

}  // namespace

Status CheckFreeSpace(const std::string& dir, uint64_t planned_bytes, uint64_t free_bytes) {
  if (static_cast<double>(planned_bytes) <= kFreeSpaceMargin * static_cast<double>(free_bytes)) {
    return Status::Ok();
  }
  return Status::IOError(fmt::format(
      "not enough free space in {}: the run would write about {} ({} bytes, estimated), "
      "but only {} ({} bytes) are free; free some space or lower --scale or --duration",
      dir, HumanBytes(planned_bytes), planned_bytes, HumanBytes(free_bytes), free_bytes));
}

std::optional<uint64_t> FreeBytes(const std::string& dir) {
  std::error_code error;
  std::filesystem::path existing = std::filesystem::absolute(dir, error);
  if (error) return std::nullopt;
  while (!std::filesystem::exists(existing, error) && existing.has_relative_path()) {
    existing = existing.parent_path();
  }
  struct statvfs info {};
  if (::statvfs(existing.c_str(), &info) != 0 || info.f_blocks == 0) return std::nullopt;
  return static_cast<uint64_t>(info.f_bavail) * static_cast<uint64_t>(info.f_frsize);
}

Status CheckFreeSpaceForRun(const RunOptions& options, const std::vector<PlannedTable>& rows) {
  const std::optional<uint64_t> free_bytes = FreeBytes(options.out_dir);
  if (!free_bytes) return Status::Ok();
  const uint64_t planned = PlannedOutputBytes(rows, options);
  return CheckFreeSpace(options.out_dir, planned, *free_bytes);
}

}  // namespace ecomgen
