// multi_channel: a mobile app launches and customers move to it. Its KPIs need the orders'
// channels, so they are only measured by `ecomgen validate`.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/iso_timestamp.h"
#include "pools/product_pools.h"
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

class AppLaunchEffect final : public ScenarioEffect {
 public:
  bool Enabled(const Config& config) const override { return config.app_launch.enabled; }

  // Traffic ramps from 1x to the intensity as the app is adopted.
  void OverlayCurves(const CurveInputs& in, ScenarioCurves& curves) const override {
    const Config& config = in.plan.config;
    const auto launch = static_cast<double>(config.app_launch.launch_offset_us);
    const double ramp = std::max(1.0, static_cast<double>(config.app_launch.ramp_us));
    for (size_t m = 0; m < curves.orders.size(); ++m) {
      const double adoption = std::clamp((MinuteMidpointUs(m) - launch) / ramp, 0.0, 1.0);
      const double multiplier = 1 + (config.intensity - 1) * adoption;
      curves.orders[m] = multiplier;
      curves.carts[m] = multiplier;
      curves.tickets[m] = multiplier;
    }
  }

  void AddPlanFacts(const ScenarioCurves& /*curves*/, Plan& plan) const override {
    const AppLaunchConfig& launch = plan.config.app_launch;
    plan.app_launch_us = plan.start_us + launch.launch_offset_us;
    plan.scenario.app_launch = AppLaunchFacts{std::max<int64_t>(launch.ramp_us, 1),
                                              launch.adopter_rate, launch.app_use_rate};
    // The launch promotes the whole catalogue (and keeps every string column non-empty: an
    // empty CSV field reads back as NULL).
    const std::span<const std::string_view> names = ProductCategoryNames();
    plan.scenario.campaigns.push_back(
        {"App Launch", CampaignType::kAppLaunch, CampaignChannel::kPushNotification,
         plan.app_launch_us, plan.end_us, 0, std::vector<std::string>(names.begin(), names.end())});
  }

  void AddMarkers(const SummaryInputs& in, nlohmann::ordered_json& markers) const override {
    if (in.plan.app_launch_us >= 0) {
      markers["app_launch_ts"] = FormatIsoTimestamp(in.plan.app_launch_us);
    }
  }
};

const AppLaunchEffect kEffect;

Config Preset() {
  Config config = BaselinePreset();
  config.name = "multi_channel";
  config.description =
      "A mobile app launches: 35% of customers move to it, web channels lose 15%, 1.18x orders.";
  config.start_us = UtcMicros(2024, 3, 1);
  config.duration_us = 90 * kMicrosPerDay;
  config.intensity = 1.18;
  config.app_launch.enabled = true;
  return config;
}

}  // namespace

extern const ScenarioDefinition kMultiChannelScenario = {
    "multi_channel", "90d at 1.18x, mobile app launch, 35% migrate", Preset, nullptr, &kEffect};

}  // namespace ecomgen
