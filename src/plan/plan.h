// Plan: the timeline of one run, computed once before any row exists.
//
// The plan decides how many events of each kind happen in every minute of the window (orders,
// failed payments, abandoned carts, support tickets, units of the viral product), the daily
// late-delivery propensity, who the customers are, and the scenario's markers. Row generators
// only fill in details: since counts per minute are fixed here, prefix sums give every chunk
// its id range before generation starts, and the system metrics equal the fact counts by
// construction.
//
// Thread safety: immutable after BuildPlan; shared by const reference with every worker.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "ecomgen/config.h"
#include "plan/customer_base.h"
#include "plan/scenario_facts.h"

namespace ecomgen {

// One UTC calendar day touched by the window.
struct PlanDay {
  int64_t epoch_day = 0;     // days since 1970-01-01
  int64_t first_minute = 0;  // window minute index of the day's first minute in the window
  int64_t end_minute = 0;    // one past the last
  bool whole = false;        // the whole day lies inside the window
};

// The most units of the viral product one order may buy.
inline constexpr int32_t kMaxViralUnitsPerOrder = 5;

struct Plan {
  Config config;
  int64_t start_us = 0;
  int64_t end_us = 0;
  int64_t minute_count = 0;
  int64_t utc_offset_minutes = 0;  // the market's local time
  std::vector<PlanDay> days;

  // Per window minute.
  std::vector<int32_t> orders;
  std::vector<int32_t> failures;  // orders of the minute whose payment fails
  std::vector<int32_t> carts;
  std::vector<int32_t> tickets;
  std::vector<int32_t> viral_units;       // units of the viral product sold in the minute
  std::vector<float> load;                // expected orders / the baseline's average per minute
  std::vector<float> delay_ticket_share;  // share of the minute's tickets about a late delivery
  // Share of the minute's tickets caused by the scenario itself (payment issues during an
  // outage and its aftermath): the excess over what the minute's traffic alone would bring.
  std::vector<float> scenario_ticket_share;
  // Prefix sums (size minute_count + 1): events before minute m.
  std::vector<int64_t> order_prefix;
  std::vector<int64_t> cart_prefix;
  std::vector<int64_t> ticket_prefix;

  // Probability that an eligible order promised on day (first day + i) is delivered late;
  // covers every promise day of in-window orders.
  std::vector<double> late_probability;

  CustomerBase customers;

  // Markers (-1 when the scenario has none), set by the scenario effects.
  int64_t outage_start_us = -1;
  int64_t outage_end_us = -1;
  int64_t sellout_us = -1;
  int64_t app_launch_us = -1;

  // What the scenario effects tell the models (scenario_facts.h).
  ScenarioFacts scenario;

  int64_t first_epoch_day() const { return days.front().epoch_day; }
  int64_t MinuteStartUs(int64_t minute) const { return start_us + minute * kMicrosPerMinute; }
  // Length of a minute bucket (the last one may be cut by the window end).
  int64_t MinuteLengthUs(int64_t minute) const;
  int64_t total_orders() const { return order_prefix.back(); }
  int64_t total_carts() const { return cart_prefix.back(); }
  int64_t total_tickets() const { return ticket_prefix.back(); }
  // The minute's orders that carry the viral product: one unit each while the minute has
  // enough successful orders, else the units spread over all of them (at most
  // kMaxViralUnitsPerOrder each), as in small runs.
  int64_t ViralCarriers(int64_t minute) const {
    const auto m = static_cast<size_t>(minute);
    return std::min<int64_t>(viral_units[m], orders[m] - failures[m]);
  }
  // Late-delivery probability for an eligible order promised on `epoch_day`.
  double LateProbability(int64_t epoch_day) const {
    const int64_t index = epoch_day - first_epoch_day();
    if (index < 0 || index >= static_cast<int64_t>(late_probability.size())) {
      return config.business.late_delivery_rate;
    }
    return late_probability[static_cast<size_t>(index)];
  }
  // App adoption at `ts_us`, 0 before the launch rising linearly to 1 after the ramp.
  double AppAdoption(int64_t ts_us) const;
  // Whether `ts_us` falls in the payment outage.
  bool InOutage(int64_t ts_us) const { return ts_us >= outage_start_us && ts_us < outage_end_us; }
};

// Builds the plan of a validated config.
Plan BuildPlan(const Config& config);

}  // namespace ecomgen
