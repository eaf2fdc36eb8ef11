// viral_moment: a product goes viral, demand grows exponentially into a sell-out.
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/iso_timestamp.h"
#include "scenarios/orders_vs_baseline.h"
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"
#include "scenarios/viral_units.h"

namespace ecomgen {
namespace {

// Traffic follows the viral product's demand, more gently (a share of shoppers come for it).
constexpr double kViralTrafficGrowthShare = 0.4;

class ViralEffect final : public ScenarioEffect {
 public:
  bool Enabled(const Config& config) const override { return config.viral.enabled; }

  void ShapeCurves(const CurveInputs& in, ScenarioCurves& curves) const override {
    const Config& config = in.plan.config;
    const size_t minutes = curves.orders.size();
    std::vector<double> shape(minutes);
    const double growth = config.viral.growth_per_hour * kViralTrafficGrowthShare;
    for (size_t m = 0; m < minutes; ++m) {
      shape[m] = std::exp(growth * MinuteMidpointUs(m) / kMicrosPerHour);
    }
    curves.orders = shape;
    NormalizeWeighted(curves.orders, in.base_orders, config.intensity);
    curves.carts = curves.orders;
    curves.tickets = shape;
    NormalizeWeighted(curves.tickets, in.base_tickets, config.viral.ticket_factor);
  }

  void AddPlanFacts(const ScenarioCurves& /*curves*/, Plan& plan) const override {
    const ViralConfig& viral = plan.config.viral;
    plan.viral_units = AllocateViralUnits(plan);
    plan.scenario.viral =
        ViralFacts{viral.category, viral.product_name, viral.inventory_units, viral.restock_share};
    plan.scenario.campaigns.push_back({viral.product_name + " Creator Collab",
                                       CampaignType::kInfluencer,
                                       CampaignChannel::kTiktok,
                                       plan.start_us - kMicrosPerDay,
                                       plan.end_us + kMicrosPerDay,
                                       0,
                                       {viral.category}});
  }

  void AddMarkers(const SummaryInputs& in, nlohmann::ordered_json& markers) const override {
    if (in.viral_product_id <= 0) return;
    markers["viral_product_id"] = in.viral_product_id;
    if (in.plan.sellout_us >= 0) markers["sellout_ts"] = FormatIsoTimestamp(in.plan.sellout_us);
  }

  void AddKpis(const SummaryInputs& in, nlohmann::ordered_json& kpis) const override {
    const std::string prefix = KpiPrefix(in.plan.config);
    int64_t units = 0;
    for (int32_t u : in.plan.viral_units) units += u;
    kpis[prefix + "viral_units_sold"] = units;
    kpis[prefix + "tickets_vs_baseline"] = Ratio(in.run.tickets, in.baseline.window.tickets);
  }
};

const ViralEffect kEffect;

Config Preset() {
  Config config = BaselinePreset();
  config.name = "viral_moment";
  config.description =
      "A skincare set goes viral: exponential growth into a 500-unit sell-out, restock "
      "inquiries, an influencer campaign.";
  config.start_us = UtcMicros(2024, 6, 14);
  config.duration_us = 24 * kMicrosPerHour;
  config.intensity = 2.5;
  config.viral.enabled = true;
  return config;
}

}  // namespace

extern const ScenarioDefinition kViralMomentScenario = {
    "viral_moment", "24h at 2.5x, viral beauty product sells out 500 units", Preset,
    OrdersVsBaselineKpi, &kEffect};

}  // namespace ecomgen
