// OutputFile: where a sink's bytes go.
//
// Sinks write through this small interface so tests can substitute in-memory files and files
// that fail on purpose. Errors are sticky: after a failed Append every later call returns the
// same failure.
//
// Thread safety: none; one writer thread owns an OutputFile.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ecomgen/result.h"
#include "ecomgen/status.h"

namespace ecomgen {

class OutputFile {
 public:
  virtual ~OutputFile() = default;
  virtual Status Append(std::string_view bytes) = 0;
  // Flushes and closes; the bytes are on disk (or the failure is reported) when this returns.
  virtual Status Close() = 0;
  // Bytes appended so far.
  virtual uint64_t size() const = 0;
};

// Creates `path` for writing; fails if anything (a file, a symbolic link) already has that
// name. The file is written through a large buffer.
Result<std::unique_ptr<OutputFile>> OpenPosixFile(const std::string& path);
// The same, for the file `name` inside the directory open as `dir_fd` (AT_FDCWD: the working
// directory); `path` names it in errors. Through a directory descriptor the file lands in
// that directory even if the directory is renamed meanwhile.
Result<std::unique_ptr<OutputFile>> OpenPosixFileAt(int dir_fd, const std::string& name,
                                                    const std::string& path);
// The same writer over an already open descriptor `fd` (which it closes); `path` names it in
// errors. For tests that write to devices such as /dev/full.
std::unique_ptr<OutputFile> AdoptPosixFile(const std::string& path, int fd);

// An OutputFile that keeps its bytes in memory, for tests.
class StringOutputFile final : public OutputFile {
 public:
  Status Append(std::string_view bytes) override {
    data_.append(bytes);
    return Status::Ok();
  }
  Status Close() override { return Status::Ok(); }
  uint64_t size() const override { return data_.size(); }
  const std::string& data() const { return data_; }

 private:
  std::string data_;
};

}  // namespace ecomgen
