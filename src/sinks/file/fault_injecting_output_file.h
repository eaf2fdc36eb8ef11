// FaultInjectingOutputFile: an OutputFile that fails on purpose, for the tests that prove a
// failed run leaves no partial output.
//
// Several files share one byte budget. Each Append passes its bytes on until the budget is
// spent, then writes the part that still fits and fails with an I/O error, so the failure can
// be placed at any byte of a run. The CLI enables it only through the test hook
// ECOMGEN_FAIL_AFTER_BYTES (see RunOptions::fail_after_bytes); no user-facing option does.
//
// Thread safety: like any OutputFile, one thread per file; the shared budget is atomic, so
// files written from different threads may share it.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "sinks/file/output_file.h"

namespace ecomgen {

class FaultInjectingOutputFile final : public OutputFile {
 public:
  // `path` names the file in the error message; `budget` holds the bytes still allowed.
  FaultInjectingOutputFile(std::unique_ptr<OutputFile> file, std::string path,
                           std::shared_ptr<std::atomic<uint64_t>> budget)
      : file_(std::move(file)), path_(std::move(path)), budget_(std::move(budget)) {}

  Status Append(std::string_view bytes) override;
  Status Close() override;
  uint64_t size() const override { return file_->size(); }

 private:
  // Takes up to `wanted` bytes from the budget; returns how many were granted.
  uint64_t Take(uint64_t wanted);

  std::unique_ptr<OutputFile> file_;
  std::string path_;
  std::shared_ptr<std::atomic<uint64_t>> budget_;
  Status status_;  // sticky, like every OutputFile's errors
};

}  // namespace ecomgen
