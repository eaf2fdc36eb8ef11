// StagedFiles: the output files of one run, written under temporary names and renamed into
// place together only when the whole run has succeeded.
//
// A temporary is "<dir>/.<final name>.tmp-<pid>", so it never matches the run's file pattern
// and a crashed run's leftovers are easy to spot. Abandon() (also called by the destructor if
// Commit() was not) removes every temporary.
//
// Thread safety: none; owned by the run's control thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ecomgen/result.h"
#include "sinks/file/output_file.h"

namespace ecomgen {

class StagedFiles {
 public:
  StagedFiles(std::string dir, bool force) : dir_(std::move(dir)), force_(force) {}
  ~StagedFiles();
  StagedFiles(const StagedFiles&) = delete;
  StagedFiles& operator=(const StagedFiles&) = delete;

  // Creates the temporary for `name` (a file name inside the directory). Fails if the final
  // file exists and overwriting was not asked for.
  Result<std::unique_ptr<OutputFile>> Create(const std::string& name);
  // Renames every temporary to its final name.
  Status Commit();
  // Removes every temporary.
  void Abandon();

  std::string FinalPath(const std::string& name) const { return dir_ + "/" + name; }

 private:
  std::string TempPath(const std::string& name) const;

  std::string dir_;
  bool force_;
  bool committed_ = false;
  std::vector<std::string> names_;
};

}  // namespace ecomgen
