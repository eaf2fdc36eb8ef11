#include "scenarios/viral_units.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "plan/minute_split.h"

namespace ecomgen {

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
      plan.sellout_us = plan.MinuteStartUs(static_cast<int64_t>(m)) +
                        plan.MinuteLengthUs(static_cast<int64_t>(m)) - kMicrosPerSecond;
      break;
    }
  }
  return units;
}

}  // namespace ecomgen
