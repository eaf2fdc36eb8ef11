#include "plan/scenario_curves.h"

#include <algorithm>
#include <cmath>

#include "plan/minute_split.h"

namespace ecomgen {
namespace {

// Traffic follows the viral product's demand, more gently (a share of shoppers come for it).
constexpr double kViralTrafficGrowthShare = 0.4;
// Where a flash sale's traffic starts, relative to its peak.
constexpr double kSpikeRampFloor = 0.3;
// Payment failures grow with load during a spike, with this elasticity.
constexpr double kSpikeFailureElasticity = 0.25;
constexpr double kMaxFailureRate = 0.5;
// After an outage, angry customers keep writing for about an hour.
constexpr int64_t kOutageTicketTailUs = kMicrosPerHour;

// Scales `curve` so its mean weighted by `base` equals `target_mean`.
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

}  // namespace

ScenarioCurves BuildScenarioCurves(const Plan& plan, const std::vector<double>& base_orders,
                                   const std::vector<double>& base_tickets) {
  const Config& config = plan.config;
  const auto minutes = static_cast<size_t>(plan.minute_count);
  const double intensity = config.intensity;
  const double duration = static_cast<double>(config.duration_us);
  ScenarioCurves curves;
  curves.orders.assign(minutes, intensity);
  curves.carts.assign(minutes, intensity);
  curves.tickets.assign(minutes, intensity);
  curves.failure_rate.assign(minutes, config.business.payment_failure_rate);
  auto elapsed_us = [&](size_t m) {
    return static_cast<double>(m) * kMicrosPerMinute + kMicrosPerMinute / 2.0;
  };

  if (config.traffic_spike.enabled) {
    // A fast ramp to an early peak, then exponential decay.
    const double peak = config.traffic_spike.peak_at_fraction * duration;
    const double decay = std::max(1.0, config.traffic_spike.decay_fraction * duration);
    std::vector<double> shape(minutes);
    for (size_t m = 0; m < minutes; ++m) {
      const double t = elapsed_us(m);
      shape[m] = t < peak ? kSpikeRampFloor + (1 - kSpikeRampFloor) * t / peak
                          : std::exp(-(t - peak) / decay);
    }
    double mean_shape = 0;
    for (double s : shape) mean_shape += s;
    mean_shape /= static_cast<double>(std::max<size_t>(minutes, 1));
    curves.orders = shape;
    NormalizeWeighted(curves.orders, base_orders, intensity);
    curves.carts = curves.orders;
    for (size_t m = 0; m < minutes; ++m) {
      curves.failure_rate[m] = std::min(
          kMaxFailureRate, config.business.payment_failure_rate *
                               config.traffic_spike.payment_failure_multiplier *
                               std::pow(shape[m] / mean_shape, kSpikeFailureElasticity));
    }
  }

  if (config.viral.enabled) {
    std::vector<double> shape(minutes);
    const double growth = config.viral.growth_per_hour * kViralTrafficGrowthShare;
    for (size_t m = 0; m < minutes; ++m) {
      shape[m] = std::exp(growth * elapsed_us(m) / kMicrosPerHour);
    }
    curves.orders = shape;
    NormalizeWeighted(curves.orders, base_orders, intensity);
    curves.carts = curves.orders;
    curves.tickets = shape;
    NormalizeWeighted(curves.tickets, base_tickets, config.viral.ticket_factor);
  }

  if (config.payment_outage.enabled) {
    const PaymentOutageConfig& outage = config.payment_outage;
    std::vector<double> ticket_shape(minutes, 1.0);
    for (size_t m = 0; m < minutes; ++m) {
      const double t = elapsed_us(m);
      const auto begin = static_cast<double>(outage.offset_us);
      const double end = begin + static_cast<double>(outage.duration_us);
      if (t >= begin && t < end) {
        curves.orders[m] = intensity * outage.order_factor;
        curves.carts[m] = intensity * outage.abandonment_factor;
        curves.failure_rate[m] = outage.failure_rate;
      }
      // Tickets pile up during the outage and its aftermath.
      if (t >= begin && t < end + kOutageTicketTailUs) ticket_shape[m] = 4.0;
    }
    curves.tickets = ticket_shape;
    NormalizeWeighted(curves.tickets, base_tickets, outage.ticket_factor);
  }

  if (config.app_launch.enabled) {
    const auto launch = static_cast<double>(config.app_launch.launch_offset_us);
    const double ramp = std::max(1.0, static_cast<double>(config.app_launch.ramp_us));
    for (size_t m = 0; m < minutes; ++m) {
      const double adoption = std::clamp((elapsed_us(m) - launch) / ramp, 0.0, 1.0);
      const double multiplier = 1 + (intensity - 1) * adoption;
      curves.orders[m] = multiplier;
      curves.carts[m] = multiplier;
      curves.tickets[m] = multiplier;
    }
  }
  return curves;
}

std::vector<int32_t> AllocateViralUnits(Plan& plan) {
  const auto minutes = static_cast<size_t>(plan.minute_count);
  std::vector<int32_t> units(minutes, 0);
  const ViralConfig& viral = plan.config.viral;
  if (!viral.enabled) return units;

  // Hourly demand A * exp(g * h), with A chosen so that demand would exhaust the inventory
  // at `sellout_at_fraction` of the window. Hourly units are rounded cumulatively and kept
  // non-decreasing, so sales visibly grow until the sell-out hour.
  const double growth = viral.growth_per_hour;
  const double hours = static_cast<double>(plan.config.duration_us) / kMicrosPerHour;
  const double sellout_hours = std::max(1.0, viral.sellout_at_fraction * hours);
  const auto inventory = static_cast<double>(viral.inventory_units);
  const double amplitude = inventory * growth / std::expm1(growth * sellout_hours);
  const auto hour_count = static_cast<size_t>(std::ceil(hours));
  std::vector<int64_t> hourly(hour_count, 0);
  int64_t sold = 0;
  int64_t previous = 0;
  for (size_t h = 0; h < hour_count && sold < viral.inventory_units; ++h) {
    const double cumulative = amplitude * std::expm1(growth * static_cast<double>(h + 1)) / growth;
    int64_t target = std::llround(cumulative) - sold;
    target = std::max(target, previous);
    target = std::min(target, viral.inventory_units - sold);
    hourly[h] = target;
    sold += target;
    previous = target;
  }

  // Within an hour, units follow successful orders; a minute never sells more units than
  // kMaxViralUnitsPerOrder per successful order, and what does not fit moves to the next
  // hour.
  int64_t carry = 0;
  std::vector<double> expected;
  for (size_t h = 0; h < hour_count; ++h) {
    const size_t first = h * 60;
    const size_t last = std::min(minutes, first + 60);
    expected.assign(last - first, 0);
    double successes = 0;
    for (size_t m = first; m < last; ++m) {
      successes += plan.orders[m] - plan.failures[m];
    }
    const int64_t wanted = hourly[h] + carry;
    for (size_t m = first; m < last; ++m) {
      expected[m - first] = successes > 0 ? static_cast<double>(wanted) *
                                                (plan.orders[m] - plan.failures[m]) / successes
                                          : 0.0;
    }
    std::span<int32_t> out(units.data() + first, last - first);
    DiffuseAcrossMinutes(expected, 0.5, out);
    int64_t placed = 0;
    for (size_t m = first; m < last; ++m) {
      units[m] = std::min(units[m], (plan.orders[m] - plan.failures[m]) * kMaxViralUnitsPerOrder);
      placed += units[m];
    }
    carry = wanted - placed;
  }
  // The sell-out instant: the end of the minute of the last unit, if all were sold.
  int64_t total = 0;
  for (size_t m = 0; m < minutes; ++m) {
    total += units[m];
    if (total >= viral.inventory_units && units[m] > 0) {
      plan.sellout_us = plan.MinuteStartUs(static_cast<int64_t>(m)) + plan.MinuteLengthUs(static_cast<int64_t>(m)) - kMicrosPerSecond;
      break;
    }
  }
  return units;
}

}  // namespace ecomgen
