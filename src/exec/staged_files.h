// StagedFiles: the output files of one run, written under temporary names and renamed into
// place together only when the whole run has succeeded.
//
// A temporary is "<dir>/.<final name>.tmp-<pid>", created new (O_EXCL|O_NOFOLLOW: a file or
// link already under that name fails the run, and nothing is written through a link the run
// did not make). It never matches the run's file pattern, so a crashed run's leftovers are
// easy to spot. Abandon() (also called by the destructor if
// Commit() did not succeed) removes every temporary.
//
// Every step (create, rename, remove) goes through a descriptor of the directory opened once
// by the constructor, never through its path: if the directory is moved or renamed while the
// run writes, the temporaries are still found and removed where they now are. Commit()
// refuses to finish a run whose directory no longer has the path it was given (the files
// would appear somewhere the user did not ask for): that run fails and keeps nothing.
//
// Commit() is all or nothing: if any rename fails, the files already moved go back to their
// temporary names, the files they replaced (with --force) are restored, and every temporary
// is removed. Without --force a final name that appeared while the run was writing is not
// replaced either (rename with RENAME_NOREPLACE).
//
// Thread safety: none; owned by the run's control thread. The OutputFiles it hands out may be
// written from other threads (one thread per file at a time).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ecomgen/result.h"
#include "sinks/file/output_file.h"

namespace ecomgen {

class StagedFiles {
 public:
  // `fail_after_bytes` is a test hook (RunOptions::fail_after_bytes): when set, the files
  // fail with an I/O error once that many bytes have been appended to them in total.
  StagedFiles(std::string dir, bool force, std::optional<uint64_t> fail_after_bytes = {});
  ~StagedFiles();
  StagedFiles(const StagedFiles&) = delete;
  StagedFiles& operator=(const StagedFiles&) = delete;

  // Creates the temporary for `name` (a file name inside the directory). Fails if the final
  // file exists and overwriting was not asked for.
  Result<std::unique_ptr<OutputFile>> Create(const std::string& name);
  // Renames every temporary to its final name, all or none (see above). On failure no final
  // name of this run exists and every temporary is gone.
  Status Commit();
  // Removes every temporary.
  void Abandon();
  // Test hook (RunOptions::stop_after_bytes): the process stops itself with SIGSTOP once
  // `bytes` have been appended to the files in total. Applies to the files created after.
  void StopAfterBytes(uint64_t bytes) {
    stop_budget_ = std::make_shared<std::atomic<uint64_t>>(bytes);
  }
  // Test hook (RunOptions::kill_after_renames): Commit() kills the process with SIGKILL once
  // `renames` files have been renamed to their final names.
  void KillAfterRenames(uint64_t renames) { kill_after_renames_ = renames; }

  std::string FinalPath(const std::string& name) const { return dir_ + "/" + name; }

 private:
  // Names inside the directory: the temporary of `name`, and where a file that --force
  // replaces waits until the commit has succeeded.
  std::string TempName(const std::string& name) const;
  std::string BackupName(const std::string& name) const;
  // Fails unless the directory's path still leads to the directory the run has open.
  Status CheckDirectoryInPlace() const;
  // rename(2) of two names inside the directory; `no_replace` fails with EEXIST instead of
  // replacing `to`.
  int RenameInDir(const std::string& from, const std::string& to, bool no_replace) const;
  // Puts the first `moved` files back under their temporary names and restores every file
  // that --force had moved aside (had_backup[i] for names_[i]).
  void RollBack(size_t moved, const std::vector<bool>& had_backup);

  std::string dir_;
  int dir_fd_ = -1;     // the directory, opened by the constructor; -1 if that failed
  int open_errno_ = 0;  // why it failed
  bool force_;
  bool committed_ = false;
  std::vector<std::string> names_;
  // Bytes the test hook still lets through, shared by every file; null without the hook.
  std::shared_ptr<std::atomic<uint64_t>> fault_budget_;
  // Bytes before the stop hook's SIGSTOP; null without the hook.
  std::shared_ptr<std::atomic<uint64_t>> stop_budget_;
  std::optional<uint64_t> kill_after_renames_;
};

}  // namespace ecomgen
