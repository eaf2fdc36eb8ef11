#include "config/edit_distance.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace ecomgen {

size_t EditDistance(std::string_view from, std::string_view to) {
  // One row of the dynamic-programming table at a time: row[to_idx] is the distance between
  // the prefix of `from` read so far and to[0, to_idx).
  std::vector<size_t> row(to.size() + 1);
  std::iota(row.begin(), row.end(), size_t{0});
  for (size_t from_idx = 0; from_idx < from.size(); ++from_idx) {
    size_t diagonal = row[0];
    row[0] = from_idx + 1;
    for (size_t to_idx = 0; to_idx < to.size(); ++to_idx) {
      const size_t substitute = diagonal + (from[from_idx] == to[to_idx] ? 0 : 1);
      diagonal = row[to_idx + 1];
      row[to_idx + 1] = std::min({substitute, row[to_idx + 1] + 1, row[to_idx] + 1});
    }
  }
  return row[to.size()];
}

std::optional<std::string_view> ClosestMatch(std::string_view word,
                                             std::span<const std::string_view> candidates) {
  constexpr size_t kMaxEdits = 3;
  const size_t allowed = std::min(kMaxEdits, std::max<size_t>(1, word.size() / 3));
  std::optional<std::string_view> best;
  size_t best_distance = allowed + 1;
  for (const std::string_view candidate : candidates) {
    const size_t distance = EditDistance(word, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace ecomgen
