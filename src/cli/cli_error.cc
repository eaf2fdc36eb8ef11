#include "cli/cli_error.h"

#include <cstdio>
#include <string>

namespace ecomgen::cli {

int ReportUsage(std::string_view message) {
  std::fprintf(stderr, "ecomgen: error: %.*s\n", static_cast<int>(message.size()), message.data());
  return kExitUsage;
}

int ReportError(const Status& status) {
  std::string message = status.message();
  // One line, always.
  for (char& c : message) {
    if (c == '\n') c = ' ';
  }
  std::fprintf(stderr, "ecomgen: error: %s\n", message.c_str());
  switch (status.code()) {
    case Status::Code::kInvalidArgument:
      return kExitUsage;
    case Status::Code::kCancelled:
      return kExitInterrupted;
    default:
      return kExitFailure;
  }
}

}  // namespace ecomgen::cli
