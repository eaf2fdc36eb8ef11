// PausingOutputFile: an OutputFile that stops the whole process once, part way through a
// run, for the tests that change the world under a running run (issue 16 case 4: the output
// directory is moved while the files are being written).
//
// Several files share one byte count. The Append that takes the count past the threshold
// writes its bytes, then raises SIGSTOP: the process stays stopped until a SIGCONT, so a test
// that waits for the stop (waitpid with WUNTRACED) acts at a known point of the run instead
// of racing a timer against it. The CLI enables it only through the test hook
// ECOMGEN_STOP_AFTER_BYTES (see RunOptions::stop_after_bytes); no user-facing option does.
//
// Thread safety: like any OutputFile, one thread per file; the shared count is atomic.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>

#include "sinks/file/output_file.h"

namespace ecomgen {

class PausingOutputFile final : public OutputFile {
 public:
  // `left` holds the bytes still to pass before the stop; it is shared by every file of the
  // run and the stop happens once.
  PausingOutputFile(std::unique_ptr<OutputFile> file, std::shared_ptr<std::atomic<uint64_t>> left)
      : file_(std::move(file)), left_(std::move(left)) {}

  Status Append(std::string_view bytes) override;
  Status Close() override { return file_->Close(); }
  uint64_t size() const override { return file_->size(); }

 private:
  std::unique_ptr<OutputFile> file_;
  std::shared_ptr<std::atomic<uint64_t>> left_;
};

}  // namespace ecomgen
