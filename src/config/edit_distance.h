// "Did you mean ...?" hints for misspelt keys and values.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace ecomgen {

// The fewest single-character insertions, deletions, substitutions and swaps of adjacent
// characters that turn `from` into `to` (optimal string alignment distance).
size_t EditDistance(std::string_view from, std::string_view to);

// The candidate closest to `word`, if it is close enough to be a likely misspelling: at most
// one edit for short words and up to a third of the word's length (but at most 3) for longer
// ones; failing that, a candidate that `word` (4 characters or more) begins. Ties go to the
// earlier candidate.
std::optional<std::string_view> ClosestMatch(std::string_view word,
                                             std::span<const std::string_view> candidates);

}  // namespace ecomgen
