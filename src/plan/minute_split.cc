#include "plan/minute_split.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "rng/counter_rng.h"

namespace ecomgen {

void SplitAcrossMinutes(int64_t total, std::span<const double> weights, uint64_t seed,
                        const SplitStreams& streams, uint64_t key, std::span<int32_t> out) {
  std::fill(out.begin(), out.end(), 0);
  if (out.empty() || total <= 0) return;
  std::vector<double> cumulative(weights.size());
  double weight_sum = 0;
  for (size_t m = 0; m < weights.size(); ++m) {
    weight_sum += weights[m];
    cumulative[m] = weight_sum;
  }
  if (weight_sum <= 0) {
    // No shape to follow: spread evenly.
    for (size_t m = 0; m < out.size(); ++m) {
      out[m] = static_cast<int32_t>(
          total / static_cast<int64_t>(out.size()) +
          (static_cast<int64_t>(m) < total % static_cast<int64_t>(out.size()) ? 1 : 0));
    }
    return;
  }
  int64_t drawn = 0;
  for (size_t m = 0; m < out.size(); ++m) {
    RowRng rng(seed, streams.minutes, Mix64(key) + m);
    const int64_t count = rng.Poisson(static_cast<double>(total) * weights[m] / weight_sum);
    out[m] = static_cast<int32_t>(count);
    drawn += count;
  }
  RowRng fixup(seed, streams.fixup, key);
  auto pick_minute = [&]() {
    const double target = fixup.Uniform() * weight_sum;
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
    return std::min(static_cast<size_t>(it - cumulative.begin()), out.size() - 1);
  };
  while (drawn < total) {
    ++out[pick_minute()];
    ++drawn;
  }
  while (drawn > total) {
    const size_t minute = pick_minute();
    if (out[minute] > 0) {
      --out[minute];
      --drawn;
    }
  }
}

void DiffuseAcrossMinutes(std::span<const double> expected, double offset, std::span<int32_t> out) {
  double running = offset;
  int64_t emitted = 0;
  for (size_t m = 0; m < expected.size(); ++m) {
    running += expected[m];
    const auto target = static_cast<int64_t>(std::floor(running));
    out[m] = static_cast<int32_t>(std::max<int64_t>(0, target - emitted));
    emitted += out[m];
  }
}

}  // namespace ecomgen
