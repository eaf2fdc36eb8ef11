#include <cmath>

#include "tables/dimension_generator.h"
#include "tables/row_writer.h"

namespace ecomgen {
CampaignsGenerator::CampaignsGenerator(const World& world)
    : SingleChunkGenerator(world, TableId::kCampaigns) {}

void CampaignsGenerator::FillChunk(int64_t /*chunk*/, std::span<Batch* const> out) const {
  RowWriter row(*out[0]);
  const double money_scale = world_.market == Market::kIndia ? 83.0 * 0.4 : 1.0;
  for (const Campaign& campaign : world_.campaigns.campaigns()) {
    RowRng rng(world_.plan.config.seed, streams::kCampaignMetrics,
               static_cast<uint64_t>(campaign.id));
    // The funnel, built backwards from the orders the plan expects it to convert:
    // conversion rate 2-6% of clicks, click-through 0.8-3% of impressions, CPM $4-12.
    const auto conversions =
        std::llround(world_.campaigns.ExpectedConversions(campaign, world_.plan));
    const int64_t clicks =
        conversions +
        std::llround(static_cast<double>(conversions) / (0.02 + 0.04 * rng.Uniform())) +
        rng.Between(50, 500);
    const int64_t impressions =
        clicks + std::llround(static_cast<double>(clicks) / (0.008 + 0.022 * rng.Uniform()));
    const double cpm = (4.0 + 8.0 * rng.Uniform()) * money_scale;
    const auto spend_cents = std::llround(static_cast<double>(impressions) / 1000.0 * cpm * 100.0);
    const auto budget_cents =
        std::llround(static_cast<double>(spend_cents) * (1.05 + 0.4 * rng.Uniform()));
    row.Int(campaign.id)
        .Str(campaign.name)
        .Enum(campaign.type)
        .Enum(campaign.channel)
        .Int(campaign.start_us)
        .Int(campaign.end_us)
        .Int(campaign.discount_pct * 100)
        .Str(campaign.target_categories)
        .Int(budget_cents)
        .Int(spend_cents)
        .Int(impressions)
        .Int(clicks)
        .Int(conversions);
    row.End();
  }
}

}  // namespace ecomgen
