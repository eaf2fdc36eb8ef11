// How the CLI reports failures: one line on stderr, and the contract's exit statuses.
#pragma once

#include <string_view>

#include "ecomgen/status.h"

namespace ecomgen::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInterrupted = 130;

// Prints "ecomgen: error: <message>" and returns the exit status for `status`:
// 2 for invalid arguments, 130 when interrupted, 1 otherwise.
int ReportError(const Status& status);
// Same for a usage error given as text.
int ReportUsage(std::string_view message);

}  // namespace ecomgen::cli
