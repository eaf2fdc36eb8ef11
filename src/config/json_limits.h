// JSON limits: a config file's shape is checked in one pass before a JSON parser builds it.
//
// A parser's document costs far more memory than its text: each nesting level and each value
// is a heap node (16 MiB of "[" took 1.27 GB), and the locations of every value (JsonLocations)
// cost as much again. Config files nest 4 levels and hold a few hundred values, so a file
// past either limit is not a config, and it is refused before anything is built: the check
// itself keeps no more than a counter and a position, and is linear in the text.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>

#include "ecomgen/status.h"

namespace ecomgen {

// Deepest nesting of objects and arrays that a config file may have (the top-level object is
// depth 1). Deeper documents risk the stack of a recursive reader, and configs nest 4 levels.
inline constexpr int kMaxJsonDepth = 64;

// Most values a config file may hold, counted as its commas plus its opening brackets (one
// per value but the last of each array or object). Far above any config (the largest
// built-in one has under 200), and it bounds what parsing the file can cost: a few hundred
// bytes per value.
inline constexpr int64_t kMaxJsonValues = int64_t{1} << 18;

// InvalidArgument ("SOURCE_NAME:LINE:COLUMN: ...", at the first bracket too deep or the
// first comma or bracket past the count) when `text` nests deeper than kMaxJsonDepth or holds more
// than kMaxJsonValues values. Text that is not JSON passes unless it breaks a limit: the parser
// reports its syntax errors.
Status CheckJsonLimits(std::string_view text, std::string_view source_name);

}  // namespace ecomgen
