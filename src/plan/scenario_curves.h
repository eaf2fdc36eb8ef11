// Scenario curves: how a scenario bends the baseline's traffic, minute by minute.
//
// Each curve is a multiplier on the baseline's expected rate in that minute (1 = baseline).
// Curves are normalized against the baseline's own rates, so "8.5x orders over the window"
// holds for any window, start time or duration the user picks. The scenarios shape them
// (scenarios/registry.h BuildScenarioCurves); this header is the data and its helpers.
//
// Thread safety: a value type and pure functions.
#pragma once

#include <cstddef>
#include <vector>

#include "ecomgen/config.h"

namespace ecomgen {

struct ScenarioCurves {
  std::vector<double> orders;        // multiplier on baseline orders
  std::vector<double> carts;         // multiplier on baseline abandoned carts
  std::vector<double> tickets;       // multiplier on baseline tickets
  std::vector<double> failure_rate;  // payment failure probability (absolute)
};

// Curves with no scenario effect: every multiplier is the intensity, and payments fail at
// the business's everyday rate.
ScenarioCurves FlatCurves(const Config& config, size_t minutes);

// Scales `curve` so its mean weighted by `base` equals `target_mean` (left as is when the
// weights or the curve are all zero). REQUIRES: curve.size() == base.size().
void NormalizeWeighted(std::vector<double>& curve, const std::vector<double>& base,
                       double target_mean);

// The middle of window minute `minute`, in microseconds since the window start: where a
// curve is evaluated.
inline double MinuteMidpointUs(size_t minute) {
  return static_cast<double>(minute) * kMicrosPerMinute + kMicrosPerMinute / 2.0;
}

}  // namespace ecomgen
