// payment_outage: a two-hour gateway outage inside a six-hour window.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/iso_timestamp.h"
#include "scenarios/preset_base.h"
#include "scenarios/scenario.h"

namespace ecomgen {
namespace {

// After an outage, angry customers keep writing for about an hour.
constexpr int64_t kOutageTicketTailUs = kMicrosPerHour;
// Tickets per minute during the outage and its tail, relative to the other minutes.
constexpr double kOutageTicketWeight = 4.0;

class PaymentOutageEffect final : public ScenarioEffect {
 public:
  bool Enabled(const Config& config) const override { return config.payment_outage.enabled; }

  void OverlayCurves(const CurveInputs& in, ScenarioCurves& curves) const override {
    const Config& config = in.plan.config;
    const PaymentOutageConfig& outage = config.payment_outage;
    const size_t minutes = curves.orders.size();
    std::vector<double> ticket_shape(minutes, 1.0);
    const auto begin = static_cast<double>(outage.offset_us);
    const double end = begin + static_cast<double>(outage.duration_us);
    for (size_t m = 0; m < minutes; ++m) {
      const double t = MinuteMidpointUs(m);
      if (t >= begin && t < end) {
        curves.orders[m] = config.intensity * outage.order_factor;
        curves.carts[m] = config.intensity * outage.abandonment_factor;
        curves.failure_rate[m] = outage.failure_rate;
      }
      // Tickets pile up during the outage and its aftermath.
      if (t >= begin && t < end + kOutageTicketTailUs) ticket_shape[m] = kOutageTicketWeight;
    }
    curves.tickets = ticket_shape;
    NormalizeWeighted(curves.tickets, in.base_tickets, outage.ticket_factor);
  }

  void AddPlanFacts(const ScenarioCurves& curves, Plan& plan) const override {
    // The tickets the outage causes: the excess over what the minute's traffic would bring.
    for (size_t m = 0; m < plan.scenario_ticket_share.size(); ++m) {
      const double own =
          curves.tickets[m] > 0 ? 1.0 - plan.config.intensity / curves.tickets[m] : 0.0;
      plan.scenario_ticket_share[m] = static_cast<float>(std::max(0.0, own));
    }
    plan.outage_start_us = plan.start_us + plan.config.payment_outage.offset_us;
    plan.outage_end_us = plan.outage_start_us + plan.config.payment_outage.duration_us;
  }

  void CountBaseline(const Plan& baseline, const Config& run,
                     BaselineCounts& counts) const override {
    const int64_t start_us = run.start_us + run.payment_outage.offset_us;
    counts.outage = CountBetween(baseline, start_us, start_us + run.payment_outage.duration_us);
  }

  void AddMarkers(const SummaryInputs& in, nlohmann::ordered_json& markers) const override {
    if (in.plan.outage_start_us < 0) return;
    markers["outage_start"] = FormatIsoTimestamp(in.plan.outage_start_us);
    markers["outage_end"] = FormatIsoTimestamp(in.plan.outage_end_us);
  }

  void AddKpis(const SummaryInputs& in, nlohmann::ordered_json& kpis) const override {
    const Plan& plan = in.plan;
    const std::string prefix = KpiPrefix(plan.config);
    const EventCounts run_out = CountBetween(plan, plan.outage_start_us, plan.outage_end_us);
    const EventCounts& base_out = in.baseline.outage;
    const double intensity = plan.config.intensity;
    kpis[prefix + "outage_orders_vs_baseline"] = Ratio(run_out.orders, intensity * base_out.orders);
    kpis[prefix + "outage_failure_rate"] = Ratio(run_out.failures, run_out.orders);
    kpis[prefix + "outage_carts_vs_baseline"] = Ratio(run_out.carts, intensity * base_out.carts);
    kpis[prefix + "tickets_vs_baseline"] = Ratio(in.run.tickets, in.baseline.window.tickets);
  }
};

const PaymentOutageEffect kEffect;

Config Preset() {
  Config config = BaselinePreset();
  config.name = "payment_outage";
  config.description =
      "A two-hour payment gateway outage: 75% failed payments, 80% fewer orders, 3.5x abandoned "
      "carts, 3x tickets.";
  config.start_us = UtcMicros(2024, 11, 15, 6);
  config.duration_us = 6 * kMicrosPerHour;
  config.intensity = 1.5;
  config.payment_outage.enabled = true;
  return config;
}

}  // namespace

extern const ScenarioDefinition kPaymentOutageScenario = {
    "payment_outage", "6h at 1.5x, 2h gateway outage: 75% failures, 3.5x abandonment", Preset,
    nullptr, &kEffect};

}  // namespace ecomgen
