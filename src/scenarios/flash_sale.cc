// flash_sale: four hours of traffic that peaks early, a discount, a stressed gateway.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "scenarios/orders_vs_baseline.h"
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

// Where a flash sale's traffic starts, relative to its peak.
constexpr double kSpikeRampFloor = 0.3;
// Payment failures grow with load during a spike, with this elasticity.
constexpr double kSpikeFailureElasticity = 0.25;
constexpr double kMaxFailureRate = 0.5;

class TrafficSpikeEffect final : public ScenarioEffect {
 public:
  bool Enabled(const Config& config) const override { return config.traffic_spike.enabled; }

  // A fast ramp to an early peak, then exponential decay.
  void ShapeCurves(const CurveInputs& in, ScenarioCurves& curves) const override {
    const Config& config = in.plan.config;
    const auto minutes = static_cast<size_t>(in.plan.minute_count);
    const double duration = static_cast<double>(config.duration_us);
    const double peak = config.traffic_spike.peak_at_fraction * duration;
    const double decay = std::max(1.0, config.traffic_spike.decay_fraction * duration);
    std::vector<double> shape(minutes);
    for (size_t m = 0; m < minutes; ++m) {
      const double t = MinuteMidpointUs(m);
      shape[m] = t < peak ? kSpikeRampFloor + (1 - kSpikeRampFloor) * t / peak
                          : std::exp(-(t - peak) / decay);
    }
    double mean_shape = 0;
    for (double s : shape) mean_shape += s;
    mean_shape /= static_cast<double>(std::max<size_t>(minutes, 1));
    curves.orders = shape;
    NormalizeWeighted(curves.orders, in.base_orders, config.intensity);
    curves.carts = curves.orders;
    for (size_t m = 0; m < minutes; ++m) {
      curves.failure_rate[m] =
          std::min(kMaxFailureRate, config.business.payment_failure_rate *
                                        config.traffic_spike.payment_failure_multiplier *
                                        std::pow(shape[m] / mean_shape, kSpikeFailureElasticity));
    }
  }

  void AddPlanFacts(const ScenarioCurves& /*curves*/, Plan& plan) const override {
    const DiscountConfig& discount = plan.config.discount;
    plan.scenario.campaigns.push_back(
        {"Flash Sale", CampaignType::kFlashSale, CampaignChannel::kPushNotification, plan.start_us,
         plan.end_us, static_cast<int>(std::lround(discount.pct)), discount.categories});
  }

  void AddKpis(const SummaryInputs& in, nlohmann::ordered_json& kpis) const override {
    kpis[KpiPrefix(in.plan.config) + "payment_failure_vs_baseline"] =
        Ratio(Ratio(in.run.failures, in.run.orders),
              Ratio(in.baseline.window.failures, in.baseline.window.orders));
  }
};

const TrafficSpikeEffect kEffect;

Config Preset() {
  Config config = BaselinePreset();
  config.name = "flash_sale";
  config.description =
      "Four-hour flash sale: 8.5x traffic peaking early, 70% off electronics, gateway stress.";
  config.start_us = UtcMicros(2024, 11, 29, 8);
  config.duration_us = 4 * kMicrosPerHour;
  config.intensity = 8.5;
  config.discount = {70, {"electronics"}};
  config.traffic_spike.enabled = true;
  return config;
}

}  // namespace

extern const ScenarioDefinition kFlashSaleScenario = {
    "flash_sale", "4h at 8.5x, early exponential spike, 70% off electronics", Preset,
    OrdersVsBaselineKpi, &kEffect};

}  // namespace ecomgen
