// ScenarioFacts: what the scenarios tell the world models, decided once in the plan.
//
// A model reads these facts, never a scenario's name or its config block: the scenario
// effects (scenarios/) set them while the plan is built, so a new scenario that produces the
// same facts from its own config needs no change in any model. An absent fact (nullopt, an
// empty list) means the everyday business.
//
// Thread safety: a value type, immutable once the plan is built.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/vocab.h"

namespace ecomgen {

// A campaign that a scenario runs (listed before the everyday campaigns, in this order).
struct ScenarioCampaign {
  std::string name;
  CampaignType type = CampaignType::kFlashSale;
  CampaignChannel channel = CampaignChannel::kPushNotification;
  int64_t start_us = 0;
  int64_t end_us = 0;
  int discount_pct = 0;
  std::vector<std::string> categories;  // target categories
};

// One product sells only through the plan's allotment (Plan::viral_units).
struct ViralFacts {
  std::string category;  // the product is the most popular one of this category
  std::string product_name;
  int64_t inventory_units = 0;
  double restock_ticket_share = 0;  // of tickets in the window: restock inquiries
};

// The primary supplier's best sellers run on backup capacity.
struct SupplyFacts {
  int64_t affected_skus = 0;
  double backup_capacity = 1;  // affected units sold, relative to normal
  double late_multiplier = 1;  // late-delivery propensity of orders holding an affected SKU
  // Stock-outs then drive early cart abandonment.
};

// More returns, led by some categories, processed more slowly.
struct ReturnsFacts {
  double return_rate = 0;  // of delivered order items
  std::vector<std::string> focus_categories;
  double focus_weight = 1;  // relative return propensity of the focus categories
  double processing_days_multiplier = 1;
};

// A season: discounted categories sell more, and order share drifts between regions.
struct SeasonalFacts {
  double category_boost = 1;     // demand multiplier of the discounted categories
  double regional_shift_pp = 0;  // order-share points moved between regions over the window
};

// A mobile app launches at Plan::app_launch_us.
struct AppLaunchFacts {
  int64_t ramp_us = 1;  // time to reach full adoption
  double adopter_rate = 0;
  double app_use_rate = 0;  // share of an adopter's orders placed in the app
};

struct ScenarioFacts {
  std::vector<ScenarioCampaign> campaigns;
  std::optional<ViralFacts> viral;
  std::optional<SupplyFacts> supply;
  std::optional<ReturnsFacts> returns;
  std::optional<SeasonalFacts> seasonal;
  std::optional<AppLaunchFacts> app_launch;
};

}  // namespace ecomgen
