// Producing the baseline run that scenario KPIs compare against (contract section 5:
// `ecomgen baseline` with the same --seed, --scale, --start and --duration).
//
// The validator asks a BaselineRunner to write that run into an empty directory it owns
// (and removes afterwards). The default runner starts the ecomgen executable itself; tests
// pass a runner that copies a prepared run instead.
//
// Thread safety: ExecBaselineRunner's function may be called from any one thread at a time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ecomgen/status.h"
#include "ecomgen/table_id.h"

namespace ecomgen::validate {

struct BaselineRequest {
  uint64_t seed = 0;
  double scale = 1;
  int64_t start_us = 0;
  int64_t duration_us = 0;
  std::vector<TableId> tables;  // the tables the baseline KPIs read
};

// Writes a baseline run for `request` into the existing empty directory `out_dir`.
using BaselineRunner =
    std::function<Status(const BaselineRequest& request, const std::filesystem::path& out_dir)>;

// The arguments after the program name:
//   baseline --seed S --scale F --start T --duration D --out-dir DIR --tables a,b
//   --output csv --quiet
// D is the largest of d/h/m that divides the duration (whole minutes, rounded up).
std::vector<std::string> BaselineArguments(const BaselineRequest& request,
                                           const std::filesystem::path& out_dir);

// A runner that executes `executable` (the CLI passes /proc/self/exe) with
// BaselineArguments, its stdout discarded; a non-zero exit is an error carrying the child's
// first stderr line.
BaselineRunner ExecBaselineRunner(std::string executable);

// A fresh directory under the system temp directory, removed (with its content) on
// destruction.
class TempDir {
 public:
  TempDir() = default;
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Creates the directory; `prefix` starts its name.
  Status Create(std::string_view prefix);
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace ecomgen::validate
