#include "sinks/file/pausing_output_file.h"

#include <csignal>

namespace ecomgen {

Status PausingOutputFile::Append(std::string_view bytes) {
  const Status status = file_->Append(bytes);
  // The count only goes down, to 0, and stays there: exactly one Append sees it cross.
  uint64_t left = left_->load();
  uint64_t after = 0;
  do {
    if (left == 0) return status;
    after = left > bytes.size() ? left - bytes.size() : 0;
  } while (!left_->compare_exchange_weak(left, after));
  if (after == 0) std::raise(SIGSTOP);
  return status;
}

}  // namespace ecomgen
