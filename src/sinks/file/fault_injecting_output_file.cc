#include "sinks/file/fault_injecting_output_file.h"

#include <algorithm>

namespace ecomgen {

uint64_t FaultInjectingOutputFile::Take(uint64_t wanted) {
  uint64_t left = budget_->load();
  uint64_t granted = 0;
  do {
    granted = std::min(left, wanted);
  } while (!budget_->compare_exchange_weak(left, left - granted));
  return granted;
}

Status FaultInjectingOutputFile::Append(std::string_view bytes) {
  if (!status_.ok()) return status_;
  const uint64_t granted = Take(bytes.size());
  if (granted > 0) {
    status_ = file_->Append(bytes.substr(0, static_cast<size_t>(granted)));
    if (!status_.ok()) return status_;
  }
  if (granted < bytes.size()) {
    status_ = Status::IOError("write " + path_ +
                              ": injected write failure (test hook ECOMGEN_FAIL_AFTER_BYTES)");
  }
  return status_;
}

Status FaultInjectingOutputFile::Close() {
  const Status closed = file_->Close();
  return status_.ok() ? closed : status_;
}

}  // namespace ecomgen
