#include "config/edit_distance.h"

#include <algorithm>
#include <vector>

namespace ecomgen {

// Optimal-string-alignment distance: Levenshtein plus swaps of adjacent characters, since
// "scael" for "scale" is as likely a slip as a wrong letter.
size_t EditDistance(std::string_view from, std::string_view to) {
  const size_t cols = to.size() + 1;
  // table[row * cols + col]: distance between from[0, row) and to[0, col).
  std::vector<size_t> table((from.size() + 1) * cols);
  for (size_t row = 0; row <= from.size(); ++row) table[row * cols] = row;
  for (size_t col = 0; col <= to.size(); ++col) table[col] = col;
  for (size_t row = 1; row <= from.size(); ++row) {
    for (size_t col = 1; col <= to.size(); ++col) {
      const size_t cost = from[row - 1] == to[col - 1] ? 0 : 1;
      size_t best = std::min({table[(row - 1) * cols + col] + 1, table[row * cols + col - 1] + 1,
                              table[(row - 1) * cols + col - 1] + cost});
      if (row > 1 && col > 1 && from[row - 1] == to[col - 2] && from[row - 2] == to[col - 1]) {
        best = std::min(best, table[(row - 2) * cols + col - 2] + 1);
      }
      table[row * cols + col] = best;
    }
  }
  return table[from.size() * cols + to.size()];
}

std::optional<std::string_view> ClosestMatch(std::string_view word,
                                             std::span<const std::string_view> candidates) {
  constexpr size_t kMaxEdits = 3;
  // Words this long that begin a candidate ("flash" for "flash_sale") are taken as
  // abbreviations, ranked after every candidate within the allowed edits.
  constexpr size_t kMinPrefixLength = 4;
  const size_t allowed = std::min(kMaxEdits, std::max<size_t>(1, word.size() / 3));
  std::optional<std::string_view> best;
  size_t best_rank = allowed + 2;  // ranks: 0..allowed edits, then allowed + 1 for a prefix
  for (const std::string_view candidate : candidates) {
    size_t rank = EditDistance(word, candidate);
    if (rank > allowed) {
      rank = word.size() >= kMinPrefixLength && candidate.starts_with(word) ? allowed + 1
                                                                            : allowed + 2;
    }
    if (rank < best_rank) {
      best = candidate;
      best_rank = rank;
    }
  }
  return best;
}

}  // namespace ecomgen
