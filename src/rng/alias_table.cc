#include "rng/alias_table.h"

#include <cassert>
#include <cmath>

namespace ecomgen {

AliasTable::AliasTable(std::span<const double> weights) {
  const size_t n = weights.size();
  double total = 0;
  for (double w : weights) total += w;
  // Invariant: callers pass at least one positive weight.
  assert(n > 0 && total > 0 && "alias table needs a positive weight");
  normalized_.resize(n);
  std::vector<double> scaled(n);
  std::vector<uint32_t> small;
  std::vector<uint32_t> large;
  double cumulative = 0;
  for (size_t i = 0; i < n; ++i) {
    normalized_[i] = weights[i] / total;
    cumulative += normalized_[i];
    if (i + 1 < n) interval_ends_.push_back(cumulative);
    scaled[i] = normalized_[i] * static_cast<double>(n);
    (scaled[i] < 1.0 ? small : large).push_back(static_cast<uint32_t>(i));
  }
  prob_.assign(n, UINT32_MAX);
  alias_.resize(n);
  for (size_t i = 0; i < n; ++i) alias_[i] = static_cast<uint32_t>(i);
  constexpr double kScale = 4294967296.0;  // 2^32
  while (!small.empty() && !large.empty()) {
    const uint32_t s = small.back();
    small.pop_back();
    const uint32_t l = large.back();
    prob_[s] = static_cast<uint32_t>(std::min(scaled[s] * kScale, kScale - 1));
    alias_[s] = l;
    scaled[l] = (scaled[l] + scaled[s]) - 1.0;
    if (scaled[l] < 1.0) {
      large.pop_back();
      small.push_back(l);
    }
  }
  // Leftovers are 1 up to rounding: they always keep their own index.
  for (uint32_t i : small) prob_[i] = UINT32_MAX;
  for (uint32_t i : large) prob_[i] = UINT32_MAX;
}

}  // namespace ecomgen
