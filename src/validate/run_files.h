// Finding one generated run among the files of a directory.
//
// A run is the set of files `{scenario}_{YYYYMMDD}_{HHMMSS}_{table}.{csv|parquet}` plus
// `{scenario}_{YYYYMMDD}_{HHMMSS}_summary.json` sharing one prefix (contract section 1).
// FindRun picks the newest run by the timestamp in the name, or the newest whose prefix
// starts with a given string (`--run PREFIX`).
//
// A run generated twice under one prefix (the same scenario in the same second), once as CSV
// and once as Parquet, has both files of a table, but only one summary: the last one written.
// FindRun then picks the CSV, the contract's reference format, and keeps the Parquet file as
// the alternate; once summary.json is read, PreferNamedFiles switches to whichever file the
// summary names (`tables.<name>.file`), so that the tables read are the ones whose row
// counts and KPIs the summary describes. A summary that names neither keeps the CSV.
//
// Thread safety: pure functions over the file system.
#pragma once

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "ecomgen/output_format.h"
#include "ecomgen/result.h"
#include "ecomgen/table_id.h"

namespace ecomgen::validate {

struct RunFiles {
  std::filesystem::path dir;
  std::string prefix;     // "flash_sale_20241129_000000"
  std::string scenario;   // "flash_sale"
  std::string timestamp;  // "20241129_000000"
  std::optional<std::filesystem::path> summary;
  // Per table (TableId order): its file, if the run has one. CSV wins when both exist (see
  // PreferNamedFiles).
  std::array<std::optional<std::filesystem::path>, kTableCount> tables;
  // Per table: the Parquet file when `tables` holds the CSV of the same table.
  std::array<std::optional<std::filesystem::path>, kTableCount> alternates;
};

// Whether `path` names a file of `format` (by its extension, from the format registry).
inline bool IsFileOf(const std::filesystem::path& path, OutputFormat format) {
  return OutputFormatFromExtension(path.extension().string()) == format;
}

// The parts of a run file name; nullopt when `file_name` is not one.
struct RunFileName {
  std::string prefix;
  std::string scenario;
  std::string timestamp;
  std::optional<TableId> table;  // nullopt for the summary
  std::string extension;         // a format's extension ("csv", "parquet") or "json"
};
std::optional<RunFileName> ParseRunFileName(std::string_view file_name);

// The newest run in `dir` whose prefix starts with `prefix_filter` (any run when empty).
// IOError when `dir` cannot be read; InvalidArgument when no run matches.
Result<RunFiles> FindRun(const std::filesystem::path& dir, std::string_view prefix_filter);

// For each table with an alternate: switches to the alternate when `named_files` (table name
// -> file name, from summary.json) names it. Tables without an alternate are left alone.
void PreferNamedFiles(const std::map<std::string, std::string, std::less<>>& named_files,
                      RunFiles& run);

}  // namespace ecomgen::validate
