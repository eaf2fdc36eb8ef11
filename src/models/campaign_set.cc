#include "models/campaign_set.h"

#include <algorithm>
#include <cmath>

#include "core/vocab.h"
#include "rng/counter_rng.h"

namespace ecomgen {
namespace {

// An everyday campaign starts every few days and runs one to two weeks.
constexpr int64_t kEverydaySpacingUs = 4 * kMicrosPerDay;
constexpr size_t kMaxEverydayCampaigns = 400;
// Share of orders placed during an everyday campaign that it gets credit for.
constexpr double kEverydayAttribution = 0.04;
constexpr double kScenarioAttribution = 0.45;

struct EverydayKind {
  CampaignType type;
  CampaignChannel channel;
  const char* label;
};
// (type, channel) pairs of everyday marketing.
constexpr std::array<EverydayKind, 6> kEverydayKinds = {{
    {CampaignType::kEmail, CampaignChannel::kEmail, "Newsletter"},
    {CampaignType::kPaidSocial, CampaignChannel::kInstagram, "Instagram Promo"},
    {CampaignType::kPaidSocial, CampaignChannel::kFacebook, "Facebook Promo"},
    {CampaignType::kSearch, CampaignChannel::kGoogleSearch, "Search Push"},
    {CampaignType::kDisplay, CampaignChannel::kDisplayNetwork, "Display Retargeting"},
    {CampaignType::kPaidSocial, CampaignChannel::kYoutube, "YouTube Preroll"},
}};

void SetTargets(Campaign& campaign, const std::vector<std::string>& categories) {
  for (size_t c = 0; c < kProductCategoryCount; ++c) {
    const std::string_view name = CategoryName(static_cast<ProductCategory>(c));
    if (std::find(categories.begin(), categories.end(), name) != categories.end()) {
      campaign.targets[c] = true;
      if (!campaign.target_categories.empty()) campaign.target_categories += ',';
      campaign.target_categories += name;
    }
  }
}

}  // namespace

CampaignSet::CampaignSet(const Plan& plan) {
  const Config& config = plan.config;
  // Scenario campaigns first, as the scenario effects listed them: they are what the scenario
  // is about.
  for (const ScenarioCampaign& planned : plan.scenario.campaigns) {
    Campaign campaign;
    campaign.id = static_cast<int64_t>(campaigns_.size()) + 1;
    campaign.name = planned.name;
    campaign.type = planned.type;
    campaign.channel = planned.channel;
    campaign.start_us = planned.start_us;
    campaign.end_us = planned.end_us;
    campaign.discount_pct = planned.discount_pct;
    campaign.scenario = true;
    campaign.attribution = kScenarioAttribution;
    SetTargets(campaign, planned.categories);
    campaigns_.push_back(std::move(campaign));
  }

  // Everyday campaigns, from a week before the window to its end.
  const int64_t first_start = plan.start_us - 7 * kMicrosPerDay;
  const std::span<const std::string_view> categories = ProductCategoryNames();
  for (int64_t start = first_start;
       start < plan.end_us && campaigns_.size() < kMaxEverydayCampaigns;
       start += kEverydaySpacingUs) {
    RowRng rng(config.seed, streams::kCampaignPlan, static_cast<uint64_t>(campaigns_.size()));
    const EverydayKind& kind = kEverydayKinds[rng.Below(kEverydayKinds.size())];
    Campaign campaign;
    campaign.id = static_cast<int64_t>(campaigns_.size()) + 1;
    campaign.type = kind.type;
    campaign.channel = kind.channel;
    campaign.start_us =
        start + static_cast<int64_t>(rng.Below(kMicrosPerDay / kMicrosPerHour)) * kMicrosPerHour;
    campaign.end_us = campaign.start_us + rng.Between(7, 14) * kMicrosPerDay;
    constexpr std::array<int, 5> kDiscounts = {0, 5, 10, 15, 20};
    campaign.discount_pct = kDiscounts[rng.Below(kDiscounts.size())];
    const auto category = rng.Below(categories.size());
    campaign.name = std::string(kind.label) + " " + std::string(categories[category]) + " #" +
                    std::to_string(campaign.id);
    SetTargets(campaign, {std::string(categories[category])});
    campaign.attribution = kEverydayAttribution;
    campaigns_.push_back(std::move(campaign));
  }
}

const Campaign* CampaignSet::Attribute(RowRng& rng, int64_t ts_us) const {
  // Scenario campaigns first, then the everyday ones, each with its own conversion share.
  for (const Campaign& campaign : campaigns_) {
    if (ts_us < campaign.start_us || ts_us >= campaign.end_us) continue;
    if (rng.Bernoulli(campaign.attribution)) return &campaign;
  }
  return nullptr;
}

double CampaignSet::ExpectedConversions(const Campaign& campaign, const Plan& plan) const {
  // Orders placed in the campaign's run inside the window, times its attribution share
  // (ignoring the small chance that an earlier campaign took the order first).
  double orders = 0;
  for (int64_t minute = 0; minute < plan.minute_count; ++minute) {
    const int64_t ts = plan.MinuteStartUs(minute);
    if (ts >= campaign.start_us && ts < campaign.end_us)
      orders += plan.orders[static_cast<size_t>(minute)];
  }
  return orders * campaign.attribution;
}

}  // namespace ecomgen
