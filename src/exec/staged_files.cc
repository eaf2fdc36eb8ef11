#include "exec/staged_files.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace ecomgen {

StagedFiles::~StagedFiles() {
  if (!committed_) Abandon();
}

std::string StagedFiles::TempPath(const std::string& name) const {
  return dir_ + "/." + name + ".tmp-" + std::to_string(::getpid());
}

Result<std::unique_ptr<OutputFile>> StagedFiles::Create(const std::string& name) {
  std::error_code error;
  if (!force_ && std::filesystem::exists(FinalPath(name), error)) {
    return Status::InvalidArgument(FinalPath(name) +
                                   " already exists (use --force to overwrite it)");
  }
  Result<std::unique_ptr<OutputFile>> file = OpenPosixFile(TempPath(name));
  if (file) names_.push_back(name);
  return file;
}

Status StagedFiles::Commit() {
  for (const std::string& name : names_) {
    if (std::rename(TempPath(name).c_str(), FinalPath(name).c_str()) != 0) {
      return Status::IOError("cannot rename " + TempPath(name) + " to " + FinalPath(name));
    }
  }
  committed_ = true;
  return Status::Ok();
}

void StagedFiles::Abandon() {
  for (const std::string& name : names_) std::remove(TempPath(name).c_str());
  names_.clear();
}

}  // namespace ecomgen
