// AliasTable: O(1) sampling from a fixed discrete distribution (Walker / Vose).
//
// Built once (in the plan or a dimension) from non-negative weights, then shared read-only by
// every worker. Each draw costs one random number.
//
// Thread safety: immutable after construction.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "rng/mul_high.h"

namespace ecomgen {

class AliasTable {
 public:
  AliasTable() = default;
  // REQUIRES: at least one weight > 0; all weights >= 0.
  explicit AliasTable(std::span<const double> weights);

  // The index drawn by 64 random bits.
  uint32_t Sample(uint64_t bits) const {
    const uint64_t slot = MulHigh(bits, prob_.size());
    // The low 32 bits are independent of the slot choice (which used the high bits).
    const uint32_t coin = static_cast<uint32_t>(bits);
    return coin < prob_[slot] ? static_cast<uint32_t>(slot) : alias_[slot];
  }
  // The index whose cumulative probability interval holds `u` in [0, 1): inverse-CDF
  // sampling, for callers that feed stratified or low-discrepancy points. O(size), and
  // branch-free: the index is the number of interval ends at or below `u`, so a random `u`
  // costs no mispredicted branch.
  uint32_t Quantile(double u) const {
    uint32_t index = 0;
    for (double end : interval_ends_) index += u >= end ? 1 : 0;
    return index;
  }
  size_t size() const { return prob_.size(); }
  // Normalized probability of index i.
  double probability(size_t i) const { return normalized_[i]; }

 private:
  std::vector<uint32_t> prob_;  // threshold scaled to 2^32
  std::vector<uint32_t> alias_;
  std::vector<double> normalized_;
  std::vector<double> interval_ends_;  // cumulative probabilities of indexes 0 .. size-2
};

}  // namespace ecomgen
