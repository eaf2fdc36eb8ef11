// Config: one scenario, fully resolved, every default explicit.
//
// A Config comes from a built-in scenario (BuiltinScenario), or from a JSON file that may
// "extend" one, and then takes the command-line overrides. `ecomgen show` prints it as JSON,
// and that JSON is valid input for `ecomgen custom --config`, giving the same Config back.
// ValidateConfig checks every field before anything is generated; after that, nothing
// downstream fails on a config value.
//
// Units are in the names: *_us microseconds since the Unix epoch (UTC) or durations in
// microseconds, *_pct percentages 0..100, *_rate fractions 0..1.
//
// Thread safety: a value type.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/result.h"
#include "ecomgen/status.h"

namespace ecomgen {

inline constexpr int64_t kMicrosPerSecond = 1'000'000;
inline constexpr int64_t kMicrosPerMinute = 60 * kMicrosPerSecond;
inline constexpr int64_t kMicrosPerHour = 60 * kMicrosPerMinute;
inline constexpr int64_t kMicrosPerDay = 24 * kMicrosPerHour;

// The four generational cohorts, in the contract's order.
enum class Generation : uint8_t { kGenZ, kMillennial, kGenX, kBoomer };
inline constexpr int kGenerationCount = 4;

// Vocabulary sizes; the entries, in this order, are in vocab.h of the library.
inline constexpr int kAcquisitionCount = 5;     // paid_social influencer organic direct referral
inline constexpr int kChannelCount = 3;         // web mobile_web mobile_app
inline constexpr int kPaymentCount = 5;         // card bnpl upi cod wallet
inline constexpr int kSupportChannelCount = 5;  // chat whatsapp social_media email phone

// How one generation behaves. Mixes are percentages that sum to 100.
struct CohortConfig {
  double share_pct = 25;  // share of the customer base at the window start
  std::array<double, kAcquisitionCount> acquisition_pct{};
  std::array<double, kChannelCount> channel_pct{};
  std::array<double, kPaymentCount> payment_pct{};
  std::array<double, kSupportChannelCount> support_pct{};
  // Net growth of this generation per 30 days (signups minus lapses), as a percentage of its
  // base at the start.
  double growth_pct_per_30d = 1;
  // Relative orders per customer (1 = average customer).
  double order_frequency = 1;
  // Mean items per order.
  double mean_basket_items = 2.2;
};

// The everyday business that every scenario starts from (the baseline at scale 1).
struct BusinessConfig {
  std::string market = "in";  // "in" (India, INR) or "us" (United States, USD)
  double orders_per_day = 2500;
  int64_t customers = 10000;  // signed up before the window start
  int64_t products = 1500;
  int64_t suppliers = 60;
  double abandoned_carts_per_order = 0.55;
  double tickets_per_order = 0.06;
  double payment_failure_rate = 0.03;
  double cancel_rate = 0.02;
  double late_delivery_rate = 0.06;  // of shipped orders, delivered after the promised date
  double return_rate = 0.08;         // of delivered order items
  double mean_return_processing_days = 5;
  double guest_cart_rate = 0.25;  // abandoned carts without a signed-in customer
};

// How customers come, buy and lapse (docs/behaviour.md has the model and its sources).
// Arriving customers are one-time buyers or regulars; each class has an exponential lifetime.
// Purchase rates vary between customers as u^rate_exponent of a uniform u (many light
// buyers, a few heavy ones), scaled by the cohort's order_frequency and the acquisition
// channel. A signup places first_orders_per_signup orders on average soon after signing up.
struct LifecycleConfig {
  double one_time_share = 0.6;         // of arriving customers
  double one_time_lifetime_days = 7;   // mean
  double one_time_rate_factor = 0.1;   // their repeat purchase rate, relative to regulars
  double regular_lifetime_days = 200;  // mean
  double rate_exponent = 3;            // larger: orders more concentrated on few customers
  double first_orders_per_signup = 1.3;
  double first_order_delay_days = 1.5;  // mean delay from signup to a first order
};

// The daily correlation targets of contract section 6.
struct CorrelationConfig {
  double orders_tickets = 0.85;
  double tickets_delays = 0.91;
  double orders_delays = 0.72;
  double orders_abandonment = -0.43;
  double tickets_abandonment = -0.22;
  double delays_abandonment = -0.15;
};

// A price cut on some categories for the whole window (flash sale, back to school).
struct DiscountConfig {
  double pct = 0;
  std::vector<std::string> categories;
};

// The flash sale's traffic curve: a fast ramp to a peak, then exponential decay.
struct TrafficSpikeConfig {
  bool enabled = false;
  double peak_at_fraction = 0.08;  // where in the window the peak is, 0..1
  double decay_fraction = 0.3;     // e-folding time of the decay, as a fraction of the window
  double payment_failure_multiplier = 2.5;  // gateway stress at the peak
};

struct ReturnsWaveConfig {
  bool enabled = false;
  double return_rate = 0.24;
  std::vector<std::string> focus_categories = {"electronics", "clothing"};
  double focus_weight = 4;  // relative return propensity of the focus categories
  double processing_days_multiplier = 1.8;
};

struct SupplyDisruptionConfig {
  bool enabled = false;
  int64_t affected_skus = 35;    // products of the primary supplier that are affected
  double backup_capacity = 0.6;  // affected units sold, relative to normal
  double late_multiplier = 3;    // late-delivery propensity of affected orders
};

struct PaymentOutageConfig {
  bool enabled = false;
  int64_t offset_us = 2 * kMicrosPerHour;  // from the window start
  int64_t duration_us = 2 * kMicrosPerHour;
  double order_factor = 0.2;        // orders during the outage, relative to normal
  double failure_rate = 0.75;       // payment failures during the outage
  double abandonment_factor = 3.5;  // abandoned carts during the outage, relative to normal
  double ticket_factor = 3;         // tickets over the window, relative to normal
};

struct ViralConfig {
  bool enabled = false;
  std::string category = "beauty";
  std::string product_name = "Glow Ritual Skincare Set";
  int64_t inventory_units = 500;
  double growth_per_hour = 0.25;     // exponential growth rate of demand
  double sellout_at_fraction = 0.8;  // where in the window demand would exhaust inventory
  double ticket_factor = 2;          // tickets over the window, relative to normal
  double restock_share = 0.15;       // of tickets in the window
};

struct SeasonalConfig {
  bool enabled = false;
  double category_boost = 1.35;  // demand multiplier of the discounted categories
  double regional_shift_pp = 6;  // order-share points moved between regions over the window
};

struct AppLaunchConfig {
  bool enabled = false;
  int64_t launch_offset_us = 30 * kMicrosPerDay;  // from the window start
  int64_t ramp_us = 21 * kMicrosPerDay;           // time to reach full adoption
  double adopter_rate = 0.38;                     // customers who move to the app
  double app_use_rate = 0.74;                     // share of an adopter's orders placed in the app
  double cannibalization = 0.15;  // drop of web + mobile_web orders at full adoption
};

struct Config {
  std::string name = "baseline";
  std::string description;
  uint64_t seed = 42;
  double scale = 1;
  int64_t start_us = 0;
  int64_t duration_us = 30 * kMicrosPerDay;
  double intensity = 1;

  BusinessConfig business;
  std::array<CohortConfig, kGenerationCount> cohorts{};
  LifecycleConfig lifecycle;
  CorrelationConfig correlations;
  DiscountConfig discount;
  TrafficSpikeConfig traffic_spike;
  ReturnsWaveConfig returns_wave;
  SupplyDisruptionConfig supply_disruption;
  PaymentOutageConfig payment_outage;
  ViralConfig viral;
  SeasonalConfig seasonal;
  AppLaunchConfig app_launch;

  int64_t end_us() const { return start_us + duration_us; }
};

// The built-in scenarios, in `ecomgen list` order.
inline constexpr std::array<std::string_view, 9> kBuiltinScenarioNames = {
    "flash_sale",        "returns_wave",      "supply_disruption", "payment_outage", "viral_moment",
    "customer_segments", "seasonal_planning", "multi_channel",     "baseline"};

// The built-in scenario `name`, fully resolved; InvalidArgument if there is none, naming the
// closest built-in name when `name` looks like a misspelling of one, and listing them all.
Result<Config> BuiltinScenario(std::string_view name);

// One line describing a built-in scenario, for `ecomgen list`.
std::string_view BuiltinScenarioSummary(std::string_view name);

// Checks every field; the message names the field by its JSON path ("payment_outage.failure_rate").
Status ValidateConfig(const Config& config);

}  // namespace ecomgen
