// Spreading a fixed number of events over minutes.
//
// Each minute first gets a Poisson count with its expected share, so per-minute counts look
// like real arrivals; then the difference to the exact total is added to or taken from
// minutes drawn by weight. The total is exact, which keeps daily series and scenario ratios
// free of counting noise.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <span>

#include "rng/streams.h"

namespace ecomgen {

// The streams of one kind of split: the per-minute counts, and the fix-up to the total.
struct SplitStreams {
  StreamId minutes;
  StreamId fixup;
};

// Writes `total` events over `out.size()` minutes in proportion to `weights`. `key`
// identifies the split within its streams (the day) so that its random draws are its own.
// REQUIRES: weights.size() == out.size(); weights >= 0; total >= 0.
void SplitAcrossMinutes(int64_t total, std::span<const double> weights, uint64_t seed,
                        const SplitStreams& streams, uint64_t key, std::span<int32_t> out);

// Spreads `expected[m]` (fractional) into integers whose running sum never drifts by more
// than one from the running sum of `expected` (error diffusion). `offset` in [0, 1) shifts
// where the rounding falls.
void DiffuseAcrossMinutes(std::span<const double> expected, double offset, std::span<int32_t> out);

}  // namespace ecomgen
