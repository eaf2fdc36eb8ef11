#include "cli/cli_error.h"

#include <cstdio>
#include <string>

#include "ecomgen/quote.h"

namespace ecomgen::cli {
namespace {

// One line, always, and nothing a terminal would act on: a message may carry bytes of a bad
// config file or a file name (PrintableLine).
void PrintErrorLine(std::string_view message) {
  std::fprintf(stderr, "ecomgen: error: %s\n", PrintableLine(message).c_str());
}

}  // namespace

int ReportUsage(std::string_view message) {
  PrintErrorLine(message);
  return kExitUsage;
}

int ReportError(const Status& status) {
  PrintErrorLine(status.message());
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
