#include "exec/staged_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include "sinks/file/fault_injecting_output_file.h"
#include "sinks/file/pausing_output_file.h"

namespace ecomgen {
namespace {

// A name --force may replace: anything but a directory (renaming a file over a directory
// fails anyway, and moving someone's directory aside is not ours to do).
bool IsReplaceable(int dir_fd, const std::string& name) {
  struct stat existing {};
  return ::fstatat(dir_fd, name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0 &&
         !S_ISDIR(existing.st_mode);
}

}  // namespace

StagedFiles::StagedFiles(std::string dir, bool force, std::optional<uint64_t> fail_after_bytes)
    : dir_(std::move(dir)), force_(force) {
  // The directory itself may be a link to a directory (a user's choice, followed once here);
  // everything after goes through this descriptor.
  dir_fd_ = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd_ < 0) open_errno_ = errno;
  if (fail_after_bytes) {
    fault_budget_ = std::make_shared<std::atomic<uint64_t>>(*fail_after_bytes);
  }
}

StagedFiles::~StagedFiles() {
  if (!committed_) Abandon();
  if (dir_fd_ >= 0) ::close(dir_fd_);
}

std::string StagedFiles::TempName(const std::string& name) const {
  return "." + name + ".tmp-" + std::to_string(::getpid());
}

std::string StagedFiles::BackupName(const std::string& name) const {
  return "." + name + ".old-" + std::to_string(::getpid());
}

int StagedFiles::RenameInDir(const std::string& from, const std::string& to,
                             bool no_replace) const {
  if (!no_replace) return ::renameat(dir_fd_, from.c_str(), dir_fd_, to.c_str());
  if (::renameat2(dir_fd_, from.c_str(), dir_fd_, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
  // Filesystems without RENAME_NOREPLACE get a check then a plain rename: a file created
  // between the two would be replaced, which is what every run did before this check existed.
  struct stat existing {};
  if (::fstatat(dir_fd_, to.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0) {
    errno = EEXIST;
    return -1;
  }
  return ::renameat(dir_fd_, from.c_str(), dir_fd_, to.c_str());
}

Status StagedFiles::CheckDirectoryInPlace() const {
  struct stat open_dir {};
  struct stat at_path {};
  if (::fstat(dir_fd_, &open_dir) != 0 || ::stat(dir_.c_str(), &at_path) != 0 ||
      open_dir.st_dev != at_path.st_dev || open_dir.st_ino != at_path.st_ino) {
    return Status::IOError("output directory " + dir_ +
                           " was moved or replaced while the run was writing; no file of the "
                           "run was kept");
  }
  return Status::Ok();
}

Result<std::unique_ptr<OutputFile>> StagedFiles::Create(const std::string& name) {
  if (dir_fd_ < 0) {
    return Status::IOError("cannot open output directory " + dir_ + ": " +
                           std::strerror(open_errno_));
  }
  // No follow: a link under the final name (even a dangling one) is a name taken.
  struct stat existing {};
  if (!force_ && ::fstatat(dir_fd_, name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0) {
    return Status::InvalidArgument(FinalPath(name) +
                                   " already exists (use --force to overwrite it)");
  }
  const std::string temp_path = dir_ + "/" + TempName(name);
  Result<std::unique_ptr<OutputFile>> file = OpenPosixFileAt(dir_fd_, TempName(name), temp_path);
  if (!file) return file;
  names_.push_back(name);
  std::unique_ptr<OutputFile> staged = std::move(*file);
  if (fault_budget_ != nullptr) {
    staged =
        std::make_unique<FaultInjectingOutputFile>(std::move(staged), temp_path, fault_budget_);
  }
  if (stop_budget_ != nullptr) {
    staged = std::make_unique<PausingOutputFile>(std::move(staged), stop_budget_);
  }
  return staged;
}

Status StagedFiles::Commit() {
  if (const Status in_place = CheckDirectoryInPlace(); !in_place.ok()) {
    Abandon();
    return in_place;
  }
  const auto kill_if_hooked = [this](size_t renamed) {
    if (kill_after_renames_ == renamed) ::kill(::getpid(), SIGKILL);
  };
  std::vector<bool> had_backup(names_.size(), false);
  for (size_t name_idx = 0; name_idx < names_.size(); ++name_idx) {
    kill_if_hooked(name_idx);
    const std::string& name = names_[name_idx];
    const char* failed_step = nullptr;
    if (force_ && IsReplaceable(dir_fd_, name)) {
      if (RenameInDir(name, BackupName(name), /*no_replace=*/false) != 0) {
        failed_step = "cannot move aside";
      } else {
        had_backup[name_idx] = true;
      }
    }
    if (failed_step == nullptr && RenameInDir(TempName(name), name, !force_) != 0) {
      failed_step = "cannot rename the finished file into";
    }
    if (failed_step != nullptr) {
      const std::string reason = std::strerror(errno);
      RollBack(name_idx, had_backup);
      Abandon();
      return Status::IOError(std::string(failed_step) + " " + FinalPath(name) + ": " + reason +
                             "; no file of the run was kept");
    }
  }
  kill_if_hooked(names_.size());
  for (size_t name_idx = 0; name_idx < names_.size(); ++name_idx) {
    if (had_backup[name_idx]) ::unlinkat(dir_fd_, BackupName(names_[name_idx]).c_str(), 0);
  }
  committed_ = true;
  return Status::Ok();
}

void StagedFiles::RollBack(size_t moved, const std::vector<bool>& had_backup) {
  // Best effort: a rename that fails here leaves that one file where it is, and there is no
  // better place to put it.
  for (size_t name_idx = moved; name_idx-- > 0;) {
    RenameInDir(names_[name_idx], TempName(names_[name_idx]), /*no_replace=*/false);
  }
  for (size_t name_idx = 0; name_idx < names_.size(); ++name_idx) {
    if (had_backup[name_idx]) {
      RenameInDir(BackupName(names_[name_idx]), names_[name_idx], /*no_replace=*/false);
    }
  }
}

void StagedFiles::Abandon() {
  for (const std::string& name : names_) ::unlinkat(dir_fd_, TempName(name).c_str(), 0);
  names_.clear();
}

}  // namespace ecomgen
