// CampaignSet: the marketing campaigns around the window, in memory.
//
// A handful of everyday campaigns (email, paid social, search, display) overlap the window,
// plus the scenario's own: the flash sale, the back-to-school promotion, the influencer push
// behind a viral product, the app launch. Orders are attributed to an active campaign; the
// campaign's discount applies to its target categories.
//
// Thread safety: immutable after construction.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/vocab.h"
#include "models/customer_model.h"
#include "pools/product_pools.h"

namespace ecomgen {

struct Campaign {
  int64_t id = 0;
  std::string name;
  CampaignType type = CampaignType::kEmail;
  CampaignChannel channel = CampaignChannel::kEmail;
  int64_t start_us = 0;
  int64_t end_us = 0;
  int discount_pct = 0;
  std::array<bool, kProductCategoryCount> targets{};
  std::string target_categories;  // comma-separated category names
  bool scenario = false;          // the scenario's own campaign
  double attribution = 0;         // share of orders placed while it runs that it converts
};

class CampaignSet {
 public:
  explicit CampaignSet(const Plan& plan);

  const std::vector<Campaign>& campaigns() const { return campaigns_; }
  // The campaign an order placed at `ts_us` is attributed to, or nullptr.
  const Campaign* Attribute(RowRng& rng, int64_t ts_us) const;
  // Orders the plan expects each campaign to convert (for its conversions column).
  double ExpectedConversions(const Campaign& campaign, const Plan& plan) const;

 private:
  std::vector<Campaign> campaigns_;
};

}  // namespace ecomgen
