#include "plan/scenario_curves.h"

namespace ecomgen {

ScenarioCurves FlatCurves(const Config& config, size_t minutes) {
  ScenarioCurves curves;
  curves.orders.assign(minutes, config.intensity);
  curves.carts.assign(minutes, config.intensity);
  curves.tickets.assign(minutes, config.intensity);
  curves.failure_rate.assign(minutes, config.business.payment_failure_rate);
  return curves;
}

void NormalizeWeighted(std::vector<double>& curve, const std::vector<double>& base,
                       double target_mean) {
  double weighted = 0;
  double weight = 0;
  for (size_t m = 0; m < curve.size(); ++m) {
    weighted += curve[m] * base[m];
    weight += base[m];
  }
  if (weighted <= 0 || weight <= 0) return;
  const double factor = target_mean * weight / weighted;
  for (double& v : curve) v *= factor;
}

}  // namespace ecomgen
