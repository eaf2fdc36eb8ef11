#include "exec/staged_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include "sinks/file/fault_injecting_output_file.h"

namespace ecomgen {
namespace {

// rename(2) that fails with EEXIST instead of replacing `to`. Filesystems without
// RENAME_NOREPLACE (EINVAL) get a check then a plain rename: a file created between the two
// would be replaced, which is what every run did before this check existed.
int RenameNoReplace(const std::string& from, const std::string& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
  struct stat existing {};
  if (::lstat(to.c_str(), &existing) == 0) {
    errno = EEXIST;
    return -1;
  }
  return std::rename(from.c_str(), to.c_str());
}

// A name --force may replace: anything but a directory (renaming a file over a directory
// fails anyway, and moving someone's directory aside is not ours to do).
bool IsReplaceable(const std::string& path) {
  struct stat existing {};
  return ::lstat(path.c_str(), &existing) == 0 && !S_ISDIR(existing.st_mode);
}

}  // namespace

StagedFiles::StagedFiles(std::string dir, bool force, std::optional<uint64_t> fail_after_bytes)
    : dir_(std::move(dir)), force_(force) {
  if (fail_after_bytes) {
    fault_budget_ = std::make_shared<std::atomic<uint64_t>>(*fail_after_bytes);
  }
}

StagedFiles::~StagedFiles() {
  if (!committed_) Abandon();
}

std::string StagedFiles::TempPath(const std::string& name) const {
  return dir_ + "/." + name + ".tmp-" + std::to_string(::getpid());
}

std::string StagedFiles::BackupPath(const std::string& name) const {
  return dir_ + "/." + name + ".old-" + std::to_string(::getpid());
}

Result<std::unique_ptr<OutputFile>> StagedFiles::Create(const std::string& name) {
  // lstat, not stat: a link under the final name (even a dangling one) is a name taken.
  struct stat existing {};
  if (!force_ && ::lstat(FinalPath(name).c_str(), &existing) == 0) {
    return Status::InvalidArgument(FinalPath(name) +
                                   " already exists (use --force to overwrite it)");
  }
  Result<std::unique_ptr<OutputFile>> file = OpenPosixFile(TempPath(name));
  if (!file) return file;
  names_.push_back(name);
  if (fault_budget_ == nullptr) return file;
  return std::unique_ptr<OutputFile>(
      std::make_unique<FaultInjectingOutputFile>(std::move(*file), TempPath(name), fault_budget_));
}

Status StagedFiles::Commit() {
  const auto kill_if_hooked = [this](size_t renamed) {
    if (kill_after_renames_ == renamed) ::kill(::getpid(), SIGKILL);
  };
  std::vector<bool> had_backup(names_.size(), false);
  for (size_t name_idx = 0; name_idx < names_.size(); ++name_idx) {
    kill_if_hooked(name_idx);
    const std::string& name = names_[name_idx];
    const std::string final_path = FinalPath(name);
    const char* failed_step = nullptr;
    if (force_ && IsReplaceable(final_path)) {
      if (std::rename(final_path.c_str(), BackupPath(name).c_str()) != 0) {
        failed_step = "cannot move aside";
      } else {
        had_backup[name_idx] = true;
      }
    }
    if (failed_step == nullptr) {
      const int renamed = force_ ? std::rename(TempPath(name).c_str(), final_path.c_str())
                                 : RenameNoReplace(TempPath(name), final_path);
      if (renamed != 0) failed_step = "cannot rename the finished file into";
    }
    if (failed_step != nullptr) {
      const std::string reason = std::strerror(errno);
      RollBack(name_idx, had_backup);
      Abandon();
      return Status::IOError(std::string(failed_step) + " " + final_path + ": " + reason +
                             "; no file of the run was kept");
    }
  }
  kill_if_hooked(names_.size());
  for (size_t name_idx = 0; name_idx < names_.size(); ++name_idx) {
    if (had_backup[name_idx]) std::remove(BackupPath(names_[name_idx]).c_str());
  }
  committed_ = true;
  return Status::Ok();
}

void StagedFiles::RollBack(size_t moved, const std::vector<bool>& had_backup) {
  // Best effort: a rename that fails here leaves that one file where it is, and there is no
  // better place to put it.
  for (size_t name_idx = moved; name_idx-- > 0;) {
    std::rename(FinalPath(names_[name_idx]).c_str(), TempPath(names_[name_idx]).c_str());
  }
  for (size_t name_idx = 0; name_idx < names_.size(); ++name_idx) {
    if (had_backup[name_idx]) {
      std::rename(BackupPath(names_[name_idx]).c_str(), FinalPath(names_[name_idx]).c_str());
    }
  }
}

void StagedFiles::Abandon() {
  for (const std::string& name : names_) std::remove(TempPath(name).c_str());
  names_.clear();
}

}  // namespace ecomgen
