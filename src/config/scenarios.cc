// The nine built-in scenarios of the specification, fully resolved.
//
// Every scenario starts from the baseline business and cohorts and changes only what makes it
// that scenario. The default start times are fixed so that default runs are reproducible.
#include <string>

#include "config/time_parse.h"
#include "ecomgen/config.h"

namespace ecomgen {
namespace {

// Contract section 4. Gen X is the mean of millennials and boomers, written out.
std::array<CohortConfig, kGenerationCount> DefaultCohorts() {
  std::array<CohortConfig, kGenerationCount> cohorts{};
  CohortConfig& gen_z = cohorts[static_cast<size_t>(Generation::kGenZ)];
  gen_z.share_pct = 28;
  gen_z.acquisition_pct = {40, 35, 25, 0, 0};
  gen_z.channel_pct = {20, 30, 50};
  gen_z.payment_pct = {40, 40, 20, 0};
  gen_z.support_pct = {50, 30, 20, 0, 0};
  gen_z.order_frequency = 0.95;
  gen_z.mean_basket_items = 1.9;

  CohortConfig& millennial = cohorts[static_cast<size_t>(Generation::kMillennial)];
  millennial.share_pct = 35;
  millennial.acquisition_pct = {20, 20, 20, 20, 20};
  millennial.channel_pct = {40, 35, 25};
  millennial.payment_pct = {60, 0, 25, 15};
  millennial.support_pct = {40, 0, 0, 40, 20};
  millennial.order_frequency = 1.2;
  millennial.mean_basket_items = 2.4;

  CohortConfig& boomer = cohorts[static_cast<size_t>(Generation::kBoomer)];
  boomer.share_pct = 12;
  boomer.acquisition_pct = {0, 0, 30, 50, 20};
  boomer.channel_pct = {70, 30, 0};
  boomer.payment_pct = {60, 0, 25, 15};
  boomer.support_pct = {0, 0, 0, 30, 70};
  boomer.order_frequency = 0.7;
  boomer.mean_basket_items = 2.0;

  CohortConfig& gen_x = cohorts[static_cast<size_t>(Generation::kGenX)];
  gen_x.share_pct = 25;
  gen_x.acquisition_pct = {10, 10, 25, 35, 20};
  gen_x.channel_pct = {55, 32.5, 12.5};
  gen_x.payment_pct = {60, 0, 25, 15};
  gen_x.support_pct = {20, 0, 0, 35, 45};
  gen_x.order_frequency = 1.0;
  gen_x.mean_basket_items = 2.2;
  return cohorts;
}

int64_t At(const char* iso) {
  // The literals below are valid; a parse failure would be a programmer error.
  return ParseUtcTimestamp(iso).value();
}

Config Baseline() {
  Config config;
  config.name = "baseline";
  config.description = "Normal operations: 2,500 orders a day from a 10,000-customer base.";
  config.start_us = At("2024-10-01T00:00:00Z");
  config.duration_us = 30 * kMicrosPerDay;
  config.intensity = 1.0;
  config.cohorts = DefaultCohorts();
  return config;
}

Config FlashSale() {
  Config config = Baseline();
  config.name = "flash_sale";
  config.description =
      "Four-hour flash sale: 8.5x traffic peaking early, 70% off electronics, gateway stress.";
  config.start_us = At("2024-11-29T08:00:00Z");
  config.duration_us = 4 * kMicrosPerHour;
  config.intensity = 8.5;
  config.discount = {70, {"electronics"}};
  config.traffic_spike.enabled = true;
  return config;
}

Config ReturnsWave() {
  Config config = Baseline();
  config.name = "returns_wave";
  config.description =
      "Post-holiday returns: 24% return rate led by electronics and clothing, slower processing.";
  config.start_us = At("2025-01-02T00:00:00Z");
  config.duration_us = 14 * kMicrosPerDay;
  config.intensity = 1.2;
  config.returns_wave.enabled = true;
  return config;
}

Config SupplyDisruption() {
  Config config = Baseline();
  config.name = "supply_disruption";
  config.description =
      "The primary supplier fails: 35 SKUs on 60% backup capacity, late deliveries, 0.8x orders.";
  config.start_us = At("2024-10-07T00:00:00Z");
  config.duration_us = 14 * kMicrosPerDay;
  config.intensity = 0.8;
  config.supply_disruption.enabled = true;
  return config;
}

Config PaymentOutage() {
  Config config = Baseline();
  config.name = "payment_outage";
  config.description =
      "A two-hour payment gateway outage: 75% failed payments, 80% fewer orders, 3.5x abandoned "
      "carts, 3x tickets.";
  config.start_us = At("2024-11-15T06:00:00Z");
  config.duration_us = 6 * kMicrosPerHour;
  config.intensity = 1.5;
  config.payment_outage.enabled = true;
  return config;
}

Config ViralMoment() {
  Config config = Baseline();
  config.name = "viral_moment";
  config.description =
      "A skincare set goes viral: exponential growth into a 500-unit sell-out, restock "
      "inquiries, an influencer campaign.";
  config.start_us = At("2024-06-14T00:00:00Z");
  config.duration_us = 24 * kMicrosPerHour;
  config.intensity = 2.5;
  config.viral.enabled = true;
  return config;
}

Config CustomerSegments() {
  Config config = Baseline();
  config.name = "customer_segments";
  config.description =
      "Six months of cohort shifts: Gen Z grows 15% and takes a larger share of orders.";
  config.start_us = At("2024-01-01T00:00:00Z");
  config.duration_us = 180 * kMicrosPerDay;
  config.intensity = 1.0;
  // 15% over 180 days, linearly.
  config.cohorts[static_cast<size_t>(Generation::kGenZ)].growth_pct_per_30d = 2.5;
  config.cohorts[static_cast<size_t>(Generation::kBoomer)].growth_pct_per_30d = 0.5;
  return config;
}

Config SeasonalPlanning() {
  Config config = Baseline();
  config.name = "seasonal_planning";
  config.description =
      "Back to school: 60 days at 1.8x with 15% off electronics, clothing and books, and "
      "regional variation.";
  config.start_us = At("2024-07-01T00:00:00Z");
  config.duration_us = 60 * kMicrosPerDay;
  config.intensity = 1.8;
  config.discount = {15, {"electronics", "clothing", "books"}};
  config.seasonal.enabled = true;
  return config;
}

Config MultiChannel() {
  Config config = Baseline();
  config.name = "multi_channel";
  config.description =
      "A mobile app launches: 35% of customers move to it, web channels lose 15%, 1.18x orders.";
  config.start_us = At("2024-03-01T00:00:00Z");
  config.duration_us = 90 * kMicrosPerDay;
  config.intensity = 1.18;
  config.app_launch.enabled = true;
  return config;
}

}  // namespace

Result<Config> BuiltinScenario(std::string_view name) {
  if (name == "baseline") return Baseline();
  if (name == "flash_sale") return FlashSale();
  if (name == "returns_wave") return ReturnsWave();
  if (name == "supply_disruption") return SupplyDisruption();
  if (name == "payment_outage") return PaymentOutage();
  if (name == "viral_moment") return ViralMoment();
  if (name == "customer_segments") return CustomerSegments();
  if (name == "seasonal_planning") return SeasonalPlanning();
  if (name == "multi_channel") return MultiChannel();
  std::string names;
  for (std::string_view known : kBuiltinScenarioNames) {
    if (!names.empty()) names += ", ";
    names += known;
  }
  return Status::InvalidArgument("unknown scenario \"" + std::string(name) +
                                 "\" (built-in scenarios: " + names + ")");
}

std::string_view BuiltinScenarioSummary(std::string_view name) {
  if (name == "flash_sale") return "4h at 8.5x, early exponential spike, 70% off electronics";
  if (name == "returns_wave") return "14d at 1.2x, 24% returns (electronics, clothing), slow processing";
  if (name == "supply_disruption") return "14d at 0.8x, 35 SKUs of the primary supplier at 60% capacity";
  if (name == "payment_outage") return "6h at 1.5x, 2h gateway outage: 75% failures, 3.5x abandonment";
  if (name == "viral_moment") return "24h at 2.5x, viral beauty product sells out 500 units";
  if (name == "customer_segments") return "180d at 1.0x, Gen Z grows 15%";
  if (name == "seasonal_planning") return "60d at 1.8x, back to school, 15% off three categories";
  if (name == "multi_channel") return "90d at 1.18x, mobile app launch, 35% migrate";
  if (name == "baseline") return "30d at 1.0x, 2,500 orders/day, 10,000 customers";
  return "";
}

}  // namespace ecomgen
